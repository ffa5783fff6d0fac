import Foundation
import ReportModel
import ReportRepository
import RevisionStore

/// Opens a sync conflict on 常张乡 2024 the way a sync does: a second head, from another line of the report.
enum ConflictMaker {
    static func openConflict(in fixture: WebFixture) async throws {
        let first = fixture.revisions2024[0].id
        try await fixture.repository.store.write { writer in
            try writer.moveRef(
                RefName(kind: .head, name: "township"), of: WebFixture.changzhang2024, to: first, expecting: .absent)
        }
    }
}
