import Foundation

/// The third-party message sets kept beside the project (`../shared/data`,
/// described in its README), read as labelled rows under modconsole's policy.
///
/// Every row there carries a fixed `split`: `train` rows may be trained on,
/// `test` rows are only ever measured. None of it is Discord data, so every
/// row is posted as if in #general, and none of it teaches job intents:
/// - devchat-gitter: real developer chat, allow;
/// - social-janitr: scam or phishing delete, spam / promotion / affiliate /
///   lead generation flag (borderline self-promotion), the rest allow;
/// - sms-spam: spam delete (prize and premium-rate scams), the rest allow;
/// - youtube-comments-spam: spam flag (self-promotion), the rest allow.
public enum ThirdPartyData {
    public enum Split: String, Sendable {
        case train, test
    }

    /// One file and how its labels map onto an action.
    struct Source: Sendable {
        var file: String
        var action: @Sendable ([String: Any]) -> ModerationAction?
    }

    static let sources: [Source] = [
        Source(file: "devchat-gitter.jsonl") { _ in .allow },
        Source(file: "social-janitr.jsonl") { row in
            guard let labels = row["labels"] as? [String] else { return nil }
            if !Set(labels).isDisjoint(with: ["scam", "phishing"]) { return .delete }
            if !Set(labels).isDisjoint(with: ["spam", "promo", "affiliate", "lead_gen"]) { return .flag }
            return .allow
        },
        Source(file: "sms-spam.jsonl") { row in (row["label"] as? String).map { $0 == "spam" ? .delete : .allow } },
        Source(file: "youtube-comments-spam.jsonl") { row in (row["label"] as? String).map { $0 == "spam" ? .flag : .allow } },
    ]

    /// The rows of `split` from every file in `directory`, in file order.
    /// A missing file or a line that cannot be read is an error naming it:
    /// a silently smaller training set would change the model unnoticed.
    public static func rows(in directory: String, split: Split) throws(DatasetError) -> [LabelledMessage] {
        var rows: [LabelledMessage] = []
        for source in sources {
            let path = (directory as NSString).appendingPathComponent(source.file)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DatasetError(path: path, message: "cannot be read; pass the folder that holds the shared data (its README lists the files)")
            }
            var number = 0
            for line in data.split(separator: UInt8(ascii: "\n")) {
                number += 1
                guard let row = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                      let message = row["message"] as? String, let rowSplit = row["split"] as? String,
                      let action = source.action(row) else {
                    throw DatasetError(path: path, message: "line \(number) lacks message, split or its label")
                }
                guard rowSplit == split.rawValue else { continue }
                rows.append(LabelledMessage(message: message, author: "member", channelName: "general",
                                            intent: .other, action: action, line: number))
            }
        }
        return rows
    }
}
