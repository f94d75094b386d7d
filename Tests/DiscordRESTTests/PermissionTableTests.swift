import Foundation
import Testing
@testable import DiscordREST

/// The effective-permission algorithm against a table of cases, each a
/// situation a real guild produces.
@Suite struct PermissionTableTests {
    static let guild: Snowflake = 1000
    static let bot: Snowflake = 7
    static let botRole: Snowflake = 2000
    static let modRole: Snowflake = 3000

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var everyone: Permissions = [.viewChannel, .sendMessages, .readMessageHistory, .addReactions]
        var roles: [Snowflake: Permissions] = [:]
        var memberRoles: [Snowflake] = []
        var owner: Snowflake? = 1
        var overwrites: [PermissionOverwrite] = []
        var expectHas: Permissions = []
        var expectLacks: Permissions = []
        var expectAll = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "@everyone role alone", expectHas: [.viewChannel, .sendMessages], expectLacks: [.manageMessages]),
        Case(name: "member role adds Manage Messages", roles: [botRole: [.manageMessages]], memberRoles: [botRole],
             expectHas: [.manageMessages, .viewChannel]),
        Case(name: "a role the member does not hold adds nothing", roles: [modRole: [.manageMessages]], memberRoles: [botRole],
             expectLacks: [.manageMessages]),
        Case(name: "administrator grants everything despite denies", roles: [botRole: [.administrator]], memberRoles: [botRole],
             overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.viewChannel])], expectAll: true),
        Case(name: "the owner holds everything", everyone: [], owner: bot, expectAll: true),
        Case(name: "@everyone overwrite denies sending", overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.sendMessages])],
             expectHas: [.viewChannel], expectLacks: [.sendMessages]),
        Case(name: "role allow beats @everyone deny", roles: [botRole: []], memberRoles: [botRole],
             overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.sendMessages]),
                          PermissionOverwrite(id: botRole, type: .role, allow: [.sendMessages])],
             expectHas: [.sendMessages]),
        Case(name: "role allows beat role denies of other roles", roles: [botRole: [], modRole: []], memberRoles: [botRole, modRole],
             overwrites: [PermissionOverwrite(id: botRole, type: .role, deny: [.manageMessages]),
                          PermissionOverwrite(id: modRole, type: .role, allow: [.manageMessages])],
             expectHas: [.manageMessages]),
        Case(name: "member deny beats role allow", roles: [botRole: []], memberRoles: [botRole],
             overwrites: [PermissionOverwrite(id: botRole, type: .role, allow: [.manageMessages]),
                          PermissionOverwrite(id: bot, type: .member, deny: [.manageMessages])],
             expectLacks: [.manageMessages]),
        Case(name: "member allow beats everything below it", everyone: [.viewChannel],
             overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.sendMessages]),
                          PermissionOverwrite(id: bot, type: .member, allow: [.sendMessages, .manageMessages])],
             expectHas: [.sendMessages, .manageMessages]),
        Case(name: "no View Channel means nothing at all",
             overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.viewChannel])],
             expectLacks: [.viewChannel, .sendMessages, .readMessageHistory, .addReactions]),
        Case(name: "private channel opened to the bot's role", roles: [botRole: []], memberRoles: [botRole],
             overwrites: [PermissionOverwrite(id: guild, type: .role, deny: [.viewChannel]),
                          PermissionOverwrite(id: botRole, type: .role, allow: [.viewChannel, .sendMessages])],
             expectHas: [.viewChannel, .sendMessages]),
        Case(name: "another member's overwrite does not apply", overwrites: [PermissionOverwrite(id: 99, type: .member, deny: [.viewChannel])],
             expectHas: [.viewChannel]),
        Case(name: "overwrite for a role id equal to a member id is still a role", roles: [botRole: []], memberRoles: [],
             overwrites: [PermissionOverwrite(id: bot, type: .role, deny: [.viewChannel])], expectHas: [.viewChannel]),
    ]

    @Test(arguments: cases)
    func effectivePermissions(_ c: Case) {
        var roles = [Role(id: Self.guild, name: "@everyone", permissions: c.everyone)]
        roles += c.roles.map { Role(id: $0.key, name: "role \($0.key)", permissions: $0.value) }
        let result = Permissions.effective(guildID: Self.guild, roles: roles, memberID: Self.bot, memberRoles: c.memberRoles,
                                           ownerID: c.owner, overwrites: c.overwrites)
        if c.expectAll { #expect(result == .all) }
        #expect(result.isSuperset(of: c.expectHas), "has \(result)")
        #expect(result.isDisjoint(with: c.expectLacks), "has \(result)")
    }

    @Test func basePermissionsIgnoreChannelOverwrites() {
        let roles = [Role(id: Self.guild, name: "@everyone", permissions: [.viewChannel]),
                     Role(id: Self.botRole, name: "bot", permissions: [.banMembers])]
        let base = Permissions.base(guildID: Self.guild, roles: roles, memberID: Self.bot, memberRoles: [Self.botRole], ownerID: nil)
        #expect(base == [.viewChannel, .banMembers])
    }

    @Test func decodesDecimalStringsIncludingBitsBeyond64() throws {
        let decoded = try JSONDecoder().decode([Permissions].self, from: Data(#"["8192", "36893488147419103232"]"#.utf8))
        #expect(decoded[0] == .manageMessages)
        #expect(decoded[1] == [], "2^65 keeps only the low 64 bits, none of which are set")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Permissions.self, from: Data(#""12x""#.utf8)) }
    }

    @Test func namesReadLikeDiscordsClient() {
        #expect(Permissions([.manageMessages, .viewChannel]).names == ["View Channel", "Manage Messages"])
    }
}
