import Engine
import Foundation

/// The top line: guild, mode in words, poll state, back-off, lease, the
/// classifier's model, counts, agreement.
enum StatusBarView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, style: .statusBar)
        guard let overview = state.overview else {
            buffer.put(" modconsole · starting the engine…", x: rect.x, y: rect.y, style: .statusBar, limit: rect.width)
            return
        }
        // The mode first: it is the one thing that must never be cut off.
        var left: [Segment] = [Segment(" ", .statusBar), mode(overview)]
        left.append(Segment(" modconsole", .statusBar))
        if let guild = overview.statuses["guild_name"] { left.append(Segment(" · " + guild, .statusBar)) }
        left.append(Segment(" " + poll(overview, state: state), .statusBar))
        if let backOff = overview.backOff { left.append(Segment(" back-off: " + backOff + " ", .statusWarning)) }
        if let intent = overview.statuses["content_intent"], intent != "ok" {
            left.append(Segment(" Message Content intent is off ", .statusWarning))
        }
        // Last on the left, so a narrow terminal drops it first.
        if let model = overview.statuses["classifier"] { left.append(Segment(" · " + Sanitizer.clean(model), .statusBar)) }
        let counts = overview.counts
        var right = "pending \(counts.pending) · done \(counts.done)"
        if counts.failed > 0 { right += " · failed \(counts.failed)" }
        if let rate = counts.agreementRate { right += " · agree \(Clock.percent(rate))" }
        right += " "
        let rightWidth = DisplayWidth.of(right)
        let used = buffer.put(left, x: rect.x, y: rect.y, width: max(rect.width - rightWidth - 1, rect.width / 2))
        if rect.width - used > rightWidth {
            buffer.put(right, x: rect.maxX - rightWidth, y: rect.y, style: .statusBar)
        }
    }

    /// MANUAL, AUTO (with its grace) or DRY-RUN, in words so colour is never the only cue.
    static func mode(_ overview: EngineOverview) -> Segment {
        if overview.dryRun { return Segment(overview.auto.enabled ? " DRY-RUN · AUTO " : " DRY-RUN ", .statusDryRun) }
        if overview.auto.enabled { return Segment(" AUTO \(Int(overview.auto.grace.seconds)) s ", .statusAuto) }
        return Segment(" MANUAL ", .statusManual)
    }

    static func poll(_ overview: EngineOverview, state: ConsoleState) -> String {
        let lease = overview.polling ? "" : " · watching (poller: \(shortHolder(overview.leaseHolder)))"
        guard let last = overview.lastPoll else { return "· waiting for the first poll" + lease }
        let failing = overview.statuses.contains { $0.key.hasPrefix("poll:") && $0.value.hasPrefix("error") }
        return "· poll \(failing ? "FAILING" : "ok") \(state.clock.timeOfDay(last, seconds: true)) (\(Clock.age(state.now.timeIntervalSince(last))) ago)" + lease
    }

    /// "host#pid" without the nonce.
    static func shortHolder(_ holder: String?) -> String {
        guard let holder else { return "none" }
        return holder.split(separator: "#").prefix(2).joined(separator: "#")
    }
}
