import DiscordREST
import Foundation

/// The set-up facts an engine asks Discord for (who the bot is, each
/// channel's name and guild, the guild's name), read through the store's
/// short-lived cache: back-to-back `queue approve`s ask once per
/// `Store.setupCacheLifetime`, not every time. Entries are scoped to the API
/// base and a hash of the token, so another bot or API never sees them.
extension ModerationEngine {
    var setupCacheScope: String {
        String(SHA256.hex(Array((configuration.apiBase + "\n" + client.configuration.token.secret).utf8)).prefix(16))
    }

    /// The bot's id: cached, else asked of Discord (which checks the token) and cached.
    func botUserID() async throws(DiscordError) -> Snowflake {
        let key = "bot_user \(setupCacheScope)"
        if let cached = try? await store.cachedSetup(key), let id = Snowflake(cached) { return id }
        let id = try await Self.retryingTemporaryFailures { () async throws(DiscordError) in try await self.client.currentUser().id }
        try? await store.cacheSetup(key, id.description)
        return id
    }

    /// A channel as Discord last described it within the cache's lifetime.
    func channelInfo(_ id: Snowflake) async throws(DiscordError) -> Channel {
        let key = "channel \(setupCacheScope) \(id)"
        if let cached = try? await store.cachedSetup(key),
           let channel = try? JSONDecoder().decode(Channel.self, from: Data(cached.utf8)) { return channel }
        let channel = try await Self.retryingTemporaryFailures { () async throws(DiscordError) in try await self.client.channel(id) }
        if let data = try? JSONEncoder().encode(channel) { try? await store.cacheSetup(key, String(decoding: data, as: UTF8.self)) }
        return channel
    }

    /// Runs a set-up request again after a temporary failure (a cut or
    /// unreadable answer, a timeout, a 5xx), waiting 1, 2, then 4 s: an engine
    /// must not refuse to start, nor a decision to run, over one bad answer.
    /// A definite refusal (a rejected token, a missing channel) is thrown at once.
    static func retryingTemporaryFailures<T: Sendable>(_ request: @Sendable () async throws(DiscordError) -> T) async throws(DiscordError) -> T {
        var wait = Duration.seconds(1)
        for _ in 0..<3 {
            do {
                return try await request()
            } catch where error.isTemporary {
                try? await Task.sleep(for: wait)
                wait *= 2
            }
        }
        return try await request()
    }

    /// The guild's name, or nil when Discord cannot say.
    func guildName(_ id: Snowflake) async -> String? {
        let key = "guild_name \(setupCacheScope) \(id)"
        if let cached = try? await store.cachedSetup(key) { return cached }
        guard let name = try? await client.guild(id).name else { return nil }
        try? await store.cacheSetup(key, name)
        return name
    }
}
