import Foundation
import Testing
@testable import Engine

@Suite struct ClassifierConfigurationTests {
    let scratch = try! ConfigurationTests.Scratch()

    func load(_ toml: String, env: [String: String] = [:]) throws(ConfigurationError) -> Configuration {
        let file = try! scratch.write("c.toml", toml)
        return try ConfigurationLoader.load(explicitFile: file, environment: env.merging(["HOME": scratch.path]) { a, _ in a })
    }

    @Test func localByDefaultHybridWhenAnLLMIsConfigured() throws {
        #expect(try load("").classifier.resolvedKind == .local)
        let config = try load("", env: ["OPENAI_API_KEY": "sk-x", "MODCONSOLE_MODEL": "gpt-5-nano"])
        #expect(config.classifier.resolvedKind == .hybrid)
        #expect(config.classifier.llm?.endpoint.model == "gpt-5-nano")
        #expect(config.classifier.llm?.endpoint.effectiveTokenLimitKey == "max_completion_tokens")
        #expect(try load("", env: ["OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "MODCONSOLE_CLASSIFIER": "llm"])
            .classifier.resolvedKind == .llm)
    }

    @Test func aTrainedModelIsChosenByFileOrEnvironmentAndNamedInVerdicts() throws {
        let rows = [("we're hiring a rust dev, remote", Intent.postJob, ContentRisk.clean), ("thanks, that fixed it", .other, .clean),
                    ("free nitro at dlscord-gift.com", .other, .abusive), ("dm me for a quick gig", .postJob, .suspicious)]
            .map { LocalModelTrainer.Example(text: $0.0, intent: $0.1, risk: $0.2) }
        var settings = LocalModelTrainer.Settings()
        settings.epochs = 2
        let model = LocalModelTrainer(settings: settings, rules: try RuleSet(RuleSet.builtIn)).train(rows, calibration: rows)
        let path = try scratch.write("trained.bin", "")
        try model.data().write(to: URL(fileURLWithPath: path))
        #expect(model.version != (try LinearModel.shipped()).version)

        for config in [try load("[classifier]\nlocal_model = \"\(path)\"\n"), try load("", env: ["MODCONSOLE_LOCAL_MODEL": path])] {
            let classifier = try #require(try config.classifier.makeClassifier(.local) as? LocalClassifier)
            #expect(classifier.model.version == model.version)
            let input = ClassifierInput(message: "hello", author: "a", channelName: "general", channelRole: .general)
            #expect(classifier.verdict(for: input).classifierVersion == model.version)
        }
        let missing = try load("", env: ["MODCONSOLE_LOCAL_MODEL": scratch.path + "/none.bin"])
        let error = #expect(throws: LinearModel.FormatError.self) { try missing.classifier.makeClassifier(.local) }
        #expect(error?.description.contains("none.bin") == true)
    }

    @Test func theSignatureIsDataInTheConfiguration() throws {
        let config = try load("""
            [classifier.llm]
            base_url = "http://127.0.0.1:8080/v1"
            model = "llama"
            temperature = 0.2
            [classifier.llm.signature]
            instructions = "Classify a Discord message and determine moderation action."
            [classifier.llm.signature.fields]
            reason = "One short sentence."
            """)
        let llm = try #require(config.classifier.llm)
        #expect(llm.endpoint.baseURL == "http://127.0.0.1:8080/v1" && llm.endpoint.temperature == 0.2)
        #expect(llm.signature.instructions == "Classify a Discord message and determine moderation action.")
        #expect(llm.signature.descriptions["reason"] == "One short sentence.")
        #expect(llm.signature.descriptions["message"] == Signature.originalBot.descriptions["message"])
    }

    @Test func anEnvironmentBaseURLKeepsExplicitFileSettings() throws {
        let config = try load("[classifier.llm]\ntemperature = 0.7\nmax_tokens = 300\n", env: ["OPENAI_BASE_URL": "https://api.openai.com/v1"])
        let endpoint = try #require(config.classifier.llm?.endpoint)
        #expect(endpoint.effectiveTemperature == 0.7 && endpoint.maxTokens == 300)
    }

    @Test func rulesAreConfigurable() throws {
        let config = try load("""
            [classifier]
            builtin_rules = false
            [[classifier.rules]]
            name = "no-blogs"
            pattern = "\\\\bmy\\\\s+blog\\\\b"
            action = "flag"
            weight = 2.5
            description = "blog plugs"
            [[classifier.rules]]
            name = "open-to-work"
            pattern = "open to work"
            intent = "seek_job"
            weight = 1
            """)
        #expect(config.classifier.allRules.map(\.name) == ["no-blogs", "open-to-work"])
        #expect(config.classifier.rules[0].weight == 2.5 && config.classifier.rules[1].intent == .seekJob)
    }

    @Test func badClassifierSettingsAreNamed() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try load("""
                [classifier]
                kind = "gpt"
                hybrid_band = [0.9, 0.1]
                [[classifier.rules]]
                name = "bad"
                pattern = "(unclosed"
                action = "flag"
                [[classifier.rules]]
                name = "both"
                pattern = "x"
                action = "flag"
                intent = "other"
                [classifier.llm]
                base_url = "localhost:11434"
                """, env: ["MODCONSOLE_CLASSIFIER": "smart"])
        }
        let keys = error.problems.map(\.key)
        #expect(keys.contains("classifier.kind") && keys.contains("classifier.hybrid_band"))
        #expect(keys.contains("classifier.rules[0]") && keys.contains("classifier.rules[1]"))
        #expect(keys.contains("classifier.llm.base_url"))
    }

    @Test func anLLMKindWithoutAnLLMSaysHowToConfigureOne() throws {
        let error = #expect(throws: ConfigurationError.self) { try ClassifierSettings().makeClassifier(.llm) }
        #expect(error?.description.contains("OPENAI_API_KEY") == true)
    }

    @Test func theKeyNeverAppearsInDescriptions() throws {
        let config = try load("", env: ["OPENAI_API_KEY": "sk-very-secret"])
        let endpoint = try #require(config.classifier.llm?.endpoint)
        #expect(!"\(endpoint)".contains("sk-very-secret"))
    }
}
