import DiscordREST
import Foundation
import GRDB

/// How the last poll of one channel went, for every console's status bar:
/// typed, so no front end reads meaning out of text.
public struct ChannelPollState: Sendable, Hashable {
    public enum Condition: String, Sendable, Hashable, CaseIterable {
        /// New messages were read and judged.
        case ok
        /// Nothing new.
        case idle
        /// New messages arrived without their text: the Message Content intent is off.
        case noContent = "no_content"
        /// The channel could not be read; `detail` says why.
        case error
    }

    public var condition: Condition
    /// What the poll found, or why it failed, in words.
    public var detail: String
    public var at: Date

    public init(_ condition: Condition, detail: String, at: Date = Date()) {
        self.condition = condition
        self.detail = detail
        self.at = at
    }
}

extension Store {
    /// Records how a channel's poll went, replacing the previous state.
    public func setPollState(_ state: ChannelPollState, for channel: Snowflake) async throws(StoreError) {
        var state = state
        state.detail = redactor.clean(state.detail)
        try await write { [state] db in
            try db.execute(sql: """
                INSERT INTO poll_state (channel_id, condition, detail, at) VALUES (?, ?, ?, ?)
                ON CONFLICT(channel_id) DO UPDATE SET condition = excluded.condition, detail = excluded.detail, at = excluded.at
                """, arguments: [channel.sql, state.condition.rawValue, state.detail, state.at.timeIntervalSince1970])
        }
    }

    /// The last poll state of every channel polled so far.
    public func pollStates() async throws(StoreError) -> [Snowflake: ChannelPollState] {
        try await read { db in
            var states: [Snowflake: ChannelPollState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM poll_state") {
                let channel = Snowflake(sql: try row.decoded("channel_id", in: "poll_state"))
                states[channel] = ChannelPollState(try row.decoded("condition", in: "poll_state"), detail: try row.decoded("detail", in: "poll_state"),
                                                   at: try row.decodedDate("at", in: "poll_state"))
            }
            return states
        }
    }
}

extension EngineOverview {
    /// Whether the last poll of some channel failed.
    public var pollFailing: Bool { pollStates.values.contains { $0.condition == .error } }
    /// Whether messages in some channel last arrived without their text (the Message Content intent is off).
    public var contentIntentOff: Bool { pollStates.values.contains { $0.condition == .noContent } }
}
