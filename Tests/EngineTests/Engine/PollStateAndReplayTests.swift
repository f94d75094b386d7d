import DiscordREST
import DiscordSimulator
import Foundation
import Synchronization
import Testing
@testable import Engine

/// Poll problems and channel state are typed; replay judges with the poller's
/// inputs; auto actions are announced in words.
@Suite("Poll state, replay inputs and auto notices")
struct PollStateAndReplayTests {
    @Test("a channel that cannot be read is a typed problem that fails the run, and its state says error")
    func channelProblem() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let general = try h.channel("general"), help = try h.channel("help")
            h.simulator.inject(.status(403, code: 50001, message: "Missing Access"),
                               route: RouteMatcher(method: "GET", path: "/channels/\(general)/messages"))
            let report = await engine.pollCycle()
            #expect(report.problems.map(\.kind) == [.channel(general)])
            #expect(report.problems.allSatisfy { $0.failsRun })
            let states = try await h.openStore().pollStates()
            #expect(states[general]?.condition == .error && states[general]?.detail.contains("general") == true)
            #expect(states[help]?.condition == .idle)
            #expect(try await engine.overview().pollFailing)

            #expect(await engine.pollCycle().problems.isEmpty)
            #expect(try await !engine.overview().pollFailing, "the next good poll clears it")
        }
    }

    @Test("replay builds the same classifier input as the poller, guidance and role included")
    func replayInputMatchesPoll() async throws {
        try await withEngineHarness { h in
            var configuration = h.configuration
            let help = try h.channel("help")
            configuration.channels = [WatchedChannel(id: help, role: .help, guidance: "Offering to pay for help is fine in this channel.")]
            let recorder = RecordingClassifier(try LocalClassifier.shipped())
            let engine = try h.unstartedEngine(configuration, classifier: recorder)
            try await engine.start()
            _ = await engine.pollCycle()
            let post = try h.post("I'll pay $50 to whoever fixes my Core Data migration crash", in: "help")
            _ = await engine.pollCycle()
            let polled = try #require(recorder.inputs.last)
            #expect(polled.guidance == "Offering to pay for help is fine in this channel." && polled.channelRole == .help)

            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            let channels = Dictionary(uniqueKeysWithValues: try await store.channels().map { ($0.id, $0) })
            #expect(configuration.classifierInput(for: suggestion, channels: channels) == polled)
            #expect(configuration.classifierInput(for: suggestion, channels: [:]) == polled, "also for a channel the store no longer knows")
        }
    }

    @Test("each auto action is announced in words when scheduled, with how to veto it, and again when it runs")
    func autoNotices() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine {
                $0.auto.enabled = true
                $0.auto.grace = .seconds(600)
                $0.auto.minConfidence = 0.5
            }
            let store = try h.openStore()
            let start = try await store.lastEventSequence()
            let post = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            await engine.executeDue()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            let id = suggestion.id, author = suggestion.authorName
            var notices = AutoActionNotices()
            var lines: [String] = []
            for event in try await store.events(after: start) {
                if let line = await notices.line(for: event, in: store) { lines.append(line) }
            }
            #expect(lines.count == 1, "\(lines)")
            let scheduled = try #require(lines.first)
            #expect(scheduled.hasPrefix("auto: delete suggestion \(id) by \(author) in #general runs at "), "\(scheduled)")
            #expect(scheduled.hasSuffix(" unless vetoed (modconsole queue dismiss \(id) / x in the console)"))

            let ran = await engine.executeDue(now: Date().addingTimeInterval(601))
            #expect(ran.map(\.id) == [id])
            let later = try await store.events(after: start).filter { $0.event == .executed }
            let done = try #require(later.first)
            #expect(await notices.line(for: done, in: store) == "auto: delete suggestion \(id) by \(author) in #general ran: \(done.detail ?? "")")
        }
    }

    @Test("once auto mode is off no engine schedules, even one that read it on a moment before")
    func autoOffWinsOverASchedule() async throws {
        try await withEngineHarness { h in
            let (_, store, _, id) = try await h.polled(Texts.scam)
            try await store.setAutoMode(true)
            try await store.setAutoMode(false)
            #expect(try await !store.schedule(id, dueAt: Date()))
            #expect(try await store.suggestion(id)?.dueAt == nil)
        }
    }
}

/// The shipped classifier, remembering every input it was given.
final class RecordingClassifier: Classifier {
    let inner: LocalClassifier
    private let seen = Mutex<[ClassifierInput]>([])
    init(_ inner: LocalClassifier) { self.inner = inner }

    var name: String { inner.name }
    var inputs: [ClassifierInput] { seen.withLock { $0 } }

    func classify(_ input: ClassifierInput) async throws(ClassificationFailure) -> Verdict {
        seen.withLock { $0.append(input) }
        return try await inner.classify(input)
    }
}
