import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore

/// Opens a sync conflict on 常张乡 2024 the way a push from the township does: a revision made from the first draft
/// (the cell the county's second revision changed to 3 changed to 4 instead) arrives through `receive`, and the
/// node keeps it as a second head with an open conflict. Another `cell` makes a conflict whose two sides changed
/// different places only.
enum ConflictMaker {
    /// The township's revision.
    @discardableResult
    static func openConflict(in fixture: WebFixture, cell: Int = 0, to value: String = "4") async throws -> ObjectID {
        let first = fixture.revisions2024[0]
        let base = try await fixture.repository.report(at: first.id.hex)
        let theirs = SampleReport.settingTable3Cell(of: base, index: cell, to: value)
        let (root, objects) = ObjectGraph.objects(of: theirs)
        let record = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [first.id], author: "常张乡党政办",
            node: "changzhang", time: Date(timeIntervalSince1970: 1_736_310_000), message: "新收申请改为4件")
        let revision = EncodedObject(.revision(record))
        let outcome = try await fixture.repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: first.id)
            ],
            from: Sender(label: "changzhang", scope: .agencies(["changzhang"])))
        precondition(outcome.results.first?.status == .conflict, "the push should open a conflict")
        return revision.id
    }
}
