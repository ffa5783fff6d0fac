import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// A node's slow work waits only behind its own: two repositories in one process (the test suite's hundreds of nodes)
/// each have their lanes, while the copies of one repository (a server's handlers) share them.
@Suite struct NodeLaneTests {
    /// Work that holds a lane's place until it is let go.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)

        func hold() { semaphore.wait() }

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
}
