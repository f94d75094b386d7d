import CNcursesw
import Foundation

/// The real terminal, through ncursesw. The only code that touches ncurses;
/// it must be created, used and restored on one thread.
///
/// Manners (STYLE.md): the locale is set before ncurses starts, ASCII is drawn
/// when it is not UTF-8, ESC waits 25 ms unless ESCDELAY says otherwise, the
/// colour depth is the least of what the environment, terminfo and tmux
/// allow (NO_COLOR keeps attributes), the mouse stays off, and the terminal
/// is restored on every way out.
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    public let unicode: Bool
    /// The theme as this terminal can show it.
    let theme: Theme
    let depth: ColorDepth
    private var previous: CellBuffer?
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private var active = true
    private var attributeCache: [StyleKey: (attr_t, Int16)] = [:]
    private let screen: OpaquePointer
    /// The cursor visibility to give back (curs_set's answer when hiding it).
    private var cursor: Int32 = 1

    struct PairKey: Hashable { var foreground: Int16, background: Int16 }

    /// Starts ncurses on the controlling terminal. Throws when there is none.
    public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        unicode = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        if environment["ESCDELAY"] == nil { _ = nc_set_escdelay(25) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ConsoleError("the console needs a terminal; use --headless to run without one")
        }
        // newterm, not initscr: initscr exits the process on an unknown TERM instead of reporting it.
        // Streams of their own on the standard descriptors (never closed: that would close the descriptors).
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else {
            throw ConsoleError("the terminal type TERM=\(environment["TERM"] ?? "(unset)") is unknown to terminfo here; "
                               + "run with TERM=xterm-256color (or install its terminfo entry), or use --headless")
        }
        guard nc_can_address_cursor() != 0 else {
            // A screen nobody can see must not take keys that decide.
            endwin()
            delscreen(screen)
            throw ConsoleError("the terminal type TERM=\(environment["TERM"] ?? "(unset)") cannot move the cursor, so the console "
                               + "cannot draw; use a full terminal (TERM=xterm-256color) or run --headless")
        }
        self.screen = screen
        installCrashRestore()
        raw()
        noecho()
        nonl()
        _ = nc_keypad_stdscr(true)
        cursor = max(curs_set(0), 0)
        var colours = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colours = Int(nc_colors())
        }
        depth = ColorDepth.detect(environment: environment, terminfoColors: colours)
        // Resolved as a whole: without colour, only backgrounds that differ from the theme's base turn into reverse video.
        self.theme = depth.resolve(theme)
        size = Size(width: Int(nc_cols()), height: Int(nc_lines()))
    }

    public func present(_ buffer: CellBuffer) {
        guard active else { return }
        if buffer.size != previous?.size {
            previous = nil
            erase()
        }
        var cell = cchar_t()
        for run in buffer.changes(since: previous) {
            var x = run.x
            for item in run.cells {
                defer { x += 1 }
                // The right half of a wide glyph: a UTF-8 terminal draws the glyph over it; in ASCII the `?` needs company.
                if item.isContinuation && unicode { continue }
                let (attributes, pair) = look(item.style)
                let text = item.isContinuation ? "?" : item.text
                var scalars = (unicode ? Array(text.unicodeScalars) : asciiFallback(text)).prefix(5).map { wchar_t(bitPattern: $0.value) }
                scalars.append(0)
                _ = nc_setcchar(&cell, &scalars, attributes, pair)
                _ = nc_mvadd_wch(Int32(run.y), Int32(x), &cell)
            }
        }
        refresh()
        previous = buffer
    }

    /// What a non-UTF-8 terminal can show of a grapheme: itself if ASCII, else `?` per column.
    func asciiFallback(_ text: String) -> [Unicode.Scalar] {
        if text.unicodeScalars.allSatisfy({ $0.isASCII }) { return Array(text.unicodeScalars) }
        return ["?"]
    }

    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        guard active else { return nil }
        _ = nc_timeout_stdscr(Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let kind = nc_get_wch(&code)
        if kind == nc_err() { return nil }
        if kind == KEY_CODE_YES {
            if Int32(code) == nc_key_resize() {
                size = Size(width: Int(nc_cols()), height: Int(nc_lines()))
                previous = nil
                return .resize(size)
            }
            return Self.functionKeys[Int32(code)].map(TerminalInput.key)
        }
        switch code {
        case 27: return .key(.escape)
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 3: return .key(.interrupt)
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    static let functionKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_NPAGE: .pageDown, KEY_PPAGE: .pageUp, KEY_HOME: .home, KEY_END: .end,
        KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_BTAB: .backTab,
    ]

    /// Writes the OSC 52 request straight to the terminal, after ncurses has
    /// flushed its frame, so the two never interleave. ncurses never sees it:
    /// it moves no cursor and draws nothing.
    public func copyToClipboard(_ text: String) {
        guard active else { return }
        refresh()
        let request = Array(Self.osc52(text).utf8)
        request.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, base + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    public func restore() {
        guard active else { return }
        active = false
        curs_set(cursor)
        endwin()
        delscreen(screen)
    }

    /// The ncurses attributes and colour pair for a style, at this terminal's colour depth.
    func look(_ key: StyleKey) -> (attr_t, Int16) {
        if let cached = attributeCache[key] { return cached }
        let style = theme[key]
        var attributes = nc_a_normal()
        if style.attributes.contains(.bold) { attributes |= nc_a_bold() }
        if style.attributes.contains(.dim) { attributes |= nc_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= nc_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= nc_a_underline() }
        if style.attributes.contains(.italic) { attributes |= nc_a_italic() }
        let pair = self.pair(Self.number(style.foreground), Self.number(style.background))
        attributeCache[key] = (attributes, pair)
        return (attributes, pair)
    }

    /// A colour pair for foreground and background, made on first use.
    func pair(_ foreground: Int16, _ background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard nextPair < Int16(clamping: nc_color_pairs()) else { return 0 }
        init_pair(nextPair, foreground, background)
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// ncurses' number for a resolved colour (-1: the terminal's default).
    static func number(_ color: Color) -> Int16 {
        switch color {
        case .default: return -1
        case .ansi(let n), .indexed(let n): return Int16(n)
        case .rgb: return -1  // resolved away by the colour depth
        }
    }
}

/// Why the console cannot start.
public struct ConsoleError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// On a crash (a trap, an abort, a bad access) ncurses gives the terminal
/// back before the process dies, so an SSH session is never left in raw mode.
private func installCrashRestore() {
    for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            endwin()
            Glibc.signal(number, SIG_DFL)
            raise(number)
        }
        sigaction(signal, &action, nil)
    }
}
