import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// `check`'s judgement of message content, as the simulator (and Discord)
/// withholds it, and its warning about undo in watched channels.
@Suite struct SetupCheckTests {
    static func check(_ h: EngineHarness) async throws -> SetupReport {
        let token = try #require(h.configuration.token)
        let client = DiscordClient(configuration: .init(token: token, apiBase: h.configuration.apiBase))
        return await SetupCheck(configuration: h.configuration, client: client).run()
    }

    @Test("files without text are content too: with the intent on they arrive, with it off they do not")
    func attachmentsAreContent() async throws {
        try await withEngineHarness { h in
            let file = SimulatedAttachment(filename: "resume.pdf", contentType: "application/pdf", size: 1_000)
            h.simulator.postMessage("", author: try h.user("swiftlyjen"), channel: try h.channel("general").description, attachments: [file])
            #expect(try await Self.check(h).content == .visible)
            h.simulator.setMessageContentIntent(false)
            #expect(try await Self.check(h).content == .appearsOff(sampled: 1))
        }
    }

    @Test("a message whose only text mentions the bot says nothing about the intent")
    func mentionOfTheBotIsNoEvidence() async throws {
        try await withEngineHarness { h in
            h.simulator.setMessageContentIntent(false)
            try h.post("<@\(h.simulator.botUserID)>")
            #expect(try await Self.check(h).content == .unknown)
            try h.post("is this thing on?")
            #expect(try await Self.check(h).content == .appearsOff(sampled: 1))
        }
    }

    @Test("a watched channel without Send Messages is a warning: undo reposts there")
    func sendMessagesInWatchedChannels() async throws {
        try await withEngineHarness { h in
            let general = try h.channel("general")
            h.simulator.setBotPermissions(channel: general.description, allow: 0, deny: 1 << 11)
            let report = try await Self.check(h)
            #expect(report.warnings.contains { $0.contains("#general") && $0.contains("Send Messages") && $0.contains("undo") }, "\(report.warnings)")
            #expect(report.channels.first { $0.id == general }?.ok == true, "a warning, not a failure")
            #expect(!report.warnings.contains { $0.contains("#help") })
        }
    }
}
