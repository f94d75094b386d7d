import ArgumentParser
import DiscordREST
import ConsoleUI
import Engine
import Foundation

/// `modconsole queue`: the suggestions, and a moderator's decisions on them from a shell.
struct Queue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List suggestions and decide on them.",
        subcommands: [List.self, Approve.self, Set.self, Dismiss.self, Undo.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pending suggestions (every classified message with --all).")
        @Flag(help: "Every classified message, not only those waiting for a moderator.")
        var all = false
        @Flag(help: "Print a JSON array.")
        var json = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let store = try EngineSession.openStore(db: global.db)
            let items = try await store.queue(all ? .all : .open, limit: 10_000)
            if json {
                try printJSON(encoding: QueueJSON.rows(items))
                return
            }
            if items.isEmpty { print(all ? "no classified messages yet" : "nothing pending"); return }
            for item in items {
                let snippet = item.judged.classifierText.replacingOccurrences(of: "\n", with: " ").prefix(60)
                print("\(item.id)\t\(item.state.rawValue)\t\(item.action.rawValue)\t\(String(format: "%.2f", item.confidence))\t#\(Sanitizer.clean(item.channelName))\t\(Sanitizer.clean(item.authorName))\t\(Sanitizer.clean(String(snippet)))")
            }
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the suggested action now.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(.approve, to: id) }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Override the suggestion with another action, and run it now.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @Argument(help: "allow, move, flag, delete, timeout or ban.") var action: ModerationAction
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(.override(action), to: id) }
    }

    struct Dismiss: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Leave the message alone (allow).")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(.dismiss, to: id) }
    }

    struct Undo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back a done action, as far as Discord allows.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(nil, to: id) }
    }
}

extension ModerationAction: ExpressibleByArgument {}

/// Options shared by the commands that decide.
struct DecisionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A TOML configuration file.", valueName: "file"))
    var config: String?
    @Flag(name: .customLong("dry-run"), help: "Change nothing on Discord except an audit message marked as a dry run.")
    var dryRun = false
    @OptionGroup var global: GlobalOptions

    /// Applies a decision (nil: undo), prints the result, exits non-zero if it failed.
    func apply(_ decision: Decision?, to id: Int64) async throws {
        let session = try EngineSession(config: config, db: global.db) { if dryRun { $0.engine.dryRun = true } }
        guard let existing = try await session.store.suggestion(id) else {
            printError("no suggestion \(id); `modconsole queue list --all` shows them")
            throw ExitCode(1)
        }
        let needsDiscord = decision == nil || !(decision == .dismiss || (decision == .approve && existing.verdict.action == .allow))
        let result: Suggestion
        do {
            if needsDiscord {
                let engine = try await session.startEngine()
                if let decision { result = try await engine.decide(id, decision) } else { result = try await engine.undo(id) }
            } else {
                result = try await session.store.decide(id, decision!, moderator: session.configuration.engine.moderator,
                                                        dryRun: session.configuration.engine.dryRun)
            }
        } catch let error as EngineError {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as StoreError {
            printError(error.description)
            throw ExitCode(1)
        }
        printText("suggestion \(result.id): \(result.action.rawValue) \(result.state.rawValue)" + (result.failure.map { ": \($0)" } ?? ""))
        let succeeded: [Suggestion.State] = decision == nil ? [.reverted] : [.done, .dismissed]
        if !succeeded.contains(result.state) { throw ExitCode(1) }
    }
}

/// `queue list --json`: the fields scripts rely on.
enum QueueJSON {
    struct Row: Encodable {
        var id: Int64
        var message_id: String
        var channel_id: String
        var channel: String
        var author: String
        var author_id: String
        var content: String
        /// For a forward: the forwarded message's text (`content`, the author's own, is then empty).
        var forwarded_content: String?
        var attachments: [String]
        var action: String
        var suggested_action: String
        var intent: String
        var confidence: Double
        var state: String
        var reason: String
        var reasoning: String
        var classifier: String
        var copies: [String]
        var undo: String
        var due_at: Date?
        var failure: String?
        var created_at: Date
    }

    static func rows(_ items: [Suggestion]) -> [Row] {
        items.map {
            Row(id: $0.id, message_id: $0.messageID.description, channel_id: $0.channelID.description, channel: $0.channelName,
                author: $0.authorName, author_id: $0.authorID.description, content: $0.content,
                forwarded_content: $0.forwarded?.text, attachments: $0.attachments.map(\.filename), action: $0.action.rawValue,
                suggested_action: $0.verdict.action.rawValue, intent: $0.verdict.intent.rawValue, confidence: $0.confidence,
                state: $0.state.rawValue, reason: $0.verdict.reason, reasoning: $0.verdict.reasoning, classifier: $0.verdict.classifier,
                copies: $0.copies.map(\.messageID.description), undo: $0.undo.rawValue, due_at: $0.dueAt, failure: $0.failure,
                created_at: $0.createdAt)
        }
    }
}
