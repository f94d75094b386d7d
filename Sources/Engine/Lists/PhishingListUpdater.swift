import DiscordREST
import Foundation

/// `lists update`: fetches both lists from one source, checks each is a real
/// list, and only then replaces the files, each by a rename from a temporary
/// file in the same folder. A failed download or a bad answer leaves the
/// previous files exactly as they were.
public struct PhishingListUpdater: Sendable {
    /// Upstream, where both lists are published.
    public static let upstream = "https://raw.githubusercontent.com/nikolaischunk/discord-phishing-links/main"

    public let files: PhishingListFiles
    private let transport: any HTTPTransport

    public init(files: PhishingListFiles, transport: (any HTTPTransport)? = nil) {
        self.files = files
        self.transport = transport ?? CurlTransport(options: .init(totalTimeout: .seconds(120)))
    }

    /// Where the lists come from: a base URL or a folder that holds both files.
    public enum Source: Sendable, Hashable {
        case url(String)
        case folder(String)

        /// `--from`: an http(s) base URL or a folder; a path or URL naming
        /// one of the two files stands for the place that holds both.
        public init(_ text: String) {
            var base = text
            while base.hasSuffix("/") { base.removeLast() }
            for kind in PhishingLists.Kind.allCases where base.hasSuffix("/" + kind.fileName) {
                base.removeLast(kind.fileName.count + 1)
            }
            let lower = base.lowercased()
            self = lower.hasPrefix("http://") || lower.hasPrefix("https://") ? .url(base) : .folder(base.isEmpty ? "/" : base)
        }

        /// Where one list is read from.
        public func location(_ kind: PhishingLists.Kind) -> String {
            switch self {
            case .url(let base), .folder(let base): return base + "/" + kind.fileName
            }
        }
    }

    /// What one list became.
    public struct Updated: Sendable {
        public var kind: PhishingLists.Kind
        public var path: String
        public var entries: Int
        public var bytes: Int
    }

    /// Fetches and checks both lists, then saves both; nothing is saved unless both are good.
    public func update(from source: Source) async -> Result<[Updated], PhishingListUpdateFailure> {
        var fetched: [(PhishingLists.Kind, Data, Int)] = []
        var problems: [PhishingListError] = []
        for kind in PhishingLists.Kind.allCases {
            let location = source.location(kind)
            switch await fetch(location, source: source).flatMap({ data in PhishingListFiles.parse(data, source: location).map { (data, $0.count) } }) {
            case .success(let (data, count)): fetched.append((kind, data, count))
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { return .failure(PhishingListUpdateFailure(problems: problems)) }
        var updated: [Updated] = []
        for (kind, data, count) in fetched {
            if let problem = save(data, as: kind) { return .failure(PhishingListUpdateFailure(problems: [problem])) }
            updated.append(Updated(kind: kind, path: files.path(kind), entries: count, bytes: data.count))
        }
        return .success(updated)
    }

    private func fetch(_ location: String, source: Source) async -> Result<Data, PhishingListError> {
        guard case .url = source else {
            guard let data = FileManager.default.contents(atPath: location) else {
                return .failure(PhishingListError(source: location, problem: "cannot be read; --from takes a folder holding \(PhishingLists.Kind.phishing.fileName) and \(PhishingLists.Kind.suspicious.fileName), or a base URL"))
            }
            return .success(data)
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: "GET", url: location, headers: [("User-Agent", "modconsole/\(ModconsoleInfo.version)")]))
        } catch {
            return .failure(PhishingListError(source: location, problem: "could not be downloaded: \(DiscordError.transport(error.failure, host: error.host).description)"))
        }
        guard response.status == 200 else {
            return .failure(PhishingListError(source: location, problem: "answered HTTP \(response.status), not the list"))
        }
        return .success(response.body)
    }

    /// Writes `data` to a temporary file beside the list, then renames it
    /// over the list (atomic on one file system). Nil when it worked.
    private func save(_ data: Data, as kind: PhishingLists.Kind) -> PhishingListError? {
        let manager = FileManager.default
        let path = files.path(kind)
        let temporary = files.directory + "/.\(kind.fileName).\(getpid()).tmp"
        do {
            try manager.createDirectory(atPath: files.directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? manager.removeItem(atPath: temporary)
            return PhishingListError(source: path, problem: "could not be written: \(error.localizedDescription); check that \(files.directory) is writable")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            return PhishingListError(source: path, problem: "could not be replaced: \(reason)")
        }
        return nil
    }
}

/// Every list that could not be updated; nothing was saved.
public struct PhishingListUpdateFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [PhishingListError]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
