import DiscordSimulator
import Foundation
import Testing

@Suite("Listing messages")
struct MessageListingTests {
    /// Posts `count` messages in #help and returns their ids, oldest first.
    private func seed(_ sim: DiscordSimulator, count: Int) -> (channel: String, ids: [String]) {
        let help = sim.channelID(named: "help")!
        let author = sim.userID(named: "segfault_sam")!
        return (help, (0..<count).map { sim.postMessage("message \($0)", author: author, channel: help) })
    }

    private func ids(_ reply: Reply) -> [String] {
        reply.array.compactMap { $0["id"] as? String }
    }

    @Test("no anchor: the newest `limit`, newest first; default limit 50")
    func newestFirst() async throws {
        try await withSimulator { sim, client in
            let (help, posted) = seed(sim, count: 60)
            try await #expect(ids(client.get("/channels/\(help)/messages?limit=5")) == posted.suffix(5).reversed())
            try await #expect(ids(client.get("/channels/\(help)/messages")) == posted.suffix(50).reversed())
        }
    }

    @Test("after: the oldest `limit` newer than the anchor, still newest first; before: the newest older ones")
    func afterAndBefore() async throws {
        try await withSimulator { sim, client in
            let (help, posted) = seed(sim, count: 10)
            let after = ids(try await client.get("/channels/\(help)/messages?after=\(posted[0])&limit=3"))
            #expect(after == [posted[3], posted[2], posted[1]])

            let before = ids(try await client.get("/channels/\(help)/messages?before=\(posted[9])&limit=3"))
            #expect(before == [posted[8], posted[7], posted[6]])

            let around = ids(try await client.get("/channels/\(help)/messages?around=\(posted[5])&limit=3"))
            #expect(around == [posted[6], posted[5], posted[4]])

            let none = ids(try await client.get("/channels/\(help)/messages?after=\(posted[9])"))
            #expect(none.isEmpty)
        }
    }

    @Test("paging forward with after = the newest id seen collects every message exactly once")
    func pagingForward() async throws {
        try await withSimulator { sim, client in
            let (help, posted) = seed(sim, count: 23)
            var cursor = "0"
            var seen: [String] = []
            while true {
                let page = ids(try await client.get("/channels/\(help)/messages?after=\(cursor)&limit=5"))
                guard let newest = page.first else { break }
                seen += page.reversed()
                cursor = newest
            }
            #expect(seen == posted)
        }
    }

    @Test("a single message by id, and 10008 for one that does not exist")
    func singleMessage() async throws {
        try await withSimulator { sim, client in
            let (help, posted) = seed(sim, count: 2)
            let one = try await client.get("/channels/\(help)/messages/\(posted[1])")
            #expect(one.object["content"] as? String == "message 1")

            let missing = try await client.get("/channels/\(help)/messages/1000000000000000000")
            #expect(missing.status == 404)
            #expect(missing.code == 10008)
            #expect(missing.object["message"] as? String == "Unknown Message")
        }
    }
}
