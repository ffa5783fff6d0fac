import NIOCore
import NIOPosix
import SyncClient
import Testing

/// A line that drops while the county's answer comes in is told as such (the connection broke mid-answer; what was
/// completed is kept), not as a node that does not answer.
@Suite struct InterruptedAnswerTests {
    /// Answers every request with a head announcing 100,000 bytes, sends ten, and closes the connection.
    final class HalfAnswer: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"refs\": [ "
            context.writeAndFlush(NIOAny(ByteBuffer(string: head))).whenComplete { _ in context.close(promise: nil) }
        }
    }

    @Test func anAnswerCutOffMidwayIsAnInterruptionNotAnUnreachableNode() async throws {
        let township = try TestNode("changzhang")
        defer { township.remove() }
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(HalfAnswer()) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(server.localAddress?.port)
        let error = await #expect(throws: SyncError.self) {
            _ = try await township.client(port: port, token: "nbt_test").pull()
        }
        if case .interrupted(let remote, _, _) = error {
            #expect(remote == "county")
        } else {
            Issue.record("expected an interruption, got \(String(describing: error))")
        }
        #expect(error?.description.contains("连接在传输中断开了") == true || error?.description.contains("broke") == true)
        try await server.close()
        // Nobody listening at all is a node that cannot be reached
        let closed = await #expect(throws: SyncError.self) {
            _ = try await township.client(port: port, token: "nbt_test").pull()
        }
        if case .unreachable = closed {
        } else {
            Issue.record("expected unreachable, got \(String(describing: closed))")
        }
    }
}
