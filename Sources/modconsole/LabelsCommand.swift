import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole labels`: the moderators' decisions as training data.
struct Labels: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The moderators' decisions as labelled messages.",
        subcommands: [Export.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each decided message with the moderator's final action, in the corpus format.",
            discussion: """
                One label per message: the latest decision wins (an undo or a later override replaces an \
                approve); a dismiss, a veto or an undo is allow; a timeout or ban is delete. --json prints \
                JSON Lines with message, author, channel_name, intent, action, source, moderator, at, \
                ready for eval --dataset or train --dataset.
                """)

        @Flag(help: "Print one JSON object per line.")
        var json = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let labels = try await EngineSession.openExistingStore(db: global.db).moderatorLabels()
            if json {
                for label in labels { try printJSON(encoding: LabelJSON(label), compact: true) }
                return
            }
            if labels.isEmpty { print("no moderator decisions yet"); return }
            let counts = ModerationAction.classifiable.map { action in "\(labels.filter { $0.example.action == action }.count) \(action.rawValue)" }
            print("\(labels.count) labelled messages: " + counts.joined(separator: ", "))
            let time = ISO8601DateFormatter()
            for label in labels {
                let snippet = label.example.message.replacingOccurrences(of: "\n", with: " ").prefix(60)
                print("\(time.string(from: label.at))  \(label.example.action.rawValue)  \(label.source.rawValue)  "
                      + "\(Sanitizer.clean(label.moderator))  #\(Sanitizer.clean(label.example.channelName))  "
                      + "\(Sanitizer.clean(label.example.author))  \(Sanitizer.clean(String(snippet)))")
            }
        }
    }
}

/// One line of `labels export --json`: the corpus columns (data/README.md) and who decided how, when.
struct LabelJSON: Encodable {
    var message: String
    var author: String
    var channel_name: String
    var intent: String
    var action: String
    var source: String
    var moderator: String
    var at: Date

    init(_ label: ModeratorLabel) {
        message = label.example.message
        author = label.example.author
        channel_name = label.example.channelName
        intent = label.example.intent.rawValue
        action = label.example.action.rawValue
        source = label.source.rawValue
        moderator = label.moderator
        at = label.at
    }
}
