import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// A commit from a .docx, PDF or web page keeps the file itself with the revision, byte for byte and stored once;
/// a commit from plain text keeps none and says so when asked.
@Suite struct OriginalTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")
    static let key = ReportKey(agency: "qingshi", year: 2024)

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func aWordFileIsKeptByteForByteAndATextFileIsNot() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given the report committed from its .docx
        let committed = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.docx"), to: Self.key, author: "王芳", time: RepositoryTestSupport.time)
        #expect(committed.outcome.status == .committed)
        // Then its original is that file, byte for byte, with its name and format
        let found = try await repository.original(of: Self.key.description)
        #expect(found.revision.id == committed.outcome.revision.id)
        #expect(found.file.bytes == (try Self.bytes("qingshi-2024.docx")))
        #expect(found.file.name == "qingshi-2024.docx")
        #expect(found.file.fileExtension == "docx")
        #expect(found.revision.content.original?.formatName == "Word 文档（.docx）")
        // And the same file committed again commits nothing
        let again = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.docx"), to: Self.key, author: "王芳",
            time: RepositoryTestSupport.time + 60)
        #expect(again.outcome.status == .unchanged)
        // When a text with an edit is committed over it, that revision keeps no original
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let edited = SampleReport.settingTable3Cell(
            of: try ReportRepository.readReport(at: Self.fixture("qingshi-2024.docx")).report, index: 0, to: "77")
        try RepositoryTestSupport.write(["edited.txt": edited], to: folder.url)
        let text = try await repository.commit(
            fileAt: folder.path("edited.txt").path, to: Self.key, author: "王芳",
            time: RepositoryTestSupport.time + 120)
        #expect(text.outcome.status == .committed)
        await #expect(
            throws: RepositoryError.noOriginal(Self.key, revision: text.outcome.revision.id, agencyName: "青石镇人民政府")
        ) {
            try await repository.original(of: Self.key.description)
        }
        #expect(RepositoryError.noOriginal(Self.key, revision: text.outcome.revision.id).kind == .notFound)
        // And the earlier revision's original is still there
        #expect(try await repository.original(of: "\(Self.key)~1").file.bytes == (try Self.bytes("qingshi-2024.docx")))
    }

    @Test func aFileCommittedAgainLaterIsStoredOnce() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        _ = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.docx"), to: Self.key, author: "王芳", time: time)
        let pdf = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.pdf"), to: Self.key, author: "王芳", time: time + 60)
        #expect(pdf.outcome.status == .committed)
        #expect(try await repository.original(of: Self.key.description).file.fileExtension == "pdf")
        // The .docx again: its document and its original are stored already; only the revision is new
        let docx = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.docx"), to: Self.key, author: "王芳", time: time + 120)
        #expect(docx.outcome.status == .committed)
        #expect(docx.outcome.stored.stored == 1)
        #expect(
            try await repository.original(of: Self.key.description).file.bytes == (try Self.bytes("qingshi-2024.docx")))
        #expect(try await repository.fsck().problems.isEmpty)
        // gc keeps every original of the kept revisions
        let collected = try await repository.collectGarbage(time: time + 86400 * 3)
        #expect(collected.removed == 0)
        #expect(try await repository.original(of: "\(Self.key)~1").file.bytes == (try Self.bytes("qingshi-2024.pdf")))
    }

    @Test func importKeepsTheOriginalsOfAFolderOfMixedFiles() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for (source, target) in [
            ("qingshi-2024.docx", "青石镇.docx"), ("dazhuang-2023.cms.html", "大庄乡.html"),
        ] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(source), to: folder.path(target))
        }
        try RepositoryTestSupport.write(
            ["常张乡.txt": SampleReport.make(agency: "常张乡人民政府", year: 2024)], to: folder.url)
        let repository = try RepositoryTestSupport.memoryRepository()
        let summary = try await repository.importFolder(
            at: folder.url.path, author: "王芳", time: RepositoryTestSupport.time)
        #expect(summary.failed.isEmpty)
        let qingshi = try #require(summary.imported.first { $0.file == "青石镇.docx" })
        #expect(
            try await repository.original(of: qingshi.revision.hex).file.bytes == (try Self.bytes("qingshi-2024.docx")))
        let page = try #require(summary.imported.first { $0.file == "大庄乡.html" })
        let original = try await repository.original(of: page.revision.hex)
        #expect(original.file.fileExtension == "html")
        #expect(original.file.name == "大庄乡.html")
        #expect(original.file.bytes == (try Self.bytes("dazhuang-2023.cms.html")))
        let text = try #require(summary.imported.first { $0.file == "常张乡.txt" })
        await #expect(throws: RepositoryError.self) { try await repository.original(of: text.revision.hex) }
    }

    @Test func aRevisionKeepsTheParseDiagnosticsSoItsFindingsAreTheFiles() async throws {
        // Given a text whose table 4 the parser cannot read for certain (a scrambled extraction)
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let report = ReportGenerator(numbers: .balanced).make(seed: 7)
        let path = folder.path("scrambled.txt").path
        try Data(LayoutRenderer(layout: .scrambled, seed: 7).render(report).utf8).write(to: URL(fileURLWithPath: path))
        let parsed = try ReportRepository.readReport(at: path)
        let expected = ReportRepository.findings(of: parsed.report, previous: nil, diagnostics: parsed.diagnostics)
        #expect(expected.contains { $0.rule == "table-unreadable" && $0.kind == .reading })
        // When it is committed
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = ReportKey(agency: "scrambled", year: try #require(parsed.report.year))
        let committed = try await repository.commit(
            fileAt: path, to: key, author: "王芳", time: RepositoryTestSupport.time, force: true)
        // Then the revision keeps the diagnostics, and its findings are the file's, reading problems included
        #expect(committed.outcome.revision.content.diagnostics == parsed.diagnostics)
        #expect(try await repository.findings(of: key.description) == expected)
    }
    /// 公开 marks what was published, the Word file as much as its words: merged into an id that has the same text
    /// from another source (typed in, no original), the mark lands on a copy of the published revision with its file,
    /// not on the kept id's revision of the same words.
    @Test func anAgencyMergeKeepsThePublishedFileWithItsMark() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        try await repository.addAgency(id: "old", name: "青石乡", by: "管理员")
        try await repository.addAgency(id: "qingshi", name: "青石镇人民政府", by: "管理员")
        let old = ReportKey(agency: "old", year: 2024)
        let published = try await repository.commit(
            fileAt: Self.fixture("qingshi-2024.docx"), to: old, author: "王芳", time: time, force: true)
        let words = try await repository.report(at: published.outcome.revision.id.hex)
        try await repository.mark("old/2024", as: .submitted, author: "王芳", time: time)
        try await repository.mark("old/2024", as: .published, author: "县", overriding: "已核准", time: time)
        let edited = SampleReport.settingTable3Cell(of: words, index: 0, to: "9")
        try await repository.commit(edited, to: old, author: "王芳", message: "改", time: time + 60, force: true)
        // The kept id has the same words typed in, then the same edit
        try await repository.commit(words, to: Self.key, author: "县", message: "录入", time: time, force: true)
        try await repository.commit(edited, to: Self.key, author: "县", message: "改", time: time + 90, force: true)
        let outcome = try await repository.mergeAgency("old", into: "qingshi", author: "县", time: time + 120)
        #expect(outcome.same == [2024])
        let found = try await repository.original(of: "\(Self.key)@published")
        #expect(found.file.bytes == (try Self.bytes("qingshi-2024.docx")))
        #expect(try await repository.fsck().isClean)
    }
}
