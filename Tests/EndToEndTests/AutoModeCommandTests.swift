import DiscordSimulator
import Foundation
import Testing

/// Auto mode is shared through the store, changed only on purpose, and every
/// headless run says which mode it found.
@Suite struct AutoModeCommandTests {
    @Test func aOneOffAutoRunLeavesNoEngineAutoExecuting() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let scam = try setup.post(EngineCommandTests.scam, as: "pointfree_paul")
        let once = try await setup.run(["run", "--headless", "--once", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"])
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stderr.contains("auto mode: ON") && once.stderr.contains("turned on by --auto"), "\(once.stderr)")
        #expect(setup.sim.snapshot().isDeleted(scam))

        let status = try await setup.run(["auto", "status"])
        #expect(status.status == 0 && status.stdout.contains("auto mode: off"), "the one-off run handed auto mode back: \(status.stdout)")
        let next = try await setup.run(["run", "--headless", "--once"])
        #expect(next.stderr.contains("auto mode: off"), "\(next.stderr)")
        await setup.finish()
    }

    @Test func autoOnIsSharedAndShownUntilTurnedOff() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let on = try await setup.run(["auto", "on"])
        #expect(on.status == 0 && on.stdout.contains("auto mode: ON") && on.stdout.contains("auto off"), "\(on.stdout)")
        #expect(on.stdout.contains("grace 30 s"), "the settings it will act with: \(on.stdout)")

        let run = try await setup.run(["run", "--headless", "--once"])
        #expect(run.stderr.contains("auto mode: ON") && !run.stderr.contains("turned on by --auto"), "\(run.stderr)")
        #expect(try await setup.run(["auto", "status"]).stdout.contains("auto mode: ON"), "a run without --auto leaves it as it found it")

        let manual = try await setup.run(["run", "--headless", "--once", "--manual"])
        #expect(manual.stderr.contains("auto mode: off") && manual.stderr.contains("--manual"), "\(manual.stderr)")
        #expect(try await setup.run(["auto", "status"]).stdout.contains("auto mode: off"))

        let contradiction = try await setup.run(["run", "--headless", "--once", "--auto", "--manual"])
        #expect(contradiction.status != 0 && contradiction.stderr.contains("contradict"))
        await setup.finish()
    }
}
