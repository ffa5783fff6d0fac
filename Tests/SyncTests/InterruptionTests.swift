import Foundation
import ProcessSpawn
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// Interrupted transfers resume without sending again what arrived, and a server killed during a push loses
/// nothing and doubles nothing.
@Suite struct InterruptionTests {
    /// Commits `count` reports (one per year) with a few revisions each.
    static func fill(_ node: TestNode, agency: String, count: Int) async throws {
        for year in 2000..<(2000 + count) {
            let key = ReportKey(agency: agency, year: year)
            for edit in 0..<3 {
                try await node.editCell(key, index: edit, to: "\(year % 100 + edit)", time: testTime(year * 10 + edit))
            }
        }
    }

    @Test func anInterruptedPushSendsOnlyWhatDidNotArrive() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let issued = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"])
        let token = issued.secret
        try await Self.fill(township, agency: "changzhang", count: 6)
        // Given the batches of a push that stopped after two thirds of its objects arrived
        let plan = try await township.repository.pushPlan(to: "county", states: [], scope: .agencies(["changzhang"]))
        let arrived = plan.objects.prefix(plan.objects.count * 2 / 3)
        let objects = try await township.repository.objects(Array(arrived), scope: .all)
        _ = try await county.repository.receive(
            objects: objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, updates: [],
            from: Sender(issued.token))
        try await withServer(county) { port in
            // When the push runs again
            let push = try await township.client(port: port, token: token, batchLimit: 25).push()
            // Then it sends only what did not arrive, and the reports land
            #expect(push.objectsSkipped == arrived.count)
            #expect(push.objectsSent == plan.objects.count - arrived.count)
            #expect(push.statistics.objectsSent == plan.objects.count - arrived.count)
            #expect(push.results.allSatisfy { $0.status == .created })
            // And a second push sends nothing
            let again = try await township.client(port: port, token: token).push()
            #expect(again.results.isEmpty && again.statistics.requests == 1)
        }
        #expect(try await county.drafts() == township.drafts())
        #expect(try await county.repository.fsck().isClean)
    }

    @Test func aServerKilledDuringAPushLosesNothingAndDoublesNothing() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await Self.fill(township, agency: "changzhang", count: 30)
        let total = try await township.repository.statistics().objectCount
        // Given a push in small batches to a server process killed with SIGKILL part way
        var server = try ServerProcess(repository: county.path)
        let first = township.client(port: server.port, token: token, batchLimit: 20)
        let killed = server
        await withTaskGroup(of: Void.self) { group in
            group.addTask { _ = try? await first.push() }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(250))
                killed.kill()
            }
        }
        let reopened = try ReportRepository.open(at: county.path, logger: TestNode.logger)
        let arrived = try await reopened.statistics().objectCount
        #expect(arrived < total, "the server was killed only after the push ended")
        #expect(try await reopened.fsck().isClean)
        // When the push is retried against the restarted server
        server = try ServerProcess(repository: county.path)
        defer { server.kill() }
        let push = try await township.client(port: server.port, token: token, batchLimit: 20).push()
        // Then what arrived is not sent again, everything lands once, and the store is sound
        #expect(push.objectsSent == total - arrived)
        let after = try await reopened.statistics()
        #expect(after.objectCount == total)
        #expect(after.revisions == 90)
        #expect(try await reopened.reportStates().count == 30)
        #expect(try await reopened.fsck().isClean)
        var drafts: [ReportKey: ObjectID] = [:]
        for state in try await reopened.reportStates() { drafts[state.report] = state.draft }
        #expect(try await township.drafts() == drafts)
    }
}

/// The built `nianbao serve` running as its own process on an ephemeral loopback port (started through
/// `ChildProcess`: Foundation's `Process.run()` in Swift 6.3 now and then crashes the caller).
struct ServerProcess: Sendable {
    let server: ChildProcess
    let port: Int

    init(repository: String) throws {
        let binary = Corpus.packageRoot.appendingPathComponent(".build/debug/nianbao")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "run `swift build` first")
        server = try ChildProcess(
            binary.path, arguments: ["serve", "--port", "0", "--repo", repository], error: .capture)
        var found: Int?
        for _ in 0..<200 where found == nil {
            Thread.sleep(forTimeInterval: 0.05)
            let text = String(decoding: server.errorOutput, as: UTF8.self)
            if let range = text.range(of: "127.0.0.1:") {
                found = Int(text[range.upperBound...].prefix { $0.isNumber })
            }
        }
        guard let found else {
            server.send(SIGKILL)
            _ = server.wait()
            throw CancellationError()
        }
        port = found
    }

    /// SIGKILL, and reap it.
    func kill() {
        server.send(SIGKILL)
        _ = server.wait()
    }
}
