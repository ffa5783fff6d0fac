import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A county correction and a township edit to the same draft meet: both kept, the conflict shown, merged, closed
/// everywhere.
@Suite struct ConflictTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func differentUnitsMergeCleanlyAndTheMergeClosesTheConflictOnBothNodes() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            // Given a report both nodes have
            try await township.editCell(key, index: 0, to: "1", time: testTime(0))
            _ = try await client.push()
            // When the county corrects a cell and the township rewrites a paragraph
            try await county.editCell(key, index: 5, to: "7", time: testTime(10))
            try await township.editParagraph(key, index: 1, to: "乡里补充的一段话。", time: testTime(20))
            let sync = try await client.sync()
            // Then both heads are kept on both nodes, with an open conflict
            #expect(sync.push.conflicts.count == 1)
            #expect(try await township.repository.conflicts().count == 1)
            #expect(try await county.repository.conflicts().count == 1)
            await #expect(
                throws: RepositoryError.conflictOpen(key, heads: ["from-changzhang"], agencyName: "changzhang乡人民政府")
            ) {
                try await county.repository.mark(
                    key.description, as: .published, author: "县政务公开办", overriding: "冲突时也想公开")
            }
            // When the township merges
            let merge = try await township.repository.mergeHeads(of: key, author: "王芳", time: testTime(30))
            let revision = try #require(merge.revision)
            #expect(revision.parents.count == 2)
            #expect(merge.closed.count == 1)
            let merged = try await township.repository.report(at: key.description)
            #expect(
                merged
                    == SampleReport.rewritingParagraph(
                        of: SampleReport.settingTable3Cell(
                            of: SampleReport.settingTable3Cell(
                                of: SampleReport.make(agency: "changzhang乡人民政府", year: 2024), index: 0, to: "1"),
                            index: 5, to: "7"),
                        index: 1, to: "乡里补充的一段话。"))
            _ = try await client.sync()
            // Then the conflict is closed everywhere and the heads are equal
            #expect(try await township.repository.conflicts().isEmpty)
            #expect(try await county.repository.conflicts().isEmpty)
            #expect(try await county.drafts() == township.drafts())
            try await township.repository.mark(key.description, as: .submitted, author: "王芳")
            _ = try await client.sync()
            // (its table 3 does not add up: the county publishes it with a reason, which travels with the mark)
            try await county.repository.mark(
                key.description, as: .published, author: "县政务公开办", overriding: "县政府已审定")
            _ = try await client.pull()
            #expect(try await township.repository.resolve("\(key)@published").id == revision.id)
            let published = try #require(try await township.repository.reports().first?.mark(.published))
            #expect(published.isForced)
            #expect(published.comment?.comment == "县政府已审定")
        }
        #expect(try await county.repository.fsck().isClean)
        #expect(try await township.repository.fsck().isClean)
    }

    @Test func aCellChangedTwoWaysIsListedThenResolvedWithTake() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            try await township.editCell(key, index: 0, to: "1", time: testTime(0))
            _ = try await client.push()
            // The same cell, two ways
            try await county.editCell(key, index: 3, to: "8", time: testTime(10))
            try await township.editCell(key, index: 3, to: "9", time: testTime(20))
            let pull = try await client.pull()
            #expect(pull.reports.first?.heads.first?.status == .conflict)
            let listed = try await township.repository.mergeHeads(of: key, author: "王芳", time: testTime(30))
            #expect(!listed.isCommitted)
            let conflict = try #require(listed.result.conflicts.first)
            #expect(listed.result.conflicts.count == 1)
            #expect(conflict.ours == .text("9"))
            #expect(conflict.theirs == .text("8"))
            #expect(conflict.base == .text("0"))
            // Resolved for that unit with theirs (the county's)
            let merged = try await township.repository.mergeHeads(
                of: key, resolutions: [conflict.unit: .theirs], author: "王芳", time: testTime(31))
            #expect(merged.isCommitted)
            let push = try await client.push()
            #expect(push.results.first?.status == .fastForwarded)
            #expect(try await county.repository.conflicts().isEmpty)
            #expect(try await county.drafts() == township.drafts())
            let report = try await county.repository.report(at: key.description)
            #expect(
                report
                    == SampleReport.settingTable3Cell(
                        of: SampleReport.settingTable3Cell(
                            of: SampleReport.make(agency: "changzhang乡人民政府", year: 2024), index: 0, to: "1"),
                        index: 3, to: "8"))
        }
    }
}
