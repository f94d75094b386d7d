import DiscordREST
import Foundation

/// The whole loop of the original bot with a human in the middle: poll the
/// channels, classify what is new, store suggestions, execute what a
/// moderator (or auto mode) decided, and keep the audit log.
///
/// Several engines may share one store: the one holding the poller lease
/// polls, every one executes due suggestions (claims are atomic), and every
/// one sees every change through `events`. The console talks to this API
/// only, never to SQL.
public actor ModerationEngine {
    public nonisolated let store: Store
    public nonisolated let client: DiscordClient
    public nonisolated let classifier: any Classifier
    public nonisolated let configuration: Configuration
    /// This engine's name in leases and claims.
    public nonisolated let holder: String
    /// The phishing lists the classifier reads, looked at again each poll cycle.
    public nonisolated let phishingLists: PhishingListCache?
    /// Keeps the configured secrets out of the errors this engine reports and the verdicts it stores.
    public nonisolated let redactor: SecretRedactor
    /// As configured; whether auto mode is on lives in the store (`autoEnabled`).
    public let settings: EngineSettings
    private var botID: Snowflake?
    /// The watched channels, learnt at start.
    private(set) var channels: [Store.Channel] = []
    private var lastRenewal: Date = .distantPast
    /// Pending suggestions auto mode looked at and left to a moderator.
    private var autoDeclined: Set<Int64> = []
    /// The store write that failed in the last poll cycle (a full disk, ...),
    /// nil once a cycle writes again: the status bar and headless stderr show it.
    public private(set) var storeFailure: StoreError?
    /// Whether this engine turned auto mode on at start (`--auto` over an
    /// off switch): it turns it off again when it stops, so a one-off
    /// `run --once --auto` leaves no engine auto-executing after it.
    public private(set) var turnedAutoOn = false

    public init(configuration: Configuration, store: Store, client: DiscordClient, classifier: any Classifier,
                holder: String = ProcessIdentity.make(), phishingLists: PhishingListCache? = nil) {
        self.configuration = configuration
        self.phishingLists = phishingLists
        self.redactor = SecretRedactor(configuration)
        self.settings = configuration.engine
        self.store = store
        self.client = client
        self.classifier = classifier
        self.holder = holder
    }

    // MARK: Setting up

    /// Learns who the bot is and each watched channel's name, guild and role,
    /// for polling. Deciding needs none of it: an engine that is never
    /// started logs in the first time an action has to run on Discord.
    /// Throws with the fix when the token or a channel is wrong.
    public func start() async throws(EngineError) {
        do { try await learnSetup() } catch { throw EngineError(redactor.clean(error.description)) }
    }

    private func learnSetup() async throws(EngineError) {
        _ = try await loggedIn()
        guard !configuration.channels.isEmpty else {
            throw EngineError("no channels to watch; set DISCORD_CHANNEL_IDS or add [[channels]] to the configuration")
        }
        var known: [Store.Channel] = []
        var ids = configuration.channels.map(\.id)
        ids += [configuration.jobsChannel, configuration.auditChannel].compactMap { $0 }.filter { !ids.contains($0) }
        for id in ids {
            do {
                let channel = try await channelInfo(id)
                let watched = configuration.channels.first { $0.id == id }
                let role = Policy.role(configured: watched?.role, isJobsChannel: id == configuration.jobsChannel, name: channel.name ?? "")
                let stored = Store.Channel(id: id, guildID: channel.guildID, name: channel.name ?? id.description, role: role)
                try await store.save(channel: stored)
                if watched != nil { known.append(stored) }
            } catch let error as StoreError {
                throw EngineError(error.description)
            } catch {
                throw EngineError("cannot read channel \(id): \(error); check the id and that the bot can view it (`modconsole check`)")
            }
        }
        channels = known
        if configuration.engine.auto.enabled, (try? await store.autoMode().enabled) != true {
            if (try? await setAuto(true)) != nil { turnedAutoOn = true }
        }
        if let guildID = known.first?.guildID, let name = await guildName(guildID) {
            try? await store.setStatus("guild_name", name)
        }
        try? await store.setStatus("classifier", Self.describe(classifier))
    }

    /// Which classifier decides and which model it runs, for the status bar:
    /// "local-46fa32a356", "hybrid local-46fa32a356 + gpt-5-nano", "llm gpt-5-nano".
    static func describe(_ classifier: any Classifier) -> String {
        switch classifier {
        case let local as LocalClassifier: return local.model.version
        case let hybrid as HybridClassifier: return "hybrid \(hybrid.local.model.version) + \(hybrid.llm.client.endpoint.model)"
        case let llm as LLMClassifier: return "llm \(llm.client.endpoint.model)"
        default: return classifier.name
        }
    }

    /// The bot's id, asked of Discord the first time it is needed (which
    /// checks the token), so decisions that change nothing on Discord never log in.
    func loggedIn() async throws(EngineError) -> Snowflake {
        if let botID { return botID }
        guard !client.configuration.token.isEmpty else {
            throw EngineError("no bot token: set DISCORD_BOT_TOKEN, or discord.token_file in the configuration file")
        }
        do {
            let id = try await botUserID()
            botID = id
            return id
        } catch {
            throw EngineError(redactor.clean("cannot log in to Discord: \(error)") + "; check DISCORD_BOT_TOKEN (`modconsole check` says more)")
        }
    }

    /// Auto mode on or off (the console's A key). Off cancels every pending auto action.
    public func setAuto(_ enabled: Bool) async throws(StoreError) {
        try await store.setAutoMode(enabled)
    }

    // MARK: Polling

    /// Polls every channel once if this engine holds (or can take) the lease.
    public func pollCycle(now: Date = Date()) async -> PollReport {
        var report = PollReport()
        defer { storeFailure = report.storeFailure }
        do {
            let ttl = max(settings.pollInterval * 3, .seconds(15))
            // A poller that was killed on this host gives its lease up at once, not after its time.
            if let current = try await store.leaseHolder(now: now), current != holder, !ProcessIdentity.isAlive(current) {
                try await store.releaseLease(holder: current)
            }
            let holderNow = try await store.acquireLease(holder: holder, ttl: ttl, now: now)
            report.leaseHolder = holderNow
            guard holderNow == holder else { return report }
            lastRenewal = now
            report.polled = true
            await refreshPhishingLists()
            for (index, channel) in channels.enumerated() {
                // Renewed before each further channel, so a slow cycle (an LLM) never lets the lease lapse mid-way.
                if index > 0 { guard try await store.acquireLease(holder: holder, ttl: ttl) == holder else { break } }
                switch await poll(channel) {
                case .success(let count): report.newSuggestions += count
                case .failure(let problem):
                    report.problems.append(problem)
                    if case .store(let error) = problem.kind { report.storeFailure = report.storeFailure ?? error }
                }
            }
            try await store.pruneEvents(now: now)
        } catch {
            report.problems.append(PollProblem(.store(error), error.description))
            report.storeFailure = report.storeFailure ?? error
        }
        return report
    }

    /// Picks up lists that `lists update` replaced since the last cycle, saying so in the events.
    func refreshPhishingLists() async {
        switch phishingLists?.refresh() {
        case .success(let loaded)?: try? await store.record(EngineEvent(.pollStatus, detail: loaded))
        case .failure(let problem)?: try? await store.record(EngineEvent(.failed, detail: "\(problem); the previous lists stay in use"))
        case nil: break
        }
    }

    /// Reads what is new in one channel, classifies it and stores the suggestions.
    func poll(_ channel: Store.Channel) async -> Result<Int, PollProblem> {
        do {
            let cursor = try await store.cursor(for: channel.id)
            // Where to start next time if this poll finds nothing: a minute
            // before now (clock skew), as a snowflake; re-reading is harmless.
            let floor = Snowflake(date: Date().addingTimeInterval(-60))
            let messages: [Message]
            if let cursor {
                messages = try await client.messages(in: channel.id, after: cursor)
            } else {
                let latest = try await client.messages(in: channel.id, .latest, limit: max(settings.backfill, 1))
                messages = settings.backfill == 0 ? [] : latest.sorted { $0.id < $1.id }
                if messages.isEmpty {
                    let start = max(latest.map(\.id).max() ?? floor, floor)
                    _ = try await store.recordPoll(channel: channel, messages: [], cursor: start, window: settings.crossPostWindow)
                }
            }
            guard let newest = messages.map(\.id).max() else {
                try await status(channel, .idle, detail: "no new messages in #\(channel.name)")
                return .success(0)
            }
            let written = messages.filter { $0.isWrittenByPerson && $0.author.id != botID }
            // A forward's text is in its snapshot and a file's name is text too: neither is missing content.
            let judgeable = written.filter { !JudgedContent($0).isEmpty }
            let textless = written.filter { JudgedContent($0).isEmpty }
            if !written.isEmpty && judgeable.isEmpty && textless.allSatisfy({ $0.embeds.isEmpty }) {
                // Every message arrived empty: the Message Content intent is off. Keep the cursor so they are read again once it is on.
                let warning = "Message Content intent is off: \(written.count) new message(s) in #\(channel.name) arrived with no content. "
                    + "Turn on Message Content Intent (Developer Portal > your app > Bot > Privileged Gateway Intents); nothing is classified until then."
                try await status(channel, .noContent, detail: warning)
                return .failure(PollProblem(.contentIntentOff(channel.id), warning))
            }
            // Embeds or stickers only: nothing to classify, but kept (allowed) so no message is lost from view.
            let classified = try await classify(judgeable, in: channel) + textless.map { ClassifiedMessage(message: $0, verdict: Self.noText) }
            let created = try await store.recordPoll(channel: channel, messages: classified, cursor: newest, window: settings.crossPostWindow)
            try await status(channel, .ok, detail: "#\(channel.name): \(messages.count) new, \(created.count) suggestion(s)")
            return .success(created.count)
        } catch let error as StoreError {
            return .failure(PollProblem(.store(error), error.description))
        } catch {
            let problem = "cannot poll #\(channel.name): \(error)"
            try? await status(channel, .error, detail: problem)
            return .failure(PollProblem(.channel(channel.id), problem))
        }
    }

    /// Records how a channel's poll went, for every console's status bar and event stream.
    func status(_ channel: Store.Channel, _ condition: ChannelPollState.Condition, detail: String) async throws(StoreError) {
        let now = Date()
        try await store.setPollState(ChannelPollState(condition, detail: detail, at: now), for: channel.id)
        try await store.setStatus("last_poll", now.formatted(.iso8601))
        try await store.record(EngineEvent(.pollStatus, channelID: channel.id, detail: detail))
    }

    /// The verdict for a message with no text (embeds, stickers).
    static let noText = Verdict(intent: .other, action: .allow, reason: "This message has no text to judge.",
                                reasoning: "No text: embeds or stickers only; not classified.", confidence: 1,
                                classifier: "none", classifierVersion: "")

    // MARK: Executing

    /// Schedules qualifying auto actions, resumes claims left by dead
    /// processes, and executes everything due. Returns what ran.
    @discardableResult
    public func executeDue(now: Date = Date()) async -> [Suggestion] {
        await executeDue(now: now, stoppingOn: nil)
    }

    /// `executeDue`, claiming no further action once `stop` is raised.
    func executeDue(now: Date = Date(), stoppingOn stop: StopSignal?) async -> [Suggestion] {
        var ran: [Suggestion] = []
        do {
            let auto = try await autoEnabled()
            if auto {
                // The store says auto mode is on, whoever turned it on: this engine's rules decide what qualifies.
                var rules = settings.auto
                rules.enabled = true
                // Without a jobs channel a move would only delete the post: auto mode leaves moves to a moderator.
                // A verdict auto mode declined stays declined (this engine's rules do
                // not change), so each pending row is decoded once, not every round.
                let undeclined = try await store.unscheduledIDs().filter { !autoDeclined.contains($0) }
                for chunk in stride(from: 0, to: undeclined.count, by: 500).map({ Array(undeclined[$0..<min($0 + 500, undeclined.count)]) }) {
                    for suggestion in try await store.suggestions(chunk) {
                        guard rules.accepts(suggestion.verdict), !(suggestion.verdict.action == .move && configuration.jobsChannel == nil) else {
                            autoDeclined.insert(suggestion.id)
                            continue
                        }
                        // Takes only while auto mode is still on: an `auto off` meanwhile wins.
                        try await store.schedule(suggestion.id, dueAt: now.addingTimeInterval(settings.auto.grace.seconds),
                                                 dryRun: settings.dryRun, now: now)
                    }
                }
            }
            for orphan in try await store.orphanedClaims(isAlive: ProcessIdentity.isAlive, now: now) {
                if stop?.isRaised == true { break }
                guard let claimed = try await store.claim(orphan.id, from: [orphan.state], to: orphan.state, holder: holder,
                                                          orphanOf: orphan.holder) else { continue }
                let executor = try await makeExecutor()
                ran.append(orphan.state == .undoing ? try await executor.undo(claimed, moderator: claimed.decidedBy ?? settings.moderator)
                                                    : try await executor.execute(claimed))
            }
            for due in try await store.dueIDs(now: now) {
                if stop?.isRaised == true { break }
                if due.from == .pending, !auto { continue }
                guard let claimed = try await store.claim(due.id, from: [due.from], holder: holder, now: now) else { continue }
                ran.append(try await makeExecutor().execute(claimed))
            }
        } catch {
            try? await store.record(EngineEvent(.failed, detail: "\(error)"))
        }
        return ran
    }

    /// Auto mode is shared by every engine on the store: the last `--auto`
    /// start or console toggle decides, so a console never shows MANUAL while
    /// a headless engine acts on its own.
    public func autoEnabled() async throws(StoreError) -> Bool {
        try await store.autoMode().enabled
    }

    /// An executor for this engine's settings, logged in (the first time) to act on Discord.
    func makeExecutor() async throws(EngineError) -> Executor {
        let botID = try await loggedIn()
        var names: [Snowflake: String] = [:]
        do {
            for channel in try await store.channels() { names[channel.id] = channel.name }
        } catch {
            throw EngineError(error.description)
        }
        let context = PlanContext(jobsChannel: configuration.jobsChannel, auditChannel: configuration.auditChannel, channelNames: names,
                                  templates: settings.messages, moderator: settings.moderator, dryRun: settings.dryRun)
        return Executor(client: client, store: store, botID: botID, context: context,
                        timeoutMinutes: settings.timeoutMinutes, holder: holder)
    }

    // MARK: Stopping for good

    /// Why this engine has stopped acting for good, nil while it can act.
    /// Each loop (polling, executing) checks it; the headless run exits non-zero on it.
    public nonisolated var fatalProblem: FatalProblem? {
        client.isStopped ? .tokenRejected : nil
    }

    /// A decision that would move a post when there is no jobs channel to move
    /// it to: the post would only be deleted, and its author told it was moved.
    func moveRefusal(_ suggestion: Suggestion, _ decision: Decision) -> EngineError? {
        guard configuration.jobsChannel == nil else { return nil }
        let action: ModerationAction?
        switch decision {
        case .approve: action = suggestion.action
        case .override(let chosen): action = chosen
        case .dismiss, .veto: action = nil
        }
        guard action == .move else { return nil }
        return EngineError("cannot move suggestion \(suggestion.id): no jobs channel is configured, so a move would only delete the post "
                           + "and tell its author it was moved; flag it instead, or set DISCORD_JOBS_CHANNEL_ID (or discord.jobs_channel) and start again")
    }

    // MARK: Running

    /// Polls every `pollInterval` and executes due work every half second,
    /// on two loops of their own, so a backlog of actions never holds up
    /// polling, until cancelled. Then the poll under way finishes, and of the
    /// executions only the action in flight: the rest stay due (they are
    /// claimed one at a time) for the next engine. Last it gives up the lease
    /// so another engine takes over.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.pollLoop() }
            group.addTask { await self.executeLoop() }
        }
        // The store refuses work from a cancelled task; the hand-over runs in one of its own.
        await Task { await self.relinquish() }.value
    }

    /// One poll cycle every `pollInterval`, each in a task of its own so a stop
    /// request lets it finish its writes instead of cutting them short.
    private func pollLoop() async {
        // A rejected token stops both loops: nothing can work until a moderator fixes it.
        while !Task.isCancelled, fatalProblem == nil {
            let started = Date()
            await Task { _ = await self.pollCycle(now: started) }.value
            let rest = settings.pollInterval.seconds - Date().timeIntervalSince(started)
            try? await Task.sleep(for: .seconds(max(rest, 0.05)))
        }
    }

    /// Executes what is due every half second. A stop request is passed to
    /// `executeDue` as a signal, not as cancellation: the action in flight
    /// finishes its journaled steps, and no further one is claimed.
    private func executeLoop() async {
        let stop = StopSignal()
        await withTaskCancellationHandler {
            while !stop.isRaised, fatalProblem == nil {
                _ = await Task { await self.executeDue(stoppingOn: stop) }.value
                try? await Task.sleep(for: .milliseconds(500))
            }
        } onCancel: {
            stop.raise()
        }
    }

    /// Gives the poller lease up, so another engine polls at once (`run --once` ends with it).
    /// It also turns auto mode off again if this engine turned it on.
    public func relinquish() async {
        try? await store.releaseLease(holder: holder)
        if turnedAutoOn, (try? await store.setAutoMode(false)) != nil { turnedAutoOn = false }
    }

    /// Every event stored after `sequence` (default: from now on), as they happen,
    /// from this engine and every other process sharing the store.
    public nonisolated func events(after sequence: Int64? = nil, every interval: Duration = .milliseconds(200)) -> AsyncStream<EngineEvent> {
        let store = self.store
        return AsyncStream { continuation in
            let task = Task {
                var last: Int64
                if let sequence { last = sequence } else { last = (try? await store.lastEventSequence()) ?? 0 }
                while !Task.isCancelled {
                    let batch = (try? await store.events(after: last)) ?? []
                    for event in batch { continuation.yield(event) }
                    if let newest = batch.last?.sequence { last = newest }
                    if batch.isEmpty { try? await Task.sleep(for: interval) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// What stops an engine for good: it cannot act until restarted with a fix.
public enum FatalProblem: Sendable, Hashable, CustomStringConvertible {
    /// Discord answered 401: the client sends nothing more on this token.
    case tokenRejected

    public var description: String {
        switch self {
        case .tokenRejected:
            return "Discord rejected the bot token (401 Unauthorized); the engine stopped and sends nothing more. "
                + "Fix DISCORD_BOT_TOKEN / discord.token_file and start again"
        }
    }
}

/// Why the engine cannot do what was asked, with the fix.
public struct EngineError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
