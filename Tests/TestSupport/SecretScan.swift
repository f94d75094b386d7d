import Foundation

/// Looks for secrets where they must never be: the store file and its -wal
/// and -shm companions, output and log files, screen captures, captured
/// stdout and stderr. Each secret is looked for raw, base64-encoded and
/// URL-encoded, byte for byte, so a secret in a stale WAL page counts too.
public enum SecretScan {
    /// One place a secret was found.
    public struct Hit: Sendable, CustomStringConvertible {
        /// The file path, or the name given to a text.
        public var source: String
        /// "raw", "base64" or "url-encoded".
        public var form: String
        /// Byte offset of the first occurrence.
        public var offset: Int
        public var description: String { "\(form) secret in \(source) at byte \(offset)" }
    }

    /// The store at `path` and the files SQLite keeps beside it.
    public static func storeFiles(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm", path + "-journal"]
    }

    /// Every hit of every secret in `paths` (missing files are skipped) and
    /// `texts` (name to text). Secrets shorter than 6 characters are ignored.
    public static func scan(paths: [String] = [], texts: [String: String] = [:], secrets: [String]) -> [Hit] {
        let forms = secrets.filter { $0.count >= 6 }.flatMap(forms(of:))
        var hits: [Hit] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            hits += find(forms, in: data, source: path)
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            hits += find(forms, in: Data(text.utf8), source: name)
        }
        return hits
    }

    /// The encodings a secret is looked for in.
    static func forms(of secret: String) -> [(name: String, bytes: Data)] {
        var forms: [(String, Data)] = [("raw", Data(secret.utf8)), ("base64", Data(Data(secret.utf8).base64EncodedString().utf8))]
        if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != secret {
            forms.append(("url-encoded", Data(encoded.utf8)))
        }
        return forms
    }

    private static func find(_ forms: [(name: String, bytes: Data)], in data: Data, source: String) -> [Hit] {
        forms.compactMap { form in
            data.range(of: form.bytes).map { Hit(source: source, form: form.name, offset: $0.lowerBound - data.startIndex) }
        }
    }
}
