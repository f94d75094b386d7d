import ConsoleUI
import DiscordREST
import DiscordSimulator
import Engine
import Foundation
import TestSupport
import Testing

/// Two moderators and an auto engine on one store and one guild: a console
/// (in-process, keys typed into the in-memory terminal) approving whatever
/// it has selected, `modconsole queue approve/dismiss/set` processes on the
/// same ids, and `run --headless --auto --auto-grace 1` acting on its own.
/// Every message is acted on at most once, and every decision that
/// reported success is on Discord.
@Suite(.serialized) struct TwoModeratorsTests {
    static let scams = (1...8).map { "FREE NITRO giveaway number \($0), claim it now at disc0rd-gift\($0).com before it expires @everyone" }
    static let jobs = (1...8).map { "We're hiring iOS engineer number \($0) (Swift, SwiftUI), fully remote, $150k. Apply at careers\($0).example.com/ios" }

    @Test func aConsoleTheCLIAndAnAutoEngineActOnEachMessageOnce() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        defer { Task { await setup.finish() } }
        let people = ["async_anna", "kotlin_refugee", "xcodebeachball", "pointfree_paul", "swiftlyjen"]
        for (index, text) in (Self.scams + Self.jobs).enumerated() { try setup.post(text, as: people[index % people.count]) }
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        let rows = try #require(try await setup.json(["queue", "list", "--json"]) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? Int }
        // Some are taken for copies of one another (one suggestion covers them) or left alone by the classifier.
        #expect(ids.count >= Self.scams.count, "scams and job posts wait for a decision: \(ids.count)")

        // The auto engine, the console, and the CLI, all at once, through
        // transient faults on the routes that act: whoever meets one must
        // neither lose the decision nor carry it out twice.
        for (fault, route) in Self.faults { setup.sim.inject(fault, route: route) }
        let auto = try ModconsoleProcess.start(["run", "--headless", "--auto", "--auto-grace", "1", "--auto-min-confidence", "0.5"],
                                               environment: setup.environment, stdout: setup.directory + "/auto.out", stderr: setup.directory + "/auto.err")
        let console = try await Console.start(setup)
        let typing = Task {
            while !Task.isCancelled {
                console.terminal.type(.key(.character("y")), .key(.character("j")))
                try? await Task.sleep(for: .milliseconds(150))
            }
        }
        var succeeded: [(id: Int, decision: String)] = []
        for (index, id) in ids.enumerated() {
            let arguments: [String]
            switch index % 3 {
            case 0: arguments = ["queue", "approve", "\(id)"]
            case 1: arguments = ["queue", "dismiss", "\(id)"]
            default: arguments = ["queue", "set", "\(id)", "delete"]
            }
            let result = try await setup.run(arguments)
            if result.status == 0 { succeeded.append((id, arguments[1])) }
        }
        // Everything decided and carried out: nothing open, nothing in an executor's hands.
        // (Generous: a temporary failure is retried after 5 s, then 15 s.)
        let deadline = ContinuousClock.now + .seconds(180)
        while ContinuousClock.now < deadline, try await !Self.states(setup).values.allSatisfy(Self.settled.contains) {
            try await Task.sleep(for: .milliseconds(200))
        }
        typing.cancel()
        try await console.quit()
        kill(auto.processIdentifier, SIGTERM)
        try await EngineCommandTests.waitForExit(auto)

        // Double executions: a message deleted twice, reposted twice, or audited twice.
        let requests = setup.sim.recordedRequests()
        let snapshot = setup.sim.snapshot()
        let jobs = try #require(setup.sim.channelID(named: "jobs"))
        let modLog = try #require(setup.sim.channelID(named: "mod-log"))
        let messageIDs = rows.compactMap { $0["message_id"] as? String }
        var doubled: [String] = []
        for (index, messageID) in messageIDs.enumerated() {
            let deletes = requests.filter { $0.method == "DELETE" && $0.path.hasSuffix("/messages/\(messageID)") && Self.tookEffect($0) }
            let audits = snapshot.messages(in: modLog).filter { $0.content.contains(messageID) }
            let content = rows[index]["content"] as? String ?? messageID
            let reposts = snapshot.messages(in: jobs).filter { $0.content.contains(content) }
            if deletes.count > 1 || audits.count > 1 || reposts.count > 1 {
                doubled.append("\(messageID): deletes=\(deletes.count) audits=\(audits.count) reposts=\(reposts.count)")
            }
        }
        // Lost decisions: a CLI decision that said it succeeded, not in the store or not on Discord.
        let states = try await Self.states(setup)
        var lost: [String] = []
        for (id, decision) in succeeded {
            let row = try #require(rows.first { $0["id"] as? Int == id })
            let messageID = try #require(row["message_id"] as? String)
            let deleted = snapshot.isDeleted(messageID)
            switch decision {
            case "dismiss": if states[id] != "dismissed" || deleted { lost.append("dismiss \(id): \(states[id] ?? "?"), deleted=\(deleted)") }
            default: if states[id] != "done" || !deleted { lost.append("\(decision) \(id): \(states[id] ?? "?"), deleted=\(deleted)") }
            }
        }
        let undecided = states.filter { !Self.settled.contains($0.value) }
        let audit = try #require(try await setup.json(["audit", "--json"]) as? [[String: Any]])
        let byModerator = Dictionary(grouping: audit) { $0["moderator"] as? String ?? "?" }.mapValues(\.count)
        let faultsMet = requests.filter { $0.fault != nil }.count
        print("two-moderators: suggestions=\(ids.count) faults=\(faultsMet)/\(Self.faults.count) cli-successes=\(succeeded.count) audit-by-moderator=\(byModerator.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")) "
            + "double-executions=\(doubled.count) lost-decisions=\(lost.count) undecided=\(undecided.count)")
        #expect(doubled.isEmpty, "\(doubled)")
        #expect(lost.isEmpty, "\(lost)")
        #expect(undecided.isEmpty, "\(undecided)")
        let secrets = SecretScan.scan(paths: [setup.directory + "/auto.out", setup.directory + "/auto.err"] + SecretScan.storeFiles(setup.store),
                                      secrets: [setup.sim.botToken])
        #expect(secrets.isEmpty, "\(secrets)")
    }

    /// Transient faults, each met once by whichever actor comes first: the
    /// ambiguous kinds (a dropped connection, an unreadable 200) included.
    static let faults: [(Fault, RouteMatcher)] = {
        let delete = RouteMatcher(method: "DELETE", path: "/channels/*/messages/*")
        let post = RouteMatcher(method: "POST", path: "/channels/*/messages")
        return [
            (.status(500, code: 0, message: "Internal Server Error"), delete),
            (.dropConnection, delete),
            (.malformedJSON, delete),
            (.status(502, code: 0, message: "Bad Gateway"), post),
            (.rateLimited(retryAfter: 0.5, global: false), delete),
            (.dropConnection, post),
        ]
    }()

    /// Whether a request changed the guild: a 2xx with no fault, or one whose
    /// fault lets the effect happen (a delay, a body cut short). A malformed
    /// 200 has no effect, so a delete after it is the first, not a second.
    static func tookEffect(_ request: RecordedRequest) -> Bool {
        guard (200..<300).contains(request.status) else { return false }
        switch request.fault {
        case nil, .delay?, .truncatedJSON?: return true
        default: return false
        }
    }

    /// States no engine will change on its own: carried out, dismissed, or stopped with a reason.
    static let settled: Set<String> = ["done", "dismissed", "allowed", "failed"]

    /// Every suggestion's state, by id.
    static func states(_ setup: EngineCommandTests.Setup) async throws -> [Int: String] {
        let all = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        return Dictionary(all.compactMap { row in (row["id"] as? Int).map { ($0, row["state"] as? String ?? "") } }) { first, _ in first }
    }

    /// The console in this process on the setup's store: the second moderator.
    struct Console {
        let terminal: MemoryTerminal
        let running: Task<Void, any Error>
        let store: Store

        static func start(_ setup: EngineCommandTests.Setup) async throws -> Console {
            let store = try Store(path: setup.store)
            var configuration = Configuration()
            configuration.token = BotToken(setup.sim.botToken)
            configuration.apiBase = setup.sim.baseURL
            configuration.channels = try ["general", "help"].map { WatchedChannel(id: try #require(setup.sim.channelID(named: $0).flatMap { Snowflake($0) })) }
            configuration.jobsChannel = setup.sim.channelID(named: "jobs").flatMap { Snowflake($0) }
            configuration.auditChannel = setup.sim.channelID(named: "mod-log").flatMap { Snowflake($0) }
            configuration.engine.pollInterval = .seconds(1)
            configuration.engine.moderator = "console-mod"
            let client = DiscordClient(configuration: .init(token: try #require(configuration.token), apiBase: configuration.apiBase))
            let engine = ModerationEngine(configuration: configuration, store: store, client: client, classifier: try LocalClassifier.shipped())
            try await engine.start()
            let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
            let app = ConsoleApp(engine: engine)
            let running = Task { try await app.run { terminal } }
            return Console(terminal: terminal, running: running, store: store)
        }

        func quit() async throws {
            terminal.type(.key(.escape), .key(.character("q")))
            try await running.value
            #expect(terminal.restored, "the console gave the terminal back")
        }
    }
}
