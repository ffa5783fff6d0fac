import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient

// The JSON shapes of push, pull, sync, conflicts and merge (`--format json`), documented in Schema/sync-protocol.md
// ("CLI"). Fields are only ever added; a field without a value is null.

/// A sync conflict.
struct ConflictJSON: Encodable {
    let id: Int64
    let report: String
    let head: String
    let ours: String
    let theirs: String
    let base: String?
    let origin: String
    let opened: Date
    let closed: Date?
    let merge: String?

    init(_ conflict: SyncConflict) {
        id = conflict.id
        report = conflict.report.description
        head = conflict.head
        ours = conflict.ours.hex
        theirs = conflict.theirs.hex
        base = conflict.base?.hex
        origin = conflict.origin
        opened = conflict.opened
        closed = conflict.closed
        merge = conflict.merge?.hex
    }

    enum CodingKeys: String, CodingKey { case id, report, head, ours, theirs, base, origin, opened, closed, merge }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(report, forKey: .report)
        try container.encode(head, forKey: .head)
        try container.encode(ours, forKey: .ours)
        try container.encode(theirs, forKey: .theirs)
        try container.encode(base, forKey: .base)
        try container.encode(origin, forKey: .origin)
        try container.encode(opened, forKey: .opened)
        try container.encode(closed, forKey: .closed)
        try container.encode(merge, forKey: .merge)
    }
}

/// A head that moved or was kept.
struct HeadJSON: Encodable {
    let report: String
    let status: String
    let revision: String
    let previous: String?
    let draft: String
    let conflict: ConflictJSON?
    let closed: Int

    init(_ outcome: HeadOutcome) {
        report = outcome.report.description
        status = outcome.status.rawValue
        revision = outcome.revision.hex
        previous = outcome.previous?.hex
        draft = outcome.draft.hex
        conflict = outcome.conflict.map(ConflictJSON.init)
        closed = outcome.closed.count
    }

    enum CodingKeys: String, CodingKey { case report, status, revision, previous, draft, conflict, closed }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report, forKey: .report)
        try container.encode(status, forKey: .status)
        try container.encode(revision, forKey: .revision)
        try container.encode(previous, forKey: .previous)
        try container.encode(draft, forKey: .draft)
        try container.encode(conflict, forKey: .conflict)
        try container.encode(closed, forKey: .closed)
    }
}

/// `nianbao pull`.
struct PullJSON: Encodable {
    struct MarkJSON: Encodable {
        let report: String
        let mark: String
        let revision: String
        let comment: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report, forKey: .report)
            try container.encode(mark, forKey: .mark)
            try container.encode(revision, forKey: .revision)
            try container.encode(comment, forKey: .comment)
        }

        enum CodingKeys: String, CodingKey { case report, mark, revision, comment }
    }

    let remote: String
    let node: String
    let objectsReceived: Int
    let heads: [HeadJSON]
    let marks: [MarkJSON]
    let statistics: TransferStatistics

    init(_ report: PullReport) {
        remote = report.remote
        node = report.node
        objectsReceived = report.objectsReceived
        heads = report.reports.flatMap(\.heads).map(HeadJSON.init)
        marks = report.reports.flatMap { pulled in
            pulled.marks.sorted { $0.key < $1.key }.map {
                MarkJSON(
                    report: pulled.report.description, mark: $0.key, revision: $0.value.hex,
                    comment: pulled.comments[$0.key]?.comment)
            }
        }
        statistics = report.statistics
    }
}

/// `nianbao push`.
struct PushJSON: Encodable {
    struct ResultJSON: Encodable {
        let report: String
        let ref: String
        let status: String
        let revision: String
        let current: String?
        let conflict: ConflictJSON?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report, forKey: .report)
            try container.encode(ref, forKey: .ref)
            try container.encode(status, forKey: .status)
            try container.encode(revision, forKey: .revision)
            try container.encode(current, forKey: .current)
            try container.encode(conflict, forKey: .conflict)
        }

        enum CodingKeys: String, CodingKey { case report, ref, status, revision, current, conflict }
    }

    let remote: String
    let node: String
    let objectsSent: Int
    let objectsSkipped: Int
    let results: [ResultJSON]
    let statistics: TransferStatistics

    init(_ report: PushReport) {
        remote = report.remote
        node = report.node
        objectsSent = report.objectsSent
        objectsSkipped = report.objectsSkipped
        results = report.results.map {
            ResultJSON(
                report: $0.report.description, ref: $0.ref, status: $0.status.rawValue, revision: $0.revision.hex,
                current: $0.current?.hex, conflict: $0.conflict.map(ConflictJSON.init))
        }
        statistics = report.statistics
    }
}

/// `nianbao pull|push|sync --format json`: what happened and the conflicts open here afterwards.
struct SyncJSON: Encodable {
    let pull: PullJSON?
    let push: PushJSON?
    let statistics: TransferStatistics
    let openConflicts: [ConflictJSON]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pull, forKey: .pull)
        try container.encode(push, forKey: .push)
        try container.encode(statistics, forKey: .statistics)
        try container.encode(openConflicts, forKey: .openConflicts)
    }

    enum CodingKeys: String, CodingKey { case pull, push, statistics, openConflicts }
}
