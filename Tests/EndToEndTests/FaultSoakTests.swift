import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// Issue 12's fault soak: an auto engine on a guild with traffic arriving
/// throughout and random faults on random routes, then the faults stop and it
/// settles. Beside it, a fault-free engine on a guild fed the same script: in
/// the end both guilds must show the same messages deleted, moved and
/// flagged, with nothing lost, duplicated or stuck, no crash, and no 429 the
/// engine brought on itself.
@Suite struct FaultSoakTests {
    /// How long faults and traffic last: a minute in CI, 12 with MODCONSOLE_SOAK=1.
    static var duration: Duration { Soak.isLong ? .seconds(12 * 60) : .seconds(60) }
    /// Delays past the client's 30 s timeout (each holds a request 31 s).
    static var slowFaults: Int { Soak.isLong ? 8 : 1 }

    @Test func underRandomFaultsTheEngineEndsWhereAFaultFreeRunEnds() async throws {
        var faulty = try await SoakLane.start(name: "faulty", seed: 12)
        var clean = try await SoakLane.start(name: "clean", seed: 12)
        let modLog = try #require(faulty.setup.sim.channelID(named: "mod-log"))

        var injected: [String: Int] = [:], slow = 0, batch = 0, crashes: [String] = []
        let start = ContinuousClock.now
        var nextBatch = start
        while ContinuousClock.now - start < Self.duration {
            if ContinuousClock.now >= nextBatch {
                try faulty.emit(batch: batch)
                try clean.emit(batch: batch)
                batch += 1
                nextBatch += .seconds(3)
            }
            let injection = SoakFaults.random(auditChannel: modLog, slowAllowed: slow < Self.slowFaults)
            if case .delay(let held) = injection.fault, held > .seconds(30) { slow += 1 }
            faulty.setup.sim.inject(injection.fault, route: injection.route)
            injected[injection.label, default: 0] += 1
            for lane in [faulty, clean] where !lane.engine.isRunning {
                crashes.append("\(lane.output) exited \(lane.engine.terminationStatus) mid-soak: \(ModconsoleProcess.text(of: lane.output + ".err").suffix(500))")
            }
            if !crashes.isEmpty { break }
            try await Task.sleep(for: .milliseconds(Int.random(in: 200...1_200)))
        }
        faulty.setup.sim.clearFaults()

        // Settled: every scam and job post written has a suggestion, and none is still to run.
        let settleDeadline = ContinuousClock.now + .seconds(120)
        var faultySuggestions: [Soak.Suggestion] = [], cleanSuggestions: [Soak.Suggestion] = []
        while ContinuousClock.now < settleDeadline {
            faultySuggestions = try await Soak.suggestions(faulty.setup)
            cleanSuggestions = try await Soak.suggestions(clean.setup)
            if Self.isSettled(faulty, faultySuggestions) && Self.isSettled(clean, cleanSuggestions) { break }
            try await Task.sleep(for: .seconds(1))
        }
        for lane in [faulty, clean] {
            if lane.engine.isRunning { kill(lane.engine.processIdentifier, SIGTERM) }
            try await EngineCommandTests.waitForExit(lane.engine)
            if lane.engine.terminationReason != .exit || lane.engine.terminationStatus != 0 {
                crashes.append("\(lane.output) ended \(lane.engine.terminationReason == .exit ? "with status" : "by signal") "
                               + "\(lane.engine.terminationStatus): \(ModconsoleProcess.text(of: lane.output + ".err").suffix(500))")
            }
        }
        faultySuggestions = try await Soak.suggestions(faulty.setup)
        cleanSuggestions = try await Soak.suggestions(clean.setup)

        let acted = { (lane: SoakLane, suggestions: [Soak.Suggestion]) -> Set<Int> in
            let done = Set(suggestions.filter { $0.state == "done" }.map(\.messageID))
            return Set(lane.crafted.filter { done.contains(lane.posted[$0]) })
        }
        let lost = acted(clean, cleanSuggestions).subtracting(acted(faulty, faultySuggestions)).sorted()
        let duplicated = Soak.duplicatedEffects(faulty.setup.sim.snapshot(), bot: faulty.setup.sim.botUserID, suggestions: faultySuggestions)
        let stuck = faultySuggestions.filter(Soak.isOutstanding) + cleanSuggestions.filter(Soak.isOutstanding)
        let selfCaused = faulty.selfCaused429s, cleanSelfCaused = clean.selfCaused429s
        let faultyOutcome = try faulty.outcome(faultySuggestions), cleanOutcome = try clean.outcome(cleanSuggestions)
        let verify = try await faulty.setup.run(["audit", "--verify"])

        print("fault-soak: duration=\(Self.duration) batches=\(batch) messages=\(faulty.posted.count) "
              + "faults=\(injected.values.reduce(0, +)) (\(injected.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")))")
        print("fault-soak: crashes=\(crashes.count) lost=\(lost.count) duplicated=\(duplicated.count) stuck=\(stuck.count) "
              + "self_caused_429=\(selfCaused) clean_run_429=\(cleanSelfCaused) acted=\(acted(faulty, faultySuggestions).count)/\(faulty.crafted.count) "
              + "deleted=\(faultyOutcome.deleted.count) moved=\(faultyOutcome.moved.count) flagged=\(faultyOutcome.flagged.count) "
              + "same_as_fault_free=\(faultyOutcome == cleanOutcome) audit=\(verify.status == 0 ? "ok" : "BROKEN")")
        #expect(crashes.isEmpty, "\(crashes)")
        #expect(lost.isEmpty, "lost: \(lost.map { Self.describe(faulty.posted[$0], in: faultySuggestions) })")
        #expect(duplicated.isEmpty, "duplicated effects: \(duplicated)")
        #expect(stuck.isEmpty, "stuck: \(stuck.map { "#\($0.id) \($0.action) \($0.state)" })")
        #expect(cleanSelfCaused == 0, "429s without faults: \(clean.selfCaused429Requests)")
        // A request abandoned on a fault is taken as spent by the client's limiter, so none follows the faults either.
        #expect(selfCaused == 0, "429s not injected, with faults: \(faulty.selfCaused429Requests)")
        #expect(faultyOutcome == cleanOutcome, "with faults \(faultyOutcome), without \(cleanOutcome)")
        #expect(verify.status == 0, "audit --verify: \(verify.stdout)\(verify.stderr)")
        #expect(!cleanOutcome.deleted.isEmpty && !cleanOutcome.moved.isEmpty, "the script gave the engine scams to delete and job posts to move")

        for lane in [faulty, clean] {
            let outputs = [lane.output + ".out", lane.output + ".err"] + SecretScan.storeFiles(lane.setup.store)
            let hits = SecretScan.scan(paths: outputs, secrets: [lane.setup.sim.botToken])
            #expect(hits.isEmpty, "\(hits)")
            await lane.setup.finish()
        }
    }

    /// How a message ended in a store: its suggestion's state and failure, or that it was never classified.
    static func describe(_ message: String, in suggestions: [Soak.Suggestion]) -> String {
        guard let suggestion = suggestions.first(where: { $0.messageID == message }) else { return "\(message): never classified" }
        return "\(message): #\(suggestion.id) \(suggestion.action) \(suggestion.state) \(suggestion.failure ?? "")"
    }

    /// Whether a lane has nothing left to do: a suggestion for every scam and
    /// job post written, and none mid-way or scheduled.
    static func isSettled(_ lane: SoakLane, _ suggestions: [Soak.Suggestion]) -> Bool {
        let suggested = Set(suggestions.map(\.messageID))
        return lane.crafted.allSatisfy { suggested.contains(lane.posted[$0]) } && !suggestions.contains(where: Soak.isOutstanding)
    }
}
