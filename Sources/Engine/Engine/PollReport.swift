import DiscordREST
import Foundation

/// Something that kept a poll cycle from reading a channel, typed so a
/// front end decides what it means without reading the words.
public struct PollProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Messages in this channel arrived without their text: the Message
        /// Content intent is off. A setting to change, not a failed run.
        case contentIntentOff(Snowflake)
        /// This channel could not be read (access, network, Discord).
        case channel(Snowflake)
        /// The store could not be read or written (a full disk, a damaged file).
        case store(StoreError)
    }

    public var kind: Kind
    /// What happened and how to fix it, in words.
    public var description: String

    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// Whether it fails a one-off run (`run --once` exits 1): everything but
    /// the Message Content intent, which the status bar and stderr warn of.
    public var failsRun: Bool {
        if case .contentIntentOff = kind { return false }
        return true
    }
}

extension ModerationEngine {
    /// What one poll cycle did.
    public struct PollReport: Sendable, Hashable {
        /// False when another engine holds the lease (this one only watches).
        public var polled = false
        public var leaseHolder: String?
        public var newSuggestions = 0
        public var problems: [PollProblem] = []
        /// The first store failure of the cycle, if any: the poll was not
        /// recorded, so the cursor stays and the messages are read again.
        public var storeFailure: StoreError?
    }
}
