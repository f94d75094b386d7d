import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

@Suite("Forwards and attachments are judged")
struct ForwardedMessageTests {
    @Test("a forwarded scam gets the verdict its text gets posted directly, and the suggestion records the forward")
    func forwardedScam() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let direct = try h.post(Texts.scam, as: "nitro_drops")
            let forward = try #require(Snowflake(h.simulator.postForward(Texts.scam, author: try h.user("airdrop_admin_"),
                                                                         channel: try h.channel("general").description)))
            let report = await engine.pollCycle()
            #expect(report.problems.isEmpty)
            let store = try h.openStore()
            let directVerdict = try #require(try await store.suggestion(forMessage: direct)).verdict
            let forwarded = try #require(try await store.suggestion(forMessage: forward))
            #expect(directVerdict.action == .delete, "the scam text itself is deleted")
            #expect(forwarded.verdict.action == directVerdict.action)
            #expect(forwarded.verdict.classifier == "local", "classified, not waved through as 'no text to judge'")
            #expect(forwarded.content.isEmpty)
            #expect(forwarded.forwarded?.text == Texts.scam)
            #expect(forwarded.forwarded?.guildID != nil && forwarded.forwarded?.guildID != forwarded.guildID, "from another server")
        }
    }

    @Test("forwards-only polls move the cursor past them, with no Message Content intent warning")
    func forwardsOnlyPoll() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let general = try h.channel("general")
            let original = try h.post(Texts.ordinary, in: "help")
            let forward = try #require(Snowflake(h.simulator.forwardMessage(original.description, author: try h.user("swiftlyjen"),
                                                                            to: general.description)))
            let report = await engine.pollCycle()
            #expect(report.problems.isEmpty, "\(report.problems)")
            let store = try h.openStore()
            #expect(try await store.cursor(for: general) == forward)
            #expect(try await store.pollStates()[general]?.condition == .ok)
            let suggestion = try #require(try await store.suggestion(forMessage: forward))
            #expect(suggestion.forwarded?.channelID == (try h.channel("help")))
            #expect(suggestion.forwarded?.guildID == suggestion.guildID, "forwarded from this server")
            let again = await engine.pollCycle()
            #expect(again.newSuggestions == 0 && again.problems.isEmpty, "the forward is not read again")
        }
    }

    @Test("without the Message Content intent a forward arrives empty, and that still says the intent is off")
    func forwardWithoutIntent() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            h.simulator.setMessageContentIntent(false)
            h.simulator.postForward(Texts.scam, author: try h.user("swiftlyjen"), channel: try h.channel("general").description)
            let report = await engine.pollCycle()
            #expect(report.problems.map(\.kind) == [.contentIntentOff(try h.channel("general"))])
        }
    }

    @Test("an attachment named like malware is evidence: the file name is judged, not waved through")
    func malwareAttachment() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let general = try h.channel("general").description
            let author = try h.user("nitro_drops")
            let exe = try #require(Snowflake(h.simulator.postMessage(
                "", author: author, channel: general,
                attachments: [SimulatedAttachment(filename: "nitro-gift.exe", description: "claim your free nitro")])))
            let screenshot = try #require(Snowflake(h.simulator.postMessage(
                "", author: try h.user("swiftlyjen"), channel: general,
                attachments: [SimulatedAttachment(filename: "screenshot.png", contentType: "image/png")])))
            let report = await engine.pollCycle()
            #expect(report.problems.isEmpty)
            let store = try h.openStore()
            let malware = try #require(try await store.suggestion(forMessage: exe))
            #expect(malware.verdict.classifier == "local")
            #expect(malware.verdict.action != .allow, "\(malware.verdict.reasoning)")
            #expect(malware.attachments.map(\.filename) == ["nitro-gift.exe"])
            let picture = try #require(try await store.suggestion(forMessage: screenshot))
            #expect(picture.verdict.action == .allow)
        }
    }
}
