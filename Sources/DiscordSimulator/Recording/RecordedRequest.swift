import Foundation

/// One request the simulator received on the Discord API, as the client sent it,
/// with the status the simulator answered.
///
/// Every API request is recorded in arrival order, rejected and faulted ones
/// included. Requests to the `/_sim/` control endpoints are not.
public struct RecordedRequest: Sendable {
    /// Position in arrival order, from 0, not reset by `clearRecord()`.
    public var sequence: Int
    public var method: String
    /// The raw path as sent, percent-encoding included, e.g. `/api/v10/channels/1/messages`.
    public var path: String
    /// Query parameters, percent-decoded; the last one wins when a name repeats.
    public var query: [String: String]
    /// Header values by lowercased header name.
    public var headers: [String: String]
    public var body: Data
    /// The status sent. 0 while the response is still being prepared and when
    /// the connection was dropped (`Fault.dropConnection`) before a complete response.
    public var status: Int
    /// The bytes of the response body sent (0 for none, while the response is
    /// still being prepared, and for a dropped connection): what a client
    /// had to download, for comparing how much two polling designs fetch.
    /// Headers are not counted.
    public var responseBytes: Int = 0
    /// When the request arrived (its headers were read).
    public var at: Date
    /// When its answer was ready to send, after any injected delay; nil until
    /// then. With `at`, the simulator's own account of how long it held the request.
    public var answeredAt: Date?
    /// The client's address and port ("127.0.0.1:54321"): requests sent over
    /// one kept-alive connection share it.
    public var client: String
    /// The injected fault this request drew instead of (or around) normal
    /// handling, nil if none: tells an injected 429 or 500 from one the
    /// simulator's own rules gave.
    public var fault: Fault?

    /// The path relative to `/api/v10`, still percent-encoded, e.g. `/channels/1/messages`.
    public var apiPath: String {
        path.hasPrefix(APIPrefix.path) ? String(path.dropFirst(APIPrefix.path.count)) : path
    }

    /// A header's value by name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The body parsed with `JSONSerialization` (`[String: Any]`, `[Any]`, ...),
    /// or nil if it is empty or not JSON. A computed property, so the stored
    /// record stays `Sendable`.
    public var bodyJSON: Any? {
        guard !body.isEmpty else { return nil }
        return try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
    }

    /// The body as a JSON object, or nil.
    public var bodyObject: [String: Any]? {
        bodyJSON as? [String: Any]
    }
}

/// Where the API lives on the simulator's server.
enum APIPrefix {
    static let path = "/api/v10"
}

/// The request record, in arrival order.
struct RequestLog: Sendable {
    private(set) var entries: [RecordedRequest] = []
    private var nextSequence = 0

    /// Appends a request on arrival and returns its sequence number.
    mutating func append(_ request: RecordedRequest) -> Int {
        var request = request
        request.sequence = nextSequence
        nextSequence += 1
        entries.append(request)
        return request.sequence
    }

    /// Fills in the status, the body size, the fault drawn and the time once
    /// the response is known (a cleared entry is gone for good).
    mutating func setStatus(_ status: Int, responseBytes: Int = 0, fault: Fault? = nil, sequence: Int, at answeredAt: Date = Date()) {
        guard let index = entries.lastIndex(where: { $0.sequence == sequence }) else { return }
        entries[index].status = status
        entries[index].responseBytes = responseBytes
        entries[index].fault = fault
        entries[index].answeredAt = answeredAt
    }

    mutating func removeAll() {
        entries.removeAll()
    }
}
