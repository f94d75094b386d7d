import DiscordSimulator
import Foundation
import Testing
@testable import DiscordREST
@testable import Engine

/// Configured secrets never travel on in error texts: whatever form a server
/// echoes them in, the redactor takes them out before text is logged, stored or shown.
@Suite struct SecretRedactionTests {
    static let key = "sk-test-Secret/Key+42="
    static let token = "MTA5ODc2.sim-Token_x"

    @Test func everyEchoedFormOfEverySecretIsRedacted() {
        let redactor = SecretRedactor(secrets: [Self.key, Self.token])
        let echoes = [
            "Incorrect API key provided: Bearer \(Self.key).",
            "Authorization: Bot \(Self.token)",
            "as received: \(Self.key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
            "query token=\(Self.token.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)",
            "escaped \(Self.key.replacingOccurrences(of: "/", with: "\\/"))",
            "header dump \(Data("Bot \(Self.token)".utf8).base64EncodedString())",
            "lower-case escapes \(Self.key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!.lowercasedEscapes)",
        ]
        for echo in echoes {
            let cleaned = redactor.clean(echo)
            #expect(cleaned.contains(SecretRedactor.mark), "\(echo) -> \(cleaned)")
            #expect(!cleaned.contains("Secret") && !cleaned.contains("MTA5ODc2"), "\(echo) -> \(cleaned)")
        }
        #expect(redactor.clean("HTTP 403: Missing Permissions") == "HTTP 403: Missing Permissions", "text without secrets is unchanged")
    }

    @Test func theConfigurationsTokenAndKeyAreWhatIsRedacted() {
        var configuration = Configuration()
        configuration.token = BotToken("Bot \(Self.token)\n")
        configuration.classifier.llm = LLMSettings(endpoint: LLMEndpoint(apiKey: Self.key))
        let redactor = SecretRedactor(configuration)
        #expect(redactor.clean("a \(Self.token) b \(Self.key) c") == "a [redacted] b [redacted] c")
        #expect(SecretRedactor(secrets: ["abc", ""]).isEmpty, "a very short secret is not hunted everywhere")
    }

    /// An LLM server that echoes the key in its error: neither the classifier's
    /// failure (which the engine stores as a flag's reasoning) nor a retried
    /// 500 carries the key on.
    @Test func anLLMErrorThatEchoesTheKeyReachesNoFailureText() async throws {
        let server = try await FakeLLMServer.start()
        let endpoint = LLMEndpoint(baseURL: server.baseURL, apiKey: Self.key, model: "fake-model", timeout: .seconds(60),
                                   maxRetries: 1, backoff: .milliseconds(20))
        let classifier = LLMClassifier(client: ChatCompletionsClient(endpoint: endpoint), settings: .init(concurrency: 1, maxErrors: 10))
        server.enqueue(.echoAuthorization(status: 500), .echoAuthorization(status: 401))
        let input = ClassifierInput(message: "hello there", author: "someone", channelName: "general", channelRole: .general)
        let result = await classifier.classify(batch: [input])
        await server.stop()
        guard case .failure(let failure) = result.first else {
            Issue.record("the classifier should have failed: \(result)")
            return
        }
        #expect(server.requests.count == 2 && server.requests.allSatisfy { $0.status >= 400 }, "both echoes were served")
        #expect(failure.description.contains("Incorrect API key provided: Bearer \(SecretRedactor.mark)"), "\(failure)")
        #expect(!failure.description.contains("Secret"), "\(failure)")
    }
}

extension String {
    /// "%2F" as "%2f", as some servers write their escapes.
    fileprivate var lowercasedEscapes: String {
        ["%2D": "%2d", "%2F": "%2f", "%2B": "%2b", "%3D": "%3d"].reduce(self) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
