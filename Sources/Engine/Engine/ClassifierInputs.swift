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
