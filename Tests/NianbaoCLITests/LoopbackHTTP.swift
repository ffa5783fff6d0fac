import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request over a plain socket to 127.0.0.1, for tests that start `nianbao serve` as a process (the
/// test binary links no HTTP client). Blocks for at most `timeout` seconds.
enum LoopbackHTTP {
    struct Response {
        let status: Int
        let body: String
    }

    enum Failure: Error {
        case connect(Int32)
        case noAnswer
    }

    static func request(
        port: Int, method: String = "GET", path: String, headers: [String: String] = [:], body: String = "",
        timeout: Int = 10
    ) throws -> Response {
        try request(port: port, method: method, path: path, headers: headers, bytes: Array(body.utf8), timeout: timeout)
    }

    /// The same request with a body of any bytes (a multipart form with a binary file).
    static func request(
        port: Int, method: String = "GET", path: String, headers: [String: String] = [:], bytes payload: [UInt8],
        timeout: Int = 10
    ) throws -> Response {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.connect(errno) }
        defer { close(socket) }
        var interval = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure.connect(errno) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method != "GET" { head += "Content-Length: \(payload.count)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + payload
        _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let statusLine = text.components(separatedBy: "\r\n").first,
            let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { throw Failure.noAnswer }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }
}

/// Runs blocking work (a child process to its end, a socket read) on a thread of its own, so that it never holds one of
/// the few threads Swift's concurrency runs every test on.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
