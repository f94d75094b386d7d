import CCurl
import Foundation
import Synchronization

/// HTTP over libcurl's easy interface.
///
/// `curl_easy_perform` blocks, so each transfer runs on its easy handle's own
/// serial dispatch queue: never on Swift's cooperative pool, and never on a
/// width-limited concurrent queue where slow transfers would hold up others
/// (serial queues get a thread of their own when busy). Finished handles go
/// back to a small pool: libcurl keeps a handle's connections open, so the
/// next request to the same host reuses the TCP/TLS connection (keep-alive).
///
/// Settings every request gets: connect and total timeouts, TLS peer and host
/// verification on, any content encoding libcurl can decode (gzip, ...), no
/// signals (CURLOPT_NOSIGNAL, required with threads), and the proxy variables
/// (`https_proxy`, `http_proxy`, `no_proxy`, ...) that libcurl reads by itself.
public final class CurlTransport: HTTPTransport {
    public struct Options: Sendable {
        /// Longest wait for the TCP (and TLS) connection.
        public var connectTimeout: Duration
        /// Longest wait for the whole exchange.
        public var totalTimeout: Duration
        /// Idle handles (and so open connections) kept for reuse.
        public var maxIdleHandles: Int

        public init(connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30), maxIdleHandles: Int = 8) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.maxIdleHandles = maxIdleHandles
        }
    }

    private let options: Options
    private let idle = Mutex<[EasyHandle]>([])

    /// curl_global_init must run once, before any other thread uses libcurl.
    private static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    public init(options: Options = Options()) {
        precondition(Self.globalInit, "libcurl failed to initialise")
        self.options = options
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let cancel = CancelFlag()
        let easy = idle.withLock { $0.popLast() } ?? EasyHandle()
        let result: Result<HTTPResponse, TransportError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                easy.queue.async { continuation.resume(returning: self.perform(request, on: easy, cancel: cancel)) }
            }
        } onCancel: {
            cancel.raise()
        }
        return try result.get()
    }

    private func perform(_ request: HTTPRequest, on easy: EasyHandle, cancel: CancelFlag) -> Result<HTTPResponse, TransportError> {
        let host = Self.hostDescription(request.url)
        guard let handle = easy.handle else {
            return .failure(TransportError(failure: .other(code: -1, message: "curl_easy_init failed"), host: host))
        }
        curl_easy_reset(handle)  // keeps the connection cache, drops the previous request's options
        let transfer = Transfer(cancel: cancel)
        let box = Unmanaged.passRetained(transfer)
        defer { box.release() }

        cc_setopt_string(handle, CURLOPT_URL, request.url)
        cc_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        cc_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout.seconds * 1000))
        cc_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(options.totalTimeout.seconds * 1000))
        cc_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        cc_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        cc_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
        cc_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")  // "" = every encoding this libcurl decodes
        cc_setopt_pointer(handle, CURLOPT_ERRORBUFFER, transfer.errorBuffer)

        cc_setopt_pointer(handle, CURLOPT_WRITEDATA, box.toOpaque())
        cc_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION) { bytes, size, count, context in
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            if let bytes { transfer.body.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: size * count) }
            return size * count
        }
        cc_setopt_pointer(handle, CURLOPT_HEADERDATA, box.toOpaque())
        cc_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION) { bytes, size, count, context in
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            if let bytes {
                let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: size * count), as: UTF8.self)
                transfer.receiveHeaderLine(line)
            }
            return size * count
        }
        cc_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
        cc_setopt_pointer(handle, CURLOPT_XFERINFODATA, box.toOpaque())
        cc_setopt_xferinfo_callback(handle) { context, _, _, _, _ in
            Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue().cancel.isRaised ? 1 : 0
        }

        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in request.headers {
            // A CR or LF in a value would start a new header line: never send one.
            let clean = value.filter { $0 != "\r" && $0 != "\n" }
            headerList = curl_slist_append(headerList, "\(name): \(clean)")
        }
        headerList = curl_slist_append(headerList, "Expect:")  // no 100-continue round trip
        defer { curl_slist_free_all(headerList) }
        cc_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)

        let method = request.method.uppercased()
        if method == "GET" {
            cc_setopt_long(handle, CURLOPT_HTTPGET, 1)
        } else {
            // Methods that may carry a body always send one, even empty, so the
            // request has a Content-Length (some servers answer 411 without it).
            if method != "DELETE" || request.body != nil {
                let body = request.body ?? Data()
                cc_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                body.withUnsafeBytes { raw in
                    _ = raw.baseAddress.map { cc_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0)) }
                        ?? cc_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, "")
                }
            }
            cc_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
        }

        let code = curl_easy_perform(handle)
        var status = 0
        cc_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        // Back to the pool for reuse; past the pool's size the handle is freed
        // when `easy` goes out of scope, closing its connections.
        idle.withLock { handles in
            if handles.count < options.maxIdleHandles { handles.append(easy) }
        }
        guard code == CURLE_OK else {
            return .failure(TransportError(failure: Self.failure(code, message: transfer.errorMessage), host: host))
        }
        return .success(HTTPResponse(status: status, headers: transfer.headers, body: transfer.body))
    }

    static func failure(_ code: CURLcode, message: String) -> TransportFailure {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .hostNotFound
        case CURLE_COULDNT_CONNECT: return .connectionRefused
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE: return .connectionLost
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            return .tls(message)
        case CURLE_ABORTED_BY_CALLBACK: return .cancelled
        default: return .other(code: Int(code.rawValue), message: message)
        }
    }

    /// "host:port" of a URL, for error messages that say where.
    static func hostDescription(_ url: String) -> String {
        guard let parts = URLComponents(string: url), let host = parts.host else { return url }
        return parts.port.map { "\(host):\($0)" } ?? host
    }
}

/// One libcurl easy handle and the serial queue its transfers run on;
/// cleaned up (closing its connections) when released.
private final class EasyHandle: @unchecked Sendable {
    // Used by one transfer at a time: the pool hands it out under a lock.
    let handle: UnsafeMutableRawPointer? = curl_easy_init()
    let queue = DispatchQueue(label: "modconsole.curl.transfer")
    deinit { if let handle { curl_easy_cleanup(handle) } }
}

/// Set from any thread when the awaiting task is cancelled; read by libcurl's
/// progress callback, which then aborts the transfer.
private final class CancelFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    func raise() { raised.store(true, ordering: .relaxed) }
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}

/// What one transfer accumulates; reached from libcurl's C callbacks through
/// the userdata pointer, on the single worker thread running the transfer.
private final class Transfer {
    let cancel: CancelFlag
    var body = Data()
    var headers: [String: String] = [:]
    let errorBuffer = UnsafeMutableRawPointer.allocate(byteCount: Int(CURL_ERROR_SIZE), alignment: 1)

    init(cancel: CancelFlag) {
        self.cancel = cancel
        errorBuffer.storeBytes(of: 0, as: UInt8.self)
    }

    deinit { errorBuffer.deallocate() }

    var errorMessage: String {
        String(cString: errorBuffer.assumingMemoryBound(to: CChar.self))
    }

    func receiveHeaderLine(_ line: String) {
        if line.hasPrefix("HTTP/") {
            headers.removeAll()  // a new status line (after 100 Continue or a redirect) starts over
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers[name] = value
    }
}
