import DiscordSimulator
import Foundation
import Testing

@Suite("Sending and deleting messages")
struct MessageWriteTests {
    @Test("deleting: 204, then 10008; undeletable system messages 50021; the audit-log reason is kept")
    func deleteMessage() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let jay = sim.userID(named: "junior_jay")!
            let post = sim.postMessage("Junior dev looking for work", author: jay, channel: general)
            let reason = "modconsole: moved to #jobs (mod: mira)"
            let headers = ["X-Audit-Log-Reason": reason.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!]

            let first = try await client.send("DELETE", "/channels/\(general)/messages/\(post)", headers: headers)
            #expect(first.status == 204)
            #expect(first.body.isEmpty)
            let again = try await client.send("DELETE", "/channels/\(general)/messages/\(post)")
            #expect(again.status == 404)
            #expect(again.code == 10008)

            // Type 4 (channel name change) cannot be deleted; a type 7 join message can.
            let rename = sim.postMessage("general-chat", author: jay, channel: general, type: 4)
            let system = try await client.send("DELETE", "/channels/\(general)/messages/\(rename)")
            #expect(system.status == 400)
            #expect(system.code == 50021)
            let join = sim.postMessage("", author: jay, channel: general, type: 7)
            try await #expect(client.send("DELETE", "/channels/\(general)/messages/\(join)").status == 204)

            let snapshot = sim.snapshot()
            let deleted = try #require(snapshot.deletedMessages.first)
            #expect(deleted.messageID == post && deleted.deletion == .single && deleted.auditLogReason == reason)
            #expect(snapshot.auditLogReasons(for: .deleteMessage) == [reason, nil])
            #expect(snapshot.message(id: post) == nil)
            #expect(snapshot.message(id: rename) != nil)
        }
    }

    @Test("bulk delete: 50016 for fewer than 2 or more than 100, 50034 for old ones, 50035 for duplicates")
    func bulkDelete() async throws {
        try await withSimulator { sim, client in
            let random = sim.channelID(named: "random")!
            let scammer = sim.userID(named: "nitro_drops")!
            let fresh = (0..<3).map { sim.postMessage("free nitro \($0)", author: scammer, channel: random) }
            let old = sim.postMessage("ancient spam", author: scammer, channel: random, at: Date().addingTimeInterval(-15 * 86_400))
            let path = "/channels/\(random)/messages/bulk-delete"

            try await #expect(client.send("POST", path, json: ["messages": [fresh[0]]]).code == 50016)
            let tooMany = (0..<101).map { String(1_300_000_000_000_000_000 + $0) }
            try await #expect(client.send("POST", path, json: ["messages": tooMany]).code == 50016)
            let tooOld = try await client.send("POST", path, json: ["messages": [fresh[0], old]])
            #expect(tooOld.status == 400)
            #expect(tooOld.code == 50034)
            let duplicates = try await client.send("POST", path, json: ["messages": [fresh[0], fresh[0]]])
            #expect(duplicates.code == 50035)
            #expect((duplicates.object["errors"] as? [String: Any])?["messages"] != nil)
            #expect(sim.snapshot().deletedMessages.isEmpty)

            let done = try await client.send("POST", path, json: ["messages": fresh], headers: ["X-Audit-Log-Reason": "scam%20wave"])
            #expect(done.status == 204)
            let snapshot = sim.snapshot()
            #expect(Set(snapshot.deletedMessages.map(\.messageID)) == Set(fresh))
            #expect(snapshot.deletedMessages.allSatisfy { $0.deletion == .bulk && $0.auditLogReason == "scam wave" })
            #expect(snapshot.messages(in: random).map(\.id) == [old])
        }
    }

    @Test("without allowed_mentions mentions ping; with parse [] nothing does")
    func allowedMentions() async throws {
        try await withSimulator { sim, client in
            let jobs = sim.channelID(named: "jobs")!
            let rachel = sim.userID(named: "recruiter_rachel")!
            let content = "Moved from #general, posted by <@\(rachel)>: We're hiring!"

            let pinging = try await client.send("POST", "/channels/\(jobs)/messages", json: ["content": content])
            #expect(pinging.status == 200)
            #expect((pinging.object["mentions"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [rachel])

            let quiet = try await client.send(
                "POST", "/channels/\(jobs)/messages",
                json: ["content": content + " @everyone", "allowed_mentions": ["parse": [String]()]]
            )
            #expect((quiet.object["mentions"] as? [Any])?.isEmpty == true)
            #expect(quiet.object["mention_everyone"] as? Bool == false)
            #expect((quiet.object["author"] as? [String: Any])?["id"] as? String == sim.botUserID)

            let stored = sim.snapshot().messages(in: jobs)
            #expect(stored.map(\.mentionedUserIDs) == [[rachel], []])
            #expect(stored.allSatisfy { $0.authorID == sim.botUserID })
        }
    }

    @Test("a reply references its target and is type 19")
    func reply() async throws {
        try await withSimulator { sim, client in
            let help = sim.channelID(named: "help")!
            let question = sim.postMessage("how do I cancel a task?", author: sim.userID(named: "async_anna")!, channel: help)
            let reply = try await client.send(
                "POST", "/channels/\(help)/messages",
                json: ["content": "see the docs", "message_reference": ["message_id": question], "allowed_mentions": ["parse": [String]()]]
            )
            #expect(reply.object["type"] as? Int == 19)
            #expect((reply.object["message_reference"] as? [String: Any])?["message_id"] as? String == question)
            #expect((reply.object["referenced_message"] as? [String: Any])?["id"] as? String == question)

            let dangling = try await client.send(
                "POST", "/channels/\(help)/messages",
                json: ["content": "hm", "message_reference": ["message_id": "1000000000000000000"]]
            )
            #expect(dangling.code == 50035)
        }
    }
}
