import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// A cross-post is judged once (issue 13): the engine asks the LLM once per
/// text and author, and once more only for a channel where the verdict could
/// differ (another role or guidance). Counted in the fake LLM server's requests.
@Suite struct CrossPostJudgedOnceTests {
    /// A started engine classifying with the LLM on `server`.
    static func llmEngine(_ h: EngineHarness, _ server: FakeLLMServer, configuration: Configuration? = nil) async throws -> ModerationEngine {
        let endpoint = LLMEndpoint(baseURL: server.baseURL, apiKey: "sk-test", model: "fake-model", timeout: .seconds(60),
                                   maxRetries: 0, backoff: .milliseconds(20))
        let engine = try h.unstartedEngine(configuration, classifier: LLMClassifier(client: ChatCompletionsClient(endpoint: endpoint)))
        try await engine.start()
        return engine
    }

    /// `body` with a fake LLM server, stopped after it whatever happens.
    static func withFakeLLM(_ body: (FakeLLMServer) async throws -> Void) async throws {
        let server = try await FakeLLMServer.start()
        do { try await body(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The channel each LLM request was about, as its prompt names it.
    static func askedChannels(_ server: FakeLLMServer) -> [String] {
        server.requests.map { request in
            let user = request.messages.last { $0.role == "user" }?.content ?? ""
            guard let start = user.range(of: "[[ ## channel_name ## ]]\n") else { return "" }
            return String(user[start.upperBound...].prefix { $0 != "\n" })
        }
    }

    @Test("a scam in four channels of three roles costs one call and is one suggestion listing every copy; its copies again cost none")
    func scamAcrossRolesIsOneCall() async throws {
        try await withEngineHarness(watch: ["general", "help", "jobs", "random"]) { h in
            try await Self.withFakeLLM { server in
                let engine = try await Self.llmEngine(h, server)
                let posts = try ["general", "help", "jobs", "random"].map { try h.post(Texts.scam, in: $0) }
                _ = await engine.pollCycle()
                #expect(server.requests.count == 1, "one call for one text: \(Self.askedChannels(server))")
                let store = try h.openStore()
                let suggestion = try #require(try await store.suggestion(forMessage: posts[0]))
                #expect(suggestion.action == .delete)
                #expect(Set(suggestion.targets.map(\.messageID)) == Set(posts), "the one suggestion lists every copy")
                #expect(Set(suggestion.targets.map(\.channelName)) == ["general", "help", "jobs", "random"])
                #expect(try await store.queue(.all).count == 1)

                let again = try ["jobs", "general"].map { try h.post(Texts.scam, in: $0) }
                _ = await engine.pollCycle()
                #expect(server.requests.count == 1, "copies of an open cross-post take its verdict")
                let joined = try #require(try await store.suggestion(forMessage: suggestion.messageID))
                #expect(Set(joined.targets.map(\.messageID)) == Set(posts + again))
            }
        }
    }

    @Test("a job post is judged once per channel role: moved from the general channels, allowed in the jobs channel")
    func jobPostIsJudgedPerRole() async throws {
        try await withEngineHarness(watch: ["general", "help", "jobs", "random"]) { h in
            try await Self.withFakeLLM { server in
                let engine = try await Self.llmEngine(h, server)
                let general = try h.post(Texts.jobPost, in: "general"), help = try h.post(Texts.jobPost, in: "help")
                let jobs = try h.post(Texts.jobPost, in: "jobs"), random = try h.post(Texts.jobPost, in: "random")
                _ = await engine.pollCycle()
                #expect(Self.askedChannels(server).sorted() == ["general", "help", "jobs"], "one call per role, #random takes #general's")
                let store = try h.openStore()
                let moved = try #require(try await store.suggestion(forMessage: general))
                #expect(moved.action == .move)
                #expect(try await store.suggestion(forMessage: random)?.id == moved.id, "#random is a general channel too")
                #expect(try await store.suggestion(forMessage: help)?.action == .move, "asked in #help itself")
                let allowed = try #require(try await store.suggestion(forMessage: jobs))
                #expect(allowed.id != moved.id && allowed.action == .allow && allowed.state == .allowed,
                        "never moved out of the jobs channel on another channel's verdict")
            }
        }
    }

    @Test("copies of one text in one channel among the same poll's messages are asked once")
    func copiesInOneChannelAreGrouped() async throws {
        try await withEngineHarness { h in
            try await Self.withFakeLLM { server in
                let engine = try await Self.llmEngine(h, server)
                // Asked at once (the classifier's concurrency), neither copy would find the other's answer in its cache.
                let first = try h.post(Texts.scam), second = try h.post(Texts.scam + "  ")
                _ = await engine.pollCycle()
                #expect(server.requests.count == 1)
                let store = try h.openStore()
                #expect(try await store.suggestion(forMessage: second)?.id == store.suggestion(forMessage: first)?.id)
            }
        }
    }

    @Test("a channel with guidance of its own is asked on its own, even for a delete")
    func guidanceKeepsAChannelApart() async throws {
        try await withEngineHarness(watch: ["general", "random"]) { h in
            try await Self.withFakeLLM { server in
                var configuration = h.configuration
                let random = try h.channel("random")
                configuration.channels = configuration.channels.map {
                    $0.id == random ? WatchedChannel(id: random, guidance: "Nitro giveaways by staff are announced here.") : $0
                }
                let engine = try await Self.llmEngine(h, server, configuration: configuration)
                try h.post(Texts.scam, in: "general")
                try h.post(Texts.scam, in: "random")
                _ = await engine.pollCycle()
                #expect(Self.askedChannels(server).sorted() == ["general", "random"])
            }
        }
    }

    @Test("a failed call is not reused: the next copy is asked again")
    func aFailedVerdictIsNotReused() async throws {
        try await withEngineHarness(watch: ["general", "random"]) { h in
            try await Self.withFakeLLM { server in
                let engine = try await Self.llmEngine(h, server)
                // #random is a general channel as #general is: only the failure keeps it from taking the verdict.
                server.enqueue(.error(status: 400, type: "invalid_request_error", code: nil, message: "bad request"))
                let general = try h.post(Texts.scam, in: "general"), random = try h.post(Texts.scam, in: "random")
                _ = await engine.pollCycle()
                #expect(Self.askedChannels(server) == ["general", "random"])
                let store = try h.openStore()
                #expect(try await store.suggestion(forMessage: general)?.action == .flag, "the failure is a flag for a human")
                #expect(try await store.suggestion(forMessage: random)?.action == .delete)
            }
        }
    }
}
