import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// The repository's doors that change a report's text for a person — commit, upload, restore, merge — hold her to
/// her role and reach (``PersonRules``), for the pages and the terminal alike: a clerk of 大庄乡 named at the county's
/// terminal had committed to 常张乡's report under her name (rv113 F8). Another agency's report is answered as one that
/// does not exist.
@Suite struct PrincipalEditingTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    /// A report no one has: what another agency's must read like.
    static let nowhere = ReportKey(agency: "xiaozhuang", year: 2024)
    static let clerk = Principal(
        person: Person(
            id: 1, name: "赵六", role: .clerk, agencies: ["dazhuang"], created: Date(timeIntervalSince1970: 0)))
    static let viewer = Principal(
        person: Person(id: 2, name: "观察员", role: .viewer, agencies: [], created: Date(timeIntervalSince1970: 0)))

    /// What a door throws, said with `key`'s agency where the error names `other`'s.
    static func refusal(
        _ door: () async throws(RepositoryError) -> Void, naming other: String = nowhere.agency
    ) async -> String? {
        do {
            try await door()
            return nil
        } catch {
            return error.description.replacingOccurrences(of: other, with: key.agency)
        }
    }

    @Test func aClerkOfAnotherAgencyChangesNothingThereAndIsToldItIsNotThere() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let first = try await repository.commit(SampleReport.make(), to: Self.key, author: "李四", message: "初稿")
        let report = SampleReport.make(paragraphs: 4)
        let before = try await repository.reports()
        // Commit, upload, restore and merge: each refused as for a report that is not there
        for (there, nowhere) in [
            (Self.key, Self.nowhere), (ReportKey(agency: "changzhang", year: 2023), Self.nowhere),
        ] {
            let refused = await Self.refusal { () async throws(RepositoryError) in
                try await repository.commit(report, to: there, by: Self.clerk, message: "改", force: true)
            }
            let missing = await Self.refusal { () async throws(RepositoryError) in
                try await repository.commit(report, to: nowhere, by: Self.clerk, message: "改", force: true)
            }
            #expect(refused != nil)
            #expect(refused == missing)
        }
        let bytes = Array(ReportText.render(report).utf8)
        let uploaded = await Self.refusal { () async throws(RepositoryError) in
            _ = try await repository.commit(bytes: bytes, named: "常张乡.txt", to: Self.key, by: Self.clerk)
        }
        #expect(uploaded != nil)
        let restored = await Self.refusal { () async throws(RepositoryError) in
            _ = try await repository.restore("changzhang/2024#1", by: Self.clerk)
        }
        let restoredNowhere = await Self.refusal { () async throws(RepositoryError) in
            _ = try await repository.restore("xiaozhuang/2024#1", by: Self.clerk)
        }
        #expect(restored != nil)
        #expect(restored == restoredNowhere)
        let prefix = first.revision.id.shortHex(8)
        await #expect(throws: RepositoryError.unknownRevision(prefix: prefix)) {
            _ = try await repository.restore(prefix, by: Self.clerk)
        }
        let merged = await Self.refusal { () async throws(RepositoryError) in
            _ = try await repository.mergeHeads(of: Self.key, by: Self.clerk, takeAll: .ours)
        }
        let mergedNowhere = await Self.refusal { () async throws(RepositoryError) in
            _ = try await repository.mergeHeads(of: Self.nowhere, by: Self.clerk, takeAll: .ours)
        }
        #expect(merged != nil)
        #expect(merged == mergedNowhere)
        // Nothing changed, and no revision is hers
        #expect(try await repository.reports() == before)
        // Her own agency's report she commits, under her name
        let own = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府"), to: ReportKey(agency: "dazhuang", year: 2024), by: Self.clerk,
            message: "初稿")
        #expect(own.revision.content.author == "赵六")
    }

    @Test func aViewerChangesNoReport() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.commit(SampleReport.make(), to: Self.key, author: "李四", message: "初稿")
        let before = try await repository.reports()
        let notAllowed = RepositoryError.people(.notAllowed(role: .viewer, action: .edit))
        await #expect(throws: notAllowed) {
            try await repository.commit(
                SampleReport.make(paragraphs: 4), to: Self.key, by: Self.viewer, message: "改")
        }
        await #expect(throws: notAllowed) {
            _ = try await repository.restore("changzhang/2024#1", by: Self.viewer)
        }
        await #expect(throws: notAllowed) {
            _ = try await repository.mergeHeads(of: Self.key, by: Self.viewer, takeAll: .ours)
        }
        #expect(try await repository.reports() == before)
        // What the conflict page shows she may read: the merge computed, nothing written
        await #expect(throws: RepositoryError.noConflict(Self.key, agencyName: "常张乡人民政府")) {
            _ = try await repository.mergeHeads(of: Self.key, by: Self.viewer, commit: false)
        }
    }

    @Test func anImportIsHeldToTheRoleAndReachOfWhoImports() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.commit(SampleReport.make(), to: Self.key, author: "李四", message: "初稿")
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try Data(ReportText.render(SampleReport.make(paragraphs: 4)).utf8).write(to: folder.path("常张乡.txt"))
        let plan = try ReportRepository.planImport(of: folder.url.path)
        let before = try await repository.reports()
        // A viewer: refused before any file is read
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .edit))) {
            try await repository.importFolder(plan, by: Self.viewer)
        }
        // A clerk of 大庄乡: 常张乡's file fails as one of an office no one registered, and nothing is made
        let summary = try await repository.importFolder(plan, by: Self.clerk)
        #expect(summary.imported.isEmpty && summary.newAgencies.isEmpty)
        let reason = try #require(summary.failed.first?.reason)
        #expect(reason == RepositoryError.agency(.agencyNotFound("changzhang")).description, "\(reason)")
        #expect(try await repository.reports() == before)
    }
}
