import DiscordREST
import Foundation

/// The original bot's polling design, as the baseline: every cycle, for each
/// channel in turn, `GET /channels/{id}/messages?limit=20` (no `after`
/// cursor), and whatever it has not seen before is new. Same transport
/// (libcurl), same token, same simulator as modconsole's poller; no rate
/// limiter of its own, as the bot had none beyond pacing its cycles.
final class OriginalBotPoller {
    let apiBase: String
    let token: String
    let channels: [Snowflake]
    private let transport = CurlTransport()
    /// Every message id any cycle has returned.
    private(set) var seen: Set<String> = []

    init(apiBase: String, token: String, channels: [Snowflake]) {
        self.apiBase = apiBase
        self.token = token
        self.channels = channels
    }

    /// One cycle over every channel; returns the ids it had not seen before.
    @discardableResult
    func cycle() async throws -> Set<String> {
        var new: Set<String> = []
        for channel in channels {
            let request = HTTPRequest(method: "GET", url: "\(apiBase)/channels/\(channel)/messages?limit=20", headers: [
                ("Authorization", "Bot \(token)"),
                ("User-Agent", "DiscordBot (https://github.com/modconsole/modconsole, original-bot-baseline)"),
            ])
            let response = try await transport.send(request)
            guard response.status == 200,
                  let page = try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]] else { continue }
            for id in page.compactMap({ $0["id"] as? String }) where seen.insert(id).inserted { new.insert(id) }
        }
        return new
    }
}
