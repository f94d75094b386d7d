import ArgumentParser
import ConsoleUI
import DiscordREST
import Engine
import Foundation

/// `modconsole check`: is the token valid, can the bot see and act in every
/// configured channel, is message content visible. Exit 0 when everything
/// needed is there, 1 otherwise.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify the token, channels, permissions and message-content access.",
        discussion: """
            Reads the configuration (the environment alone is enough: DISCORD_BOT_TOKEN, \
            DISCORD_CHANNEL_IDS, DISCORD_JOBS_CHANNEL_ID, DISCORD_AUDIT_CHANNEL_ID, DISCORD_API_BASE). \
            Exits 0 when everything needed is there, 1 otherwise. Never prints the token. \
            Warns, without failing, when the phishing lists are missing or over a week old.
            """)

    @Option(name: .long, help: ArgumentHelp("A TOML configuration file.", valueName: "file"))
    var config: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let configuration: Configuration
        do {
            configuration = try OutputRedaction.load(explicitFile: config)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        guard let client = configuration.makeClient() else {
            printError("no bot token: set DISCORD_BOT_TOKEN, or discord.token_file in the configuration file")
            throw ExitCode(1)
        }
        let report = await SetupCheck(configuration: configuration, client: client).run()
        let storePath = StoreLocation.resolve(flag: global.db)
        let lists = PhishingListFiles(storePath: storePath)
        print(OutputRedaction.clean(CheckReportText(report: report, tokenSource: configuration.tokenSource, storePath: storePath,
                                                    storeProblem: StoreLocation.problem(at: storePath),
                                                    listsDirectory: lists.directory, listsWarning: lists.warning()).render()))
        if !report.ok { throw ExitCode(1) }
    }
}

/// The readable table `check` prints. Plain text, no colour: it is read in
/// CI logs and over SSH as often as in a terminal.
struct CheckReportText {
    var report: SetupReport
    var tokenSource: Configuration.TokenSource?
    var storePath: String
    var storeProblem: String?
    var listsDirectory: String
    /// Missing or stale phishing lists: worth saying, never a failure.
    var listsWarning: String?

    func render() -> String {
        var lines = ["modconsole check: \(report.apiBase)"]
        if let source = tokenSource { lines.append("token:   from \(source)") }
        if let bot = report.bot { lines.append("bot:     \(bot.username) (\(bot.id))") }
        lines.append("store:   \(storePath)" + (storeProblem.map { " (warning: \($0))" } ?? ""))
        lines.append(listsWarning.map { "lists:   warning: \($0)" } ?? "lists:   \(listsDirectory)")
        if let fatal = report.fatal {
            lines.append("")
            lines.append("FAILED: \(fatal)")
        }
        if !report.channels.isEmpty {
            lines.append("")
            let rows = report.channels.map { channel -> [String] in
                let status: String
                if let error = channel.error { status = "ERROR: \(error)" }
                else if channel.missing.isEmpty { status = "OK" }
                else { status = "MISSING: " + channel.missing.names.joined(separator: ", ") }
                return [channel.name.map { "#\($0)" } ?? "?", channel.id.description,
                        channel.uses.map(\.rawValue).joined(separator: "+"), status]
            }
            lines += table(header: ["CHANNEL", "ID", "USE", "STATUS"], rows: rows)
        }
        for guild in report.guilds {
            let optional = SetupReport.optional.names.map { name in
                "\(name): " + (guild.optionalMissing.names.contains(name) ? "no" : "yes")
            }
            lines.append("")
            lines.append("guild \(guild.name) (\(guild.id)), optional for timeout/ban: " + optional.joined(separator: ", "))
        }
        if report.fatal == nil, report.bot != nil {
            switch report.content {
            case .visible:
                lines.append("message content: visible")
            case .appearsOff(let sampled):
                lines.append("message content: HIDDEN: all \(sampled) recent messages arrived empty. Enable the Message Content intent (Developer Portal > Bot > Privileged Gateway Intents).")
            case .unknown:
                lines.append("message content: unknown (no recent messages from people to judge by)")
            }
        }
        let problems = report.configurationProblems
            + report.channels.compactMap { channel -> String? in
                if let error = channel.error { return "\(channel.label): \(error)" }
                guard !channel.missing.isEmpty else { return nil }
                return "\(channel.label): the bot lacks " + channel.missing.names.joined(separator: ", ")
            }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append("WARNINGS:")
            lines += report.warnings.map { "  - " + Sanitizer.clean($0) }
        }
        lines.append("")
        if report.ok {
            lines.append("OK: everything modconsole needs is in place.")
        } else {
            if !problems.isEmpty {
                lines.append("PROBLEMS:")
                lines += problems.map { "  - \($0)" }
            }
            lines.append("NOT OK")
        }
        return lines.joined(separator: "\n")
    }

    private func table(header: [String], rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}

/// Prints JSON to stdout, with what a terminal could obey escaped (`Sanitizer.jsonSafe`).
func printJSON(_ json: String) {
    print(Sanitizer.jsonSafe(OutputRedaction.clean(json)))
}

/// Prints a value as the commands' JSON: sorted keys, ISO 8601 times, pretty unless `compact`.
func printJSON(encoding value: some Encodable, compact: Bool = false) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    printJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Prints text that may quote what authors wrote, through the sanitiser.
func printText(_ text: String) {
    print(Sanitizer.clean(OutputRedaction.clean(text), mode: .multiLine))
}

/// Prints an error to stderr. Errors can quote channel and author names, so
/// the text goes through the console's sanitiser like everything else.
func printError(_ message: String) {
    // `try?`: a stderr that is gone (a terminal hung up with the SSH link) must not trap, as `write(_:)` does.
    try? FileHandle.standardError.write(contentsOf: Data(("modconsole: " + Sanitizer.clean(OutputRedaction.clean(message), mode: .multiLine) + "\n").utf8))
}
