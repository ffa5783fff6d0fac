import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import SyncServer

/// A township on a slow line: a large answer takes longer to leave than the wait for the next request head, and
/// that wait must not start before the answer has left (it cut pulls of large revisions off mid-answer, every time).
@Suite struct SlowReaderTests {
    @Test func theWaitForTheNextRequestStartsWhenTheAnswerHasLeft() throws {
        let loop = EmbeddedEventLoop()
        let limits = ConnectionLimits(
            headerTimeout: .seconds(1), bodyRateWindow: .seconds(60), minimumBodyBytesPerSecond: 1000,
            connectionsPerAddress: 64, connections: 128)
        let channel = EmbeddedChannel(
            handler: ConnectionGuard(limits: limits, tally: ConnectionTally(), logger: Logger(label: "test")),
            loop: loop)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
        // A request, and its answer queued whole but not yet out (the client reads slowly)
        try channel.writeInbound(
            HTTPRequestPart.head(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        channel.write(HTTPResponsePart.head(HTTPResponse(status: .ok)), promise: nil)
        channel.write(HTTPResponsePart.body(ByteBuffer(repeating: 0x41, count: 1 << 20)), promise: nil)
        channel.write(HTTPResponsePart.end(nil), promise: nil)
        // Long past the header timeout, the answer still going out: the connection stays
        loop.advanceTime(by: .seconds(30))
        #expect(channel.isActive)
        // Once it has left, the wait for the next request head starts, and ends the idle connection
        channel.flush()
        loop.advanceTime(by: .milliseconds(500))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
        _ = try? channel.finish()
    }
}
