import ConsoleUI
import Foundation
import Testing

/// Counts, in bytes a program wrote, the characters a terminal would obey
/// that a program drawing with ncurses never writes itself.
enum RawControls {
    /// Raw 8-bit C1 bytes and invalid UTF-8, C1 characters, bidi controls,
    /// line and paragraph separators and NUL; with `terminalOwn` false (CLI
    /// output) every other C0 control and DEL too, except the line feed and
    /// the tab (`queue list` separates its columns with tabs);
    /// with it true (a terminal's stream, full of ncurses' own escapes) the
    /// escapes that open strings or reset the terminal (OSC, DCS, APC, PM,
    /// SOS, RIS, DECALN) and BEL, which ncurses only writes when told to beep.
    static func count(in data: Data, terminalOwn: Bool = false) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var count = 0
        var afterEscape = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .emptyInput: break decoding
            case .error: count += 1
            case .scalarValue(let scalar):
                let value = scalar.value
                defer { afterEscape = value == 0x1B }
                if afterEscape, terminalOwn, "]P_^Xc#".unicodeScalars.contains(scalar) { count += 1 }
                if value == 0x00 || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || bidi.contains(value) {
                    count += 1
                } else if terminalOwn {
                    if value == 0x07 { count += 1 }
                } else if (value < 0x20 && value != 0x0A && value != 0x09) || value == 0x7F {
                    count += 1
                }
            }
        }
        return count
    }

    static let bidi: Set<UInt32> = [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    /// The fragments found in `data`, each once.
    static func fragments(_ fragments: Set<[UInt8]>, in data: Data) -> [[UInt8]] {
        let byFirst = Dictionary(grouping: fragments) { $0[0] }
        let bytes = [UInt8](data)
        var found: Set<[UInt8]> = []
        for index in bytes.indices {
            guard let candidates = byFirst[bytes[index]] else { continue }
            for fragment in candidates where index + fragment.count <= bytes.count && !found.contains(fragment) {
                if bytes[index..<index + fragment.count].elementsEqual(fragment) { found.insert(fragment) }
            }
        }
        return Array(found)
    }
}

/// Walks the console's queue in tmux one item at a time, opening the author
/// view of every few, and checks every screen's pane borders against the
/// layout: a character the console measures one width and the terminal
/// another shifts its border.
struct ScreenWalk {
    let tmux: ConsoleTmuxTests.Tmux
    let items: Int
    /// The author view is opened on every `authorEvery`th item.
    var authorEvery = 8
    private(set) var screens = 0
    private(set) var authorViews = 0
    /// The screens with a border out of line, the row named.
    private(set) var misaligned: [String] = []

    mutating func visitEveryItem(key: String, size: Size) async throws {
        var screen = try await tmux.screen()
        check(screen, size: size, authorView: false)
        for step in 0..<items {
            if step % authorEvery == 0 {
                try await tmux.keys("o")
                let author = try await next("the author view") { $0.contains("Author" + " · ") && !$0.contains("loading") }
                check(author, size: size, authorView: true)
                authorViews += 1
                try await tmux.keys("Escape")
                screen = try await next("the author view to close") { !$0.contains("Author" + " · ") }
            }
            guard step < items - 1 else { break }
            try await tmux.keys(key)
            let before = Self.selectedID(screen)
            screen = try await next("the next item") { Self.selectedID($0) != before }
            check(screen, size: size, authorView: false)
        }
    }

    /// The suggestion id the detail pane shows ("· id 180").
    static func selectedID(_ screen: String) -> Substring? {
        screen.firstMatch(of: /\bid (\d+)\b/)?.output.1
    }

    /// The screen once `condition` holds and it is drawn in full, read every few milliseconds (hundreds of screens in a suite bounded to a minute).
    func next(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(30)
        var last = ""
        var previous = ""
        while ContinuousClock.now < deadline {
            last = try await tmux.screen()
            // Two equal reads: a read can land in the middle of ncurses writing a frame.
            if condition(last), last == previous { return last }
            previous = last
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Every row's frame glyphs (vertical lines and corners) where the layout puts them.
    mutating func check(_ screen: String, size: Size, authorView: Bool) {
        screens += 1
        let layout = Layout(size: size)
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (y, row) in rows.enumerated() where y > 0 && y < size.height - 1 {
            let expected: [Int]
            if y >= layout.audit.y || authorView {
                expected = [0, size.width - 1]
            } else {
                expected = [0, layout.queue.width - 1, layout.detail.x, size.width - 1]
            }
            let found = Self.frameColumns(row)
            if found != expected || Self.width(row) > size.width {
                misaligned.append("row \(y) at \(size.width)x\(size.height): frame at \(found), expected \(expected)\n\(screen)")
            }
        }
    }

    static let frame: Set<Character> = ["│", "┃", "┌", "┐", "└", "┘", "┏", "┓", "┗", "┛"]

    /// The terminal columns of a row's frame glyphs, measured as tmux does (wcwidth).
    static func frameColumns(_ row: String) -> [Int] {
        var columns: [Int] = []
        var x = 0
        for character in row {
            if frame.contains(character) { columns.append(x) }
            x += character.unicodeScalars.reduce(0) { $0 + max(Int(terminalWidth(wchar_t($1.value))), 0) }
        }
        return columns
    }

    static func width(_ row: some StringProtocol) -> Int {
        row.unicodeScalars.reduce(0) { $0 + max(Int(terminalWidth(wchar_t($1.value))), 0) }
    }
}

/// glibc's `wcwidth`, which tmux measures cells with (Glibc's Swift module
/// leaves it out: it is an X/Open extension).
@_silgen_name("wcwidth") private func terminalWidth(_ character: wchar_t) -> Int32
