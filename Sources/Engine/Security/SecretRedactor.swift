import Foundation

/// Removes configured secrets (the bot token, the LLM API key, whatever a
/// token file held) from text that leaves the process: error descriptions
/// written to the store, events, stderr, the console's notices, `check`
/// output. Servers echo what they were sent, so an error text may carry a
/// secret in the forms it travelled in: raw, after "Bot " or "Bearer ",
/// percent-encoded, JSON-escaped or base64. Each becomes `[redacted]`.
public struct SecretRedactor: Sendable {
    /// What replaces a secret.
    public static let mark = "[redacted]"
    /// Secrets shorter than this are not looked for: redacting two letters
    /// everywhere would garble every message and protect nothing.
    static let shortest = 6

    /// Every form to look for, longest first so a form that contains
    /// another is replaced whole.
    private let forms: [String]

    /// A redactor that finds nothing, for code paths with no configuration.
    public static let none = SecretRedactor(secrets: [])

    /// A redactor for these secret values (empty and very short ones are ignored).
    public init(secrets: [String]) {
        var forms: Set<String> = []
        for secret in secrets.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where secret.count >= Self.shortest {
            forms.formUnion(Self.forms(of: secret))
        }
        self.forms = forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// A redactor for every secret in `configuration`: the bot token and the LLM API key.
    public init(_ configuration: Configuration) {
        self.init(secrets: [configuration.token?.secret, configuration.classifier.llm?.endpoint.apiKey?.secret].compactMap { $0 })
    }

    /// True when there is no secret to look for.
    public var isEmpty: Bool { forms.isEmpty }

    /// `text` with every form of every secret replaced by `[redacted]`.
    public func clean(_ text: String) -> String {
        guard !forms.isEmpty else { return text }
        var text = text
        for form in forms where text.contains(form) {
            text = text.replacingOccurrences(of: form, with: Self.mark)
        }
        return text
    }

    /// The ways `secret` may come back in an error body.
    static func forms(of secret: String) -> Set<String> {
        var forms: Set<String> = [secret]
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        // Encoders differ in what they leave alone: RFC 3986's unreserved set, or letters and digits only.
        for prefixed in [secret, "Bot " + secret, "Bearer " + secret] {
            for allowed in [unreserved, .alphanumerics] {
                guard let encoded = prefixed.addingPercentEncoding(withAllowedCharacters: allowed) else { continue }
                forms.insert(encoded)
                forms.insert(encoded.replacingOccurrences(of: "%20", with: "+"))
                forms.insert(encoded.lowercasedPercentEscapes())
            }
            forms.insert(Data(prefixed.utf8).base64EncodedString())
        }
        forms.insert(secret.replacingOccurrences(of: "/", with: "\\/"))
        return forms.filter { $0.count >= shortest }
    }
}

extension String {
    /// "%2F" as "%2f": servers differ in the case of their escapes.
    fileprivate func lowercasedPercentEscapes() -> String {
        var result = ""
        var pending = 0
        for character in self {
            if character == "%" { pending = 2; result.append(character); continue }
            if pending > 0 { pending -= 1; result += character.lowercased(); continue }
            result.append(character)
        }
        return result
    }
}

extension SecretRedactor {
    /// An audit entry whose result and reason (which may quote an error) hold no secret.
    func clean(_ entry: AuditEntry) -> AuditEntry {
        var entry = entry
        entry.result = clean(entry.result)
        entry.reason = clean(entry.reason)
        return entry
    }
}
