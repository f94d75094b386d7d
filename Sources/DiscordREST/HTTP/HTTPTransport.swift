import Foundation

/// One HTTP exchange as the transport sees it: no Discord knowledge here, so
/// the same transport also carries the OpenAI-compatible LLM client.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    /// Header lines in order. Names are sent as given.
    public var headers: [(name: String, value: String)]
    public var body: Data?

    public init(method: String, url: String, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header values by lowercased name (the last value wins when repeated).
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Error from a transport: the failure and the host it concerns.
public struct TransportError: Error, Sendable {
    public var failure: TransportFailure
    public var host: String
}

/// Sends one request and returns the answer, whatever its status. Protocol at
/// the edge so callers can choose timeouts per use; `CurlTransport` is the one
/// implementation modconsole ships.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}
