import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends hand-written HTTP over a plain TCP socket, for requests URLSession
/// would "fix", such as a reaction emoji left unencoded in the request line.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `request` (with `Connection: close`) to 127.0.0.1:`port` and
    /// returns everything the server sends until it closes the connection.
    static func exchange(port: UInt16, _ request: String) async throws -> String {
        try await Task.detached {
            let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard socketFD >= 0 else { throw Failure(description: "socket() failed") }
            defer { close(socketFD) }

            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else { throw Failure(description: "connect() failed") }

            // Generous: the loop ends when the server closes the connection, and a loaded machine may be slow to answer.
            var timeout = timeval(tv_sec: 120, tv_usec: 0)
            setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let bytes = Array(request.utf8)
            guard bytes.withUnsafeBytes({ send(socketFD, $0.baseAddress, $0.count, 0) }) == bytes.count else {
                throw Failure(description: "send() failed")
            }

            var received = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4_096)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                received += buffer[..<count]
            }
            return String(decoding: received, as: UTF8.self)
        }.value
    }
}
