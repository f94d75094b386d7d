import DiscordREST
import Engine
import Foundation

/// The top line: the mode in words, the counts, the poll state, the
/// rate-limit back-off, the lease, the guild, the classifier's model.
///
/// A narrow terminal drops whole parts, least important first, and never
/// cuts one: the mode stays (or, once the engine stopped for good, that it
/// stopped), then the counts, the poll state, the back-off,
/// the Message Content warning, the lease, the guild, the agreement rate,
/// the model and the program's name; the missing jobs channel goes first.
/// While the store cannot save, that takes the poll state's place.
enum StatusBarView {
    /// One part of the bar and its rank (0 is kept longest).
    struct Part {
        var segments: [Segment]
        var rank: Int
        /// Drawn against the right edge (the counts), else after the mode.
        var right = false
        /// A shorter wording, used before the part is dropped.
        var short: Segment?
        var width: Int { segments.reduce(0) { $0 + DisplayWidth.of($1.text) } }

        init(_ segments: Segment..., rank: Int, right: Bool = false, short: Segment? = nil) {
            self.segments = segments
            self.rank = rank
            self.right = right
            self.short = short
        }
    }

    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, style: .statusBar)
        guard let overview = state.overview else {
            buffer.put(" modconsole" + glyphs.separator + "starting the engine" + glyphs.ellipsis, x: rect.x, y: rect.y, style: .statusBar, limit: rect.width)
            return
        }
        let shown = fit(parts(overview, state: state, glyphs: glyphs), width: rect.width)
        buffer.put([Segment(" ", .statusBar)] + shown.filter { !$0.right }.flatMap(\.segments), x: rect.x, y: rect.y, width: rect.width)
        let right = shown.filter(\.right)
        let rightWidth = right.reduce(0) { $0 + $1.width }
        buffer.put(right.flatMap(\.segments), x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth)
    }

    /// The parts that fit in `width` columns: from the least important up,
    /// each part takes its shorter wording if it has one, else goes whole
    /// (the mode is always kept); then a dropped part that fits in the room
    /// left comes back, the most important first, so no room is wasted.
    static func fit(_ parts: [Part], width: Int) -> [Part] {
        // A column before the mode, two between the left and right parts, one after the counts.
        func used(_ parts: [Part]) -> Int { parts.reduce(4) { $0 + $1.width } }
        var shown = parts
        var dropped: [Part] = []
        while shown.count > 1, used(shown) > width, let worst = shown.indices.max(by: { shown[$0].rank < shown[$1].rank }) {
            if let short = shown[worst].short {
                shown[worst].segments = [short]
                shown[worst].short = nil
            } else {
                dropped.append(shown.remove(at: worst))
            }
        }
        // (The agreement rate only ever beside the counts.)
        for part in dropped.reversed() where used(shown) + part.width <= width && (!part.right || shown.contains(where: \.right)) {
            shown.append(part)
        }
        // In the order drawn, which is the order given.
        return parts.compactMap { part in shown.first { $0.rank == part.rank } }
    }

    /// Every part, in the order drawn.
    static func parts(_ overview: EngineOverview, state: ConsoleState, glyphs: Glyphs) -> [Part] {
        let sep = glyphs.separator
        var left = [modePart(overview, glyphs: glyphs), pollPart(overview, state: state)]
        if let backOff = overview.backOff {
            left.append(Part(Segment(" ", .statusBar), Segment(" " + self.backOff(backOff) + " ", .statusWarning), rank: 3))
        }
        if overview.contentIntentOff {
            left.append(Part(Segment(" ", .statusBar), Segment(" Message Content intent off ", .statusWarning), rank: 4))
        }
        if overview.jobsChannelMissing {
            left.append(Part(Segment(" ", .statusBar), Segment(" no jobs channel: moves refused ", .statusWarning), rank: 10,
                             short: Segment(" no jobs ch ", .statusWarning)))
        }
        if !overview.polling { left.append(Part(Segment(sep + "watching (poller \(shortHolder(overview.leaseHolder)))", .statusBar), rank: 5)) }
        if let guild = overview.statuses["guild_name"] { left.append(Part(Segment(sep + Sanitizer.clean(guild), .statusBar), rank: 6)) }
        if let model = overview.statuses["classifier"] { left.append(Part(Segment(sep + Sanitizer.clean(model), .statusBar), rank: 8)) }
        left.append(Part(Segment(sep + "modconsole", .statusBar), rank: 9))

        let counts = overview.counts
        var tally = "pending \(counts.pending)" + sep + "done \(counts.done)"
        var short = "pend \(counts.pending)" + sep + "done \(counts.done)"
        if counts.failed > 0 {
            tally += sep + "failed \(counts.failed)"
            short += sep + "fail \(counts.failed)"
        }
        var right = [Part(Segment(tally, .statusBar), rank: 1, right: true, short: Segment(short, .statusBar))]
        if let rate = counts.agreementRate { right.append(Part(Segment(sep + "agree \(Clock.percent(rate))", .statusBar), rank: 7, right: true)) }
        return left + right
    }

    /// The mode, or instead, once the engine has stopped for good, that it stopped and why.
    static func modePart(_ overview: EngineOverview, glyphs: Glyphs) -> Part {
        guard overview.fatalProblem == .tokenRejected else { return Part(mode(overview, glyphs: glyphs), rank: 0) }
        return Part(Segment(" STOPPED: token rejected (401) ", .statusWarning), rank: 0)
    }

    /// The poll state, or instead, while the store cannot save what is polled, that it cannot.
    static func pollPart(_ overview: EngineOverview, state: ConsoleState) -> Part {
        guard let failure = overview.storeFailure else { return Part(Segment(" " + poll(overview, state: state), .statusBar), rank: 2) }
        let full = failure.kind == .full
        return Part(Segment(" ", .statusBar), Segment(full ? " STORE NOT SAVING: disk full " : " STORE NOT SAVING ", .statusWarning), rank: 2,
                    short: Segment(full ? " DISK FULL " : " NOT SAVING ", .statusWarning))
    }

    /// MANUAL, AUTO (with its grace) or DRY-RUN, in words so colour is never the only cue.
    static func mode(_ overview: EngineOverview, glyphs: Glyphs) -> Segment {
        if overview.dryRun { return Segment(overview.auto.enabled ? " DRY-RUN\(glyphs.separator)AUTO " : " DRY-RUN ", .statusDryRun) }
        if overview.auto.enabled { return Segment(" AUTO \(Int(overview.auto.grace.seconds)) s ", .statusAuto) }
        return Segment(" MANUAL ", .statusManual)
    }

    /// "poll ok 12s", "poll FAILING", "no poll yet".
    static func poll(_ overview: EngineOverview, state: ConsoleState) -> String {
        guard let last = overview.lastPoll else { return "no poll yet" }
        if overview.pollFailing { return "poll FAILING" }
        return "poll ok " + Clock.shortAge(state.now.timeIntervalSince(last))
    }

    /// "429 wait 2.1s" from the engine's "tooManyRequests on GET /x: waiting 2.10 s".
    static func backOff(_ detail: String) -> String {
        let cause: String
        switch RateLimitEvent.Cause(rawValue: String(detail.prefix { $0 != " " })) {
        case .tooManyRequests?: cause = "429"
        case .globalPause?: cause = "global 429"
        case .bucketExhausted?: cause = "rate limit"
        case .globalPace?: cause = "pacing"
        case nil: cause = "back-off"
        }
        guard let waiting = detail.range(of: "waiting ", options: .backwards),
              let seconds = Double(detail[waiting.upperBound...].prefix { $0.isNumber || $0 == "." }) else { return cause }
        return cause + " wait " + String(format: "%.1fs", seconds)
    }

    /// "host#pid" without the nonce.
    static func shortHolder(_ holder: String?) -> String {
        guard let holder else { return "none" }
        return Sanitizer.clean(holder.split(separator: "#").prefix(2).joined(separator: "#"))
    }
}
