import Foundation

/// One row of an evaluation file: the signature's own fields
/// (`{"message", "author", "channel_name", "intent", "action"}`); extra keys
/// are ignored.
public struct LabelledMessage: Sendable, Hashable {
    public var message: String
    public var author: String
    public var channelName: String
    public var intent: Intent
    public var action: ModerationAction
    /// 1-based line in the file (for a moderator's label, its row in the store), for reports.
    public var line: Int
}

/// A problem with one line, reported (never silently skipped).
public struct DatasetProblem: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads JSON Lines evaluation data.
public enum LabelledDataset {
    /// The rows that parse, and a problem for each line that does not.
    public static func read(_ path: String) throws -> (rows: [LabelledMessage], problems: [DatasetProblem]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(path: path, message: "cannot be read; check the path")
        }
        return parse(data)
    }

    public static func parse(_ data: Data) -> (rows: [LabelledMessage], problems: [DatasetProblem]) {
        var rows: [LabelledMessage] = []
        var problems: [DatasetProblem] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
                problems.append(DatasetProblem(line: lineNumber, message: "not a JSON object"))
                continue
            }
            var missing: [String] = []
            func field(_ key: String) -> String? {
                guard let value = object[key] as? String else { missing.append(key); return nil }
                return value
            }
            let message = field("message"), intentText = field("intent"), actionText = field("action")
            guard missing.isEmpty, let message, let intentText, let actionText else {
                problems.append(DatasetProblem(line: lineNumber, message: "missing or non-string " + missing.joined(separator: ", ")))
                continue
            }
            guard let intent = Intent(rawValue: intentText) else {
                problems.append(DatasetProblem(line: lineNumber, message: "intent \"\(intentText)\" is not post_job, seek_job or other"))
                continue
            }
            guard let action = ModerationAction(rawValue: actionText), ModerationAction.classifiable.contains(action) else {
                problems.append(DatasetProblem(line: lineNumber, message: "action \"\(actionText)\" is not allow, move, flag or delete"))
                continue
            }
            rows.append(LabelledMessage(message: message, author: object["author"] as? String ?? "",
                                        channelName: object["channel_name"] as? String ?? "general",
                                        intent: intent, action: action, line: lineNumber))
        }
        return (rows, problems)
    }
}

public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

extension LabelledMessage {
    /// The classifier input for this row; the role comes from the channel name
    /// (a channel named jobs is the jobs channel).
    public var input: ClassifierInput {
        ClassifierInput(message: message, author: author, channelName: channelName,
                        channelRole: Policy.role(configured: nil, isJobsChannel: false, name: channelName))
    }

    /// The training example the row implies for the local model's two heads.
    public var example: LocalModelTrainer.Example {
        LocalModelTrainer.Example(text: message, intent: intent, risk: Policy.risk(intent: intent, action: action, role: input.channelRole))
    }
}
