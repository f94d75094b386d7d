import Engine
import Foundation

/// How the queue is arranged for triage: what waits for a moderator comes
/// first, in the order it should be handled, and everything else after it,
/// newest first. Pure, so the order is tested without a terminal.
public enum QueueOrder {
    /// Whether a suggestion waits for a moderator's decision (what `n`, `p` and the triage order mean by pending).
    public static func needsDecision(_ suggestion: Suggestion) -> Bool {
        suggestion.state == .pending || suggestion.state == .failed
    }

    /// The ids of `suggestions` in the order `sort` gives.
    public static func arrange(_ suggestions: [Suggestion], by sort: QueueSort) -> [Int64] {
        let newestFirst: (Suggestion, Suggestion) -> Bool = { ($0.postedAt, $0.id) > ($1.postedAt, $1.id) }
        switch sort {
        case .triage:
            let waiting = suggestions.filter(needsDecision).sorted(by: triagePrecedes)
            let rest = suggestions.filter { !needsDecision($0) }.sorted(by: newestFirst)
            return (waiting + rest).map(\.id)
        case .age:
            return suggestions.sorted(by: newestFirst).map(\.id)
        case .severity:
            return suggestions.sorted { a, b in
                severity(a.action) != severity(b.action) ? severity(a.action) > severity(b.action) : newestFirst(a, b)
            }.map(\.id)
        case .confidence:
            return suggestions.sorted { a, b in a.confidence != b.confidence ? a.confidence > b.confidence : newestFirst(a, b) }.map(\.id)
        case .channel:
            return suggestions.sorted { a, b in
                a.channelName != b.channelName ? a.channelName.localizedStandardCompare(b.channelName) == .orderedAscending : newestFirst(a, b)
            }.map(\.id)
        }
    }

    /// Among items waiting for a decision: auto countdowns first (soonest due
    /// first, a moderator has seconds to veto them), then deletes and other
    /// severe actions, then the rest; failures after the pending; oldest first within each.
    static func triagePrecedes(_ a: Suggestion, _ b: Suggestion) -> Bool {
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb }
        if let da = a.dueAt, let db = b.dueAt, da != db { return da < db }
        return (a.postedAt, a.id) < (b.postedAt, b.id)
    }

    static func rank(_ suggestion: Suggestion) -> Int {
        if suggestion.state == .failed { return 3 }
        if suggestion.dueAt != nil { return 0 }
        return severity(suggestion.action) >= severity(.delete) ? 1 : 2
    }

    /// How much an action does to a member: ban most, allow least.
    public static func severity(_ action: ModerationAction) -> Int {
        switch action {
        case .ban: return 5
        case .timeout: return 4
        case .delete: return 3
        case .flag: return 2
        case .move: return 1
        case .allow: return 0
        }
    }
}
