import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

@Suite struct CommitTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func firstCommitMakesTheDraftAndRecordsTheAgency() async throws {
        // Given an empty repository
        let repository = try RepositoryTestSupport.memoryRepository()
        // When a report is committed
        let outcome = try await repository.commit(
            SampleReport.make(), to: key, author: "王芳", message: "初稿", time: RepositoryTestSupport.time)
        // Then it is the draft head, with no parent, made on this node, and the agency is known by its name
        #expect(outcome.status == .committed)
        #expect(outcome.revision.parents.isEmpty)
        #expect(outcome.revision.content.node == "county")
        #expect(try await repository.resolve("changzhang/2024") == outcome.revision)
        #expect(try await repository.agencies() == [Agency(id: "changzhang", name: "常张乡人民政府")])
    }

    @Test func aReportTooLargeToSyncWholeIsRefusedAndNothingIsStored() async throws {
        // Given a repository with a draft
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.commit(SampleReport.make(), to: key, author: "王芳", message: "初稿")
        let before = try await repository.statistics()
        // When a report of more parts than one revision may hold is committed (a compendium, not a yearly report)
        let limit = ReportRepository.maxObjectsPerRevision
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(SampleReport.make(paragraphs: limit), to: key, author: "王芳", message: "汇编")
        }
        // Then it is refused, saying how many parts against the limit, and nothing is stored
        guard case .reportTooLarge(let objects, _) = error else {
            Issue.record("expected reportTooLarge, got \(String(describing: error))")
            return
        }
        #expect(objects > limit)
        #expect(error?.kind == .tooLarge)
        #expect(String(describing: error).contains("\(limit)"))
        #expect(try await repository.statistics() == before)
        // A report of exactly as many parts as the limit, its revision included, is taken; one more is not
        let fitting = limit - (objects - limit)
        await #expect {
            try await repository.commit(
                SampleReport.make(paragraphs: fitting + 1), to: key, author: "王芳", message: "多一段")
        } throws: { error in
            guard case RepositoryError.reportTooLarge(let count, _) = error else { return false }
            return count == limit + 1
        }
        let taken = try await repository.commit(
            SampleReport.make(paragraphs: fitting), to: key, author: "王芳", message: "正好")
        #expect(taken.status == .committed)
    }

    @Test func aReportOfMoreBytesThanOnePackHoldsIsRefusedAndNothingIsStored() async throws {
        // Given an empty repository
        let repository = try RepositoryTestSupport.memoryRepository()
        // When a report of few parts but more bytes than one revision may hold is committed
        var report = SampleReport.make()
        let long = String(repeating: "本年度政务公开工作汇编材料。", count: 1 + ReportRepository.maxBytesPerRevision / 42 / 2)
        report.sections[4].blocks += [.paragraph(Paragraph("甲" + long)), .paragraph(Paragraph("乙" + long))]
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(report, to: key, author: "王芳", message: "汇编")
        }
        // Then it is refused, saying how many bytes, and nothing is stored
        guard case .reportTooLarge(_, let bytes) = error else {
            Issue.record("expected reportTooLarge, got \(String(describing: error))")
            return
        }
        #expect(bytes > ReportRepository.maxBytesPerRevision)
        #expect(try await repository.statistics().objectCount == 0)
    }

    @Test func anUnchangedDocumentCommitsNothing() async throws {
        // Given a committed report
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make()
        let first = try await repository.commit(report, to: key, author: "a", message: "1")
        let before = try await repository.statistics()
        // When the same document is committed again, by someone else, later
        let again = try await repository.commit(report, to: key, author: "b", message: "2", time: Date() + 60)
        // Then nothing is written and the outcome says so, naming the head
        #expect(again.status == .unchanged)
        #expect(again.revision == first.revision)
        #expect(again.stored == PutSummary())
        #expect(try await repository.statistics() == before)
    }

    @Test func anEditFollowsTheHeadAndStoresOnlyWhatChanged() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make()
        let first = try await repository.commit(report, to: key, author: "a", message: "1")
        let edited = SampleReport.rewritingParagraph(of: report, index: 1, to: "2024年，常张乡全年主动公开政府信息150条。")
        let second = try await repository.commit(edited, to: key, author: "a", message: "2")
        #expect(second.revision.parents == [first.revision.id])
        // paragraph, its subsection, section 一, root, revision
        #expect(second.stored.stored == 5)
        #expect(try await repository.report(at: "changzhang/2024") == edited)
        #expect(try await repository.report(at: "changzhang/2024~1") == report)
    }

    @Test(arguments: ["", "a/b", "常张乡", "-x", String(repeating: "a", count: 65)])
    func invalidAgencyIDsAreRefused(id: String) async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        await #expect(throws: RepositoryError.invalidAgencyID(id)) {
            try await repository.commit(
                SampleReport.make(), to: ReportKey(agency: id, year: 2024), author: "a", message: "m")
        }
    }

    @Test func aFileThatIsNotAReportIsRefusedAndChangesNothing() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.commit(SampleReport.make(), to: key, author: "a", message: "1")
        let before = try await repository.statistics()
        let file = folder.path("notes.txt")
        try Data("明天开会，记得带材料。\n".utf8).write(to: file)
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(fileAt: file.path, to: key, author: "a")
        }
        guard case .parse(let path, _) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == file.path)
        #expect(try await repository.statistics() == before)
        await #expect(throws: RepositoryError.unreadableFile(path: folder.path("missing.txt").path)) {
            try await repository.commit(fileAt: folder.path("missing.txt").path, to: key, author: "a")
        }
    }

    @Test func exportedTextCommitsBackAsUnchanged() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = ReportGenerator(numbers: .distinct).make(seed: 7)
        try await repository.commit(report, to: key, author: "a", message: "1")
        let file = folder.path("export.txt")
        try Data(try await repository.exportText("changzhang/2024").utf8).write(to: file)
        let (outcome, _) = try await repository.commit(fileAt: file.path, to: key, author: "a")
        #expect(outcome.status == .unchanged)
    }
}
