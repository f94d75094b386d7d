import DiscordREST
import DiscordSimulator
import Foundation
import GRDB
import Testing
@testable import Engine

/// Several engines on one store, and engines that died half-way.
@Suite("Engine sharing and crash recovery")
struct EngineSharingTests {
    @Test("two engines on one store over 50 rounds: one polls, each action runs exactly once")
    func twoEnginesFiftyRounds() async throws {
        try await withEngineHarness(rateLimits: .uniform(limit: 10_000, per: .seconds(1))) { h in
            let settings: (inout EngineSettings) -> Void = {
                $0.auto.enabled = true
                $0.auto.grace = .zero
                $0.auto.minConfidence = 0.5
                $0.auto.actions = [.delete]
                $0.crossPostWindow = .zero
            }
            let first = try await h.engine(settings), second = try await h.engine(settings)
            let store = try h.openStore()
            var scams: [Snowflake] = [], jobs: [Snowflake] = []
            for round in 0..<50 {
                scams.append(try h.post(Texts.scam + " #\(round)", as: "pointfree_paul"))
                jobs.append(try h.post(Texts.jobPost + " (round \(round))"))
                async let a = first.pollCycle()
                async let b = second.pollCycle()
                let (ra, rb) = await (a, b)
                #expect(ra.polled != rb.polled, "exactly one engine polls (round \(round))")
                let job = try #require(try await store.suggestion(forMessage: jobs.last!))
                async let x = first.executeDue()
                async let y = second.executeDue()
                // Two moderators approve at once; either engine may end up running it (an approved suggestion is due work).
                async let p = try? first.decide(job.id, .approve, moderator: "alice")
                async let q = try? second.decide(job.id, .approve, moderator: "bob")
                _ = await (x, y, p, q)
            }
            let approvals = try await store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM label WHERE source = 'approve'") }
            #expect(approvals == 50, "each job post approved once, by one moderator")
            for id in jobs { #expect(try await store.suggestion(forMessage: id)?.state == .done) }
            let snapshot = h.simulator.snapshot()
            let deletes = h.simulator.recordedRequests().filter { $0.method == "DELETE" && $0.path.contains("/messages/") }
            for id in scams + jobs {
                #expect(deletes.filter { $0.path.hasSuffix("/\(id)") }.count == 1, "message \(id) deleted exactly once")
            }
            let reposts = try h.messages(in: "jobs").filter { $0.content.contains("moved by modconsole") }
            #expect(reposts.count == 50)
            #expect(Set(reposts.map { $0.content }).count == 50, "no job post reposted twice")
            #expect(try h.messages(in: "mod-log").count == 100, "one audit message per action")
            #expect(snapshot.directMessages.count == 50, "one DM per move; the scammer's DMs are closed")
            let audit = try await store.audit(limit: 1000)
            #expect(audit.count == 100)
            #expect(Set(audit.compactMap(\.suggestionID)).count == 100)
            #expect(try await store.verifyAudit() == nil)
            #expect(h.tooManyRequests == 0)
        }
    }

    @Test("a lapsed lease is taken over by the other engine")
    func leaseTakeover() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let first = try await h.engine(), second = try await h.engine()
            let start = Date()
            #expect(await first.pollCycle(now: start).polled)
            #expect(await second.pollCycle(now: start.addingTimeInterval(1)).polled == false)
            // The first engine stops renewing; after the lease's time the second takes over.
            let later = await second.pollCycle(now: start.addingTimeInterval(60))
            #expect(later.polled && later.leaseHolder == second.holder)
        }
    }

    @Test("a lease held by a killed process on this host is taken over at once")
    func deadHoldersLeaseIsTakenOver() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            let dead = "\(ProcessIdentity.machine)#\(try Self.deadPID())#dead"
            _ = try await engine.store.acquireLease(holder: dead, ttl: .seconds(600))
            let report = await engine.pollCycle()
            #expect(report.polled && report.leaseHolder == engine.holder)
        }
    }

    /// A pid that is certainly not running: a child that has exited.
    static func deadPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A message posted, polled and approved, then claimed by a process that has since died.
    static func claimedByDeadProcess(_ text: String, _ h: EngineHarness) async throws
        -> (engine: ModerationEngine, store: Store, post: Snowflake, claimed: Suggestion)
    {
        let engine = try await h.engine()
        let post = try h.post(text)
        _ = await engine.pollCycle()
        let store = try h.openStore()
        let suggestion = try await store.decide(try #require(try await store.suggestion(forMessage: post)).id, .approve, moderator: "alice")
        let dead = "\(ProcessIdentity.machine)#\(try deadPID())#dead"
        let claimed = try #require(try await store.claim(suggestion.id, from: [.approved], holder: dead))
        return (engine, store, post, claimed)
    }

    @Test("killed after the repost reached Discord but before it was journaled done: the restart finds it and does not repost")
    func resumeAfterUnjournaledRepost() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, claimed) = try await Self.claimedByDeadProcess(Texts.jobPost, h)
            // The dead process journaled the repost as started, and the repost went out.
            try await store.journal(claimed.id, phase: .execute, step: 0, name: "repost", status: .started)
            let executor = try await engine.makeExecutor()
            let context = executor.context(for: claimed)
            _ = try await h.engine().client.createMessage(in: try h.channel("jobs"),
                                                          NewMessage(content: context.attributedText(claimed, .repost(to: try h.channel("jobs")))))
            let ran = await engine.executeDue()
            #expect(ran.map(\.state) == [.done])
            #expect(try h.messages(in: "jobs").filter { $0.content.contains(Texts.jobPost) }.count == 1, "no second repost")
            #expect(h.simulator.snapshot().isDeleted(post.description))
            #expect(h.simulator.snapshot().directMessages.count == 1)
            #expect(try await store.audit().count == 1)
        }
    }

    @Test("killed between journal steps: the restart runs only the steps that had not finished")
    func resumeBetweenSteps() async throws {
        try await withEngineHarness { h in
            let (engine, _, post, claimed) = try await Self.claimedByDeadProcess(Texts.scam, h)
            // The delete ran and was journaled; the DM had not started.
            _ = try await h.engine().client.deleteMessage(in: try h.channel("general"), id: post)
            try await engine.store.journal(claimed.id, phase: .execute, step: 0, name: "delete \(post)", status: .done)
            h.simulator.clearRecord()
            let ran = await engine.executeDue()
            #expect(ran.map(\.state) == [.done])
            let requests = h.simulator.recordedRequests()
            #expect(!requests.contains { $0.method == "DELETE" }, "the finished delete is not repeated")
            #expect(h.simulator.snapshot().directMessages.count == 1)
            #expect(try h.messages(in: "mod-log").count == 1)
        }
    }

    @Test("two engines finding the same orphan: only one resumes it")
    func oneEngineResumesAnOrphan() async throws {
        try await withEngineHarness { h in
            let (first, _, post, claimed) = try await Self.claimedByDeadProcess(Texts.scam, h)
            let second = try await h.engine()
            async let a = first.executeDue()
            async let b = second.executeDue()
            let ran = await a + b
            #expect(ran.map(\.id) == [claimed.id], "resumed exactly once")
            #expect(h.simulator.recordedRequests().filter { $0.method == "DELETE" && $0.path.hasSuffix("/\(post)") }.count == 1)
            #expect(try h.messages(in: "mod-log").count == 1)
        }
    }

    @Test("a veto that lands while the executor is busy still stops the auto action")
    func vetoBeatsALateClaim() async throws {
        try await withEngineHarness { h in
            let (engine, store, _, id) = try await h.polled(Texts.scam)
            try await store.setAutoMode(true)
            #expect(try await store.schedule(id, dueAt: Date().addingTimeInterval(-1)))
            let due = try await store.dueIDs()
            #expect(due.map(\.id) == [id], "due before the veto")
            _ = try await store.decide(id, .veto, moderator: "alice")
            #expect(try await store.claim(id, from: [.pending], holder: engine.holder) == nil, "the claim read before the veto must fail")
        }
    }

    @Test("a decision made in dry run stays a dry run whichever engine executes it")
    func dryRunTravelsWithTheDecision() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Texts.scam)
            _ = try await store.decide(id, .approve, moderator: "alice", dryRun: true)
            let ran = await engine.executeDue()
            #expect(ran.map(\.state) == [.done])
            #expect(!h.simulator.snapshot().isDeleted(post.description), "the real engine honoured the dry run")
            #expect(try h.messages(in: "mod-log").last?.content.hasPrefix("[DRY RUN]") == true)
        }
    }

    @Test("a failed action that already ran steps cannot be switched to another action")
    func partlyRunActionsCannotChange() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            h.simulator.revokeBotPermission(.manageMessages)
            let id = try #require(try await engine.store.suggestion(forMessage: post)).id
            let failed = try await engine.decide(id, .approve)
            #expect(failed.state == .failed, "the repost ran, the delete failed")
            do {
                _ = try await engine.decide(id, .dismiss)
                Issue.record("dismissing a half-run move must be refused")
            } catch {
                #expect("\(error)".contains("already partly ran its move"))
            }
        }
    }

    @Test("a claim held by a live process is left alone")
    func liveClaimLeftAlone() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try await store.decide(try #require(try await store.suggestion(forMessage: post)).id, .approve, moderator: "alice")
            let other = try await h.engine()
            #expect(try await store.claim(suggestion.id, from: [.approved], holder: other.holder) != nil)
            #expect(await engine.executeDue().isEmpty)
            #expect(!h.simulator.snapshot().isDeleted(post.description))
        }
    }
}
