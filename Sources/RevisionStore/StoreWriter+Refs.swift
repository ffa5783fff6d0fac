// Moving and removing the refs of a report (its draft, marks and heads), compare-and-swap.

public import Foundation
import GRDB
import Logging
public import ReportModel

extension StoreWriter {
    /// Points a ref of a report to one of its revisions.
    ///
    /// - Parameters:
    ///   - name: Which ref.
    ///   - report: Whose.
    ///   - revision: A stored revision of that report.
    ///   - expectation: What the ref must point to now for the move to happen (compare-and-swap).
    ///   - time: When it moves.
    /// - Throws: ``StoreError/revisionNotFound(_:)``, ``StoreError/revisionOfAnotherReport(_:expected:found:)``,
    ///   ``StoreError/refMoved(_:ref:expected:found:)``.
    public func moveRef(
        _ name: RefName, of report: ReportKey, to revision: ObjectID, expecting expectation: RefExpectation = .any,
        at time: Date = Date()
    ) throws {
        guard let (row, code) = try ObjectRecord.locate(revision, in: db), CompactBody.kind(code: code) == .revision,
            let index = try RevisionIndexRecord.fetchOne(db, key: row)
        else { throw StoreError.revisionNotFound(revision) }
        let found = ReportKey(agency: index.agency, year: index.year)
        guard found == report else {
            throw StoreError.revisionOfAnotherReport(revision, expected: report, found: found)
        }
        try check(expectation, name: name, of: report)
        if name.kind == .mark { try removeMarkReceipt(name.name, of: report) }
        // (numbered above the report's other refs: which moved later is told apart within one second, ``RefMoment``)
        let order = try RefRecord.hasOrder(db)
        let last =
            try order
            ? Int64.fetchOne(
                db.cachedStatement(sql: "SELECT MAX(seq) FROM ref WHERE agency = ? AND year = ?"),
                arguments: [report.agency, report.year]) : nil
        try RefRecord(
            agency: report.agency, year: report.year, kind: name.kind.rawValue, name: name.name, revision: row,
            moved: Int64(time.timeIntervalSince1970.rounded(.down)), seq: order ? (last ?? 0) + 1 : nil
        ).save(db)
        logger.debug(
            "moved ref", metadata: ["report": "\(report)", "ref": "\(name)", "revision": "\(revision.shortHex())"])
    }

    /// Removes a ref of a report (sync drops a head once a merge has joined it).
    ///
    /// - Returns: Whether there was such a ref.
    /// - Throws: ``StoreError/refMoved(_:ref:expected:found:)`` when it does not point where expected.
    @discardableResult
    public func removeRef(
        _ name: RefName, of report: ReportKey, expecting expectation: RefExpectation = .any
    ) throws
        -> Bool
    {
        try check(expectation, name: name, of: report)
        return try RefRecord.all().filter(
            agency: report.agency, year: report.year, kind: name.kind.rawValue, name: name.name
        )
        .deleteAll(db) > 0
    }

    /// Refuses a move or removal when the ref is not where `expectation` says.
    private func check(_ expectation: RefExpectation, name: RefName, of report: ReportKey) throws {
        let current = try ref(name, of: report)?.revision
        switch expectation {
        case .any:
            return
        case .absent where current == nil:
            return
        case .at(let expected) where current == expected:
            return
        case .absent, .at:
            let expected: ObjectID? = if case .at(let id) = expectation { id } else { nil }
            throw StoreError.refMoved(report, ref: name, expected: expected, found: current)
        }
    }
}
