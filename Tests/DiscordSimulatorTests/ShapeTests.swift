import DiscordSimulator
import Foundation
import Testing

@Suite("JSON shapes")
struct ShapeTests {
    /// `2024-05-01T12:34:56.789000+00:00`
    static var timestampPattern: Regex<Substring> { #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/# }

    @Test("the bot, the guild, its roles, channels and members look as Discord sends them")
    func guildShapes() async throws {
        try await withSimulator { sim, client in
            let me = try await client.get("/users/@me").object
            #expect(me["id"] as? String == sim.botUserID)
            #expect(me["username"] as? String == "modconsole")
            #expect(me["bot"] as? Bool == true)
            #expect(me["discriminator"] as? String == "0")

            let guild = try await client.get("/guilds/\(sim.guildID)").object
            #expect(guild["id"] as? String == sim.guildID)
            #expect(guild["owner_id"] as? String == sim.userID(named: "kenji.owner"))
            let roles = try #require(guild["roles"] as? [[String: Any]])
            #expect(roles.map { $0["name"] as? String } == ["@everyone", "Regular", "modconsole", "Moderator"])
            let botRole = try #require(roles.first { $0["name"] as? String == "modconsole" })
            #expect(botRole["managed"] as? Bool == true)
            let permissions = UInt64(try #require(botRole["permissions"] as? String))
            let expected = DiscordPermission.mask([
                .viewChannel, .sendMessages, .manageMessages, .readMessageHistory, .addReactions,
                .moderateMembers, .banMembers,
            ])
            #expect(permissions == expected)
            #expect((roles.first?["id"] as? String) == sim.guildID) // @everyone's id is the guild's

            let channels = try await client.get("/guilds/\(sim.guildID)/channels").array
            let text = channels.filter { $0["type"] as? Int == 0 }
            #expect(text.map { $0["name"] as? String } == ["general", "help", "jobs", "showcase", "random", "introductions", "mod-log"])
            #expect(text.map { $0["position"] as? Int } == Array(0...6).map { Optional($0) })
            #expect(channels.contains { $0["type"] as? Int == 4 }) // categories are there too

            let modLog = try await client.get("/channels/\(sim.channelID(named: "mod-log")!)").object
            let overwrites = try #require(modLog["permission_overwrites"] as? [[String: Any]])
            let everyone = try #require(overwrites.first { $0["id"] as? String == sim.guildID })
            #expect(everyone["type"] as? Int == 0)
            #expect(everyone["deny"] as? String == String(DiscordPermission.viewChannel.mask))
            #expect(everyone["allow"] as? String == "0")

            let member = try await client.get("/guilds/\(sim.guildID)/members/\(sim.userID(named: "swiftlyjen")!)").object
            #expect((member["user"] as? [String: Any])?["username"] as? String == "swiftlyjen")
            #expect(member["roles"] is [String])
            #expect(member["communication_disabled_until"] is NSNull)
            let joined = try #require(member["joined_at"] as? String)
            #expect(joined.wholeMatch(of: Self.timestampPattern) != nil)

            let unknownMember = try await client.get("/guilds/\(sim.guildID)/members/123456789012345678")
            #expect(unknownMember.status == 404)
            #expect(unknownMember.code == 10007)
        }
    }

    @Test("messages carry Discord's fields; bot and webhook_id appear only where they apply")
    func messageShape() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let jen = sim.userID(named: "swiftlyjen")!
            let human = sim.postMessage("hello <@\(sim.userID(named: "async_anna")!)>", author: jen, channel: general)
            let hook = sim.postMessage("deploy finished", author: jen, channel: general, webhook: true)
            let welcome = sim.postMessage("Welcome!", author: sim.userID(named: "welcomebot")!, channel: general)

            let messages = try await client.get("/channels/\(general)/messages").array
            #expect(messages.map { $0["id"] as? String } == [welcome, hook, human])

            let first = try #require(messages.last)
            for key in ["id", "channel_id", "author", "content", "timestamp", "edited_timestamp", "tts",
                        "mention_everyone", "mentions", "mention_roles", "attachments", "embeds", "pinned", "type", "flags"] {
                #expect(first[key] != nil, "message lacks \(key)")
            }
            #expect(first["channel_id"] as? String == general)
            #expect(first["edited_timestamp"] is NSNull)
            #expect(first["webhook_id"] == nil)
            let author = try #require(first["author"] as? [String: Any])
            #expect(author["id"] as? String == jen)
            #expect(author["discriminator"] as? String == "0")
            #expect(author["avatar"] is NSNull)
            #expect(author["global_name"] as? String == "Jen Alvarez")
            #expect(author["bot"] == nil)
            #expect((first["mentions"] as? [[String: Any]])?.first?["username"] as? String == "async_anna")

            // The timestamp and the id tell the same time.
            let timestamp = try #require(first["timestamp"] as? String)
            #expect(timestamp.wholeMatch(of: Self.timestampPattern) != nil)
            let idMilliseconds = (UInt64(human)! >> 22) + 1_420_070_400_000
            let stamped = try #require(ISO8601DateFormatter.withFractionalSeconds.date(from: timestamp))
            #expect(abs(stamped.timeIntervalSince1970 * 1000 - Double(idMilliseconds)) < 1)

            #expect(messages[1]["webhook_id"] as? String != nil)
            #expect((messages[1]["author"] as? [String: Any])?["bot"] as? Bool == true)
            #expect((messages[0]["author"] as? [String: Any])?["bot"] as? Bool == true)
            #expect(messages[0]["webhook_id"] == nil)
        }
    }

    @Test("backdated messages get older ids; new ids strictly increase")
    func snowflakes() async throws {
        try await withSimulator { sim, _ in
            let general = sim.channelID(named: "general")!
            let jen = sim.userID(named: "swiftlyjen")!
            let ids = (0..<20).map { sim.postMessage("m\($0)", author: jen, channel: general) }.map { UInt64($0)! }
            #expect(ids == ids.sorted() && Set(ids).count == ids.count)

            let lastWeek = Date().addingTimeInterval(-7 * 86_400)
            let old = UInt64(sim.postMessage("old", author: jen, channel: general, at: lastWeek))!
            #expect(old < ids[0])
            let oldMilliseconds = Double((old >> 22) + 1_420_070_400_000)
            #expect(abs(oldMilliseconds / 1000 - lastWeek.timeIntervalSince1970) < 0.002)
            #expect(sim.snapshot().messages(in: general).first?.id == String(old))
        }
    }
}

extension ISO8601DateFormatter {
    static var withFractionalSeconds: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
