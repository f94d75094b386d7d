import Foundation
import Testing

/// The reference output rendered by the real dspy package (see Fixtures/dspy/README.md).
enum DSPyFixtures {
    static func json(_ name: String) throws -> [String: Any] {
        let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/dspy/\(name).json"))
        let data = try Data(contentsOf: url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    struct FormatCase {
        var id: String
        var inputs: [String: String]
        var system: String
        var user: String
    }

    static func formatCases(_ name: String) throws -> [FormatCase] {
        let cases = try #require(try json(name)["cases"] as? [[String: Any]])
        return try cases.map { item in
            let messages = try #require(item["messages"] as? [[String: String]])
            return FormatCase(id: item["id"] as? String ?? "", inputs: try #require(item["inputs"] as? [String: String]),
                              system: try #require(messages.first { $0["role"] == "system" }?["content"]),
                              user: try #require(messages.first { $0["role"] == "user" }?["content"]))
        }
    }
}
