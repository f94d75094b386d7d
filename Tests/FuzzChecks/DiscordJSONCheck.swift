import DiscordREST
import Foundation

extension FuzzTarget {
    /// Discord's JSON, as every model decodes it: decoding fails only with a
    /// `DecodingError` (which the client turns into `.malformedBody`), what
    /// decodes and is `Codable` encodes back to the same value, and an error
    /// body always gives an `.api` error.
    public static let discordJSON = FuzzTarget(name: "discord-json") { data in
        DiscordJSONCheck.decodes(Message.self, data) ?? DiscordJSONCheck.decodes([Message].self, data)
            ?? DiscordJSONCheck.roundTrips(Guild.self, data) ?? DiscordJSONCheck.roundTrips(Channel.self, data)
            ?? DiscordJSONCheck.roundTrips([Channel].self, data) ?? DiscordJSONCheck.roundTrips([Role].self, data)
            ?? DiscordJSONCheck.roundTrips(User.self, data) ?? DiscordJSONCheck.roundTrips(Member.self, data)
            ?? DiscordJSONCheck.errorBody(data)
    }
}

enum DiscordJSONCheck {
    /// What decoding gave: a value, a `DecodingError`, or a broken invariant.
    enum Decoded<T> {
        case value(T)
        case rejected
        case violation(String)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data) -> Decoded<T> {
        do {
            return .value(try JSONDecoder().decode(T.self, from: data))
        } catch is DecodingError {
            return .rejected
        } catch {
            return .violation("decoding \(T.self) threw \(Swift.type(of: error)), not a DecodingError: \(error)")
        }
    }

    static func decodes<T: Decodable>(_ type: T.Type, _ data: Data) -> String? {
        if case .violation(let violation) = decode(type, data) { return violation }
        return nil
    }

    static func roundTrips<T: Codable & Equatable>(_ type: T.Type, _ data: Data) -> String? {
        switch decode(type, data) {
        case .violation(let violation): return violation
        case .rejected: return nil
        case .value(let value):
            guard let encoded = try? JSONEncoder().encode(value) else { return "\(T.self) decoded but does not encode" }
            guard case .value(let again) = decode(type, encoded), again == value else {
                return "\(T.self) does not round-trip: \(String(decoding: encoded, as: UTF8.self))"
            }
            return nil
        }
    }

    static func errorBody(_ data: Data) -> String? {
        let error = DiscordClient.apiError(HTTPResponse(status: 400, headers: [:], body: data), route: .currentUser())
        guard case .api(status: 400, _, let message, _, _) = error else { return "an error body gave \(error), not .api" }
        return message.isEmpty && data.isEmpty ? "an empty error body gave an empty message" : nil
    }
}
