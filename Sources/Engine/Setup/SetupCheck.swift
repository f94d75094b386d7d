import DiscordREST
import Foundation

/// What `modconsole check` found: whether the token works, and for each
/// configured channel whether the bot can do what modconsole needs there.
public struct SetupReport: Sendable {
    /// What modconsole does with a channel; each use needs its own permissions.
    public enum Use: String, Sendable, Hashable, Comparable {
        case watched, jobs, audit
        public static func < (a: Use, b: Use) -> Bool { a.rawValue < b.rawValue }

        /// Watched channels are read and acted on; jobs and audit are posted to.
        public var required: Permissions {
            switch self {
            case .watched: return [.viewChannel, .readMessageHistory, .manageMessages, .addReactions]
            case .jobs, .audit: return [.viewChannel, .sendMessages]
            }
        }
    }

    public struct ChannelResult: Sendable {
        public var id: Snowflake
        public var name: String?
        public var guildID: Snowflake?
        public var uses: [Use]
        public var granted: Permissions
        public var missing: Permissions
        /// Why the channel could not be checked at all (unknown, no access, ...).
        public var error: String?
        public var ok: Bool { error == nil && missing.isEmpty }
        /// "#general (123...)", or the bare id when the name is unknown.
        public var label: String { name.map { "#\($0) (\(id))" } ?? String(describing: id) }
    }

    /// Guild-wide permissions that only the moderator-only escalations need.
    public struct GuildResult: Sendable {
        public var id: Snowflake
        public var name: String
        public var optionalMissing: Permissions
    }

    public enum ContentVisibility: Sendable, Hashable {
        /// Messages from people arrive with their text.
        case visible
        /// Every recent message from a person arrived empty: the Message Content intent is off.
        case appearsOff(sampled: Int)
        /// No recent message from a person to judge by.
        case unknown
    }

    public var apiBase: String
    public var bot: User?
    /// A problem that ended the check early (bad token, unreachable API, no channels).
    public var fatal: String?
    public var channels: [ChannelResult] = []
    public var guilds: [GuildResult] = []
    public var content: ContentVisibility = .unknown
    /// Problems with the configuration itself (jobs channel missing, ...).
    public var configurationProblems: [String] = []
    /// What works now but limits something later (never a failure).
    public var warnings: [String] = []

    /// Everything needed is there.
    public var ok: Bool {
        guard fatal == nil, configurationProblems.isEmpty, channels.allSatisfy(\.ok) else { return false }
        if case .appearsOff = content { return false }
        return true
    }

    /// The optional permissions, for the guild-level escalations.
    public static let optional: Permissions = [.moderateMembers, .banMembers]
}

/// Runs the checks of `modconsole check` against Discord (or the simulator).
public struct SetupCheck: Sendable {
    public let configuration: Configuration
    public let client: DiscordClient

    public init(configuration: Configuration, client: DiscordClient) {
        self.configuration = configuration
        self.client = client
    }

    /// Verifies the token first and stops there when Discord rejects it, so a
    /// wrong token costs one request; then each channel, its guild and the
    /// bot's effective permissions; then whether message content is visible.
    public func run() async -> SetupReport {
        var report = SetupReport(apiBase: configuration.apiBase)
        if configuration.channels.isEmpty {
            report.configurationProblems.append(
                "no channels to watch: set DISCORD_CHANNEL_IDS (comma-separated ids) or add [[channels]] entries")
        }
        if configuration.jobsChannel == nil {
            report.configurationProblems.append("no jobs channel: set DISCORD_JOBS_CHANNEL_ID (or discord.jobs_channel); "
                                                + "job posts are moved there, and without it moves are refused (a move would only delete the post)")
        }
        if configuration.auditChannel == nil {
            report.configurationProblems.append("no audit channel: set DISCORD_AUDIT_CHANNEL_ID (every action is reported there)")
        }
        let bot: User
        do {
            bot = try await client.currentUser()
        } catch {
            report.fatal = error.description
            return report
        }
        report.bot = bot

        var uses: [Snowflake: Set<SetupReport.Use>] = [:]
        var order: [Snowflake] = []
        func add(_ id: Snowflake?, _ use: SetupReport.Use) {
            guard let id else { return }
            if uses[id] == nil { order.append(id) }
            uses[id, default: []].insert(use)
        }
        configuration.channels.forEach { add($0.id, .watched) }
        add(configuration.jobsChannel, .jobs)
        add(configuration.auditChannel, .audit)

        var guildContext: [Snowflake: (guild: Guild, member: Member)] = [:]
        var contentSamples: [Message] = []
        for id in order {
            let channelUses = uses[id, default: []].sorted()
            let required = channelUses.reduce(Permissions()) { $0.union($1.required) }
            var result = SetupReport.ChannelResult(id: id, name: nil, guildID: nil, uses: channelUses,
                                                   granted: [], missing: required, error: nil)
            do {
                let channel = try await client.channel(id)
                result.name = channel.name
                result.guildID = channel.guildID
                guard let guildID = channel.guildID else {
                    result.error = "not a guild channel"
                    report.channels.append(result)
                    continue
                }
                let context: (guild: Guild, member: Member)
                if let known = guildContext[guildID] {
                    context = known
                } else {
                    context = (try await client.guild(guildID), try await client.member(guildID, user: bot.id))
                    guildContext[guildID] = context
                }
                let (guild, member) = context
                result.granted = Permissions.effective(
                    guildID: guildID, roles: guild.roles, memberID: bot.id, memberRoles: member.roles,
                    ownerID: guild.ownerID, overwrites: channel.permissionOverwrites)
                result.missing = required.subtracting(result.granted)
                if channelUses.contains(.watched), !result.granted.contains(.sendMessages) {
                    // Undoing a move or a delete posts the message back where it was.
                    report.warnings.append("#\(channel.name ?? id.description) (\(id)): the bot lacks Send Messages, "
                                           + "so undoing a move or delete cannot repost there; grant it Send Messages")
                }
                if channelUses.contains(.watched), result.granted.isSuperset(of: [.viewChannel, .readMessageHistory]) {
                    contentSamples += try await client.messages(in: id, .latest, limit: 20)
                }
            } catch {
                result.error = Self.explain(error, channel: id)
                if case .invalidToken = error {
                    report.fatal = error.description
                    report.channels.append(result)
                    return report
                }
            }
            report.channels.append(result)
        }
        for (guildID, context) in guildContext.sorted(by: { $0.key < $1.key }) {
            let base = Permissions.base(guildID: guildID, roles: context.guild.roles, memberID: bot.id,
                                        memberRoles: context.member.roles, ownerID: context.guild.ownerID)
            report.guilds.append(.init(id: guildID, name: context.guild.name,
                                       optionalMissing: SetupReport.optional.subtracting(base)))
        }
        report.content = Self.contentVisibility(contentSamples, botID: bot.id)
        return report
    }

    /// Judges the Message Content intent from recent messages the way
    /// Discord (and the simulator) withholds: without the intent a person's
    /// text, attachments, embeds and a forward's text all arrive empty, except
    /// on messages that mention the bot, which say nothing either way (nor do
    /// they count as seen content, even when their only text is the mention).
    /// Anything else arriving means it is on; every message empty means it is off.
    static func contentVisibility(_ messages: [Message], botID: Snowflake) -> SetupReport.ContentVisibility {
        let telling = messages.filter { $0.isWrittenByPerson && !mentionsBot($0, botID) }
        guard !telling.isEmpty else { return .unknown }
        let arrived = telling.contains { !JudgedContent($0).isEmpty || !$0.embeds.isEmpty }
        return arrived ? .visible : .appearsOff(sampled: telling.count)
    }

    /// Whether Discord shows this message's content to the bot regardless of the intent.
    static func mentionsBot(_ message: Message, _ botID: Snowflake) -> Bool {
        message.mentions.contains { $0.id == botID }
            || message.content.contains("<@\(botID)>") || message.content.contains("<@!\(botID)>")
    }

    static func explain(_ error: DiscordError, channel: Snowflake) -> String {
        switch error.code {
        case .unknownChannel?: return "no such channel (10003): check the id"
        case .missingAccess?: return "the bot cannot see this channel (50001 Missing Access): grant it View Channel"
        default: return error.description
        }
    }
}
