import DiscordSimulator
import Foundation
import Testing

/// One guild in the fault soak: a simulator, a store, an auto engine running
/// on them, and the ids of the messages posted there, in script order, so two
/// lanes fed the same script (one with faults, one without) can be compared
/// message by message although their ids differ.
struct SoakLane {
    var setup: EngineCommandTests.Setup
    let engine: Process
    let output: String
    /// Message ids by their place in the script.
    private(set) var posted: [String] = []
    /// Places in the script of the scams and job posts the soak wrote itself.
    private(set) var crafted: [Int] = []

    /// Starts a simulator with `seed` and an auto engine on it.
    static func start(name: String, seed: UInt64) async throws -> SoakLane {
        var setup = try await EngineCommandTests.Setup.make(SimulatorOptions(seed: seed, backlogPerChannel: 0))
        setup.environment.merge(try Soak.fastAutoConfiguration(in: setup.directory)) { _, new in new }
        let output = setup.directory + "/" + name
        let engine = try ModconsoleProcess.start(Soak.autoRun, environment: setup.environment, stdout: output + ".out", stderr: output + ".err")
        return SoakLane(setup: setup, engine: engine, output: output)
    }

    /// Batch `n` of the script: three of the simulator's scripted messages
    /// (the same for the same seed), a scam, and every third batch a job post.
    mutating func emit(batch n: Int) throws {
        posted += setup.sim.emitScriptedMessages(3)
        crafted.append(posted.count)
        posted.append(try setup.post(Soak.scam(n), as: Soak.authors[n % Soak.authors.count], in: n % 2 == 0 ? "general" : "help"))
        if n % 3 == 0 {
            crafted.append(posted.count)
            posted.append(try setup.post(Soak.jobPost(n), as: Soak.authors[(n + 1) % Soak.authors.count], in: "help"))
        }
    }

    /// What the guild shows happened to each message, by place in the script.
    struct Outcome: Equatable {
        var deleted: Set<Int> = []
        var moved: Set<Int> = []
        var flagged: Set<Int> = []
    }

    /// The guild's outcome now: deleted by the bot (with no repost), moved
    /// (deleted, and a repost in #jobs whose marker names the suggestion for
    /// it), flagged (the bot's reaction on it).
    func outcome(_ suggestions: [Soak.Suggestion]) throws -> Outcome {
        let snapshot = setup.sim.snapshot()
        let jobs = try #require(setup.sim.channelID(named: "jobs"))
        let place = Dictionary(posted.enumerated().map { ($1, $0) }) { first, _ in first }
        let messageOf = Dictionary(suggestions.map { ($0.id, $0.messageID) }) { first, _ in first }
        let reposted: Set<Int> = Set(snapshot.messages(in: jobs).filter { $0.authorID == setup.sim.botUserID }.compactMap { message in
            guard let ref = message.content.split(separator: "\n").last?.split(separator: " ").last, let id = Int(ref) else { return nil }
            return messageOf[id].flatMap { place[$0] }
        })
        var outcome = Outcome()
        for deleted in snapshot.deletedMessages where deleted.deletion != .author {
            guard let index = place[deleted.messageID] else { continue }
            if reposted.contains(index) { outcome.moved.insert(index) } else { outcome.deleted.insert(index) }
        }
        for (index, id) in posted.enumerated() where !(snapshot.message(id: id)?.botReactions.isEmpty ?? true) {
            outcome.flagged.insert(index)
        }
        return outcome
    }

    /// 429s the simulator's own limits gave, not an injected fault: the engine overran a limit.
    var selfCaused429s: Int { selfCaused429Requests.count }

    /// The 429s no injected fault explains, as "METHOD path", for the failure message.
    ///
    /// An injected global 429 pauses every route, and a request of another
    /// route already on its way meets that pause before the client can have
    /// read the answer announcing it (the soak saw them 1 to 3 ms after it):
    /// the fault's doing, not the engine's. A request arriving later than
    /// `inFlightAllowance` after such an answer was sent while the client knew.
    var selfCaused429Requests: [String] {
        let record = setup.sim.recordedRequests()
        let pauses = record.filter { request in
            guard case .rateLimited(_, let global)? = request.fault else { return false }
            return global
        }.compactMap(\.answeredAt)
        return record.filter { $0.status == 429 && $0.fault == nil }
            .filter { request in !pauses.contains { request.at >= $0 && request.at.timeIntervalSince($0) < Self.inFlightAllowance } }
            .map { request in "\(request.method) \(request.apiPath)" + Self.lead(up: request, in: record) }
    }

    /// What the simulator saw on the same channel in the two seconds before
    /// `request`, and every global fault then: the evidence for why it met a 429.
    private static func lead(up request: RecordedRequest, in record: [RecordedRequest]) -> String {
        let channel = request.apiPath.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        let before = record.filter { other in
            other.sequence < request.sequence && request.at.timeIntervalSince(other.at) < 2
                && (other.apiPath.contains(channel) || { if case .rateLimited(_, true)? = other.fault { true } else { false } }())
        }
        let lines = before.suffix(12).map { other in
            let offset = Int((other.at.timeIntervalSince(request.at) * 1000).rounded())
            let answered = other.answeredAt.map { " answered \(Int(($0.timeIntervalSince(request.at) * 1000).rounded())) ms" } ?? ""
            return "\(offset) ms: \(other.method) \(other.apiPath) -> \(other.status)\(other.fault.map { " fault \($0)" } ?? "")\(answered)"
        }
        return lines.isEmpty ? "" : " after [" + lines.joined(separator: "; ") + "]"
    }

    /// How long after a global 429 was answered a request may still have been sent without knowing of it.
    static let inFlightAllowance: TimeInterval = 0.25
}
