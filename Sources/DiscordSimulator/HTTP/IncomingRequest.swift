import FlyingFox
import Foundation

/// An HTTP request as the simulator sees it: raw path and query as sent,
/// lowercased headers, and the whole body.
///
/// FlyingFox's `HTTPRequest.path` is percent-decoded; the simulator reads the
/// raw request target instead, because Discord treats an unencoded reaction
/// emoji differently from an encoded one.
struct IncomingRequest: Sendable {
    var method: String
    /// The raw path, e.g. `/api/v10/channels/1/messages/2/reactions/%E2%9C%85/@me`.
    var rawPath: String
    var query: [String: String]
    var headers: [String: String]
    var body: Data
    var receivedAt: Date
    /// The client's address and port: requests on one connection share it.
    var client: String

    init(method: String, rawPath: String, rawQuery: String, headers: [String: String], body: Data, receivedAt: Date, client: String = "") {
        self.client = client
        self.method = method.uppercased()
        self.rawPath = rawPath
        self.query = Self.parseQuery(rawQuery)
        self.headers = headers
        self.body = body
        self.receivedAt = receivedAt
    }

    /// Reads a FlyingFox request, body included. A body that cannot be read
    /// (the client went away) counts as empty.
    static func read(_ request: HTTPRequest) async -> IncomingRequest {
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            headers[name.rawValue.lowercased()] = value
        }
        let body = (try? await request.bodyData) ?? Data()
        return IncomingRequest(
            method: request.method.rawValue,
            rawPath: request.target.path(percentEncoded: true),
            rawQuery: request.target.query(percentEncoded: true),
            headers: headers,
            body: body,
            receivedAt: Date(),
            client: request.remoteAddress.map(Self.describe) ?? ""
        )
    }

    static func describe(_ address: HTTPRequest.Address) -> String {
        switch address {
        case .ip4(let host, let port), .ip6(let host, let port): return "\(host):\(port)"
        case .unix(let path): return path
        }
    }

    /// The path relative to `/api/v10`, or nil when the request is not for the API.
    var apiPath: String? {
        guard rawPath == APIPrefix.path || rawPath.hasPrefix(APIPrefix.path + "/") else { return nil }
        return String(rawPath.dropFirst(APIPrefix.path.count))
    }

    /// The raw segments of the API path (no leading empty segment).
    var apiSegments: [String] {
        guard let apiPath, !apiPath.isEmpty else { return [] }
        return apiPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    /// The decoded `X-Audit-Log-Reason` header (clients send it URL-encoded).
    var auditLogReason: String? {
        guard let raw = headers["x-audit-log-reason"] else { return nil }
        return raw.removingPercentEncoding ?? raw
    }

    /// The body as JSON, the way Discord reads it: a body needs
    /// `Content-Type: application/json` (else 50035) and must parse (else 50109).
    /// An empty body reads as an empty object.
    func jsonBody() throws(APIError) -> JSONValue {
        guard !body.isEmpty else { return .object([:]) }
        let contentType = headers["content-type"]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") else {
            throw .invalidForm(
                [], code: "CONTENT_TYPE_INVALID",
                message: "Expected \"Content-Type\" header to be one of {'application/json'}."
            )
        }
        do {
            return try JSONValue.parse(body)
        } catch {
            throw .invalidJSON
        }
    }

    /// The body as a JSON object; any other JSON value is a form error.
    func jsonObjectBody() throws(APIError) -> JSONValue {
        let json = try jsonBody()
        guard json.objectValue != nil else {
            throw .invalidForm([], code: "DICT_TYPE_CONVERT", message: "Only dictionaries may be used in a DictType")
        }
        return json
    }

    /// `a=1&b=x%20y` into a dictionary (last value wins), percent-decoded.
    private static func parseQuery(_ raw: String) -> [String: String] {
        var query: [String: String] = [:]
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
            query[name] = value
        }
        return query
    }
}
