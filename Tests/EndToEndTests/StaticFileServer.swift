import FlyingFox
import FlyingSocks
import Foundation

/// Serves the files under a folder over HTTP on loopback, as
/// raw.githubusercontent.com serves the phishing lists: GET /a/b.json answers
/// `root/a/b.json`, or 404 when there is no such file.
struct StaticFileServer {
    let root: String
    let port: UInt16
    private let server: HTTPServer
    private let task: Task<Void, any Error>

    /// "http://127.0.0.1:<port>".
    var baseURL: String { "http://127.0.0.1:\(port)" }

    static func start(root: String) async throws -> StaticFileServer {
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), logger: .disabled,
                                handler: ClosureHTTPHandler { request in
            let path = (root + request.path as NSString).standardizingPath
            guard path.hasPrefix(root + "/"), let data = FileManager.default.contents(atPath: path) else {
                return HTTPResponse(statusCode: .notFound, body: Data("404: Not Found".utf8))
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: data)
        })
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 120)  // generous: a loaded machine may not run the server task for seconds
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the static file server did not report its port"])
        }
        return StaticFileServer(root: root, port: port, server: server, task: task)
    }

    func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }
}
