import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Upload forms for the tests: a `multipart/form-data` body as a browser sends it.
enum Multipart {
    static let boundary = "----nianbaoTestBoundary7MA4YWxkTrZu0gW"

    /// The headers of an upload: the form's content type and the session's.
    static func headers(_ session: HTTPFields, boundary parameter: String = boundary) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(parameter)"]
        for field in session { headers.append(field) }
        return headers
    }

    /// A form body with text fields and one file (or none).
    static func body(
        _ fields: [(String, String)], file: (name: String, bytes: [UInt8])?, boundary: String = boundary
    ) -> ByteBuffer {
        var buffer = ByteBuffer()
        for (name, value) in fields {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            buffer.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n")
            buffer.writeBytes(file.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return buffer
    }
}

/// A request whose body comes in chunks, without a `Content-Length`, sent over a plain socket on a thread of its
/// own (the test client always sends a length).
enum ChunkedUpload {
    /// Sends `POST path` with a chunked body of `chunks` pieces of `chunkSize` bytes, stopping early when the server
    /// has answered; returns what the server sent (status line, headers, body), read for at most 30 s.
    static func post(port: Int, path: String, headers: [(String, String)], chunks: Int, chunkSize: Int) async -> String
    {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    returning: send(port: port, path: path, headers: headers, chunks: chunks, chunkSize: chunkSize))
            }
            thread.start()
        }
    }

    private static func send(
        port: Int, path: String, headers: [(String, String)], chunks: Int, chunkSize: Int
    )
        -> String
    {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return "" }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return "" }
        func write(_ bytes: [UInt8]) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes {
                    Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
        func answered() -> Bool {
            var byte: UInt8 = 0
            return recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0
        }
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nTransfer-Encoding: chunked\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        _ = write(Array((head + "\r\n").utf8))
        let chunk =
            Array(String(chunkSize, radix: 16).utf8) + [13, 10] + [UInt8](repeating: 65, count: chunkSize)
            + [13, 10]
        for _ in 0..<chunks {
            if answered() || !write(chunk) { break }
        }
        _ = write(Array("0\r\n\r\n".utf8))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        for _ in 0..<1000 {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[..<count]
            let text = String(decoding: received, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"), let length = Self.contentLength(text[..<end.lowerBound]),
                received.count >= text[..<end.upperBound].utf8.count + length
            {
                break
            }
        }
        return String(decoding: received, as: UTF8.self)
        #else
        return ""
        #endif
    }

    private static func contentLength(_ head: Substring) -> Int? {
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }
}
