import DiscordSimulator
import Foundation
import Testing
@testable import DiscordREST

/// Every route the product uses, over real HTTP to the simulator, checked
/// both by what the client returns and by what the simulator recorded.
@Suite struct ClientRoutesTests {
    @Test func currentUserIsTheBotAndRequestsCarryAuthAndUserAgent() async throws {
        try await withSimulator { sim, client in
            let me = try await client.currentUser()
            #expect(me.bot && me.id.description == sim.botUserID)
            let request = try #require(sim.recordedRequests().last)
            #expect(request.headers["authorization"] == "Bot \(sim.botToken)")
            #expect(request.headers["user-agent"]?.hasPrefix("DiscordBot (https://") == true)
            #expect(request.headers["user-agent"]?.hasSuffix(", \(ModconsoleInfo.version))") == true)
        }
    }

    @Test func channelGuildRolesChannelsAndMember() async throws {
        try await withSimulator { sim, client in
            let general = try await client.channel(try sim.channel("general"))
            #expect(general.name == "general" && general.type == 0)
            let guildID = try #require(general.guildID)
            #expect(guildID.description == sim.guildID)
            let guild = try await client.guild(guildID)
            #expect(guild.roles.contains { $0.id == guildID }, "the @everyone role has the guild's id")
            let roles = try await client.roles(guildID)
            #expect(Set(roles.map(\.id)) == Set(guild.roles.map(\.id)))
            let channels = try await client.guildChannels(guildID)
            #expect(Set(["general", "help", "jobs", "mod-log"]).isSubset(of: Set(channels.compactMap(\.name))))
            let me = try await client.currentUser()
            let member = try await client.member(guildID, user: me.id)
            #expect(!member.roles.isEmpty && member.user?.id == me.id)
        }
    }

    @Test func effectivePermissionsOfTheBotComeFromTheLiveGuild() async throws {
        try await withSimulator { sim, client in
            let me = try await client.currentUser()
            let modLog = try await client.channel(try sim.channel("mod-log"))
            let permissions = try await client.botPermissions(in: modLog, botID: me.id)
            #expect(permissions.isSuperset(of: [.viewChannel, .sendMessages]), "mod-log hides from @everyone but not the bot")
            sim.setBotPermissions(channel: modLog.id.description, allow: 0, deny: Permissions.sendMessages.rawValue)
            let after = try await client.botPermissions(in: try await client.channel(modLog.id), botID: me.id)
            #expect(!after.contains(.sendMessages) && after.contains(.viewChannel))
        }
    }

    @Test func messagesReadNewestFirstAndOneByID() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let ids = (1...5).map { sim.postMessage("message \($0)", author: author, channel: channel.description) }
            let latest = try await client.messages(in: channel, .latest, limit: 3)
            #expect(latest.map(\.id.description) == Array(ids.reversed().prefix(3)))
            let before = try await client.messages(in: channel, .before(Snowflake(ids[2])!), limit: 10)
            #expect(before.map(\.id.description) == [ids[1], ids[0]])
            let around = try await client.messages(in: channel, .around(Snowflake(ids[2])!), limit: 3)
            #expect(Set(around.map(\.id.description)) == Set(ids[1...3]))
            let one = try await client.message(in: channel, id: Snowflake(ids[4])!)
            #expect(one.content == "message 5" && one.author.id.description == author)
        }
    }

    @Test func pagingForwardCollectsEvery250NewMessagesInOrder() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let cursor = Snowflake(sim.postMessage("before the burst", author: author, channel: channel.description))!
            let burst = (1...250).map { sim.postMessage("burst \($0)", author: author, channel: channel.description) }
            sim.clearRecord()
            let fetched = try await client.messages(in: channel, after: cursor)
            #expect(fetched.map(\.id.description) == burst, "all 250, oldest first, none twice")
            let pages = sim.requests("GET", containing: "/channels/\(channel)/messages")
            #expect(pages.count == 3, "100 + 100 + 50")
            #expect(pages.allSatisfy { $0.query["limit"] == "100" && $0.query["after"] != nil })
            #expect(try await client.messages(in: channel, after: Snowflake(burst.last!)!).isEmpty)
        }
    }

    @Test func createMessagePingsNobodyByDefault() async throws {
        try await withSimulator { sim, client in
            let jobs = try sim.channel("jobs")
            let sent = try await client.createMessage(in: jobs, NewMessage(content: "Moved from #general: <@1> @everyone hiring"))
            #expect(sent.channelID == jobs && sent.author.bot)
            let request = try #require(sim.requests("POST", containing: "/channels/\(jobs)/messages").last)
            #expect(request.headers["content-type"] == "application/json")
            let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            let mentions = try #require(body["allowed_mentions"] as? [String: Any])
            #expect((mentions["parse"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func contentOverTheLimitIsRefusedBeforeSending() async throws {
        try await withSimulator { sim, client in
            sim.clearRecord()
            await #expect(throws: DiscordError.self) {
                try await client.createMessage(in: try sim.channel("jobs"), NewMessage(content: String(repeating: "x", count: 2001)))
            }
            #expect(sim.recordedRequests().isEmpty)
        }
    }

    @Test func deleteCarriesTheAuditReasonAndAMissingMessageIsUnknownMessage() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let id = Snowflake(sim.postMessage("scam", author: author, channel: channel.description))!
            try await client.deleteMessage(in: channel, id: id, reason: "modconsole: deleted by ana — phishing link")
            let request = try #require(sim.requests("DELETE", containing: "/messages/\(id)").last)
            #expect(request.status == 204)
            #expect(request.headers["x-audit-log-reason"] == "modconsole%3A%20deleted%20by%20ana%20%E2%80%94%20phishing%20link")
            #expect(sim.snapshot().deletedMessageIDs.contains(id.description))
            let error = await #expect(throws: DiscordError.self) { try await client.deleteMessage(in: channel, id: id) }
            #expect(error?.code == .unknownMessage && error?.status == 404)
        }
    }

    @Test func bulkDeleteSendsIdsAndChecksLimitsFirst() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let ids = (1...3).map { Snowflake(sim.postMessage("spam \($0)", author: author, channel: channel.description))! }
            try await client.bulkDelete(in: channel, ids: ids, reason: "spam wave")
            #expect(Set(sim.snapshot().deletedMessageIDs).isSuperset(of: ids.map(\.description)))
            sim.clearRecord()
            let old = Snowflake(sim.postMessage("ancient", author: author, channel: channel.description,
                                                at: Date().addingTimeInterval(-15 * 86_400)))!
            let recent = Snowflake(sim.postMessage("recent", author: author, channel: channel.description))!
            for bad in [[recent], [recent, recent], [old, recent], Array(repeating: recent, count: 101)] {
                let error = await #expect(throws: DiscordError.self) { try await client.bulkDelete(in: channel, ids: bad) }
                guard case .invalidRequest = error else { Issue.record("expected a client-side refusal, got \(String(describing: error))"); continue }
            }
            #expect(sim.recordedRequests().isEmpty, "nothing Discord would refuse was sent")
        }
    }

    @Test func reactionsAreSentPercentEncodedAndRemoved() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let id = Snowflake(sim.postMessage("hmm", author: author, channel: channel.description))!
            try await client.addReaction(in: channel, message: id, emoji: "⚠️")
            let put = try #require(sim.requests("PUT", containing: "/reactions/").last)
            #expect(put.path.hasSuffix("/reactions/%E2%9A%A0%EF%B8%8F/@me") && put.status == 204)
            #expect(sim.snapshot().messages(in: channel.description).first { $0.id == id.description }?.botReactions == ["⚠️"])
            try await client.removeOwnReaction(in: channel, message: id, emoji: "⚠️")
            #expect(sim.snapshot().messages(in: channel.description).first { $0.id == id.description }?.botReactions == [])
        }
    }

    @Test func directMessagesOpenAChannelAndClosedDMsAreError50007() async throws {
        try await withSimulator { sim, client in
            let author = try #require(sim.userID(named: sim.someUserName))
            let dm = try await client.createDM(with: Snowflake(author)!)
            #expect(dm.type == 1)
            try await client.createMessage(in: dm.id, NewMessage(content: "Your post was moved to #jobs."))
            #expect(sim.snapshot().directMessages.contains { $0.userID == author && $0.content.contains("#jobs") })
            sim.setDMsClosed(true, user: author)
            let error = await #expect(throws: DiscordError.self) {
                let closed = try await client.createDM(with: Snowflake(author)!)
                try await client.createMessage(in: closed.id, NewMessage(content: "hello"))
            }
            #expect(error?.code == .cannotMessageUser && error?.status == 403)
        }
    }

    @Test func timeoutAndBanAndUnbanReachTheGuild() async throws {
        try await withSimulator { sim, client in
            let guild = Snowflake(sim.guildID)!
            let user = Snowflake(try #require(sim.userID(named: sim.someUserName)))!
            let until = Date().addingTimeInterval(3_600)
            try await client.timeoutMember(user, in: guild, until: until, reason: "cool down")
            let patch = try #require(sim.requests("PATCH", containing: "/members/\(user)").last)
            let body = try #require(try JSONSerialization.jsonObject(with: patch.body) as? [String: Any])
            #expect((body["communication_disabled_until"] as? String)?.hasPrefix(String(until.formatted(.iso8601).prefix(16))) == true)
            #expect(sim.snapshot().timeouts[user.description] != nil)
            try await client.timeoutMember(user, in: guild, until: nil)
            #expect(sim.snapshot().timeouts[user.description] == nil)
            await #expect(throws: DiscordError.self) {
                try await client.timeoutMember(user, in: guild, until: Date().addingTimeInterval(29 * 86_400))
            }
            try await client.ban(user, in: guild, deleteMessageSeconds: 3_600, reason: "scam wave")
            #expect(sim.snapshot().bans[user.description] != nil)
            try await client.unban(user, in: guild)
            #expect(sim.snapshot().bans[user.description] == nil)
        }
    }

    @Test func missingPermissionIsError50013AndHiddenChannelIs50001() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let id = Snowflake(sim.postMessage("x", author: author, channel: channel.description))!
            sim.setBotPermissions(channel: channel.description, allow: 0, deny: Permissions.manageMessages.rawValue)
            let denied = await #expect(throws: DiscordError.self) { try await client.deleteMessage(in: channel, id: id) }
            #expect(denied?.code == .missingPermissions && denied?.status == 403)
            sim.setBotPermissions(channel: channel.description, allow: 0, deny: Permissions.viewChannel.rawValue)
            let hidden = await #expect(throws: DiscordError.self) { _ = try await client.messages(in: channel) }
            #expect(hidden?.code == .missingAccess)
        }
    }
}
