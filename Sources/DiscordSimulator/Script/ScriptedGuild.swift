import Foundation

/// The scripted guild "Swift Dev Hangout": its people, roles, channels and
/// overwrites, built the same way for the same seed.
///
/// The bot `modconsole` holds a managed role with exactly what a moderation
/// bot needs. #mod-log hides from @everyone but lets the bot's role and the
/// Moderator role in. The owner and the moderator outrank the bot, so the bot
/// cannot time them out or ban them, as on a real server.
enum ScriptedGuild {
    static let name = "Swift Dev Hangout"

    /// Text channel names in position order.
    static let textChannels = ["general", "help", "jobs", "showcase", "random", "introductions", "mod-log"]

    static let channelTopics: [String: String] = [
        "general": "Swift, Apple platforms and server-side Swift. Job posts go in #jobs.",
        "help": "Stuck? Post your code, the error, and what you tried.",
        "jobs": "Hiring or looking? Start with [HIRING] or [FOR HIRE]. No crypto, no MLM.",
        "showcase": "Show off what you built. Links to repos welcome.",
        "random": "Off-topic. Be kind.",
        "introductions": "Say hi and tell us what you're building.",
        "mod-log": "Moderation audit trail. Staff only.",
    ]

    /// What part someone plays in the scripted traffic.
    enum Persona: Sendable {
        case owner, moderator, regular, jobPoster, jobSeeker, scammer, troll, otherBot, thisBot
    }

    struct Person: Sendable {
        var username: String
        var globalName: String?
        var persona: Persona
        var dmsClosed = false
    }

    static let botUsername = "modconsole"
    static let welcomeBotUsername = "welcomebot"
    static let webhookName = "GitHub"

    static let people: [Person] = [
        Person(username: "kenji.owner", globalName: "Kenji Mori", persona: .owner),
        Person(username: "mira.mod", globalName: "Mira Sato", persona: .moderator),
        Person(username: "swiftlyjen", globalName: "Jen Alvarez", persona: .regular),
        Person(username: "nil_coalescing", globalName: "Priya Nair", persona: .regular),
        Person(username: "async_anna", globalName: "Anna Berg", persona: .regular),
        Person(username: "kotlin_refugee", globalName: "Dmitri Volkov", persona: .regular),
        Person(username: "xcodebeachball", globalName: "Sam Okafor", persona: .regular),
        Person(username: "pointfree_paul", globalName: "Paul Weiss", persona: .regular, dmsClosed: true),
        Person(username: "vapor_vic", globalName: "Victoria Chen", persona: .regular),
        Person(username: "grace.hopper.fan", globalName: "Grace Liu", persona: .regular, dmsClosed: true),
        Person(username: "segfault_sam", globalName: "Samir Haddad", persona: .regular),
        Person(username: "uikit_kai", globalName: "Kai Nakamura", persona: .regular),
        Person(username: "combine_carla", globalName: "Carla Rossi", persona: .regular),
        Person(username: "ollie_ops", globalName: "Oliver Grant", persona: .regular),
        Person(username: "devon.builds", globalName: "Devon Price", persona: .regular),
        Person(username: "lin_tvos", globalName: "Lin Zhao", persona: .regular),
        Person(username: "yuki_swiftui", globalName: "Yuki Tanaka", persona: .regular),
        Person(username: "ben_ci", globalName: "Ben Adeyemi", persona: .regular),
        Person(username: "core_data_chris", globalName: "Chris Moreau", persona: .regular),
        Person(username: "tomas.dev", globalName: "Tomás Ortega", persona: .regular),
        Person(username: "ferris_curious", globalName: "Ayla Demir", persona: .regular),
        Person(username: "metal_mo", globalName: "Mohammed Saleh", persona: .regular),
        Person(username: "hannah_a11y", globalName: "Hannah Kowalski", persona: .regular),
        Person(username: "rafael_rx", globalName: "Rafael Lima", persona: .regular),
        Person(username: "recruiter_rachel", globalName: "Rachel Kim | TalentBridge", persona: .jobPoster),
        Person(username: "cto_at_tidepool", globalName: "Marcus Webb", persona: .jobPoster),
        Person(username: "hiring_iris", globalName: "Iris Novak", persona: .jobPoster),
        Person(username: "junior_jay", globalName: "Jay Patel", persona: .jobSeeker),
        Person(username: "bootcamp_bella", globalName: "Bella Moreno", persona: .jobSeeker),
        Person(username: "open2work_omar", globalName: "Omar Farouk", persona: .jobSeeker),
        Person(username: "crypto_careers_hr", globalName: "Crypto Careers HR", persona: .scammer),
        Person(username: "nitro_drops", globalName: "Nitro Drops 🎁", persona: .scammer),
        Person(username: "airdrop_admin_", globalName: "Airdrop Admin", persona: .scammer),
        Person(username: "emma_fx_mentor", globalName: "Emma | FX Mentor", persona: .scammer),
        Person(username: "glitch_gremlin", globalName: "g̷l̷i̷t̷c̷h̷", persona: .troll),
        Person(username: "totally_legit_user", globalName: "Discord Staff", persona: .troll),
        Person(username: welcomeBotUsername, globalName: nil, persona: .otherBot),
        Person(username: botUsername, globalName: nil, persona: .thisBot),
    ]

    static func usernames(_ persona: Persona) -> [String] {
        people.filter { $0.persona == persona }.map(\.username)
    }

    // Guild permission sets.
    private static let everyonePermissions: UInt64 = [0, 6, 10, 11, 14, 15, 16, 18, 20, 21, 26, 31, 35, 38]
        .reduce(0) { $0 | 1 << UInt64($1) }
    private static let moderatorPermissions: UInt64 = DiscordPermission.mask([
        .kickMembers, .banMembers, .manageMessages, .mentionEveryone, .moderateMembers,
    ]) | 1 << 7 | 1 << 22 | 1 << 27
    static let botRolePermissions: UInt64 = DiscordPermission.mask([
        .viewChannel, .sendMessages, .manageMessages, .readMessageHistory, .addReactions,
        .moderateMembers, .banMembers,
    ])

    /// Builds the guild. Ids are made from fixed, seed-shifted creation times, so
    /// the same seed always gives the same ids.
    static func build(seed: UInt64, now: Date) -> GuildState {
        var random = SeededRandom(seed: seed, stream: 1)
        let founded = Date(timeIntervalSince1970: 1_623_171_600) // 2021-06-08T17:00:00Z
            .addingTimeInterval(Double(Int.random(in: 0..<43_200, using: &random)) * 60)
        func id(_ date: Date, _ increment: UInt64 = 0) -> String {
            String(Snowflake.make(at: date, increment: increment))
        }

        let guildID = id(founded)
        var users: [SimUser] = []
        for (index, person) in people.enumerated() {
            let created: Date
            if person.persona == .thisBot {
                created = Date(timeIntervalSince1970: 1_736_500_000) // January 2025
            } else {
                let days = Double(Int.random(in: 0..<2_900, using: &random))
                created = Date(timeIntervalSince1970: 1_451_606_400).addingTimeInterval(days * 86_400)
            }
            users.append(SimUser(
                id: id(created, UInt64(index) << 12 | UInt64.random(in: 0..<4_096, using: &random)),
                username: person.username,
                globalName: person.globalName,
                isBot: person.persona == .otherBot || person.persona == .thisBot,
                dmsClosed: person.dmsClosed
            ))
        }
        func userID(_ username: String) -> String { users.first { $0.username == username }!.id }

        let botUserID = userID(botUsername)
        let roleTime = founded.addingTimeInterval(60)
        let botRoleID = id(Date(timeIntervalSince1970: 1_736_500_600), 1)
        let moderatorRoleID = id(roleTime, 2)
        let regularRoleID = id(roleTime, 3)
        let emojiTime = founded.addingTimeInterval(3_600)

        var state = GuildState(
            guild: SimGuild(
                id: guildID,
                name: name,
                ownerID: userID("kenji.owner"),
                systemChannelID: nil,
                emojis: [SimEmoji(id: id(emojiTime, 1), name: "swift_bird"), SimEmoji(id: id(emojiTime, 2), name: "shipit")],
                webhookID: id(founded.addingTimeInterval(400 * 86_400), 7),
                webhookName: webhookName
            ),
            botUserID: botUserID,
            botRoleID: botRoleID
        )

        state.roles = [
            SimRole(id: guildID, name: "@everyone", permissions: everyonePermissions, position: 0),
            SimRole(id: regularRoleID, name: "Regular", permissions: 0, position: 1, color: 0x2ECC71, mentionable: false),
            SimRole(id: botRoleID, name: botUsername, permissions: botRolePermissions, position: 2,
                    managed: true, botID: botUserID),
            SimRole(id: moderatorRoleID, name: "Moderator", permissions: moderatorPermissions, position: 3,
                    color: 0x3498DB, hoist: true, mentionable: true),
        ]

        for user in users {
            state.users[user.id] = user
            state.userOrder.append(user.username)
            let person = people.first { $0.username == user.username }!
            var roles: [String] = []
            switch person.persona {
            case .moderator, .owner: roles = [moderatorRoleID]
            case .thisBot: roles = [botRoleID]
            case .regular where random.chance(0.5): roles = [regularRoleID]
            default: break
            }
            let joined = person.persona == .thisBot
                ? now.addingTimeInterval(-30 * 86_400)
                : founded.addingTimeInterval(Double(Int.random(in: 1..<1_000, using: &random)) * 86_400)
            state.members[user.id] = SimMember(
                userID: user.id, roleIDs: roles, nick: nil, joinedAt: min(joined, now.addingTimeInterval(-86_400))
            )
        }

        let categoryTime = founded.addingTimeInterval(120)
        let communityID = id(categoryTime, 1)
        let staffID = id(categoryTime, 2)
        state.channels[communityID] = SimChannel(id: communityID, kind: .guildCategory, name: "Community", position: 0)
        state.channels[staffID] = SimChannel(id: staffID, kind: .guildCategory, name: "Staff", position: 1)
        state.channelOrder = [communityID]
        for (position, channelName) in textChannels.enumerated() {
            let channelID = id(founded.addingTimeInterval(Double(180 + position * 60)), UInt64(position))
            var channel = SimChannel(
                id: channelID, kind: .guildText, name: channelName, position: position,
                parentID: channelName == "mod-log" ? staffID : communityID,
                topic: channelTopics[channelName]
            )
            if channelName == "mod-log" {
                state.channelOrder.append(staffID)
                let view = DiscordPermission.viewChannel.mask
                channel.overwrites = [
                    PermissionOverwrite(id: guildID, kind: .role, allow: 0, deny: view),
                    PermissionOverwrite(id: moderatorRoleID, kind: .role, allow: view, deny: 0),
                    PermissionOverwrite(
                        id: botRoleID, kind: .role,
                        allow: DiscordPermission.mask([.viewChannel, .sendMessages, .readMessageHistory]), deny: 0
                    ),
                ]
            }
            if channelName == "introductions" { state.guild.systemChannelID = channelID }
            state.channels[channelID] = channel
            state.channelOrder.append(channelID)
        }
        return state
    }
}
