import Foundation
import Testing
@testable import Engine

/// The third-party sets are read under modconsole's policy, one split at a time.
@Suite struct ThirdPartyDataTests {
    static func folder(_ files: [String: [String]]) throws -> String {
        let directory = NSTemporaryDirectory() + "modconsole-shared-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, lines) in files {
            try lines.joined(separator: "\n").write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        return directory
    }

    static let complete: [String: [String]] = [
        "devchat-gitter.jsonl": [#"{"message": "npm ci fixed it", "label": "normal", "split": "train"}"#,
                                 #"{"message": "held out", "label": "normal", "split": "test"}"#],
        "social-janitr.jsonl": [#"{"message": "claim your airdrop", "labels": ["scam", "phishing"], "split": "train"}"#,
                                #"{"message": "follow my page", "labels": ["promo"], "split": "train"}"#,
                                #"{"message": "nice game last night", "labels": ["clean", "topic_sports"], "split": "train"}"#],
        "sms-spam.jsonl": [#"{"message": "WINNER! call now", "label": "spam", "split": "train"}"#],
        "youtube-comments-spam.jsonl": [#"{"message": "sub to my channel", "label": "spam", "split": "train"}"#],
    ]

    @Test func trainRowsMapOntoThePolicyAndTestRowsStayOut() throws {
        let directory = try Self.folder(Self.complete)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rows = try ThirdPartyData.rows(in: directory, split: .train)
        let actions = Dictionary(uniqueKeysWithValues: rows.map { ($0.message, $0.action) })
        #expect(actions == ["npm ci fixed it": .allow, "claim your airdrop": .delete, "follow my page": .flag,
                            "nice game last night": .allow, "WINNER! call now": .delete, "sub to my channel": .flag])
        #expect(rows.allSatisfy { $0.intent == .other && $0.channelName == "general" })
        #expect(try ThirdPartyData.rows(in: directory, split: .test).map(\.message) == ["held out"])
    }

    @Test func aMissingFileOrUnlabelledLineIsNamed() throws {
        var files = Self.complete
        files["sms-spam.jsonl"] = nil
        let missing = try Self.folder(files)
        defer { try? FileManager.default.removeItem(atPath: missing) }
        let error = #expect(throws: DatasetError.self) { try ThirdPartyData.rows(in: missing, split: .train) }
        #expect(error?.path.hasSuffix("sms-spam.jsonl") == true)

        files = Self.complete
        files["youtube-comments-spam.jsonl"] = [#"{"message": "no label", "split": "train"}"#]
        let unlabelled = try Self.folder(files)
        defer { try? FileManager.default.removeItem(atPath: unlabelled) }
        let bad = #expect(throws: DatasetError.self) { try ThirdPartyData.rows(in: unlabelled, split: .train) }
        #expect(bad?.description.contains("line 1") == true)
    }
}
