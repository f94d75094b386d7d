import Foundation

/// The community phishing-domain lists many Discord moderation bots use
/// (nikolaischunk/discord-phishing-links), matched against a message's links.
///
/// A link to a domain on the confirmed list, or to any subdomain of one, is a
/// delete whatever the model says; one on the suspicious list is at least a
/// flag. The links come from the local classifier's own tokens (`dom:` tokens,
/// so `hxxps://`, no scheme and the other disguises it undoes are covered).
/// This is a layer over the model's verdict: the model and its training never
/// see the lists.
public struct PhishingLists: Sendable {
    /// Which list a domain is on.
    public enum Kind: String, Sendable, CaseIterable {
        case phishing, suspicious

        /// The list's file, as upstream names it.
        public var fileName: String { self == .phishing ? "domain-list.json" : "suspicious-list.json" }
        /// The evidence's rule name.
        var evidenceName: String { self == .phishing ? "phishing-list" : "suspicious-list" }
        var title: String { self == .phishing ? "the community phishing list" : "the community suspicious-domain list" }
    }

    /// One list: a set of hosts, and the few entries that carry a path.
    public struct DomainList: Sendable {
        private var hosts: Set<String> = []
        /// Host -> its "host/path" entries. Such entries are links on URL
        /// shorteners (bit.ly/..., tinyurl.com/...): only that path is listed,
        /// never the shortener itself.
        private var paths: [String: [String]] = [:]
        /// Usable entries.
        public private(set) var count = 0

        /// Entries as upstream writes them: `example.com`, `www.example.com`,
        /// `bit.ly/abc`, any case, perhaps with a scheme. Entries without a dot
        /// (which no link can match) are skipped.
        public init(entries: [String]) {
            for entry in entries {
                guard let (host, path) = Self.normalize(entry) else { continue }
                count += 1
                if path.isEmpty { hosts.insert(host) } else { paths[host, default: []].append(host + path) }
            }
        }

        static func normalize(_ entry: String) -> (host: String, path: String)? {
            var text = Substring(entry.trimmingCharacters(in: .whitespaces).lowercased())
            for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
            while text.hasPrefix("www.") || text.hasPrefix("*.") || text.hasPrefix(".") { text = text.drop { $0 != "." }.dropFirst() }
            let slash = text.firstIndex(of: "/") ?? text.endIndex
            let host = text[..<slash]
            var path = text[slash...]
            while path.hasSuffix("/") { path = path.dropLast() }
            guard host.contains("."), !host.hasSuffix(".") else { return nil }
            return (String(host), String(path))
        }

        /// The entry `host` (a link's host, `www.` already dropped) falls
        /// under: the host itself or a parent domain, or a host/path entry
        /// whose exact link appears in `message` (lowercased).
        func entry(for host: String, in message: String) -> String? {
            var suffix = Substring(host)
            while suffix.contains(".") {
                if hosts.contains(String(suffix)) { return String(suffix) }
                if let entries = paths[String(suffix)], let hit = entries.first(where: { Self.links(message, to: $0) }) { return hit }
                suffix = suffix.drop { $0 != "." }.dropFirst()
            }
            return nil
        }

        /// Whether `message` holds `link` ending there (not `bit.ly/abc` inside `bit.ly/abcd`).
        static func links(_ message: String, to link: String) -> Bool {
            var rest = message[...]
            while let range = rest.range(of: link) {
                let after = rest[range.upperBound...].first
                if after.map({ !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) ?? true { return true }
                rest = rest[range.upperBound...]
            }
            return false
        }
    }

    public var phishing: DomainList
    public var suspicious: DomainList

    public init(phishing: DomainList = DomainList(entries: []), suspicious: DomainList = DomainList(entries: [])) {
        self.phishing = phishing
        self.suspicious = suspicious
    }

    /// No lists: verdicts pass through unchanged.
    public static let empty = PhishingLists()

    public var isEmpty: Bool { phishing.count == 0 && suspicious.count == 0 }

    /// A link found on a list.
    public struct Hit: Sendable, Hashable {
        public var list: Kind
        /// The link's host, as the message has it.
        public var host: String
        /// The list entry it falls under (the host, a parent domain, or host/path).
        public var entry: String
    }

    /// The first link on the phishing list, else the first on the suspicious list.
    /// `tokens` are the message's normalised tokens (`TextNormalizer`).
    public func hit(tokens: [String], message: String) -> Hit? {
        let hosts = tokens.filter { $0.hasPrefix("dom:") }.map { String($0.dropFirst(4)) }
        guard !hosts.isEmpty, !isEmpty else { return nil }
        let lowered = message.lowercased()
        for (kind, list) in [(Kind.phishing, phishing), (.suspicious, suspicious)] {
            for host in hosts { if let entry = list.entry(for: host, in: lowered) { return Hit(list: kind, host: host, entry: entry) } }
        }
        return nil
    }

    /// `verdict` with the lists applied: a link on the phishing list makes it
    /// a delete; one on the suspicious list makes it at least a flag. Either
    /// way the evidence names the list and the domain.
    public func applied(to verdict: Verdict, tokens: [String], message: String) -> Verdict {
        guard let hit = hit(tokens: tokens, message: message) else { return verdict }
        var verdict = verdict
        let domain = hit.host == hit.entry ? hit.entry : "\(hit.host) (under \(hit.entry))"
        verdict.evidence.insert(Evidence(kind: .rule, text: hit.list.evidenceName, weight: Self.evidenceWeight(hit.list),
                                         detail: "\(domain) is on \(hit.list.title)"), at: 0)
        switch hit.list {
        case .phishing:
            verdict.action = .delete
            verdict.reason = "This message links to a known phishing site, which is not allowed here."
            verdict.confidence = max(verdict.confidence, Self.phishingConfidence)
            verdict.reasoning += " It links to \(domain), on \(hit.list.title): delete, whatever the model says."
        case .suspicious where verdict.action < .flag:
            verdict.action = .flag
            verdict.reason = Policy.reason(intent: verdict.intent, risk: .suspicious, role: .general, action: .flag)
            verdict.confidence = Self.suspiciousConfidence
            verdict.reasoning += " It links to \(domain), on \(hit.list.title): flagged for a moderator."
        case .suspicious:
            verdict.reasoning += " It links to \(domain), on \(hit.list.title)."
        }
        return verdict
    }

    /// Whether a list decided `verdict`: no other classifier may lower its action.
    public static func decided(_ verdict: Verdict) -> Bool {
        verdict.evidence.contains { $0.kind == .rule && Kind.allCases.map(\.evidenceName).contains($0.text) }
    }

    /// A confirmed listing is as sure as anything the classifier says (and
    /// above the hybrid classifier's band, so the LLM is not asked).
    static let phishingConfidence = 0.99
    /// A suspicious listing is a reason to look, not a certainty: inside the
    /// hybrid band, so the LLM may raise the flag to a delete.
    static let suspiciousConfidence = 0.6

    /// The weight shown beside the evidence: a listing decides on its own, so
    /// it outweighs any built-in rule.
    static func evidenceWeight(_ kind: Kind) -> Double { kind == .phishing ? 10 : 3 }
}
