import Foundation
import Synchronization

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
    /// Asks the terminal to put `text` on the clipboard (OSC 52); terminals
    /// that do not support it ignore the request.
    func copyToClipboard(_ text: String)
}

extension Terminal {
    /// The OSC 52 request that sets the clipboard to `text` ("c": the clipboard selection).
    public static func osc52(_ text: String) -> String {
        "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}

/// A terminal in memory, for tests: it keeps the screen as a cell buffer,
/// replays input a test types (from any thread), and counts what each frame
/// wrote. The console's UI thread drives it like a real terminal.
public final class MemoryTerminal: Terminal, @unchecked Sendable {
    /// Everything a test may read while the console runs, behind one lock.
    private struct Shared {
        var size: Size
        var screen: CellBuffer
        var pending: [TerminalInput] = []
        var cellsWritten = 0
        var frames = 0
        var restored = false
        var clipboard: [String] = []
    }
    private let shared: Mutex<Shared>
    private var previous: CellBuffer?  // touched by the UI thread only
    public let unicode: Bool

    public init(size: Size, unicode: Bool = true) {
        shared = Mutex(Shared(size: size, screen: CellBuffer(size: size)))
        self.unicode = unicode
    }

    public var size: Size { shared.withLock { $0.size } }
    public var screen: CellBuffer { shared.withLock { $0.screen } }
    public var cellsWritten: Int { shared.withLock { $0.cellsWritten } }
    public var frames: Int { shared.withLock { $0.frames } }
    public var restored: Bool { shared.withLock { $0.restored } }
    /// What the console asked to copy, oldest first.
    public var clipboard: [String] { shared.withLock { $0.clipboard } }

    /// Queues input for the console to read.
    public func type(_ inputs: TerminalInput...) { shared.withLock { $0.pending += inputs } }

    /// Changes the size and queues the resize, as a terminal emulator would.
    public func resize(to size: Size) {
        shared.withLock {
            $0.size = size
            $0.pending.append(.resize(size))
        }
    }

    public func present(_ buffer: CellBuffer) {
        let runs = buffer.changes(since: previous)
        previous = buffer
        shared.withLock { state in
            if buffer.size != state.screen.size { state.screen = CellBuffer(size: buffer.size) }
            for run in runs {
                for (offset, cell) in run.cells.enumerated() { state.screen[run.x + offset, run.y] = cell }
                state.cellsWritten += run.cells.count
            }
            state.frames += 1
        }
    }

    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        if let input = shared.withLock({ $0.pending.isEmpty ? nil : $0.pending.removeFirst() }) { return input }
        usleep(useconds_t(min(timeoutMilliseconds, 20) * 1000))  // a terminal blocks until input or the timeout
        return nil
    }

    public func restore() { shared.withLock { $0.restored = true } }

    public func copyToClipboard(_ text: String) { shared.withLock { $0.clipboard.append(text) } }
}
