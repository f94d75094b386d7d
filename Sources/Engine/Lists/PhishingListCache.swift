import Foundation
import Synchronization

/// The lists the classifier uses, read at start and read again when
/// `lists update` (or anyone) replaces a file: `refresh()` compares the
/// files' modification times and sizes, two `stat` calls, so the engine can
/// call it on every poll cycle. A file that cannot be read leaves the lists
/// in use as they were.
public final class PhishingListCache: Sendable {
    public let files: PhishingListFiles
    private struct State {
        var lists = PhishingLists.empty
        var stamps: [PhishingListFiles.FileInfo?] = []
    }
    private let state = Mutex(State())

    /// Reads the lists in `files` now (see `refresh` for what a problem does).
    public init(files: PhishingListFiles) {
        self.files = files
        _ = refresh()
    }

    /// The lists as last read.
    public var current: PhishingLists { state.withLock { $0.lists } }

    /// Reads the files again if they changed since the last call: what was
    /// loaded, or the problem that kept the previous lists; nil when nothing changed.
    public func refresh() -> Result<String, PhishingListError>? {
        let stamps = PhishingLists.Kind.allCases.map(files.info)
        guard state.withLock({ $0.stamps != stamps }) else { return nil }
        let loaded = files.load()
        return state.withLock { state in
            state.stamps = stamps
            return loaded.map { lists in
                state.lists = lists
                return "phishing lists: \(lists.phishing.count) phishing and \(lists.suspicious.count) suspicious domains from \(files.directory)"
            }
        }
    }
}
