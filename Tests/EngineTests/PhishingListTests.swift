import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// The community phishing lists as a layer over the local model's verdict,
/// read from real files and read again when they change.
@Suite struct PhishingListTests {
    /// Domains the model knows nothing bad about, so only the lists can make them a delete or a flag.
    static let phishing = ["weather-report.net", "www.garden-tools.org", "bit.ly/abc123"]
    static let suspicious = ["recipe-corner.com"]
    static let plain = "the slides from yesterday's meetup are up at hxxps://sub.weather-report.net/talks"

    /// A folder holding both lists, in upstream's format.
    static func folder(phishing: [String] = Self.phishing, suspicious: [String] = Self.suspicious) throws -> PhishingListFiles {
        let files = PhishingListFiles(directory: NSTemporaryDirectory() + "modconsole-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: files.directory, withIntermediateDirectories: true)
        try write(phishing, to: files.path(.phishing))
        try write(suspicious, to: files.path(.suspicious))
        return files
    }

    static func write(_ domains: [String], to path: String) throws {
        try JSONSerialization.data(withJSONObject: ["domains": domains]).write(to: URL(fileURLWithPath: path))
    }

    static func classifier(_ files: PhishingListFiles?) throws -> LocalClassifier {
        var classifier = try LocalClassifier.shipped()
        classifier.phishingLists = files.map { PhishingListCache(files: $0) }
        return classifier
    }

    static func input(_ message: String) -> ClassifierInput {
        ClassifierInput(message: message, author: "someone", channelName: "general", channelRole: .general)
    }

    @Test func aSubdomainOfAListedDomainIsDeletedWithEvidence() throws {
        let before = try Self.classifier(nil).verdict(for: Self.input(Self.plain))
        #expect(before.action != .delete, "the model alone must not already delete it: \(before.reasoning)")
        let verdict = try Self.classifier(try Self.folder()).verdict(for: Self.input(Self.plain))
        #expect(verdict.action == .delete && verdict.confidence >= 0.99)
        let evidence = try #require(verdict.evidence.first)
        #expect(evidence.kind == .rule && evidence.text == "phishing-list")
        #expect(evidence.detail == "sub.weather-report.net (under weather-report.net) is on the community phishing list")
        #expect(verdict.reason.contains("phishing") && verdict.reasoning.contains("weather-report.net"))
    }

    @Test(arguments: [
        "go to garden-tools.org now",                   // no scheme; the entry's www. is dropped
        "https://WWW.Garden-Tools.org/login",           // any case, www.
        "see h\u{200B}xxps://garden-tools.org/x",       // invisible characters, as the normaliser undoes them
        "short link: https://bit.ly/abc123",            // a listed path on a shortener
    ])
    func disguisedLinksStillMatch(_ message: String) throws {
        let verdict = try Self.classifier(try Self.folder()).verdict(for: Self.input(message))
        #expect(verdict.action == .delete && verdict.evidence.first?.text == "phishing-list", "\(message): \(verdict.reasoning)")
    }

    @Test(arguments: [
        "my notes: https://bit.ly/abc1234 and https://bit.ly/other",  // a shortener is listed by path only
        "notweather-report.net is another site",                      // a longer name, not a subdomain
        "weather-report.net.example.com/page is someone else's",      // the listed name as a subdomain elsewhere
    ])
    func otherHostsAndPathsDoNotMatch(_ message: String) throws {
        let verdict = try Self.classifier(try Self.folder()).verdict(for: Self.input(message))
        #expect(!verdict.evidence.contains { $0.text == "phishing-list" }, "\(message): \(verdict.evidence)")
    }

    @Test func aSuspiciousDomainIsFlaggedButADeleteStaysADelete() throws {
        let classifier = try Self.classifier(try Self.folder())
        let message = "my favourite pasta recipe is on https://recipe-corner.com/pasta"
        #expect(try Self.classifier(nil).verdict(for: Self.input(message)).action < .flag)
        let flagged = classifier.verdict(for: Self.input(message))
        #expect(flagged.action == .flag && flagged.evidence.first?.text == "suspicious-list", "\(flagged.reasoning)")
        #expect(flagged.evidence.first?.detail == "recipe-corner.com is on the community suspicious-domain list")
        let scam = "FREE NITRO for everyone 🎁 claim at https://recipe-corner.com/claim @everyone"
        #expect(classifier.verdict(for: Self.input(scam)).action == .delete)
    }

    @Test func withoutListsVerdictsAreUnchanged() throws {
        let empty = try Self.folder()
        try FileManager.default.removeItem(atPath: empty.directory)
        let none = try Self.classifier(nil), missing = try Self.classifier(empty)
        #expect(missing.phishingLists?.current.isEmpty == true)
        for message in [Self.plain, "FREE NITRO claim at https://dlscord-gift.com", "We're hiring a Swift engineer, remote"] {
            #expect(missing.verdict(for: Self.input(message)) == none.verdict(for: Self.input(message)))
        }
    }

    @Test func replacedFilesAreReadAgainAndABrokenOneKeepsThePrevious() throws {
        let files = try Self.folder(phishing: ["other-site.com"])
        let cache = PhishingListCache(files: files)
        #expect(cache.refresh() == nil, "nothing changed since it was read")
        #expect(cache.current.hit(tokens: ["dom:weather-report.net"], message: "") == nil)

        try Self.write(Self.phishing + Array(repeating: "padding.example", count: 3), to: files.path(.phishing))
        guard case .success(let loaded)? = cache.refresh() else { Issue.record("a replaced file is read again"); return }
        #expect(loaded.contains("6 phishing"))
        #expect(cache.current.hit(tokens: ["dom:weather-report.net"], message: "")?.list == .phishing)

        try Data("<html>rate limited</html>".utf8).write(to: URL(fileURLWithPath: files.path(.phishing)))
        guard case .failure(let problem)? = cache.refresh() else { Issue.record("a broken file is reported"); return }
        #expect(problem.source == files.path(.phishing) && problem.problem.contains("{\"domains\": [...]}"))
        #expect(cache.current.hit(tokens: ["dom:weather-report.net"], message: "")?.list == .phishing, "the previous lists stay")
    }

    @Test func theEngineReadsReplacedListsAtItsNextPoll() async throws {
        try await withEngineHarness { harness in
            let files = try Self.folder(phishing: ["other-site.com"])
            let lists = PhishingListCache(files: files)
            var local = try LocalClassifier.shipped()
            local.phishingLists = lists
            let token = try #require(harness.configuration.token)
            let engine = ModerationEngine(configuration: harness.configuration, store: try harness.openStore(),
                                          client: DiscordClient(configuration: .init(token: token, apiBase: harness.configuration.apiBase)),
                                          classifier: local, phishingLists: lists)
            try await engine.start()
            let before = try harness.post(Self.plain)
            _ = await engine.pollCycle()
            try Self.write(Self.phishing, to: files.path(.phishing))
            let after = try harness.post("and the recording: hxxps://video.weather-report.net/meetup", as: "pointfree_paul")
            _ = await engine.pollCycle()
            let store = try harness.openStore()
            #expect(try await store.suggestion(forMessage: before)?.verdict.action != .delete)
            #expect(try await store.suggestion(forMessage: after)?.verdict.action == .delete)
            let events = try await store.events(after: 0, limit: .max)
            #expect(events.contains { $0.detail?.contains("3 phishing and 1 suspicious domains from \(files.directory)") == true })
        }
    }

    @Test func theHybridClassifierCannotTalkAListedDomainDown() async throws {
        let server = try await FakeLLMServer.start()
        let endpoint = LLMEndpoint(baseURL: server.baseURL, model: "fake-model", timeout: .seconds(60), maxRetries: 0)
        let llm = LLMClassifier(client: ChatCompletionsClient(endpoint: endpoint))
        let hybrid = HybridClassifier(local: try Self.classifier(try Self.folder()), llm: llm, compare: true)
        let allow = "[[ ## reasoning ## ]]\nslides\n[[ ## intent ## ]]\nother\n[[ ## action ## ]]\nallow\n[[ ## reason ## ]]\nfine\n[[ ## completed ## ]]"
        server.enqueue(.reply(allow), .reply(allow))
        let listed = try await hybrid.classify(Self.input(Self.plain))
        #expect(server.requests.count == 1, "compare asks the LLM")
        #expect(listed.action == .delete && listed.evidence.first?.text == "phishing-list" && listed.disagreement == nil, "\(listed.reasoning)")
        let unlisted = try await hybrid.classify(Self.input("the slides are up at hxxps://sub.unlisted-site.net/talks"))
        #expect(unlisted.action == .allow, "without a listing the LLM's verdict stands")
        await server.stop()
    }
}
