/// A terminal size, or a rectangle's extent.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
    }
    public var description: String { "\(width)x\(height)" }
}

/// A rectangle on the screen, in cells.
public struct Rect: Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(width, 0)
        self.height = max(height, 0)
    }
    /// The rectangle shrunk by `n` cells on every side (its inside, for a border of width n).
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}

/// One screen cell: one character that takes columns (with its zero-width
/// marks) and its style. A wide character occupies its cell and the next,
/// which holds an empty continuation (`text == ""`).
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: StyleKey

    /// The right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }
}

/// The screen as a grid of cells that knows display widths. Views draw into
/// it; the terminal copies only the cells that changed since the last frame.
///
/// Everything written goes through `Sanitizer.clean` first, so no text of
/// any origin can put a control character into a cell.
public struct CellBuffer: Sendable, Equatable {
    public let size: Size
    private var cells: [Cell]

    public init(size: Size, style: StyleKey = .base) {
        self.size = size
        cells = Array(repeating: Cell(text: " ", style: style), count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Writes `text` on one line from column `x`, using at most `limit` columns
    /// (default: to the buffer's edge). A wide character that does not fit is
    /// left out. Returns the columns used.
    ///
    /// Each cell gets one scalar that takes columns plus the zero-width marks
    /// after it, as ncurses and terminals lay text out; a cluster of several
    /// spacing scalars (a Devanagari conjunct) spans several cells.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: StyleKey, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let end = min(size.width, x + (limit ?? size.width))
        var column = x
        let clean = Sanitizer.clean(text)
        if clean.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII, most of every frame: a column per byte, no marks to join, nothing to measure.
            for byte in clean.utf8 {
                guard column + 1 <= end else { break }
                if column >= 0 { place(String(Unicode.Scalar(byte)), width: 1, x: column, y: y, style: style) }
                column += 1
            }
            return max(column - x, 0)
        }
        for unit in DisplayWidth.units(clean) {
            if unit.width == 0 {
                // Marks with nothing before them join the cell to the left, so they cannot shift columns.
                if column > x, contains(column - 1, y), !self[column - 1, y].isContinuation {
                    self[column - 1, y].text += unit.text
                }
                continue
            }
            guard column + unit.width <= end else { break }
            if column >= 0 { place(unit.text, width: unit.width, x: column, y: y, style: style) }
            column += unit.width
        }
        return max(column - x, 0)
    }

    /// Puts one cell's text of width 1 or 2, blanking the other half of any wide character it overwrites.
    private mutating func place(_ text: String, width: Int, x: Int, y: Int, style: StyleKey) {
        if self[x, y].isContinuation, x > 0 { self[x - 1, y].text = " " }
        let after = x + width
        if after < size.width, self[after, y].isContinuation { self[after, y].text = " " }
        self[x, y] = Cell(text: text, style: style)
        if width == 2 { self[x + 1, y] = Cell(text: "", style: style) }
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: StyleKey) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) { self[x, y] = Cell(text: " ", style: style) }
        }
    }

    /// Gives a run of cells another style, keeping their text (selection, highlights).
    public mutating func restyle(x: Int, y: Int, width: Int, style: StyleKey) {
        guard y >= 0, y < size.height else { return }
        for column in max(x, 0)..<min(x + width, size.width) { self[column, y].style = style }
    }

    /// Each row as plain text (continuations left out), for tests and snapshots.
    public var lines: [String] {
        (0..<size.height).map { y in
            (0..<size.width).map { self[$0, y].text }.joined()
        }
    }

    /// A run of changed cells on one row, as the terminal writes them.
    public struct Run: Sendable, Equatable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    /// The runs of cells that differ from `previous` (everything when there is
    /// none or its size differs). A run never starts on a continuation cell.
    public func changes(since previous: CellBuffer?) -> [Run] {
        var runs: [Run] = []
        let all = previous?.size != size
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                guard all || self[x, y] != previous![x, y] else { x += 1; continue }
                var start = x
                if self[start, y].isContinuation, start > 0 { start -= 1 }
                var end = x
                while end < size.width, all || self[end, y] != previous![end, y] || self[end, y].isContinuation { end += 1 }
                runs.append(Run(x: start, y: y, cells: (start..<end).map { self[$0, y] }))
                x = end
            }
        }
        return runs
    }
}
