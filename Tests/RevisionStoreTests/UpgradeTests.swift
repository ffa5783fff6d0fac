import Foundation
import GRDB
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

/// A repository file written by the previous version, full of work, opened by this one: brought up to date in place,
/// with every row kept.
@Suite struct UpgradeTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let time = Date(timeIntervalSince1970: 1_736_300_000)

    /// The tables of a file and their SQL, and the rows of each table (the columns of schema 4 only).
    static func contents(of reader: any DatabaseReader) throws -> (schema: [String], rows: [String: [String]]) {
        try reader.read { db in
            let schema = try String.fetchAll(
                db,
                sql: "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                    + " AND name != 'grdb_migrations' ORDER BY name")
            var rows: [String: [String]] = [:]
            for table in try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name != 'grdb_migrations'")
            {
                // (objects by name and kind: version 7 keeps their bodies compressed, CompressionTests)
                let columns =
                    switch table {
                    case "mark_comment": "agency, year, name, comment, author, time"
                    case "object": "id, hash, kind"
                    case "token": "id, hash, label, all_agencies, created, revoked"
                    default: "*"
                    }
                rows[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table)").map(\.description).sorted()
            }
            return (schema, rows)
        }
    }

    @Test func aPopulatedVersion4FileIsUpgradedWithEverythingKept() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        // Given a file with two revisions of a report, a second head and its open conflict, marks with a comment,
        // tokens, a remote and what was seen there
        let store = try RevisionStore.create(at: path, node: "county", logger: StoreTestSupport.logger)
        let (first, _) = try await StoreTestSupport.commit(
            SampleReport.make(), as: Self.key, in: store, time: Self.time)
        let (second, _) = try await StoreTestSupport.commit(
            SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "2"), as: Self.key, in: store,
            time: Self.time + 60)
        let side = try await store.write { writer in
            let (root, objects) = ObjectGraph.objects(of: SampleReport.make(paragraphs: 4))
            try writer.put(objects)
            let revision = EncodedObject(
                .revision(
                    RevisionContent(
                        report: Self.key, root: root, parents: [first], author: "乡", node: "changzhang",
                        time: Self.time + 120, message: "乡里改")))
            try writer.put([revision])
            try writer.moveRef(RefName(kind: .head, name: "changzhang"), of: Self.key, to: revision.id, at: Self.time)
            _ = try writer.openConflict(
                report: Self.key, head: "changzhang", ours: second, theirs: revision.id, base: first, origin: "token 乡")
            try writer.moveRef(.submitted, of: Self.key, to: first, at: Self.time)
            try writer.moveRef(.returned, of: Self.key, to: first, at: Self.time + 10)
            try writer.setMarkComment(
                MarkComment(report: Self.key, mark: .returned, comment: "请核对表三", author: "县", time: Self.time + 10),
                mark: .returned, of: Self.key)
            _ = try writer.insertToken(
                hash: Array(repeating: 7, count: 32), label: "常张乡", scope: .agencies(["changzhang"]), created: Self.time
            )
            try writer.saveRemote(Remote(name: "county", url: "http://10.1.2.3:8080", token: "nbt_x"))
            try writer.setRemoteRef(remote: "county", report: Self.key, ref: .draft, revision: first, at: Self.time)
            return revision.id
        }
        // … as schema version 4 leaves it: bodies as they are, the same tables without version 5's column, version
        // 6's and 7's tables, version 8's object kind and version 9's tables and column, version 11's
        // table, and no record of any of them
        try CompressionTests.downgradeToVersion6(path)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            // (version 12's and 13's triggers, tables and column, and no record of them)
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            for table in ["report_change", "change_sequence", "remote_sync", "agency_merge"] {
                try db.execute(sql: "DROP TABLE \(table)")
            }
            try db.execute(sql: "ALTER TABLE remote_ref DROP COLUMN moved")
            try db.execute(sql: "DROP TABLE mark_receipt")
            try db.execute(sql: "DROP TABLE upload")
            try db.execute(sql: "ALTER TABLE mark_comment DROP COLUMN forced")
            try db.execute(sql: "DELETE FROM object_kind WHERE code = 7")
            for table in ["audit", "person_agency", "person"] { try db.execute(sql: "DROP TABLE \(table)") }
            try db.execute(sql: "ALTER TABLE token DROP COLUMN owner")
            for table in ["agency_expected", "agency_alias", "note"] { try db.execute(sql: "DROP TABLE \(table)") }
            try db.execute(sql: "ALTER TABLE agency DROP COLUMN kind")
            try db.execute(
                sql: "DELETE FROM grdb_migrations WHERE identifier IN"
                    + " ('v5-mark-reason', 'v6-receipts', 'v8-originals', 'v9-people',"
                    + " 'v10-agencies', 'v11-workflow', 'v12-changes', 'v13-merges')")
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        let before = try Self.contents(of: queue)
        try queue.close()
        // When this program opens it
        let upgraded = try RevisionStore.open(at: path, logger: StoreTestSupport.logger)
        // Then it is at the current version, every row of version 4 is there as it was, the old comment is not
        // taken for a forced mark, and the file is sound
        #expect(try await upgraded.appliedMigrations() == RevisionStore.knownMigrations)
        let after = try DatabaseQueue(
            path: path,
            configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }())
        var upgradedRows = try Self.contents(of: after).rows
        // (version 8's one new row of a kept table: the object kind `blob`)
        let blobKind = upgradedRows["object_kind"]?.filter { $0.contains("'blob'") || $0.contains("\"blob\"") } ?? []
        #expect(blobKind.count == 1)
        upgradedRows["object_kind"]?.removeAll { blobKind.contains($0) }
        // (version 13's new column of a kept table: a remote ref's `moved`, unknown for what an older store saw)
        upgradedRows["remote_ref"] = upgradedRows["remote_ref"]?.map {
            $0.replacingOccurrences(of: " moved:NULL]", with: "]")
        }
        // (version 21's new column of a kept table: the order of a ref's move, 0 for what an older store moved)
        upgradedRows["ref"] = upgradedRows["ref"]?.map { $0.replacingOccurrences(of: " seq:0]", with: "]") }
        // (version 17's new columns of a kept table: no merged text written for the old conflict)
        upgradedRows["conflict"] = upgradedRows["conflict"]?.map {
            $0.replacingOccurrences(of: " written_ours:NULL written_theirs:NULL]", with: "]")
        }
        // (version 16's new column of a kept table: each revision's generation, worked out when the file is upgraded:
        // the first revision 1, the draft and the township's line on it 2 each; and version 20's, who made each,
        // read from the revision objects)
        let revisionRows = (upgradedRows["revision"] ?? []).map { $0.components(separatedBy: " generation:") }
        #expect(
            revisionRows.map { $0.dropFirst().first }
                == ["1 author:\"tester\"]", "2 author:\"tester\"]", "2 author:\"乡\"]"])
        upgradedRows["revision"] = revisionRows.map { ($0.first ?? "") + "]" }
        let keptRows = upgradedRows.filter { before.rows[$0.key] != nil }
        // (version 12's change sequence: every report of the old store changed at 1)
        #expect(upgradedRows["change_sequence"] == ["[id:1 value:1]"])
        #expect(upgradedRows["report_change"] == ["[agency:\"changzhang\" year:2024 seq:1]"])
        let newTablesEmpty = upgradedRows.filter {
            before.rows[$0.key] == nil && !["object_dictionary", "change_sequence", "report_change"].contains($0.key)
        }
        .values.allSatisfy { $0.isEmpty }
        #expect(keptRows == before.rows)
        #expect(newTablesEmpty)
        #expect(
            try await after.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == RevisionStore.schemaVersion)
        // (and its tables are exactly those of a file this version creates)
        let fresh = folder.path("fresh.sqlite").path
        _ = try RevisionStore.create(at: fresh, node: "n", logger: StoreTestSupport.logger)
        let freshQueue = try DatabaseQueue(path: fresh)
        #expect(try Self.contents(of: after).schema == Self.contents(of: freshQueue).schema)
        try freshQueue.close()
        try after.close()
        let comments = try await upgraded.read { try $0.markComments() }
        #expect(comments.map(\.comment) == ["请核对表三"])
        #expect(comments.first?.forced == false)
        #expect(try await upgraded.read { try $0.conflicts(openOnly: true).map(\.theirs) } == [side])
        #expect(try await upgraded.verify().isClean)
        // And it can be written again: a forced mark is recorded
        try await upgraded.write { writer in
            try writer.moveRef(.published, of: Self.key, to: second, at: Self.time + 200)
            try writer.setMarkComment(
                MarkComment(
                    report: Self.key, mark: .published, comment: "县政府已审定", author: "县", time: Self.time + 200,
                    forced: true), mark: .published, of: Self.key)
        }
        #expect(try await upgraded.read { try $0.markComments().filter(\.forced).map(\.mark) } == [.published])
    }
}
