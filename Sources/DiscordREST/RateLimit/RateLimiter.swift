import Foundation

/// Decides when a request may be sent, so that the client never sends one it
/// already knows Discord would refuse with a 429.
///
/// - Buckets are keyed "METHOD template:major" until Discord names them with
///   X-RateLimit-Bucket; from then on, by that hash and the major id.
/// - Requests of one bucket go one at a time: each answer's headers say what
///   is left before the next is sent. When Remaining is 0 the next request
///   waits Reset-After. Different buckets (other channels) proceed in parallel.
/// - A 429 empties the bucket for `retry_after`; a global 429 pauses every bucket.
/// - Message deletes share their channel's bucket, and each age class of them
///   (`Route.ageClass`) may also be held on its own: Discord's extra limits
///   on deleting messages by age show only as 429s, whose headers still
///   describe the channel's bucket. So a 429 on a delete holds that age class
///   in that channel for `retry_after`, and the channel's bucket only as its
///   headers say (for `retry_after` when it sent none): a held age class
///   waits, the other ages go on as the channel's count allows.
/// - A route not yet named by X-RateLimit-Bucket may share a bucket with
///   any of its channel's (or guild's), so its first requests wait out those
///   that are empty.
/// - A request abandoned without an answer (timeout, dropped connection) may
///   still have been counted, now or when it reaches the server, so it is
///   taken as spent: the bucket loses one request until its reset, and every
///   answer for a window from then on is read as saying one request less, so
///   the next request waits instead of drawing a 429.
/// - A sliding one-second window keeps the whole client under the global
///   limit. Each request counts from the moment its answer arrives (the
///   server counted it somewhere between sending and answering, so that is
///   the safe end), and counts for as long as it is in flight.
/// - 401, 403 and 429 answers (except scope `shared`) are counted over ten
///   minutes; past the budget, sending stops until the window frees up.
/// - With a `RateLimitPersistence`, what earlier processes learnt (route to
///   bucket, what each bucket has left, a global pause) is loaded before the
///   first request, and what answers teach is saved as they arrive, so a
///   short-lived process does not run into a limit its predecessor found.
actor RateLimiter {
    struct Settings: Sendable {
        var globalPerSecond: Int
        var invalidRequestBudget: Int
        var invalidRequestWindow: Duration
    }

    private struct Bucket {
        var remaining: Int?
        var resetAt: ContinuousClock.Instant?
        /// Why the bucket is empty, for the wait it causes.
        var cause: RateLimitEvent.Cause = .bucketExhausted
        /// The longest Reset-After seen: about the bucket's window.
        var window: Duration?
        /// Abandoned requests the server may count without saying so, by when
        /// that can no longer matter (a window after they were abandoned).
        var doubtful: [ContinuousClock.Instant] = []

        /// The bucket after an answer saying `remaining` for `resetAfter` more:
        /// the requests still in doubt are taken as counted on top of it.
        func answered(remaining: Int, resetAfter: Duration, now: ContinuousClock.Instant,
                      cause: RateLimitEvent.Cause = .bucketExhausted) -> Bucket {
            let doubtful = doubtful.filter { $0 > now }
            return Bucket(remaining: max(remaining - doubtful.count, 0), resetAt: now.advanced(by: resetAfter), cause: cause,
                          window: max(window ?? resetAfter, resetAfter), doubtful: doubtful)
        }
    }

    private let settings: Settings
    private let clock = ContinuousClock()
    private let onWait: @Sendable (RateLimitEvent) -> Void
    private var hashes: [String: String] = [:]
    private var buckets: [String: Bucket] = [:]
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var globalResumeAt: ContinuousClock.Instant?
    /// The global window: for each request, when its answer came (nil while in flight).
    private var globalSlots: [Int: ContinuousClock.Instant?] = [:]
    private var nextSlot = 0
    private var invalidAnswers: [ContinuousClock.Instant] = []
    private let persistence: (any RateLimitPersistence)?
    private var loading: Task<RateLimitState, Never>?
    private var loaded = false
    /// Learnt since the last save; saved by whichever answer finds no save running.
    private var unsaved = RateLimitState()
    private var saving = false
    /// Callers whose changes a running save is taking; resumed when it has.
    private var saveWaiters: [CheckedContinuation<Void, Never>] = []

    init(settings: Settings, persistence: (any RateLimitPersistence)? = nil,
         onWait: @escaping @Sendable (RateLimitEvent) -> Void) {
        self.settings = settings
        self.persistence = persistence
        self.onWait = onWait
    }

    private func bucketID(_ route: Route) -> String {
        (hashes[route.routeKey] ?? route.routeKey) + route.majorSuffix
    }

    /// A reservation for one request: its bucket, its place in the global
    /// window, and for a delete the hold of its age class.
    struct Ticket: Sendable {
        var bucket: String
        var slot: Int
        var ageHold: String?
    }

    /// Waits until `route` may be sent and reserves its bucket and a place in
    /// the global window. Pass the ticket to `complete` or `abandon`.
    func acquire(_ route: Route) async throws(DiscordError) -> Ticket {
        await loadPersisted()
        try checkInvalidBudget()
        var id = bucketID(route)
        var ageHold = route.ageHoldKey()
        while true {
            // An age class held by a 429 waits without taking the channel's bucket, so the other ages go on meanwhile.
            if let ageHold, let reset = heldUntil(ageHold) {
                onWait(RateLimitEvent(route: route.description, wait: clock.now.duration(to: reset), cause: .tooManyRequests))
                guard await sleep(until: reset) else { throw .transport(.cancelled, host: "") }
            } else if busy.contains(id) {
                await withCheckedContinuation { waiting[id, default: []].append($0) }
            } else {
                break
            }
            id = bucketID(route)
            ageHold = route.ageHoldKey()
        }
        busy.insert(id)

        if let bucket = buckets[id], let remaining = bucket.remaining, remaining <= 0, let reset = bucket.resetAt {
            let wait = clock.now.duration(to: reset)
            if wait > .zero {
                onWait(RateLimitEvent(route: route.description, wait: wait, cause: bucket.cause))
                guard await sleep(until: reset) else { release(id); throw .transport(.cancelled, host: "") }
            }
            buckets[id]?.remaining = nil  // refilled; the next answer says by how much
        }
        if hashes[route.routeKey] == nil, let (reset, cause) = emptySibling(of: route, besides: id) {
            onWait(RateLimitEvent(route: route.description, wait: clock.now.duration(to: reset), cause: cause))
            guard await sleep(until: reset) else { release(id); throw .transport(.cancelled, host: "") }
        }
        while let resume = globalResumeAt, resume > clock.now {
            onWait(RateLimitEvent(route: route.description, wait: clock.now.duration(to: resume), cause: .globalPause))
            guard await sleep(until: resume) else { release(id); throw .transport(.cancelled, host: "") }
        }
        var reported = false
        while true {
            let now = clock.now
            globalSlots = globalSlots.filter { _, answered in answered.map { $0.duration(to: now) < .seconds(1) } ?? true }
            guard globalSlots.count >= settings.globalPerSecond else { break }
            // Full: wait for the oldest answered request to leave the window,
            // or briefly, when only requests in flight fill it.
            let resume = globalSlots.values.compactMap { $0 }.min().map { $0.advanced(by: .seconds(1)) }
                ?? now.advanced(by: .milliseconds(10))
            if !reported {
                onWait(RateLimitEvent(route: route.description, wait: now.duration(to: resume), cause: .globalPace))
                reported = true
            }
            guard await sleep(until: resume) else { release(id); throw .transport(.cancelled, host: "") }
        }
        let slot = nextSlot
        nextSlot += 1
        globalSlots[slot] = .some(nil)
        return Ticket(bucket: id, slot: slot, ageHold: ageHold)
    }

    /// Routes may share a bucket (GET one message and GET the channel's
    /// messages do on Discord), and only an answer's X-RateLimit-Bucket says
    /// so. Until a route's first answer has named its bucket, it waits out any
    /// empty bucket of the same channel or guild: the latest such reset, or
    /// nil when none is empty. Only a route's first requests can wait here.
    private func emptySibling(of route: Route, besides id: String) -> (ContinuousClock.Instant, RateLimitEvent.Cause)? {
        let now = clock.now
        return buckets.filter { key, bucket in
            key != id && key.hasSuffix(route.majorSuffix) && bucket.remaining == 0 && (bucket.resetAt ?? now) > now
        }.compactMap { _, bucket in bucket.resetAt.map { ($0, bucket.cause) } }.max { $0.0 < $1.0 }
    }

    /// Until when a 429 holds the age class `key`; nil when it does not (any more).
    private func heldUntil(_ key: String) -> ContinuousClock.Instant? {
        guard let hold = buckets[key], hold.remaining == 0, let reset = hold.resetAt, reset > clock.now else { return nil }
        return reset
    }

    /// Records what an answer said about its bucket, releases the bucket, and
    /// for a 429 returns how long Discord asked to wait.
    @discardableResult
    func complete(_ ticket: Ticket, route: Route, response: HTTPResponse) async -> Duration? {
        let id = ticket.bucket
        let headers = RateLimitHeaders(response)
        let now = clock.now
        globalSlots[ticket.slot] = now
        var target = id
        if let hash = headers.bucket, hashes[route.routeKey] != hash {
            hashes[route.routeKey] = hash
            target = hash + route.majorSuffix
            unsaved.routes[route.routeKey] = hash
        }
        // What this bucket knew, under its old key if the answer just named it.
        let known = buckets[target] ?? buckets[id] ?? Bucket()
        if let remaining = headers.remaining, let resetAfter = headers.resetAfter {
            let bucket = known.answered(remaining: remaining, resetAfter: .seconds(resetAfter), now: now)
            buckets[target] = bucket
            unsaved.buckets[target] = .init(remaining: bucket.remaining ?? 0, resetAt: Date().addingTimeInterval(resetAfter))
        }
        if [401, 403].contains(response.status) || (response.status == 429 && headers.scope != "shared") {
            invalidAnswers.append(now)
        }
        var retryAfter: Duration? = nil
        if response.status == 429 {
            let wait = Duration.seconds(max(headers.retryAfter ?? 1, 0))
            retryAfter = wait
            // The wait is reported by `acquire` when a request actually makes it.
            let wallResume = Date().addingTimeInterval(Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18)
            if headers.isGlobal || headers.isCloudflare {
                let resume = now.advanced(by: wait)
                globalResumeAt = max(globalResumeAt ?? resume, resume)
                unsaved.globalResumeAt = max(unsaved.globalResumeAt ?? wallResume, wallResume)
            } else if let ageHold = ticket.ageHold {
                // The age class waits out retry_after; the channel's bucket took the headers above, if they came.
                buckets[ageHold] = Bucket(remaining: 0, resetAt: now.advanced(by: wait), cause: .tooManyRequests)
                unsaved.buckets[ageHold] = .init(remaining: 0, resetAt: wallResume)
                if headers.remaining == nil || headers.resetAfter == nil {
                    buckets[target] = known.answered(remaining: 0, resetAfter: wait, now: now, cause: .tooManyRequests)
                    unsaved.buckets[target] = .init(remaining: 0, resetAt: wallResume)
                }
            } else {
                buckets[target] = known.answered(remaining: 0, resetAfter: wait, now: now, cause: .tooManyRequests)
                unsaved.buckets[target] = .init(remaining: 0, resetAt: wallResume)
            }
        }
        release(id)
        if target != id { release(target) }
        await savePersisted()
        return retryAfter
    }

    /// Takes in, once, what earlier processes saved; what this process has
    /// learnt already wins, and expired entries are ignored.
    private func loadPersisted() async {
        guard !loaded, let persistence else { return }
        let task = loading ?? Task { await persistence.load() }
        loading = task
        let state = await task.value
        guard !loaded else { return }
        loaded = true
        let now = clock.now, wallNow = Date()
        func instant(_ date: Date) -> ContinuousClock.Instant { now.advanced(by: .seconds(date.timeIntervalSince(wallNow))) }
        hashes.merge(state.routes) { own, _ in own }
        for (id, bucket) in state.buckets where bucket.resetAt > wallNow && buckets[id] == nil {
            buckets[id] = Bucket(remaining: bucket.remaining, resetAt: instant(bucket.resetAt))
        }
        if let resume = state.globalResumeAt, resume > wallNow {
            globalResumeAt = max(globalResumeAt ?? instant(resume), instant(resume))
        }
    }

    /// Saves what was learnt and returns once it is kept: while a save runs,
    /// later changes gather, the running save takes them too, and their
    /// callers wait for it. A caller that returned early could let a
    /// short-lived process exit with its last answer unsaved, and the next
    /// process would walk into the 429 this one foresaw.
    private func savePersisted() async {
        guard let persistence else { return }
        if saving {
            await withCheckedContinuation { saveWaiters.append($0) }
            return
        }
        saving = true
        while !unsaved.isEmpty {
            let changes = unsaved
            unsaved = RateLimitState()
            await persistence.save(changes)
        }
        saving = false
        let waiters = saveWaiters
        saveWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Releases a request that never got an answer. It may have been counted,
    /// or may be when it reaches the server, so it is taken as spent: one
    /// request less until the bucket's reset, and one less in each answer for
    /// a window from now (see `Bucket.doubtful`). Saved like an answer, so a
    /// process that starts next knows it too.
    func abandon(_ ticket: Ticket) async {
        let id = ticket.bucket
        let now = clock.now
        globalSlots[ticket.slot] = now
        var bucket = buckets[id] ?? Bucket()
        bucket.doubtful = bucket.doubtful.filter { $0 > now } + [now.advanced(by: bucket.window ?? Self.unknownWindow)]
        if let remaining = bucket.remaining, let reset = bucket.resetAt, reset > now {
            let left = max(remaining - 1, 0)
            bucket.remaining = left
            unsaved.buckets[id] = .init(remaining: left, resetAt: Date().addingTimeInterval(now.duration(to: reset).seconds))
        }
        buckets[id] = bucket
        release(id)
        await savePersisted()
    }

    /// How long an abandoned request stays in doubt in a bucket whose window is not known yet.
    static let unknownWindow: Duration = .seconds(1)

    private func release(_ id: String) {
        busy.remove(id)
        for continuation in waiting.removeValue(forKey: id) ?? [] { continuation.resume() }
    }

    private func checkInvalidBudget() throws(DiscordError) {
        let now = clock.now
        invalidAnswers.removeAll { $0.duration(to: now) >= settings.invalidRequestWindow }
        if invalidAnswers.count >= settings.invalidRequestBudget, let oldest = invalidAnswers.first {
            throw .invalidRequestBudgetExhausted(retryAfter: now.duration(to: oldest.advanced(by: settings.invalidRequestWindow)))
        }
    }

    /// Sleeps until `instant`; false when the task was cancelled.
    private func sleep(until instant: ContinuousClock.Instant) async -> Bool {
        do {
            try await clock.sleep(until: instant)
            return true
        } catch {
            return false
        }
    }
}
