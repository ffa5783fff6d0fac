import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Synchronization
import Testing

@Suite struct ConcurrencyTests {
    @Test func aWriterThatWaitsTooLongGetsTheBusyMessage() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given two connections to one repository file, the second willing to wait only 0.2 s
        let path = folder.path("repository.sqlite").path
        let first = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        let second = try RevisionStore.open(at: path, busyTimeout: 0.2, logger: StoreTestSupport.logger)
        // When the first holds a write transaction until the second has tried to write (at most 30 s)
        let holdingLock = Atomic<Bool>(false)
        let secondTried = Atomic<Bool>(false)
        async let holding: Void = first.write { writer in
            try writer.save(Agency(id: "a", name: "甲"))
            holdingLock.store(true, ordering: .releasing)
            for _ in 0..<3000 where !secondTried.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        // (the second starts only once the first holds the lock, however loaded the machine is: up to 30 s)
        for _ in 0..<3000 where !holdingLock.load(ordering: .acquiring) {
            try await Task.sleep(for: .milliseconds(10))
        }
        let error = await #expect(throws: StoreError.self) {
            defer { secondTried.store(true, ordering: .releasing) }
            try await second.write { try $0.save(Agency(id: "b", name: "乙")) }
        }
        try await holding
        // Then the second gets the clear busy error, and only the first write landed
        #expect(error == .busy)
        #expect(
            error?.description == "仓库正忙：另一个 nianbao 正在写入。请稍后再试。")
        #expect(try await first.read { try $0.agencies().map(\.id) } == ["a"])
    }
}
