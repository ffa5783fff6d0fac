import Foundation
import GRDB
import ReportModel

/// `fsck`: checks a whole store inside one read transaction, collecting problems instead of stopping at the first.
///
/// - SQLite's own check of the file (`PRAGMA quick_check`) and of its foreign keys;
/// - every object: its body expanded (when compressed) and rebuilt into canonical bytes, re-hashed against its name,
///   decoded, its kind as stored, every reference present and of the kind the reference says;
/// - every revision: entered in the revision index with its report, root, time, parents, generation and author, and nothing
///   else there;
///   every parent a revision of the same report;
/// - every ref: pointing to a stored revision of its own report.
struct StoreVerifier {
    let db: Database
    let path: String
    /// The delta chains met: objects are checked in row order, so each revision's base was expanded just before.
    private let deltas = DeltaCache()

    init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    private struct Identity {
        var id: ObjectID?
        var kind: ObjectKind?
    }

    func run() throws -> FsckReport {
        var report = FsckReport()
        for message in try FileCheck.problems(db) {
            report.problems.append(FsckProblem(.file, object: nil, message))
        }
        var identities: [Int64: Identity] = [:]
        // Since schema 15 no unique index keeps two rows from having one name: the writer looks each name up before
        // it stores it, and this checks that it did.
        var firstRow: [Data: Int64] = [:]
        for row in try ObjectRecord.identities(db) {
            identities[row.row] = Identity(id: ObjectID(bytes: row.hash), kind: CompactBody.kind(code: row.kind))
            if let first = firstRow.updateValue(row.row, forKey: row.hash) {
                report.problems.append(
                    FsckProblem(
                        .corrupt, object: ObjectID(bytes: row.hash),
                        Language.pick(
                            "同一内容存了两份",
                            "it is stored twice, in object rows \(min(first, row.row)) and \(max(first, row.row))")))
            }
        }
        let objects = try ObjectRecord.all().orderedByRow().fetchCursor(db)
        while let record = try objects.next() {
            report.objects += 1
            check(record, identities: identities, into: &report)
        }
        try checkIndex(identities: identities, into: &report)
        for ref in try RefRecord.fetchAll(db) {
            report.refs += 1
            check(ref, identities: identities, into: &report)
        }
        // Which versions of which reports the damage spoils: what the person pulls again or restores.
        let named = Set(report.problems.compactMap(\.object))
        if !named.isEmpty {
            let rows = Set(
                identities.compactMap { row, identity in identity.id.map(named.contains) == true ? row : nil })
            var reach = DamageReach(db: db, damaged: rows)
            report.affected = try reach.affected()
        }
        return report
    }

    private func check(_ record: ObjectRecord, identities: [Int64: Identity], into report: inout FsckReport) {
        guard let id = record.objectID else {
            report.problems.append(
                FsckProblem(
                    .corrupt, object: nil,
                    Language.pick("一个对象的名称已损坏", "object row \(record.id) has a damaged name")))
            return
        }
        guard let kind = record.objectKind else {
            report.problems.append(
                FsckProblem(
                    .malformed, object: id, Language.pick("未知的对象类别 \(record.kind)", "unknown kind code \(record.kind)"))
            )
            return
        }
        let body: [UInt8]
        do {
            body = try record.compactBody(in: db, deltas: deltas)
        } catch {
            // A compressed body that does not expand is damaged bytes, as is one that expands to the wrong ones.
            report.problems.append(
                FsckProblem(.corrupt, object: id, Language.pick("保存的内容已损坏，读不出来", "\(error)")))
            return
        }
        var referenceProblems: [FsckProblem] = []
        let bytes: [UInt8]
        do {
            bytes = try CompactBody.canonicalBytes(of: body, kind: kind) { row, expected in
                guard let identity = identities[row], let referenced = identity.id else {
                    referenceProblems.append(
                        FsckProblem(
                            .missingReference, object: id,
                            Language.pick("它引用的一个对象不在仓库里", "it refers to object row \(row), which is missing")))
                    return ObjectID.hashing([])
                }
                if identity.kind != expected {
                    referenceProblems.append(
                        FsckProblem(
                            .wrongKind, object: id,
                            Language.pick(
                                "它把 \(referenced.hex) 当作 \(expected.rawValue) 引用，但那是"
                                    + " \(identity.kind?.rawValue ?? "已损坏的对象")",
                                "it refers to \(referenced.hex) as a \(expected.rawValue), but that is a"
                                    + " \(identity.kind?.rawValue ?? "damaged object")")))
                }
                return referenced
            }
        } catch {
            report.problems.append(
                FsckProblem(.malformed, object: id, Language.pick("内容已损坏，无法解读", "\(error)")))
            return
        }
        report.problems += referenceProblems
        guard referenceProblems.isEmpty else { return }
        let actual = ObjectID.hashing(bytes)
        guard actual == id else {
            report.problems.append(
                FsckProblem(
                    .corrupt, object: id,
                    Language.pick("内容与名称不符（内容的哈希是 \(actual.hex)）", "its bytes hash to \(actual.hex)")))
            return
        }
        do {
            let object = try CanonicalObject.decode(bytes)
            if object.kind != kind {
                report.problems.append(
                    FsckProblem(
                        .malformed, object: id,
                        Language.pick(
                            "存为 \(kind.rawValue)，实为 \(object.kind.rawValue)",
                            "stored as a \(kind.rawValue) but is a \(object.kind.rawValue)"))
                )
            }
            if case .revision(let revision) = object {
                report.revisions += 1
                try checkIndexed(revision, id: id, row: record.id, into: &report)
            }
        } catch {
            report.problems.append(
                FsckProblem(.malformed, object: id, Language.pick("内容已损坏，无法解读", "\(error)")))
        }
    }

    private func checkIndexed(
        _ revision: RevisionContent, id: ObjectID, row: Int64, into report: inout FsckReport
    )
        throws
    {
        guard let index = try RevisionIndexRecord.fetchOne(db, key: row) else {
            report.problems.append(
                FsckProblem(
                    .index, object: id, Language.pick("修订索引里没有这个修订", "the revision is missing from the revision index"))
            )
            return
        }
        let root = try ObjectRecord.locate(revision.root, in: db)?.row
        let parents = try RevisionParentRecord.all().filter(revision: row).fetchAll(db).map(\.parent)
        let expectedParents = try revision.parents.map { try ObjectRecord.locate($0, in: db)?.row }
        if index.agency != revision.report.agency || index.year != revision.report.year || index.root != root
            || index.time != Int64(revision.time.timeIntervalSince1970) || parents != expectedParents
            || index.author.map({ $0 != revision.author }) == true
        {
            report.problems.append(
                FsckProblem(
                    .index, object: id, Language.pick("修订索引与修订不一致", "the revision index disagrees with the revision")))
        }
        let parentGenerations = try RevisionIndexRecord.generations(ofRows: expectedParents.compactMap { $0 }, in: db)
        if let generation = index.generation, generation != 1 + (parentGenerations.values.map(\.generation).max() ?? 0)
        {
            report.problems.append(
                FsckProblem(
                    .index, object: id,
                    Language.pick(
                        "修订索引记它为第 \(generation) 版，与父修订不符",
                        "the revision index gives it generation \(generation), its parents' say otherwise")))
        }
        for (parent, row) in zip(revision.parents, expectedParents) {
            let parentIndex = try row.flatMap { try RevisionIndexRecord.fetchOne(db, key: $0) }
            guard parentIndex?.agency != revision.report.agency || parentIndex?.year != revision.report.year else {
                continue
            }
            report.problems.append(
                FsckProblem(
                    .parent, object: id,
                    Language.pick(
                        "它的父修订 \(parent.hex) 不是同一份报告（\(revision.report)）的修订",
                        "its parent \(parent.hex) is not a revision of the same report (\(revision.report))")))
        }
    }

    private func checkIndex(identities: [Int64: Identity], into report: inout FsckReport) throws {
        for index in try RevisionIndexRecord.fetchAll(db) where identities[index.object]?.kind != .revision {
            report.problems.append(
                FsckProblem(
                    .index, object: identities[index.object]?.id,
                    Language.pick("修订索引的一项指向的不是修订", "an index entry names no revision object")))
        }
    }

    private func check(_ ref: RefRecord, identities: [Int64: Identity], into report: inout FsckReport) {
        let name = Language.pick(
            "\(ref.agency)/\(ref.year) 的 \(ref.name)", "the \(ref.name) of \(ref.agency)/\(ref.year)")
        guard let identity = identities[ref.revision], let id = identity.id else {
            report.problems.append(
                FsckProblem(.ref, object: nil, Language.pick("\(name) 指向不存在的对象", "\(name) points to a missing object")))
            return
        }
        guard identity.kind == .revision else {
            report.problems.append(
                FsckProblem(
                    .ref, object: id,
                    Language.pick(
                        "\(name) 指向的是 \(identity.kind?.rawValue ?? "?")，不是修订",
                        "\(name) points to a \(identity.kind?.rawValue ?? "?")")))
            return
        }
        let index = try? RevisionIndexRecord.fetchOne(db, key: ref.revision)
        if let index, index.agency != ref.agency || index.year != ref.year {
            report.problems.append(
                FsckProblem(
                    .ref, object: id,
                    Language.pick(
                        "\(name) 指向 \(index.agency)/\(index.year) 的修订",
                        "\(name) points to a revision of \(index.agency)/\(index.year)")))
        }
    }
}
