import DiscordSimulator
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A response as a test sees it.
struct Reply: Sendable {
    var status: Int
    /// Header values by lowercased name.
    var headers: [String: String]
    var body: Data

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    /// The Discord error code of an error body.
    var code: Int? { object["code"] as? Int }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A minimal Discord REST client over URLSession, for talking to the simulator
/// the way a real client would: real HTTP, real headers.
struct APIClient: Sendable {
    let baseURL: String
    let token: String
    let session: URLSession

    /// A client for `simulator`'s API, or with `root` for its control endpoints.
    init(_ simulator: DiscordSimulator, root: Bool = false) {
        baseURL = root ? "http://127.0.0.1:\(simulator.port)" : simulator.baseURL
        token = simulator.botToken
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 120  // generous: on a loaded 2-core machine the simulator may wait seconds for a thread
        session = URLSession(configuration: configuration)
    }

    /// Sends a request to `baseURL + path` (path already percent-encoded).
    /// A `json` body is sent with `Content-Type: application/json`.
    func send(
        _ method: String, _ path: String, json: [String: Any]? = nil, body: Data? = nil,
        headers: [String: String] = [:], authorized: Bool = true
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.setValue("DiscordBot (https://github.com/modconsole/modconsole, 0.1)", forHTTPHeaderField: "User-Agent")
        if authorized { request.setValue("Bot \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        } else if let body {
            request.httpBody = body
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var replyHeaders: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            replyHeaders[String(describing: name).lowercased()] = String(describing: value)
        }
        return Reply(status: http.statusCode, headers: replyHeaders, body: data)
    }

    func get(_ path: String) async throws -> Reply { try await send("GET", path) }
}
