import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A township's push whose template table is not in its template's shape — a cell twice, cells out of order, a row
/// twice — is refused and nothing of it stored (review rv107 F10); a table in the shape the parser makes goes in.
@Suite struct ForgedTableTests {
    /// Table 3 of a report changed by `forge`, pushed onto the draft with 常张乡's token.
    static func push(
        _ forge: (inout Table) -> Void, into repository: ReportRepository, onto draft: Revision
    ) async throws -> ReceiveOutcome {
        var report = try await repository.report(at: draft.id.hex)
        guard case .table(var table) = report.sections[2].blocks[0] else {
            throw RepositoryError.malformedRef("table 3")
        }
        forge(&table)
        report.sections[2].blocks[0] = .table(table)
        let (root, objects) = ObjectGraph.objects(of: report)
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: OwnedTokenTests.key, root: root, parents: [draft.id], author: "常张乡党政办",
                    node: "changzhang", time: Date(timeIntervalSince1970: 1_736_310_000), message: "改表三")))
        let township = Sender(try await OwnedTokenTests.token(.agencies(["changzhang"]), owner: nil, in: repository))
        return try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: OwnedTokenTests.key, ref: .draft, revision: revision.id, expected: draft.id)],
            from: township)
    }

    @Test func aTableNotInItsTemplatesShapeIsRefused() async throws {
        let (repository, draft) = try await OwnedTokenTests.repository()
        let before = try await repository.statistics().objectCount
        let forgeries: [(String, (inout Table) -> Void)] = [
            ("a cell twice", { $0.rows[0].cells.append($0.rows[0].cells[0]) }),
            ("cells swapped", { $0.rows[0].cells.swapAt(0, 1) }),
            ("a cell missing", { $0.rows[0].cells.removeLast() }),
            ("a row twice", { $0.rows.append($0.rows[0]) }),
        ]
        for (name, forge) in forgeries {
            await #expect(throws: RepositoryError.self, "\(name)") {
                _ = try await Self.push(forge, into: repository, onto: draft)
            }
        }
        #expect(try await repository.statistics().objectCount == before)
        #expect(try await repository.reports().first?.head.id == draft.id)
        // The same push with a figure changed in the template's shape goes in
        let outcome = try await Self.push({ $0.rows[0].cells[0].text = "7" }, into: repository, onto: draft)
        #expect(outcome.results.first?.status == .fastForwarded)
    }
}
