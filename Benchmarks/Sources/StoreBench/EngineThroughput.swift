import DiscordREST
import Engine
import Foundation

/// Part 3's Swift side: messages per second through the engine's own poll
/// cycle (`ModerationEngine.pollCycle`: fetch from `DiscordFeed`, decode,
/// classify offline, `Store.recordPoll`, poll status), and how much of that
/// time the JSON decoding and the classifier take on their own.
enum EngineThroughput {
    struct Options {
        var store: String
        var corpus: [String]
        var channels = 4
        /// Messages per channel per poll: one page, one `recordPoll` transaction.
        var perPoll = 100
        var cycles = 10
    }

    /// What `engine.sh` reads (printed as JSON).
    struct Result: Encodable {
        var messages: Int
        var seconds: Double
        var cycles: Int
        var channels: Int
        /// Messages stored by the warm-up cycle (not timed) and the timed ones.
        var storedMessages: Int
        /// `recordPoll` transactions that stored messages, warm-up included.
        var pages: Int
        var decodeSeconds: Double
        var classifySeconds: Double
        var unknownRoutes: [String]
    }

    static func run(_ options: Options) async throws -> Result {
        let texts = try Corpus.texts(options.corpus)
        let needed = options.channels * options.perPoll * (options.cycles + 1)
        guard texts.count >= 1 else { throw BenchError("the corpus files hold no messages") }
        let repeated = (0..<needed).map { texts[$0 % texts.count] }
        let names = ["general", "help", "jobs", "off-topic", "random", "showcase", "introductions", "rust", "swift", "go"]
        let feed = DiscordFeed(texts: repeated, channelNames: (0..<options.channels).map { names[$0 % names.count] + ($0 < names.count ? "" : "-\($0)") },
                               start: Date().addingTimeInterval(-Double(needed) - 3_600))

        var configuration = Configuration()
        configuration.token = BotToken("benchmark-token")
        configuration.apiBase = "http://feed.invalid/api/v10"
        configuration.channels = feed.channels.map { WatchedChannel(id: Snowflake(rawValue: $0.id)) }
        configuration.jobsChannel = feed.channels.first { $0.name == "jobs" }.map { Snowflake(rawValue: $0.id) }
        configuration.engine.backfill = options.perPoll
        // The client's own pace (50 requests a second against Discord) would time the pace, not the engine.
        let client = DiscordClient(configuration: .init(token: BotToken("benchmark-token"), apiBase: configuration.apiBase,
                                                        globalRequestsPerSecond: 1_000_000), transport: feed)
        let store = try Store(path: options.store)
        let classifier = try LocalClassifier.shipped()
        let engine = ModerationEngine(configuration: configuration, store: store, client: client, classifier: classifier)
        try await engine.start()

        // Warm-up (not timed): the first poll of each channel, model and store caches.
        feed.reveal(options.perPoll)
        try check(await engine.pollCycle(), feed)
        let clock = ContinuousClock()
        var messages = 0
        let elapsed = try await clock.measure {
            for _ in 0..<options.cycles {
                messages += feed.reveal(options.perPoll)
                try check(await engine.pollCycle(), feed)
            }
        }

        // The same pages decoded alone, and the same messages classified alone.
        let pages = feed.visiblePages(size: options.perPoll)
        var decoded: [Message] = []
        let decodeTime = try clock.measure {
            decoded = try pages.flatMap { try JSONDecoder().decode([Message].self, from: $0) }
        }
        let channels = try await store.channels()
        let byID = Dictionary(uniqueKeysWithValues: channels.map { ($0.id, $0) })
        let inputs = decoded.compactMap { message in
            byID[message.channelID].map {
                configuration.classifierInput(text: JudgedContent(message).classifierText, author: message.author.displayName, in: $0)
            }
        }
        let classifyTime = await clock.measure { _ = await classifier.classify(batch: inputs) }
        let scale = Double(messages) / Double(max(decoded.count, 1))
        return Result(messages: messages, seconds: elapsed.seconds, cycles: options.cycles, channels: options.channels,
                      storedMessages: decoded.count, pages: pages.count,
                      decodeSeconds: decodeTime.seconds * scale, classifySeconds: classifyTime.seconds * scale,
                      unknownRoutes: feed.unknownRoutes.withLock { $0 })
    }

    private static func check(_ report: ModerationEngine.PollReport, _ feed: DiscordFeed) throws {
        guard report.polled, report.problems.isEmpty else {
            throw BenchError("the poll cycle failed: \(report.problems.map(\.description)); unanswered requests: \(feed.unknownRoutes.withLock { $0 })")
        }
    }
}

/// The labelled corpus files (`data/corpus-*.jsonl`): each line's message and author.
enum Corpus {
    static func texts(_ paths: [String]) throws -> [(message: String, author: String)] {
        var texts: [(String, String)] = []
        for path in paths {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                      let message = object["message"] as? String else { continue }
                texts.append((message, object["author"] as? String ?? "someone"))
            }
        }
        return texts
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
