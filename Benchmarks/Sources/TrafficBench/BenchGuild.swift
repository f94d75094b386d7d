import DiscordREST
import DiscordSimulator
import Engine
import Foundation

/// The simulated guild every part of this harness measures against: ten
/// watched text channels (the scripted guild's six public ones plus four
/// added), each with some history, a scratch folder for stores, and the
/// configuration an engine on them uses.
struct BenchGuild {
    let sim: DiscordSimulator
    let directory: String
    let configuration: Configuration
    /// The watched channels, in order: general first.
    let channels: [Snowflake]

    static let channelCount = 10
    static let scriptedChannels = ["general", "help", "jobs", "showcase", "random", "introductions"]
    /// Regular members who post the measured messages, taken in turn.
    static let authors = ["swiftlyjen", "pointfree_paul", "recruiter_rachel"]

    /// Starts a simulator (Discord-like rate limits, no scripted backlog) and
    /// gives each of the ten channels `history` ordinary messages from the
    /// last minutes, so a "last 20 messages" read returns full pages.
    static func start(seed: UInt64 = 13, history: Int = 20, in directory: String,
                      adjust: (inout EngineSettings) -> Void = { _ in }) async throws -> BenchGuild {
        let sim = try await DiscordSimulator.start(SimulatorOptions(seed: seed, backlogPerChannel: 0))
        var ids = scriptedChannels.compactMap { sim.channelID(named: $0) }
        while ids.count < channelCount { ids.append(sim.addTextChannel(named: "extra-\(ids.count + 1)")) }
        let channels = ids.compactMap { Snowflake($0) }
        var configuration = Configuration()
        configuration.token = BotToken(sim.botToken)
        configuration.apiBase = sim.baseURL
        configuration.channels = channels.map { WatchedChannel(id: $0) }
        configuration.jobsChannel = sim.channelID(named: "jobs").flatMap { Snowflake($0) }
        configuration.auditChannel = sim.channelID(named: "mod-log").flatMap { Snowflake($0) }
        configuration.engine.moderator = "bench-mod"
        adjust(&configuration.engine)
        let guild = BenchGuild(sim: sim, directory: directory, configuration: configuration, channels: channels)
        for channel in channels {
            for n in 0..<history {
                guild.post(ordinary(n), by: n, in: channel, at: Date().addingTimeInterval(-Double(60 * (history - n))))
            }
        }
        return guild
    }

    /// An everyday message, different for each `n`, as long as a real one.
    static func ordinary(_ n: Int) -> String {
        let lines = [
            "does anyone know why my SwiftUI preview crashes when I use @Observable in a package?",
            "just shipped the async rewrite of our networking layer, happy to answer questions about it",
            "is there a way to make a Vapor route return a stream without buffering the whole body first?",
            "thanks! that fixed it, the actor was being re-entered while the task was suspended",
            "anyone going to the server-side Swift meetup next month? would love to say hi",
        ]
        return lines[n % lines.count] + " (\(n))"
    }

    /// Posts `text` as the `n`th author in turn; returns the message id.
    @discardableResult
    func post(_ text: String, by n: Int, in channel: Snowflake, at date: Date? = nil) -> String {
        let author = sim.userID(named: Self.authors[n % Self.authors.count]) ?? ""
        return sim.postMessage(text, author: author, channel: channel.description, at: date)
    }

    /// An engine on the store `name` in the scratch folder; `started`: logged
    /// in and its channels learnt, as a poller must be (an engine that only
    /// decides logs in the first time it acts, as the CLI's does).
    func engine(store name: String, classifier: any Classifier, started: Bool = true) async throws -> ModerationEngine {
        let client = DiscordClient(configuration: .init(token: BotToken(sim.botToken), apiBase: sim.baseURL))
        let engine = ModerationEngine(configuration: configuration, store: try Store(path: storePath(name)), client: client,
                                      classifier: classifier)
        if started { try await engine.start() }
        return engine
    }

    /// The environment that points a `modconsole` process at this guild, with
    /// HOME and XDG folders in the scratch folder, so no user's configuration or store is read.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("MODCONSOLE_") && !$0.key.hasPrefix("DISCORD_") }
        environment["HOME"] = directory
        environment["XDG_CONFIG_HOME"] = directory + "/config"
        environment["XDG_DATA_HOME"] = directory + "/data"
        environment["DISCORD_API_BASE"] = sim.baseURL
        environment["DISCORD_BOT_TOKEN"] = sim.botToken
        environment["DISCORD_CHANNEL_IDS"] = channels.map(\.description).joined(separator: ",")
        environment["DISCORD_JOBS_CHANNEL_ID"] = configuration.jobsChannel?.description
        environment["DISCORD_AUDIT_CHANNEL_ID"] = configuration.auditChannel?.description
        return environment
    }

    func storePath(_ name: String) -> String { directory + "/" + name + ".sqlite" }

    /// Every message id a store holds (each suggestion's message and its cross-post copies).
    static func storedMessageIDs(_ store: Store) async throws -> Set<String> {
        var ids: Set<String> = []
        for suggestion in try await store.decidedMessages() {
            ids.insert(suggestion.messageID.description)
            for copy in suggestion.copies { ids.insert(copy.messageID.description) }
        }
        return ids
    }
}

/// What the simulator's request record says about some stretch of traffic.
struct Traffic {
    var requests = 0
    /// Response body bytes (headers not counted).
    var bytes = 0
    var tooManyRequests = 0

    init(_ records: [RecordedRequest]) {
        requests = records.count
        bytes = records.reduce(0) { $0 + $1.responseBytes }
        tooManyRequests = records.filter { $0.status == 429 }.count
    }
}

/// A scratch folder, removed when the harness ends.
func scratchDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "modconsole-trafficbench-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
