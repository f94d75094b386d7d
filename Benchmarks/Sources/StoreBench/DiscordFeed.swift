import DiscordREST
import Foundation
import Synchronization

/// A guild's message history served as Discord's REST API returns it, from
/// memory: the engine's `DiscordClient` talks to it through the
/// `HTTPTransport` door instead of libcurl, so a poll cycle runs every
/// function the real poller runs (the client's JSON decoding, the
/// classifier, `Store.recordPoll`) with no network time in the figure.
///
/// Each message's JSON is rendered once, before anything is timed, in the
/// shape Discord sends (the fields the simulator's `DiscordJSON.message`
/// writes); a page is those bytes joined. `reveal` makes the next messages
/// of every channel visible, as if they had just been posted.
final class DiscordFeed: HTTPTransport {
    struct Channel {
        var id: UInt64
        var name: String
    }

    static let guildID: UInt64 = 900_000_000_000_000_001
    static let botID: UInt64 = 900_000_000_000_000_002
    let channels: [Channel]
    /// Each channel's messages, oldest first: (id, rendered JSON object).
    private let messages: [UInt64: [(id: UInt64, json: Data)]]
    private let revealed = Mutex<[UInt64: Int]>([:])
    /// Requests this feed could not answer (none expected).
    let unknownRoutes = Mutex<[String]>([])

    /// `texts` (message, author name) spread over the channels in turn, one a second from `start`.
    init(texts: [(message: String, author: String)], channelNames: [String], start: Date) {
        channels = channelNames.enumerated().map { Channel(id: 900_000_000_000_000_100 + UInt64($0.offset), name: $0.element) }
        var byChannel: [UInt64: [(UInt64, Data)]] = [:]
        for (index, text) in texts.enumerated() {
            let channel = channels[index % channels.count]
            let time = start.addingTimeInterval(Double(index))
            let ms = UInt64(time.timeIntervalSince1970 * 1000) - 1_420_070_400_000
            let id = (ms << 22) | UInt64(index & 0x3FFFFF)
            byChannel[channel.id, default: []].append((id, Self.render(id: id, channel: channel.id, text: text.message,
                                                                       author: text.author, at: time)))
        }
        messages = byChannel
    }

    /// Makes `count` more messages of every channel visible; returns how many became visible.
    @discardableResult
    func reveal(_ count: Int) -> Int {
        revealed.withLock { revealed in
            var added = 0
            for channel in channels {
                let before = revealed[channel.id] ?? 0
                let after = min(before + count, messages[channel.id]?.count ?? 0)
                revealed[channel.id] = after
                added += after - before
            }
            return added
        }
    }

    /// Every message page a poll of the visible messages fetches, for timing the decoding alone.
    func visiblePages(size: Int = 100) -> [Data] {
        let visible = revealed.withLock { $0 }
        return channels.flatMap { channel -> [Data] in
            let all = Array((messages[channel.id] ?? []).prefix(visible[channel.id] ?? 0))
            return stride(from: 0, to: all.count, by: size).map { Self.page(all[$0..<min($0 + size, all.count)].reversed()) }
        }
    }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        guard let url = URLComponents(string: request.url), let range = url.path.range(of: "/api/v10") else {
            return missing(request)
        }
        let parts = url.path[range.upperBound...].split(separator: "/").map(String.init)
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        switch (request.method, parts.count, parts.first) {
        case ("GET", 2, "users") where parts[1] == "@me":
            return Self.ok(#"{"id":"\#(Self.botID)","username":"modbot","global_name":null,"avatar":null,"discriminator":"0","public_flags":0,"flags":0,"bot":true}"#)
        case ("GET", 2, "guilds"):
            return Self.ok(#"{"id":"\#(Self.guildID)","name":"Benchmark Guild","owner_id":"1","roles":[]}"#)
        case ("GET", 2, "channels"):
            guard let channel = channels.first(where: { String($0.id) == parts[1] }) else { return missing(request) }
            return Self.ok(#"{"id":"\#(channel.id)","type":0,"guild_id":"\#(Self.guildID)","name":"\#(channel.name)","position":0,"permission_overwrites":[]}"#)
        case ("GET", 3, "channels") where parts[2] == "messages":
            guard let id = UInt64(parts[1]), let all = messages[id] else { return missing(request) }
            let visible = all.prefix(revealed.withLock { $0[id] ?? 0 })
            let limit = Int(query["limit"] ?? "50") ?? 50
            // Discord answers newest first: with `after`, the `limit` messages right after it.
            let chosen: [(id: UInt64, json: Data)]
            if let after = query["after"].flatMap(UInt64.init) {
                chosen = visible.filter { $0.id > after }.prefix(limit).reversed()
            } else {
                chosen = visible.suffix(limit).reversed()
            }
            return HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Self.page(chosen))
        default:
            return missing(request)
        }
    }

    private func missing(_ request: HTTPRequest) -> HTTPResponse {
        unknownRoutes.withLock { $0.append("\(request.method) \(request.url)") }
        return HTTPResponse(status: 404, headers: ["content-type": "application/json"], body: Data(#"{"message":"Unknown","code":0}"#.utf8))
    }

    private static func ok(_ body: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Data(body.utf8))
    }

    private static func page(_ items: some Collection<(id: UInt64, json: Data)>) -> Data {
        var body = Data("[".utf8)
        for (index, item) in items.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(item.json)
        }
        body.append(UInt8(ascii: "]"))
        return body
    }

    /// One message as Discord sends it to a bot with the Message Content intent.
    private static func render(id: UInt64, channel: UInt64, text: String, author: String, at time: Date) -> Data {
        let authorID = 100_000_000_000_000_000 + UInt64(truncatingIfNeeded: stableHash(author) % 1_000_000_000)
        let object: [String: Any] = [
            "type": 0, "content": text, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "timestamp": timestamp(time), "edited_timestamp": NSNull(), "flags": 0, "components": [],
            "id": String(id), "channel_id": String(channel),
            "author": ["id": String(authorID), "username": author, "avatar": NSNull(), "discriminator": "0",
                       "public_flags": 0, "flags": 0, "banner": NSNull(), "accent_color": NSNull(),
                       "global_name": NSNull(), "avatar_decoration_data": NSNull(), "banner_color": NSNull(), "clan": NSNull()],
            "pinned": false, "mention_everyone": false, "tts": false,
        ]
        // Rendering is set-up, outside every timing; the object is built from strings and numbers only.
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{}".utf8)
    }

    /// Discord's timestamp form: 2026-11-30T08:00:00.000000+00:00.
    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS'000+00:00'"
        return formatter.string(from: date)
    }

    /// FNV-1a: the same author name gets the same id in every run.
    private static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}
