import DiscordREST
import Foundation

extension Configuration {
    /// The classifier's input for one message in a channel: the judged text,
    /// the author's name, the channel's name and role, and the guidance this
    /// configuration gives for the channel. The poller and `replay` both
    /// build their inputs here, so a replay judges as the live engine does.
    public func classifierInput(text: String, author: String, in channel: Store.Channel) -> ClassifierInput {
        ClassifierInput(message: text, author: author, channelName: channel.name, channelRole: channel.role,
                        guidance: channels.first { $0.id == channel.id }?.guidance)
    }

    /// The input for a stored message, as the poller builds it: in its
    /// channel as stored, or for a channel the store does not know, as this
    /// configuration and the channel's name say.
    public func classifierInput(for suggestion: Suggestion, channels stored: [Snowflake: Store.Channel]) -> ClassifierInput {
        let channel = stored[suggestion.channelID] ?? Store.Channel(
            id: suggestion.channelID, guildID: suggestion.guildID, name: suggestion.channelName,
            role: Policy.role(configured: channels.first { $0.id == suggestion.channelID }?.role,
                              isJobsChannel: suggestion.channelID == jobsChannel, name: suggestion.channelName))
        return classifierInput(text: suggestion.judged.classifierText, author: suggestion.authorName, in: channel)
    }
}

extension Configuration {
    /// Whether `verdict`, given to a message in `source`, holds for the same
    /// text by the same author in `target`, so the engine may reuse it instead
    /// of asking the classifier again (a cross-post is judged once).
    ///
    /// A channel's role and guidance shape a verdict: a job post is allowed in
    /// the jobs channel, moved from a general one, flagged in a help one. So a
    /// verdict holds in channels of the same role and guidance, and a delete in
    /// every channel of the same guidance, because the policy deletes scams,
    /// phishing and spam in any channel, the jobs channel included
    /// (`Policy.action`, `Signature.defaultModeration`). The channel's name is
    /// not compared: beyond the role it tells, it is no rule of the policy.
    public func verdict(_ verdict: Verdict, from source: Store.Channel, holdsIn target: Store.Channel) -> Bool {
        guard guidance(of: source.id) == guidance(of: target.id) else { return false }
        return source.role == target.role || verdict.action == .delete
    }

    /// A watched channel's configured guidance; none and empty are the same.
    func guidance(of channel: Snowflake) -> String {
        channels.first { $0.id == channel }?.guidance ?? ""
    }
}
