import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// A node's slow work waits only behind its own: two repositories in one process (the test suite's hundreds of nodes)
/// each have their lanes, while the copies of one repository (a server's handlers) share them. In the uploads' lane
/// one person's files take one of its two places at most: one clerk's two slow files filled it, and every other
/// office's upload waited 206 s behind them (review rr99 F2).
@Suite struct NodeLaneTests {
    /// Work that holds a lane's place until it is let go.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)

        func hold() { semaphore.wait() }

        /// Whether the gate lets the work through within `seconds`.
        func hold(seconds: Int) -> Bool { semaphore.wait(timeout: .now() + .seconds(seconds)) == .success }

        func open(_ count: Int) {
            for _ in 0..<count { semaphore.signal() }
        }
    }

    @Test func anotherNodesUploadsDoNotWaitBehindThisNodes() async throws {
        let busy = try RepositoryTestSupport.memoryRepository()
        let other = try RepositoryTestSupport.memoryRepository()
        let gate = Gate()
        // Both of the busy node's upload places are taken by reads that have not finished.
        let held = (0..<2).map { _ in Task { await busy.lanes.uploads.run { gate.hold() } } }
        let copy = busy
        #expect(copy.lanes === busy.lanes)
        #expect(other.lanes !== busy.lanes)
        // The other node's upload is read and stored meanwhile (bounded: the busy reads are let go after 60 s at the
        // latest, so a lane shared with the busy node shows as the upload finishing second, not as a hang).
        let text = ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2024))
        let first = await withTaskGroup(of: String.self) { group in
            group.addTask {
                let result = try? await other.commit(
                    bytes: Array(text.utf8), named: "常张乡.txt", to: ReportKey(agency: "changzhang", year: 2024),
                    author: "李四", time: RepositoryTestSupport.time)
                return result?.outcome.status == .committed ? "upload" : "upload failed"
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(60))
                return "deadline"
            }
            let winner = await group.next() ?? "none"
            gate.open(2)
            group.cancelAll()
            return winner
        }
        for task in held { await task.value }
        #expect(first == "upload")
    }

    /// 李四's first file is being read and his second waits for his place, while 王五's upload is read and stored in
    /// the lane's other place; 李四's second is read once his first is.
    @Test func aPersonsSecondFileWaitsWhileAnothersFirstIsRead() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let lane = repository.lanes.uploads
        let gate = Gate()
        let started = Gate()
        let first = Task {
            await lane.run(for: "李四") {
                started.open(1)
                return gate.hold(seconds: 60)
            }
        }
        var isStarted = false
        for _ in 0..<300 where !isStarted {
            try await Task.sleep(for: .milliseconds(100))
            isStarted = started.hold(seconds: 0)
        }
        try #require(isStarted)
        /// A person's upload of their office's report, through the repository as the web page's.
        func upload(_ person: String, _ agency: String, _ id: String) async -> Bool {
            let text = ReportText.render(SampleReport.make(agency: agency, year: 2024))
            let result = try? await repository.commit(
                bytes: Array(text.utf8), named: "\(agency).txt", to: ReportKey(agency: id, year: 2024),
                author: person, time: RepositoryTestSupport.time)
            return result?.outcome.status == .committed
        }
        // 李四's second upload waits for his place
        let second = Task { await upload("李四", "常张乡人民政府", "changzhang") }
        var waiting = 0
        for _ in 0..<300 where waiting == 0 {
            try await Task.sleep(for: .milliseconds(100))
            waiting = await lane.waiting
        }
        #expect(waiting == 1)
        // 王五's is read and stored meanwhile (a lane filled by 李四 shows as his first held for 60 s)
        #expect(await upload("王五", "大庄乡人民政府", "dazhuang"))
        #expect(await lane.waiting == 1)
        gate.open(1)
        #expect(await first.value)
        #expect(await second.value)
        #expect(await lane.waiting == 0)
    }
}
