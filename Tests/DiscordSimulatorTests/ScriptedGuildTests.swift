import DiscordSimulator
import Foundation
import TestSupport
import Testing

@Suite("The scripted guild and its traffic")
struct ScriptedGuildTests {
    /// Channel, author and content of each message, for comparing runs.
    private func transcript(_ sim: DiscordSimulator, _ ids: [String]) -> [String] {
        let snapshot = sim.snapshot()
        return ids.map { id in
            let message = snapshot.message(id: id)!
            return "\(message.channelID) \(message.authorID) \(message.type) \(message.content)"
        }
    }

    @Test("the same seed gives the same guild, backlog and traffic; another seed does not")
    func determinism() async throws {
        var options = SimulatorOptions.testing
        options.seed = 42
        options.backlogPerChannel = 3
        let first = try await DiscordSimulator.start(options)
        let second = try await DiscordSimulator.start(options)
        options.seed = 43
        let other = try await DiscordSimulator.start(options)

        #expect(first.guildID == second.guildID)
        #expect(first.userID(named: "swiftlyjen") == second.userID(named: "swiftlyjen"))
        #expect(first.guildID != other.guildID)
        let backlog = { (sim: DiscordSimulator) in
            sim.snapshot().messagesByChannel.values.flatMap { $0 }.map(\.content).sorted()
        }
        #expect(backlog(first) == backlog(second))

        // The same sequence however the calls are split.
        let a = transcript(first, first.emitScriptedMessages(40))
        let b = transcript(second, second.emitScriptedMessages(15) + second.emitScriptedMessages(25))
        let c = transcript(other, other.emitScriptedMessages(40))
        #expect(a == b)
        #expect(a != c)

        for sim in [first, second, other] { await sim.stop() }
    }

    @Test("backlog: backlogPerChannel scripted messages per public channel, in the recent past, #mod-log empty")
    func backlog() async throws {
        var options = SimulatorOptions.testing
        options.backlogPerChannel = 8
        try await withSimulator(options) { sim, client in
            let snapshot = sim.snapshot()
            for name in ["general", "help", "jobs", "showcase", "random", "introductions"] {
                let messages = snapshot.messages(in: sim.channelID(named: name)!)
                #expect(messages.count == 8, "#\(name)")
                #expect(messages.allSatisfy { $0.timestamp < Date() && $0.timestamp > Date().addingTimeInterval(-3_600) })
            }
            #expect(snapshot.messages(in: sim.channelID(named: "mod-log")!).isEmpty)
            let listed = try await client.get("/channels/\(sim.channelID(named: "general")!)/messages").array
            #expect(listed.count == 8)
        }
    }

    @Test("the traffic mixes ordinary chat with job posts, seekers, scams, hostile strings, bots, webhooks and joins")
    func trafficMix() async throws {
        try await withSimulator { sim, _ in
            sim.emitScriptedMessages(600)
            let messages = sim.snapshot().messagesByChannel.values.flatMap { $0 }
            let kinds = messages.compactMap(\.scriptedKind)
            #expect(kinds.count == 600)
            for kind in ScriptedKind.allCases {
                #expect(kinds.contains(kind), "no \(kind) in 600 messages")
            }
            let ordinary = Double(kinds.filter(\.isOrdinary).count) / Double(kinds.count)
            #expect(ordinary > 0.5 && ordinary < 0.72)
            #expect(Set(messages.map(\.content)).count > 400) // varied, not a short loop
            #expect(messages.filter { $0.scriptedKind == .systemJoin }.allSatisfy { $0.type == 7 })
            #expect(messages.filter { $0.scriptedKind == .webhookMessage }.allSatisfy { $0.webhookID != nil })
            #expect(messages.contains { $0.content.unicodeScalars.count == 1_900 })
            #expect(messages.contains { $0.content.contains("[[ ## action ## ]]") })
            let forwards = messages.filter { $0.forwardedContent != nil }
            #expect(!forwards.isEmpty && forwards.allSatisfy { $0.scriptedKind == .scam && $0.content.isEmpty && $0.forwardedContent != "" },
                    "now and then a scam arrives forwarded from another server")
            #expect(messages.contains { $0.content.isEmpty && !$0.attachmentNames.isEmpty && $0.forwardedContent == nil },
                    "now and then a picture is posted with no text")
        }
    }

    @Test("live traffic keeps arriving until stopped")
    func liveTraffic() async throws {
        try await withSimulator { sim, _ in
            func count(_ sim: DiscordSimulator) -> Int { sim.snapshot().messagesByChannel.values.reduce(0) { $0 + $1.count } }
            sim.startTraffic(every: .milliseconds(20))
            try await waitUntil("three scripted messages") { count(sim) >= 3 }
            sim.stopTraffic()
            let stopped = count(sim)
            #expect(stopped >= 3)
            // A twin with the same traffic is the clock: while it posts five, the stopped one posts none.
            let twin = try await DiscordSimulator.start(.testing)
            twin.startTraffic(every: .milliseconds(20))
            try await waitUntil("the twin's five scripted messages") { count(twin) >= 5 }
            await twin.stop()
            #expect(count(sim) == stopped)
        }
    }
}
