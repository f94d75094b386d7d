import DiscordREST
import Foundation

/// Something the engine did or noticed. Every process sharing a store sees
/// every event: events are rows of the store, tailed by `Store.events`.
/// `modconsole run --headless` prints one per line as JSON.
public struct EngineEvent: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// A new message got a verdict and a suggestion.
        case classified
        /// A suggestion changed state (approved, dismissed, vetoed, claimed ...).
        case suggestionChanged = "suggestion_changed"
        /// A suggestion's action ran on Discord (or in dry run).
        case executed
        /// A suggestion's action could not run; `detail` says why.
        case failed
        /// An action was taken back.
        case undone
        /// A poll of one channel finished, or cannot run; `detail` says how.
        case pollStatus = "poll_status"
        /// Discord asked the client to wait; `detail` says how long and why.
        case rateLimited = "rate_limited"
        /// The poller lease changed hands; `detail` names the holder.
        case lease
    }

    public var event: Kind
    public var at: Date
    public var suggestionID: Int64?
    public var messageID: Snowflake?
    public var channelID: Snowflake?
    public var action: ModerationAction?
    public var state: Suggestion.State?
    public var confidence: Double?
    public var detail: String?
    /// The store row, for tailing; 0 until stored.
    public var sequence: Int64 = 0

    public init(_ event: Kind, at: Date = Date(), suggestion: Suggestion? = nil, channelID: Snowflake? = nil, detail: String? = nil) {
        self.event = event
        self.at = at
        self.suggestionID = suggestion?.id
        self.messageID = suggestion?.messageID
        self.channelID = suggestion?.channelID ?? channelID
        self.action = suggestion?.action
        self.state = suggestion?.state
        self.confidence = suggestion?.confidence
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case event, at, action, state, confidence, detail, sequence
        case suggestionID = "suggestion_id", messageID = "message_id", channelID = "channel_id"
    }

    /// Always writes `event`, `message_id`, `channel_id`, `action` and `state`
    /// (null when they do not apply), so line readers can rely on the keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event, forKey: .event)
        try c.encode(at, forKey: .at)
        try c.encode(messageID, forKey: .messageID)
        try c.encode(channelID, forKey: .channelID)
        try c.encode(action, forKey: .action)
        try c.encode(state, forKey: .state)
        try c.encodeIfPresent(suggestionID, forKey: .suggestionID)
        try c.encodeIfPresent(confidence, forKey: .confidence)
        try c.encodeIfPresent(detail, forKey: .detail)
        try c.encode(sequence, forKey: .sequence)
    }

    /// One line of JSON, keys sorted, times in ISO 8601.
    public var jsonLine: String {
        // Encoding fails only on a value JSON cannot hold (a NaN confidence):
        // say so on the line rather than lose the event or crash.
        guard let data = try? EngineEvent.encoder.encode(self) else {
            return #"{"event":"\#(event.rawValue)","error":"this event could not be written as JSON"}"#
        }
        return String(decoding: data, as: UTF8.self)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
