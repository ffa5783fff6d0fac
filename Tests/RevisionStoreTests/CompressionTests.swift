import Foundation
import GRDB
import ObjectCodec
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// Object bodies kept compressed (zstd with the store's dictionary): names unchanged, every object read back as
/// written, damage found by fsck, older stores compressed when opened.
@Suite struct CompressionTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The compact bodies of a store, expanded, by row; and the bytes they take as stored.
    static func bodies(of reader: any DatabaseReader) throws -> (plain: [Int64: [UInt8]], stored: Int) {
        try reader.read { db in
            var plain: [Int64: [UInt8]] = [:]
            for record in try ObjectRecord.fetchAll(db, sql: "SELECT * FROM object") {
                plain[record.id] = try record.compactBody(in: db)
            }
            return (plain, try Int.fetchOne(db, sql: "SELECT sum(length(body)) FROM object") ?? 0)
        }
    }

    /// Each object's row, name and kind.
    static func names(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT id, hash, kind FROM object ORDER BY id").map(\.description)
    }

    /// Turns a current file back into what schema 6 wrote: bodies as they are, no codec column, no dictionary (and
    /// none of schema 14's deltas).
    static func downgradeToVersion6(_ path: String) throws {
        // (foreign keys off, as for a migration: the object table is rebuilt)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        let plain = try bodies(of: queue).plain
        try queue.write { db in
            try StoreTestSupport.undoVersion15(db)
            for (row, body) in plain {
                try db.execute(sql: "UPDATE object SET body = ? WHERE id = ?", arguments: [Data(body), row])
            }
            try db.execute(sql: "DROP INDEX object_by_base")
            try db.execute(sql: "ALTER TABLE object DROP COLUMN base")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v14-deltas'")
            try db.execute(sql: "ALTER TABLE object DROP COLUMN codec")
            try db.execute(sql: "DROP TABLE object_dictionary")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-compression'")
            try db.execute(sql: "PRAGMA user_version = 6")
        }
    }

    @Test func bodiesAreStoredCompressedAndReadBackUnderTheirNames() async throws {
        // Given a store with two revisions of a report
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make(paragraphs: 6)
        let (first, _) = try await StoreTestSupport.commit(report, as: Self.key, in: store)
        try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: report, index: 2, to: "7"), as: Self.key, in: store)
        // Then most bodies are kept compressed, in fewer bytes than their compact form
        let (plain, stored) = try Self.bodies(of: store.writer)
        let compressed = try await store.read { reader in
            try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM object WHERE codec = 1") ?? 0
        }
        #expect(compressed > plain.count / 2)
        #expect(stored < plain.values.map(\.count).reduce(0, +))
        // And every object reads back as the bytes of its name, the report as it was committed
        let objects = ObjectGraph.objects(of: report).objects
        for object in objects {
            #expect(try await store.read { try $0.object(object.id) } == object)
        }
        let read = try await store.read { reader in try reader.report(root: try reader.requireRevision(first).root) }
        #expect(read == report)
        #expect(try await store.verify().isClean)
    }

    @Test func aDamagedCompressedBodyIsFoundByFsckAndRefusedOnRead() async throws {
        // Given a store whose longest paragraph is kept compressed
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make(paragraphs: 6)
        try await StoreTestSupport.commit(report, as: Self.key, in: store)
        let paragraph = try #require(
            ObjectGraph.objects(of: report).objects.filter { $0.kind == .paragraph }.max {
                $0.bytes.count < $1.bytes.count
            })
        // When one byte of its compressed form is changed behind the store's back
        try await store.writer.write { db in
            let body = try #require(
                try Data.fetchOne(
                    db, sql: "SELECT body FROM object WHERE hash = ? AND codec = 1",
                    arguments: [Data(paragraph.id.bytes)]))
            var bytes = [UInt8](body)
            bytes[bytes.count / 2] ^= 0x41
            try db.execute(
                sql: "UPDATE object SET body = ? WHERE hash = ?", arguments: [Data(bytes), Data(paragraph.id.bytes)])
        }
        // Then fsck names that object as corrupt, and reading it fails clearly
        let result = try await store.verify()
        #expect(result.problems.map(\.kind) == [.corrupt])
        #expect(result.problems.first?.object == paragraph.id)
        await #expect(throws: StoreError.self) { try await store.read { try $0.object(paragraph.id) } }
    }

    @Test func aVersion6FileIsCompressedWhenOpenedWithEveryObjectKept() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        // Given a file as schema 6 wrote it, with two revisions of a report
        let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        let report = SampleReport.make(paragraphs: 6)
        let (first, _) = try await StoreTestSupport.commit(report, as: Self.key, in: store)
        let (second, _) = try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: report, index: 1, to: "9"), as: Self.key, in: store)
        try Self.downgradeToVersion6(path)
        let old = try DatabaseQueue(path: path)
        let before = try Self.bodies(of: old)
        let ids = try await old.read { try Self.names($0) }
        try old.close()
        // When this program opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then its bodies are compressed, the same rows under the same names, and everything reads as before
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        let after = try Self.bodies(of: upgraded.writer)
        #expect(after.plain == before.plain)
        #expect(after.stored < before.stored)
        #expect(try await upgraded.read { try Self.names($0.db) } == ids)
        #expect(try await upgraded.verify().isClean)
        #expect(try await upgraded.read { try $0.revisions(of: Self.key) }.sorted() == [first, second].sorted())
        let read = try await upgraded.read { reader in try reader.report(root: try reader.requireRevision(first).root) }
        #expect(read == report)
    }

    @Test func theCodecRefusesDamagedAndOversizeFramesWithoutCrashing() throws {
        let codec = try ZstdCodec(dictionary: Array("第一条 政府信息公开 主动公开 依申请公开".utf8) + Array(repeating: 7, count: 64))
        let text = Array(String(repeating: "本机关主动公开政府信息 12 条。", count: 40).utf8)
        let frame = codec.compressStored(text)
        #expect(frame.count < text.count)
        #expect(try codec.decompressStored(frame, limit: text.count) == text)
        // A frame that holds more than the reader allows is refused before it is expanded
        #expect(throws: CodecError.tooLarge(limit: 100)) { try codec.decompressStored(frame, limit: 100) }
        // Bytes that are no frame, cut frames and flipped frames give an error or other bytes, never a crash
        #expect(throws: CodecError.self) { try codec.decompressStored([1, 2, 3], limit: 1000) }
        #expect(throws: CodecError.self) {
            try codec.decompressStored(Array(frame.prefix(frame.count / 2)), limit: 4000)
        }
        for index in stride(from: 0, to: frame.count, by: 3) {
            var flipped = frame
            flipped[index] ^= 0xFF
            let result = try? codec.decompressStored(flipped, limit: 4000)
            #expect(result == nil || result != text || flipped == frame)
        }
        // Without a dictionary, a frame made with one does not read back as the text
        #expect((try? ZstdCodec().decompressStored(frame, limit: 4000)) != text)
    }

    @Test func oneCodecServesManyTasksAtOnceAndAContextThatFailedIsReusedCleanly() async throws {
        let codec = try ZstdCodec(dictionary: Array("第一条 政府信息公开 主动公开 依申请公开".utf8) + Array(repeating: 7, count: 64))
        let texts = (0..<16).map { Array(String(repeating: "本机关主动公开政府信息 \($0) 条。", count: 10 + $0).utf8) }
        let frames = texts.map { codec.compressStored($0) }
        // A frame that fails part-way leaves its context in the pool; the next call on it starts afresh
        let damaged = Array(frames[0].dropLast(frames[0].count / 3))
        #expect(throws: CodecError.self) { try codec.decompressStored(damaged, limit: 4000) }
        #expect(try codec.decompressStored(frames[1], limit: 4000) == texts[1])
        // Eight tasks share the codec (more than the contexts it keeps), each writing and reading its own texts
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for round in 0..<200 {
                        let index = (task * 7 + round) % texts.count
                        if codec.compressStored(texts[index]) != frames[index] { wrong += 1 }
                        if (try? codec.decompressStored(frames[index], limit: 4000)) != texts[index] { wrong += 1 }
                        if round % 10 == 0, (try? codec.decompressStored(damaged, limit: 4000)) != nil { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
