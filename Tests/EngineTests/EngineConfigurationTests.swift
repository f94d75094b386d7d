import Foundation
import Testing
@testable import Engine

/// `[engine]`, `[auto]`, `[dm]` and DRY_RUN.
@Suite struct EngineConfigurationTests {
    typealias Scratch = ConfigurationTests.Scratch

    func env(_ values: [String: String], _ scratch: Scratch) -> [String: String] {
        values.merging(["HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path + "/none"]) { a, _ in a }
    }

    @Test func defaultsMatchTheOriginalBot() throws {
        let scratch = try Scratch()
        let settings = try ConfigurationLoader.load(environment: env([:], scratch)).engine
        #expect(settings.pollInterval == .seconds(30))
        #expect(settings.backfill == 20)
        #expect(!settings.dryRun && !settings.auto.enabled)
        #expect(settings.auto.grace == .seconds(30))
        #expect(settings.auto.actions == [.move, .flag, .delete])
    }

    @Test func everyKeyIsRead() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", """
            [engine]
            poll_interval_seconds = 10
            backfill = 50
            dry_run = true
            timeout_minutes = 15
            cross_post_window_seconds = 120
            moderator = "alice"

            [auto]
            enabled = true
            grace_seconds = 5
            min_confidence = 0.95
            actions = ["delete"]

            [dm]
            move = "Moved to #{jobs}: {reason}"
            delete = "Removed from #{channel}: {reason}"

            [ui]
            hold_back_ms = 450
            """)
        let configuration = try ConfigurationLoader.load(explicitFile: file, environment: env([:], scratch))
        #expect(configuration.ui.holdBack == .milliseconds(450))
        let settings = configuration.engine
        #expect(settings.pollInterval == .seconds(10) && settings.backfill == 50 && settings.dryRun)
        #expect(settings.timeoutMinutes == 15 && settings.crossPostWindow == .seconds(120) && settings.moderator == "alice")
        #expect(settings.auto.enabled && settings.auto.grace == .seconds(5) && settings.auto.minConfidence == 0.95)
        #expect(settings.auto.actions == [.delete])
        #expect(settings.messages.move == "Moved to #{jobs}: {reason}")
    }

    @Test func dryRunFromTheEnvironmentAndItsErrors() throws {
        let scratch = try Scratch()
        #expect(try ConfigurationLoader.load(environment: env(["DRY_RUN": "true"], scratch)).engine.dryRun)
        #expect(try ConfigurationLoader.load(environment: env(["DRY_RUN": "0"], scratch)).engine.dryRun == false)
        do {
            _ = try ConfigurationLoader.load(environment: env(["DRY_RUN": "maybe"], scratch))
            Issue.record("DRY_RUN=maybe must be refused")
        } catch {
            #expect(error.description.contains("DRY_RUN") && error.description.contains("maybe"))
        }
    }

    @Test func badValuesAndUnknownKeysAreNamedWithTheirFix() throws {
        let scratch = try Scratch()
        let file = try scratch.write("c.toml", """
            [engine]
            poll_interval_seconds = 0.1
            backfil = 20

            [auto]
            min_confidence = 1.5
            actions = ["ban"]

            [ui]
            hold_back_ms = -1
            """)
        do {
            _ = try ConfigurationLoader.load(explicitFile: file, environment: env([:], scratch))
            Issue.record("bad values must be refused")
        } catch {
            let text = error.description
            #expect(text.contains("engine.poll_interval_seconds"))
            #expect(text.contains("engine.backfil") && text.contains("backfill"), "did-you-mean for the misspelt key")
            #expect(text.contains("auto.min_confidence"))
            #expect(text.contains("auto.actions") && text.contains("timeout and ban always need a moderator"))
            #expect(text.contains("ui.hold_back_ms") && text.contains("0 (no hold-back) to 5000 milliseconds"))
        }
    }

    @Test func theModeratorIsTheLoginPlusTheSSHClientWhichDiscordNeverSees() {
        #expect(EngineSettings.defaultModerator(environment: ["USER": "alice"]) == "alice")
        #expect(EngineSettings.defaultModerator(environment: ["USER": "alice", "SSH_CLIENT": "10.0.0.7 52314 22"]) == "alice@10.0.0.7")
        #expect(EngineSettings.withoutAddress("alice@10.0.0.7") == "alice")
        #expect(EngineSettings.withoutAddress("alice@fe80::1") == "alice")
        #expect(EngineSettings.withoutAddress("team@mods") == "team@mods", "only an address is dropped")
    }

    @Test func dmTemplatesAreFilledInOnePass() {
        let text = DMTemplates.render("Hi {author}: {reason}", author: "{reason}{jobs}", channel: "general", jobs: "jobs", reason: "moved")
        #expect(text == "Hi {reason}{jobs}: moved", "an author named like a placeholder is not expanded")
        #expect(DMTemplates.render("{unknown} {author", author: "a", channel: "", jobs: "", reason: "") == "{unknown} {author")
    }

    @Test func autoModeTakesOnlyConfidentAgreedAllowedActions() {
        var auto = AutoSettings()
        auto.enabled = true
        auto.minConfidence = 0.9
        auto.actions = [.delete, .move]
        func verdict(_ action: ModerationAction, _ confidence: Double, disagree: Bool = false) -> Verdict {
            Verdict(intent: .other, action: action, reason: "r", reasoning: "r", confidence: confidence, classifier: "hybrid",
                    classifierVersion: "v",
                    disagreement: disagree ? .init(classifier: "llm", intent: .other, action: .allow, reason: "fine", confidence: 0.8) : nil)
        }
        #expect(auto.accepts(verdict(.delete, 0.95)))
        #expect(!auto.accepts(verdict(.delete, 0.85)), "below the minimum confidence")
        #expect(!auto.accepts(verdict(.flag, 0.99)), "an action auto mode may not take")
        #expect(!auto.accepts(verdict(.delete, 0.99, disagree: true)), "classifiers disagree: a human decides")
        auto.enabled = false
        #expect(!auto.accepts(verdict(.delete, 0.99)))
    }
}
