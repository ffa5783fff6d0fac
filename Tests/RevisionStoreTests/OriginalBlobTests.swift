import Foundation
import GRDB
import ReportFixtures
import ReportModel
import Testing

@testable import RevisionStore

/// The original file of a revision, in blob objects its `original` field refers to: encoded canonically, stored
/// once, re-hashed by fsck, kept by gc with its revision and removed with it.
@Suite struct OriginalBlobTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// Bytes that are not UTF-8 and span three different blobs (the last one shorter).
    static let file: [UInt8] = (0..<(2 * OriginalReference.blobBytes + 1000)).map {
        UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13)
    }

    static let diagnostics = [
        Diagnostic(
            .warning, line: 42, code: .tableUnreadable, "表四无法从文本中可靠读取",
            subject: DiagnosticSubject(table: 4, text: "行政复议 1 0")),
        Diagnostic(.note, line: nil, code: .pageNumbers, "页码已略去"),
    ]

    /// Commits a report with an original file and diagnostics, as the repository layer does.
    static func commit(
        _ report: Report, original bytes: [UInt8], name: String = "常张乡2024年报.docx", in store: RevisionStore,
        time: Int = 0
    ) async throws -> (revision: RevisionContent, id: ObjectID, summary: PutSummary) {
        try await store.write { writer in
            let (root, objects) = ObjectGraph.objects(of: report)
            let cut = OriginalReference.cutting(bytes, name: name, format: "docx")
            var summary = try writer.put(objects + cut.blobs)
            let head = try writer.ref(.draft, of: key)?.revision
            let record = RevisionContent(
                report: key, root: root, parents: head.map { [$0] } ?? [], author: "王芳", node: "乡",
                time: Date(timeIntervalSince1970: 1_736_300_000 + Double(time)), message: "初稿",
                original: cut.reference, diagnostics: diagnostics)
            let revision = EncodedObject(.revision(record))
            summary.add(try writer.put([revision]))
            try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head))
            return (record, revision.id, summary)
        }
    }

    @Test func aRevisionWithItsOriginalAndDiagnosticsEncodesAndDecodesExactly() throws {
        let cut = OriginalReference.cutting(Self.file, name: "年报.docx", format: "docx")
        #expect(cut.blobs.count == 3)
        #expect(
            cut.blobs.map { $0.bytes.count - "nianbao-object 1 blob\n".utf8.count } == [1_048_576, 1_048_576, 1000])
        let record = RevisionContent(
            report: Self.key, root: ObjectID.hashing([1]), parents: [], author: "王芳", node: "乡",
            time: Date(timeIntervalSince1970: 1_736_300_000), message: "初稿", original: cut.reference,
            diagnostics: Self.diagnostics)
        let encoded = CanonicalObject.revision(record).encoded()
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains("\noriginal 11:年报.docx 4:docx blob:\(cut.blobs[0].id.hex) blob:"))
        #expect(text.contains("\ndiagnostic 7:warning 2:42 16:table-unreadable "))
        #expect(text.hasSuffix("diagnostic 4:note - 12:page-numbers 15:页码已略去 - - - -\n"))
        #expect(try CanonicalObject.decode(encoded) == .revision(record))
        // A blob is its bytes after the header, whatever they are
        #expect(try CanonicalObject.decode(cut.blobs[2].bytes) == .blob(Array(Self.file.suffix(1000))))
        // A revision without an original or diagnostics encodes as before they existed
        var plain = record
        plain.original = nil
        plain.diagnostics = []
        #expect(String(decoding: CanonicalObject.revision(plain).encoded(), as: UTF8.self).hasSuffix("message 6:初稿\n"))
        // An `original` that refers to anything but blobs, or a diagnostic with an unknown code, is malformed
        let wrongKind = text.replacingOccurrences(
            of: "blob:\(cut.blobs[0].id.hex)", with: "paragraph:\(cut.blobs[0].id.hex)")
        #expect(throws: ModelError.self) { try CanonicalObject.decode(Array(wrongKind.utf8)) }
        let unknownCode = text.replacingOccurrences(of: "16:table-unreadable", with: "16:table-unreadabl_")
        #expect(throws: ModelError.self) { try CanonicalObject.decode(Array(unknownCode.utf8)) }
    }

    @Test func theOriginalIsStoredOnceAndReadBackByteForByte() async throws {
        let store = try StoreTestSupport.memoryStore()
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await Self.commit(report, original: Self.file, in: store)
        #expect(first.summary.stored > 3)
        // The same file with another document: only the new document's objects and the revision are stored
        let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "9")
        let second = try await Self.commit(edited, original: Self.file, in: store, time: 1)
        #expect(second.summary.existing >= 3)
        let blobs = try await store.read { reader in
            try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM object WHERE kind = 7") ?? -1
        }
        #expect(blobs == 3)
        let bytes = try await store.read { reader in
            try second.revision.original?.parts.flatMap { part -> [UInt8] in
                guard case .blob(let piece) = try #require(try reader.object(part)).decoded() else { return [] }
                return piece
            }
        }
        #expect(bytes == Self.file)
        #expect(try await store.verify().problems.isEmpty)
    }

    @Test func fsckFindsACorruptedOriginalAndGCKeepsOnlyReachedOnes() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try RevisionStore.create(
            at: folder.path("repository.sqlite").path, node: "n", logger: StoreTestSupport.logger)
        let committed = try await Self.commit(SampleReport.make(), original: Self.file, in: store)
        let parts = try #require(committed.revision.original?.parts)
        // gc keeps the originals of kept revisions
        let collected = try await store.collectGarbage(arrivedBefore: Date())
        #expect(collected.removed == 0)
        // When one byte of the original's second blob is flipped behind the store's back
        try await store.writer.write { db in
            try db.execute(
                sql: "UPDATE object SET body = CAST(substr(body, 1, 10) AS BLOB) || x'ff' || substr(body, 12)"
                    + " WHERE hash = ?", arguments: [Data(parts[1].bytes)])
        }
        // Then fsck names that blob as corrupt
        let result = try await store.verify()
        #expect(result.problems.map(\.kind) == [.corrupt])
        #expect(result.problems.first?.object == parts[1])
        // And once no ref reaches the revision, gc removes its blobs with it
        try await store.write { writer in _ = try writer.removeRef(.draft, of: Self.key) }
        let removed = try await store.collectGarbage(arrivedBefore: Date().addingTimeInterval(60))
        #expect(removed.kept == 0)
        let left = try await store.read { reader in
            try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM object WHERE kind = 7") ?? -1
        }
        #expect(left == 0)
    }
}

/// A file of schema version 6 is brought to version 8: its revisions read as before and it takes originals.
@Suite struct OriginalUpgradeTests {
    @Test func aVersion6FileIsUpgradedAndKeepsItsRevisions() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        let old = try await StoreTestSupport.commit(SampleReport.make(), as: OriginalBlobTests.key, in: store)
        try await store.writer.write { db in
            try db.execute(sql: "DELETE FROM object_kind WHERE code = 7")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v8-originals'")
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        #expect(try await upgraded.read { try $0.requireRevision(old.revision).content.original } == nil)
        let committed = try await OriginalBlobTests.commit(SampleReport.make(), original: [1, 2, 3], in: upgraded)
        #expect(committed.revision.parents == [old.revision])
        #expect(try await upgraded.verify().problems.isEmpty)
    }
}
