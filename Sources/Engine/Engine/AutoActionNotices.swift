import Foundation

/// One human line for each auto action scheduled and each one run, read from
/// the event stream, so a headless engine in auto mode says in words what it
/// is about to do and how a moderator stops it (`run --headless` prints them
/// on stderr beside the JSON lines). The lines hold names authors chose: a
/// front end sanitises them before they reach a terminal.
public struct AutoActionNotices: Sendable {
    /// The due time each suggestion was last announced with.
    private var announced: [Int64: Date] = [:]
    private let timeFormat: DateFormatter

    public init(timeZone: TimeZone = .current) {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = timeZone
        format.dateFormat = "HH:mm:ss"
        timeFormat = format
    }

    /// The line for `event`, if it schedules or ends an auto action:
    /// "auto: delete suggestion 12 by alice in #general runs at 12:00:30 unless
    /// vetoed (modconsole queue dismiss 12 / x in the console)", or
    /// "auto: delete suggestion 12 by alice in #general ran: done".
    public mutating func line(for event: EngineEvent, in store: Store) async -> String? {
        guard let id = event.suggestionID, [.suggestionChanged, .executed, .failed].contains(event.event),
              let suggestion = try? await store.suggestion(id), suggestion.decidedBy == nil else { return nil }
        let what = "auto: \(suggestion.action.rawValue) suggestion \(id) by \(suggestion.authorName) in #\(suggestion.channelName)"
        switch event.event {
        case .suggestionChanged:
            guard suggestion.state == .pending, let due = suggestion.dueAt, announced[id] != due else { return nil }
            announced[id] = due
            return what + " runs at \(timeFormat.string(from: due)) unless vetoed (modconsole queue dismiss \(id) / x in the console)"
        default:
            announced[id] = nil
            return what + (suggestion.failure.map { " failed: \($0)" } ?? " ran: \(event.detail ?? "done")")
        }
    }
}
