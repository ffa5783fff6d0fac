// Which revisions a damaged object spoils: what `fsck` names beside each problem, so that a person knows which
// reports and versions to pull again or restore.

import GRDB
import ReportModel

/// The revisions whose document holds one of some damaged objects (their own content, not their history).
struct DamageReach {
    let db: Database
    /// The rows found damaged.
    let damaged: Set<Int64>
    private var walk: ObjectGraphWalk
    private var spoiled: [Int64: Bool] = [:]

    init(db: Database, damaged: Set<Int64>) {
        self.db = db
        self.damaged = damaged
        walk = ObjectGraphWalk(db: db)
    }

    /// The revisions each report has that hold a damaged object, by report, with their version numbers.
    mutating func affected() throws -> [FsckReport.Affected] {
        var found: [ReportKey: [Int]] = [:]
        for revision in try RevisionIndexRecord.fetchAll(db) {
            guard damaged.contains(revision.object) || holdsDamage(revision.root) else { continue }
            found[ReportKey(agency: revision.agency, year: revision.year), default: []].append(revision.generation ?? 0)
        }
        return found.keys.sorted().map { key in
            FsckReport.Affected(report: key, generations: (found[key] ?? []).sorted())
        }
    }

    /// Whether the tree under a row holds a damaged object (an object that cannot be read counts as one).
    private mutating func holdsDamage(_ row: Int64) -> Bool {
        if let known = spoiled[row] { return known }
        var result = damaged.contains(row)
        if !result {
            if let children = try? walk.node(row).children {
                for child in children where holdsDamage(child) {
                    result = true
                    break
                }
            } else {
                result = true
            }
        }
        spoiled[row] = result
        return result
    }
}
