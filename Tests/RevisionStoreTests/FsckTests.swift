import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

@Suite struct FsckTests {
    @Test func aSoundStorePassesAndCountsWhatItChecked() async throws {
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let report = SampleReport.make()
        try await StoreTestSupport.commit(report, as: key, in: store)
        try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: report, index: 3, to: "2"), as: key, in: store)
        let result = try await store.verify()
        #expect(result.isClean, "\(result.problems)")
        #expect(result.revisions == 2)
        #expect(result.refs == 1)
        #expect(result.objects == (try await store.read { try $0.statistics().objectCount }))
    }

    @Test func oneCorruptedByteIsReported() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a repository file with a report
        let path = folder.path("repository.sqlite").path
        let store = try RevisionStore.create(at: path, node: "n", logger: StoreTestSupport.logger)
        try await StoreTestSupport.commit(SampleReport.make(), as: ReportKey(agency: "a", year: 2024), in: store)
        // When one byte of one paragraph's stored text is flipped behind the store's back
        let paragraph = EncodedObject(.paragraph("本年度未收取信息处理费。"))
        try await store.writer.write { db in
            let body = try #require(
                try Data.fetchOne(
                    db, sql: "SELECT body FROM object WHERE hash = ?", arguments: [Data(paragraph.id.bytes)]))
            var bytes = [UInt8](body)
            bytes[bytes.count - 1] ^= 0x20
            try db.execute(
                sql: "UPDATE object SET body = ? WHERE hash = ?", arguments: [Data(bytes), Data(paragraph.id.bytes)])
        }
        // Then fsck names that object as corrupt, and reading the report fails clearly instead of returning bad text
        let result = try await store.verify()
        #expect(result.problems.map(\.kind) == [.corrupt])
        #expect(result.problems.first?.object == paragraph.id)
        // … in Chinese, for the person who runs it
        // … with the report and version it spoils
        #expect(result.affected == [FsckReport.Affected(report: ReportKey(agency: "a", year: 2024), generations: [1])])
        let said = result.problems.first?.description ?? ""
        #expect(said.hasPrefix("内容已损坏：对象 \(paragraph.id.hex)：保存的内容已损坏，读不出来"), "\(said)")
        await #expect(throws: StoreError.self) {
            try await store.read { reader in
                try reader.report(
                    root: try reader.requireRevision(
                        try #require(try reader.ref(.draft, of: ReportKey(agency: "a", year: 2024))?.revision)
                    ).root)
            }
        }
    }

    @Test func aTransferReadGivesBackEveryObjectAsWrittenAndRefusesACorruptedOne() async throws {
        // Given two revisions of a report
        let store = try StoreTestSupport.memoryStore()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let report = SampleReport.make()
        let edited = SampleReport.settingTable3Cell(of: report, index: 3, to: "2")
        let (first, _) = try await StoreTestSupport.commit(report, as: key, in: store)
        let (second, _) = try await StoreTestSupport.commit(edited, as: key, in: store)
        let written = Dictionary(
            (ObjectGraph.objects(of: report).objects + ObjectGraph.objects(of: edited).objects).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        // When every object of their transfer plan is read, in the plan's order, by one reader
        let read = try await store.read { reader in
            var objectReader = reader.objectReader()
            return try reader.transferPlan(want: [second], have: []).map { try objectReader.object($0.id) }
        }
        // Then each comes back with the bytes and kind it was written with, and the revisions among them
        let objects = read.compactMap { $0 }
        #expect(objects.count == read.count)
        #expect(objects.filter { $0.kind == .revision }.map(\.id) == [first, second])
        for object in objects where object.kind != .revision {
            #expect(written[object.id] == object)
        }
        // And when one row's body is changed behind the store's back, reading that object fails clearly
        let paragraph = try #require(objects.first { $0.kind == .paragraph })
        try await store.writer.write { db in
            try db.execute(
                sql: "UPDATE object SET body = CAST(body AS BLOB) || x'00' WHERE hash = ?",
                arguments: [Data(paragraph.id.bytes)])
        }
        await #expect(throws: StoreError.self) {
            try await store.read { reader in
                var objectReader = reader.objectReader()
                _ = try objectReader.object(paragraph.id)
            }
        }
    }

    @Test func aDroppedIndexEntryIsReportedAndRebuilt() async throws {
        let store = try StoreTestSupport.memoryStore()
        try await StoreTestSupport.commit(SampleReport.make(), as: ReportKey(agency: "a", year: 2024), in: store)
        try await store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM revision")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        #expect(try await store.verify().problems.contains { $0.kind == .index })
        #expect(try await store.rebuildIndexes() == 1)
        #expect(try await store.verify().isClean)
    }

    @Test func aRefToAMissingObjectIsReported() async throws {
        let store = try StoreTestSupport.memoryStore()
        try await StoreTestSupport.commit(SampleReport.make(), as: ReportKey(agency: "a", year: 2024), in: store)
        try await store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE ref SET revision = 999999")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let problems = try await store.verify().problems
        #expect(problems.contains { $0.kind == .ref })
    }
}
