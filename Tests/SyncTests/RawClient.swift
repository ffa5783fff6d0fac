import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import ReportRepository
import SyncAPI
import SyncServer
import Synchronization
import Testing

/// A hostile client: raw bytes over TCP to a server on 127.0.0.1, from any loopback address, so that tests can send
/// half a request, trickle a body, or hold many connections open.
final class RawConnection: Sendable {
    /// What the server sent back.
    final class Inbox: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let bytes = Mutex<[UInt8]>([])

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            bytes.withLock { $0 += buffer.readableBytesView }
        }
    }

    let channel: any Channel
    private let inbox: Inbox

    private init(channel: any Channel, inbox: Inbox) {
        self.channel = channel
        self.inbox = inbox
    }

    /// Connects to a port of 127.0.0.1 from a loopback address (`127.0.0.2` … stand for other machines).
    static func open(port: Int, from source: String = "127.0.0.1") async throws -> RawConnection {
        let inbox = Inbox()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(to: try SocketAddress(ipAddress: source, port: 0))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(inbox) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        return RawConnection(channel: channel, inbox: inbox)
    }

    /// Sends bytes as they are.
    func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text)).get()
    }

    /// What the server sent so far, as text.
    var received: String { String(decoding: receivedBytes, as: UTF8.self) }

    /// What the server sent so far.
    var receivedBytes: [UInt8] { inbox.bytes.withLock { $0 } }

    /// Waits until the server closes the connection, at most `limit`; closes it from this side when the server did not.
    ///
    /// - Returns: Whether the server closed it.
    func serverCloses(within limit: Duration) async -> Bool {
        let channel = self.channel
        let closed = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                try? await channel.closeFuture.get()
                return true
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let first = await group.next() ?? false
            if !first { try? await channel.close() }
            group.cancelAll()
            return first
        }
        return closed
    }

    /// Waits at most `limit` for the server to close the connection, leaving it open otherwise.
    ///
    /// - Returns: Whether the server closed it.
    func closes(within limit: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while channel.isActive, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        return !channel.isActive
    }

    /// Sends pieces one every 100 ms; returns whether the server closed the connection before they were all sent.
    func isClosedWhileTrickling(_ pieces: [String]) async -> Bool {
        for piece in pieces {
            guard (try? await send(piece)) != nil else { return true }
            if await closes(within: .milliseconds(100)) { return true }
        }
        return false
    }

    /// Closes the connection from this side.
    func close() async {
        try? await channel.close()
    }
}

/// Runs a node's server (sync API, or with its web pages) on 127.0.0.1 and an ephemeral port, with the given limits,
/// for the duration of `body`; the server is stopped afterwards.
func withLiveServer<T: Sendable>(
    _ repository: ReportRepository, limits: NodeLimits = NodeLimits(),
    _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let configuration = NodeServerConfiguration(host: "127.0.0.1", port: 0, logger: TestNode.logger, limits: limits)
    let app = buildNodeApplication(repository: repository, configuration: configuration) { port in
        continuation.yield(port)
    }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await app.runService(gracefulShutdownSignals: [])
            return nil
        }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        do {
            let value = try await body(port)
            group.cancelAll()
            return value
        } catch {
            group.cancelAll()
            throw error
        }
    }
}

/// A whole `GET` over a raw connection; returns the response's status line, or `nil` when the server closed the
/// connection without one.
func rawGet(
    _ path: String, port: Int, from source: String = "127.0.0.1", headers: [String] = []
) async throws
    -> String?
{
    let connection = try await RawConnection.open(port: port, from: source)
    let extra = headers.map { $0 + "\r\n" }.joined()
    try await connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(extra)Connection: close\r\n\r\n")
    _ = await connection.serverCloses(within: .seconds(10))
    return connection.received.components(separatedBy: "\r\n").first.flatMap { $0.isEmpty ? nil : $0 }
}

/// An answer read off the wire.
struct WireResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    /// The body decoded from JSON.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body))
    }

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A client that speaks the sync protocol (`Schema/sync-protocol.md`) byte by byte to a server, with a token, as a
/// hostile township would: any request it likes, well-formed HTTP.
struct WireClient: Sendable {
    let port: Int
    let token: String?
    var source = "127.0.0.1"

    /// Sends a request and reads the whole answer (`Connection: close`).
    func request(
        _ method: String, _ path: String, body: [UInt8] = [], contentType: String = "application/json"
    )
        async throws -> WireResponse
    {
        let connection = try await RawConnection.open(port: port, from: source)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if !body.isEmpty || method == "POST" {
            head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
        }
        try await connection.channel.writeAndFlush(ByteBuffer(bytes: Array((head + "\r\n").utf8) + body)).get()
        _ = await connection.serverCloses(within: .seconds(30))
        return try Self.parse(connection.receivedBytes)
    }

    /// A request whose body is JSON.
    func post(_ path: String, json value: some Encodable) async throws -> WireResponse {
        try await request("POST", path, body: Array(try JSONEncoder().encode(value)))
    }

    /// A `POST /v1/objects` of a batch.
    func upload(_ batch: ObjectBatch) async throws -> WireResponse {
        try await request(
            "POST", "/v1/objects", body: batch.encoded(), contentType: SyncProtocol.objectsContentType)
    }

    static func parse(_ bytes: [UInt8]) throws -> WireResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw WireClientError.noAnswer
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = Self.dechunk(body) }
        return WireResponse(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 13) else { break }
            let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd + 2
            out += bytes[start..<min(start + size, bytes.count)]
            index = start + size + 2
        }
        return out
    }
}

enum WireClientError: Error {
    case noAnswer
}
