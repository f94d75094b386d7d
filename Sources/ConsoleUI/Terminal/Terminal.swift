/// What the terminal reports between frames.
public enum TerminalInput: Sendable, Equatable {
    case key(Key)
    case resize(Size)
}

/// The edge between the console and a screen: the ncurses terminal in use,
/// an in-memory one in tests. Used from one thread only (ncurses is not
/// thread-safe), the console's UI thread.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Whether the terminal shows UTF-8 (else the console draws ASCII).
    var unicode: Bool { get }
    /// Shows a frame, writing only the cells that changed since the last one.
    func present(_ buffer: CellBuffer)
    /// The next key or resize, waiting at most `timeoutMilliseconds`.
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput?
    /// Gives the terminal back as it was found. Safe to call more than once.
    func restore()
}

/// A terminal in memory, for tests: it keeps the screen as a cell buffer,
/// replays queued input, and counts the cells each frame wrote.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public let unicode: Bool
    public private(set) var screen: CellBuffer
    public private(set) var cellsWritten = 0
    public private(set) var frames = 0
    public private(set) var restored = false
    private var pending: [TerminalInput] = []
    private var previous: CellBuffer?

    public init(size: Size, unicode: Bool = true) {
        self.size = size
        self.unicode = unicode
        screen = CellBuffer(size: size)
    }

    /// Queues input for the console to read.
    public func type(_ inputs: TerminalInput...) { pending += inputs }

    /// Changes the size and queues the resize, as a terminal emulator would.
    public func resize(to size: Size) {
        self.size = size
        pending.append(.resize(size))
    }

    public func present(_ buffer: CellBuffer) {
        let runs = buffer.changes(since: previous)
        if buffer.size != screen.size { screen = CellBuffer(size: buffer.size) }
        for run in runs {
            for (offset, cell) in run.cells.enumerated() { screen[run.x + offset, run.y] = cell }
            cellsWritten += run.cells.count
        }
        previous = buffer
        frames += 1
    }

    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public func restore() { restored = true }
}
