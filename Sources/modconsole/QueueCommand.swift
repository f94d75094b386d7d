import ArgumentParser
import DiscordREST
import ConsoleUI
import Engine
import Foundation

/// `modconsole queue`: the suggestions, and a moderator's decisions on them from a shell.
struct Queue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List suggestions and decide on them.",
        subcommands: [List.self, Approve.self, Set.self, Dismiss.self, Undo.self, Reopen.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pending suggestions (every classified message with --all).")
        @Flag(help: "Every classified message, not only those waiting for a moderator.")
        var all = false
        @Flag(help: "Print a JSON array.")
        var json = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let store = try EngineSession.openForReading(db: global.db)
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
        static let configuration = CommandConfiguration(
            abstract: "Run the suggested action now (a failed one runs again, finishing what it started).")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var details: DetailOptions
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(to: id) { try await $0.decide(id, .approve, details: details.details()) } }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Override the suggestion with another action, and run it now.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @Argument(help: "allow, move, flag, delete, timeout or ban.") var action: ModerationAction
        @Flag(name: .customLong("delete-recent"), help: "With ban: Discord also deletes the author's messages of the last 7 days.")
        var deleteRecent = false
        @OptionGroup var details: DetailOptions
        @OptionGroup var options: DecisionOptions

        func validate() throws {
            if deleteRecent && action != .ban { throw ValidationError("--delete-recent goes with ban only") }
        }

        func run() async throws {
            let seconds = deleteRecent ? DecisionDetails.banDeletingRecent.deleteMessageSeconds : nil
            try await options.apply(to: id) { try await $0.decide(id, .override(action), details: details.details(deleteMessageSeconds: seconds)) }
        }
    }

    struct Dismiss: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Leave the message alone (allow); nothing is sent to Discord.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var details: DetailOptions
        @OptionGroup var options: DecisionOptions

        func validate() throws {
            if details.dm == true { throw ValidationError("a dismissal sends nothing to Discord, so no DM: leave out --dm") }
        }

        func run() async throws { try await options.apply(to: id) { try await $0.decide(id, .dismiss, details: details.details()) } }
    }

    struct Undo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take back a done action, as far as Discord allows; the suggestion is then open for a new decision.")
        @Argument(help: "The suggestion id (queue list).") var id: Int64
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(to: id) { try await $0.undo(id) } }
    }

    struct Reopen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a dismissed or undone suggestion again for a new decision.",
            discussion: "Nothing is sent to Discord. The earlier decision stays in the audit log but no longer counts as a label for training.")
        @Argument(help: "The suggestion id (queue list --all).") var id: Int64
        @OptionGroup var options: DecisionOptions
        func run() async throws { try await options.apply(to: id) { try await $0.reopen(id) } }
    }
}

extension ModerationAction: ExpressibleByArgument {}

/// What a moderator adds to a decision: the reason told to the author, and whether they are told.
struct DetailOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The reason the author is told (DM, audit message, Discord's audit log) instead of the classifier's.",
                               valueName: "text"))
    var reason: String?
    @Flag(inversion: .prefixedNo, help: "Send the author a DM, or not (default: move and delete do, the other actions do not).")
    var dm: Bool?

    func details(deleteMessageSeconds: Int? = nil) -> DecisionDetails {
        DecisionDetails(reason: reason, notifyAuthor: dm, deleteMessageSeconds: deleteMessageSeconds)
    }
}

/// Options shared by the commands that decide.
struct DecisionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A TOML configuration file.", valueName: "file"))
    var config: String?
    @Flag(name: .customLong("dry-run"), help: "Change nothing on Discord except an audit message marked as a dry run.")
    var dryRun = false
    @OptionGroup var global: GlobalOptions

    /// Runs one engine call on suggestion `id` (the engine logs in to Discord
    /// only if the call must act there), prints where the suggestion now
    /// stands, and exits 1 unless its outcome says the call took effect.
    func apply(to id: Int64, _ call: (ModerationEngine) async throws -> Suggestion) async throws {
        let session = try EngineSession(config: config, db: global.db) { if dryRun { $0.engine.dryRun = true } }
        let result: Suggestion
        do {
            result = try await call(try session.engine())
        } catch let error as EngineError {
            printError(error.description)
            throw ExitCode(1)
        }
        printText("suggestion \(result.id): \(result.action.rawValue) \(result.state.rawValue)" + (result.failure.map { ": \($0)" } ?? ""))
        if !result.outcome.succeeded { throw ExitCode(1) }
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
