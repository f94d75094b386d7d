import Foundation

/// Where the downloaded phishing lists live and how they are read: a `lists/`
/// folder beside the store (so `--db` and MODCONSOLE_DB move them too), one
/// file per list in upstream's own format, `{"domains": [...]}`.
public struct PhishingListFiles: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The lists kept beside the store at `storePath` (`StoreLocation.resolve`).
    public init(storePath: String) {
        var parent = (storePath as NSString).deletingLastPathComponent
        if parent.isEmpty { parent = "." }
        self.init(directory: parent + "/lists")
    }

    public func path(_ kind: PhishingLists.Kind) -> String { directory + "/" + kind.fileName }

    /// What is on disk for one list, for `lists status` and `check`.
    public struct Status: Sendable {
        public var kind: PhishingLists.Kind
        public var path: String
        /// nil when the file is missing.
        public var file: FileInfo?
        /// The entries, or why the file cannot be read.
        public var entries: Result<Int, PhishingListError>?
    }

    public struct FileInfo: Sendable, Hashable {
        public var size: Int
        public var modified: Date
    }

    /// Size and modification time, or nil when the file is missing.
    public func info(_ kind: PhishingLists.Kind) -> FileInfo? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path(kind)),
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return FileInfo(size: (attributes[.size] as? NSNumber)?.intValue ?? 0, modified: modified)
    }

    /// Every list's file, size, age and entry count (`countEntries` parses the files).
    public func status(countEntries: Bool) -> [Status] {
        PhishingLists.Kind.allCases.map { kind in
            let file = info(kind)
            let entries = countEntries && file != nil ? read(kind).map(\.count) : nil
            return Status(kind: kind, path: path(kind), file: file, entries: entries)
        }
    }

    /// Lists older than this deserve an update (upstream changes weekly or more).
    public static let staleAfter: TimeInterval = 7 * 24 * 3600

    /// What `check` should warn about: lists missing or older than a week, with the fix; nil when fine.
    public func warning(now: Date = Date()) -> String? {
        let files = PhishingLists.Kind.allCases.map(info)
        let fix = "run `modconsole lists update` to fetch them"
        if files.allSatisfy({ $0 == nil }) { return "no phishing lists yet in \(directory); \(fix)" }
        let missing = PhishingLists.Kind.allCases.filter { info($0) == nil }.map(\.fileName)
        if !missing.isEmpty { return "\(missing.joined(separator: ", ")) missing from \(directory); \(fix)" }
        let oldest = files.compactMap { $0?.modified }.min() ?? now
        guard now.timeIntervalSince(oldest) > Self.staleAfter else { return nil }
        return "the phishing lists in \(directory) are \(Self.describeAge(now.timeIntervalSince(oldest))) old; run `modconsole lists update`"
    }

    /// "3 days", "5 hours", "12 minutes", "under a minute".
    public static func describeAge(_ seconds: TimeInterval) -> String {
        func unit(_ count: Int, _ name: String) -> String { "\(count) \(name)\(count == 1 ? "" : "s")" }
        switch seconds {
        case ..<60: return "under a minute"
        case ..<3600: return unit(Int(seconds / 60), "minute")
        case ..<(2 * 86400): return unit(Int(seconds / 3600), "hour")
        default: return unit(Int(seconds / 86400), "day")
        }
    }

    /// One list's entries from its file.
    public func read(_ kind: PhishingLists.Kind) -> Result<[String], PhishingListError> {
        guard let data = FileManager.default.contents(atPath: path(kind)) else {
            return .failure(PhishingListError(source: path(kind), problem: "cannot be read"))
        }
        return Self.parse(data, source: path(kind))
    }

    /// Both lists as far as they are there: a missing file is an empty list.
    public func load() -> Result<PhishingLists, PhishingListError> {
        var lists = PhishingLists.empty
        for kind in PhishingLists.Kind.allCases where info(kind) != nil {
            switch read(kind) {
            case .success(let entries):
                if kind == .phishing { lists.phishing = .init(entries: entries) } else { lists.suspicious = .init(entries: entries) }
            case .failure(let error):
                return .failure(error)
            }
        }
        return .success(lists)
    }

    /// The entries of a list document, which must be `{"domains": [...]}`
    /// with at least one domain; `source` (a URL or path) names it in errors.
    public static func parse(_ data: Data, source: String) -> Result<[String], PhishingListError> {
        struct Document: Decodable { var domains: [String] }
        guard let document = try? JSONDecoder().decode(Document.self, from: data) else {
            let start = String(decoding: data.prefix(40), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            return .failure(PhishingListError(source: source,
                                              problem: "is not a phishing list: expected JSON {\"domains\": [...]}, got \"\(start)\""))
        }
        guard PhishingLists.DomainList(entries: document.domains).count > 0 else {
            return .failure(PhishingListError(source: source, problem: "holds no domains"))
        }
        return .success(document.domains)
    }
}

/// Why a phishing list could not be fetched, read or saved: where, and what is wrong.
public struct PhishingListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL or file concerned.
    public var source: String
    public var problem: String
    public var description: String { "\(source) \(problem)" }

    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }
}
