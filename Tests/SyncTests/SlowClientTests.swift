import Foundation
import ReportRepository
import SyncServer
import Testing

/// Clients that send slowly or not at all, with no token, cannot take the connections of everyone else: a request
/// head must arrive in time, a body at a minimum rate, and one address holds only so many connections.
@Suite struct SlowClientTests {
    /// Small limits, so that the tests are quick.
    static let limits = NodeLimits(
        connections: ConnectionLimits(
            headerTimeout: .milliseconds(400), bodyRateWindow: .milliseconds(400), minimumBodyBytesPerSecond: 1000,
            connectionsPerAddress: 4, connections: 64))

    @Test func aRequestHeadThatNeverEndsIsCutOff() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        try await withLiveServer(county.repository, limits: Self.limits) { port in
            // Given a client that sends half a request head and then nothing
            let connection = try await RawConnection.open(port: port)
            try await connection.send("GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            // Then the server closes the connection (the head did not arrive within the header timeout)
            #expect(await connection.serverCloses(within: .seconds(10)))
            #expect(connection.received.isEmpty)
            // And a client that trickles a header byte at a time fares no better
            let trickle = try await RawConnection.open(port: port)
            var closed = false
            for character in "GET /v1/info HTTP/1.1\r\nHost: x\r\nX-A: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" {
                guard (try? await trickle.send(String(character))) != nil else { break }
                if await trickle.closes(within: .milliseconds(100)) {
                    closed = true
                    break
                }
            }
            #expect(closed)
            await trickle.close()
            // While a whole request is answered
            #expect(try await rawGet("/v1/info", port: port) == "HTTP/1.1 200 OK")
        }
    }

    @Test func aBodyThatTricklesIsCutOff() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        try await withLiveServer(county.repository, limits: Self.limits) { port in
            // Given a client that announces a body and sends it a byte every 100 ms (10 bytes/s, under 1000)
            let connection = try await RawConnection.open(port: port)
            try await connection.send(
                "POST /v1/objects/missing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"ids\": [")
            var closed = false
            for _ in 0..<100 {
                guard (try? await connection.send("\"")) != nil else {
                    closed = true
                    break
                }
                if await connection.closes(within: .milliseconds(100)) {
                    closed = true
                    break
                }
            }
            // Then the server closes it long before the body could end
            #expect(closed)
            await connection.close()
        }
    }

    @Test func manyHalfSentConnectionsFromOneAddressDoNotStarveOthers() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        var limits = Self.limits
        limits.connections.headerTimeout = .seconds(60)
        try await withLiveServer(county.repository, limits: limits) { port in
            // Given twenty half-sent requests from one address (127.0.0.2), with a header timeout that will not pass
            // during the test
            var attackers: [RawConnection] = []
            for _ in 0..<20 {
                let connection = try await RawConnection.open(port: port, from: "127.0.0.2")
                try? await connection.send("GET /v1/info HTTP/1.1\r\nHost: x\r\n")
                attackers.append(connection)
            }
            // Then all but the address's four are closed at once
            var refused = 0
            for connection in attackers where await connection.serverCloses(within: .milliseconds(200)) {
                refused += 1
            }
            #expect(refused == 16)
            // And a normal request from another address succeeds meanwhile
            #expect(try await rawGet("/v1/info", port: port, from: "127.0.0.1") == "HTTP/1.1 200 OK")
            for connection in attackers { await connection.close() }
        }
    }
}
