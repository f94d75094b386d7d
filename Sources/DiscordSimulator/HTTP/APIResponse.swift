import FlyingFox
// FlyingSocks comes with FlyingFox; it declares the buffered-sequence protocol a
// response body must conform to, which the dropped-connection body implements.
import FlyingSocks
import Foundation

/// A response the simulator is about to send.
struct APIResponse: Sendable {
    enum Body: Sendable {
        case empty
        case json(JSONValue)
        case raw(Data, contentType: String)
        /// Send the status line and headers, then `partial` bytes of a body
        /// that claims to be longer, then close the socket.
        case dropConnection(partial: Data)
    }

    var status: Int
    var headers: [(String, String)] = []
    var body: Body

    static let noContent = APIResponse(status: 204, body: .empty)

    static func json(_ value: JSONValue, status: Int = 200) -> APIResponse {
        APIResponse(status: status, body: .json(value))
    }

    static func error(_ error: APIError) -> APIResponse {
        APIResponse(status: error.status, body: .json(error.body))
    }

    /// The status a recording should show: 0 when no complete response goes out.
    var recordedStatus: Int {
        if case .dropConnection = body { return 0 }
        return status
    }

    /// The body bytes that would be sent (empty for a dropped connection).
    var bodyData: Data {
        switch body {
        case .empty, .dropConnection: Data()
        case .json(let value): value.serialized()
        case .raw(let data, _): data
        }
    }

    func adding(_ extra: [(String, String)]) -> APIResponse {
        var response = self
        response.headers += extra
        return response
    }

    /// The FlyingFox response that puts this on the wire.
    func httpResponse() -> HTTPResponse {
        var httpHeaders = HTTPHeaders()
        for (name, value) in headers {
            httpHeaders.addValue(value, for: HTTPHeader(name))
        }
        let statusCode = HTTPStatusCode(status, phrase: Self.reasonPhrase(status))
        switch body {
        case .empty:
            return HTTPResponse(statusCode: statusCode, headers: httpHeaders)
        case .json(let value):
            httpHeaders[.contentType] = "application/json"
            return HTTPResponse(statusCode: statusCode, headers: httpHeaders, body: value.serialized())
        case .raw(let data, let contentType):
            httpHeaders[.contentType] = contentType
            return HTTPResponse(statusCode: statusCode, headers: httpHeaders, body: data)
        case .dropConnection(let partial):
            httpHeaders[.contentType] = "application/json"
            let body = HTTPBodySequence(from: BrokenBody(prefix: Array(partial)), count: partial.count + 512)
            return HTTPResponse(statusCode: statusCode, headers: httpHeaders, body: body)
        }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}

/// A response body that yields its prefix and then fails, which makes
/// FlyingFox abandon the response and close the connection mid-body: the
/// client sees a transfer error, as when a connection drops.
private struct BrokenBody: AsyncBufferedSequence {
    typealias Element = UInt8

    struct ConnectionDropped: Error {}

    let prefix: [UInt8]

    func makeAsyncIterator() -> Iterator {
        Iterator(prefix: prefix)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var prefix: [UInt8]

        mutating func next() async throws -> UInt8? {
            guard !prefix.isEmpty else { throw ConnectionDropped() }
            return prefix.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard !prefix.isEmpty else { throw ConnectionDropped() }
            defer { prefix = [] }
            return prefix
        }
    }
}
