import Foundation

/// How old a deleted message is, as Discord's extra delete limits count it.
public enum MessageAgeClass: String, Sendable, CaseIterable {
    /// Posted under 10 seconds ago.
    case new
    /// Older than that, up to 14 days.
    case recent
    /// Older than 14 days.
    case old

    /// The class of a message posted at `posted`, at `now`.
    public init(posted: Date, now: Date) {
        let age = now.timeIntervalSince(posted)
        self = age < 10 ? .new : (age < 14 * 86_400 ? .recent : .old)
    }
}

/// Discord's unlisted extra limits on deleting messages, per channel and per
/// message age class, on top of the channel's delete bucket (which counts
/// every delete, whatever the age, and is the one the headers describe).
///
/// A delete beyond its age class's limit is answered 429 with the channel
/// bucket's headers as they stand (its Remaining may be above 0: the refused
/// delete is not counted) and a `retry_after` until the age class's window
/// ends; nothing in an answer before it tells a client that limit. This is
/// the simulator's assumption of how the sub-limits show: Discord documents
/// neither their numbers nor their headers.
///
/// The numbers people have observed differ (eris PR #1173, 2021: 3 per 1 s
/// under 14 days, 30 per 120 s older; discord-api-docs issue #8330, 2026:
/// 5 per 1 s under 10 s, 3 per 0.333 s older, 30 per 4 s over 14 days). The
/// default models only the limit all reports agree is the tight one, messages
/// older than 14 days, at the stricter figure, 30 per 120 s; the other classes
/// have no limit beyond the channel's bucket. Tests set tighter ones.
public struct DeleteAgeLimits: Sendable, Equatable {
    public var new: RateLimit?
    public var recent: RateLimit?
    public var old: RateLimit?

    public init(new: RateLimit? = nil, recent: RateLimit? = nil, old: RateLimit? = nil) {
        self.new = new
        self.recent = recent
        self.old = old
    }

    /// 30 deletes of messages older than 14 days per 120 s in each channel.
    public static let discordLike = DeleteAgeLimits(old: RateLimit(30, per: .seconds(120)))
    /// No limit beyond the channel's delete bucket.
    public static let none = DeleteAgeLimits()

    /// The limit for one age class, nil when there is none.
    public subscript(ageClass: MessageAgeClass) -> RateLimit? {
        switch ageClass {
        case .new: new
        case .recent: recent
        case .old: old
        }
    }
}
