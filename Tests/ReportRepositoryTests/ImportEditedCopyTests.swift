import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A folder imported again whose file is an edited older copy of a report someone corrected since: the correction is
/// never silently lost. The file is merged with it, as `commit` merges the same file; where it cannot be, that file
/// fails with `commit`'s refusal and the rest of the folder is imported. (Import used to commit the file as it was:
/// the corrected cell went back to 0, and nothing was said.)
@Suite struct ImportEditedCopyTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A repository file in `store` with `reports` imported from `folder` by the county (第 1 版 of each), then
    /// 常张乡's table-3 first cell corrected to 9 by 王审核 (第 2 版).
    static func corrected(
        _ reports: [String: Report], folder: TemporaryDirectory, store: TemporaryDirectory
    ) async throws -> (ReportRepository, corrected: Revision) {
        try RepositoryTestSupport.write(reports, to: folder.url)
        let repository = try RepositoryTestSupport.fileRepository(in: store)
        let first = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(first.imported.count == reports.count && first.failed.isEmpty)
        let draft = try await repository.report(at: key.description)
        let corrected = try await repository.commit(
            SampleReport.settingTable3Cell(of: draft, index: 0, to: "9"), to: key, author: "王审核", message: "县里更正"
        ).revision
        return (repository, corrected)
    }

    @Test func anEditedOlderCopyIsMergedWithTheCorrection() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let (repository, corrected) = try await Self.corrected(["常张乡.txt": report], folder: folder, store: store)
        // The file in the folder gets one paragraph edited, and the folder is imported again
        let edited = SampleReport.rewritingParagraph(of: report, index: 0, to: "坚持以公开为常态（补充）。")
        try RepositoryTestSupport.write(["常张乡.txt": edited], to: folder.url)
        let again = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(again.imported.map(\.file) == ["常张乡.txt"] && again.failed.isEmpty)
        let draft = try await repository.resolve(Self.key.description)
        #expect(draft.content.parents == [corrected.id])
        // Both the edit and the correction are in the draft, and the summary says the file was merged
        #expect(
            try await repository.report(at: Self.key.description)
                == SampleReport.settingTable3Cell(of: edited, index: 0, to: "9"))
        #expect(
            again.warnings.contains { $0.hasPrefix("常张乡.txt: 这份文件不是从本系统下载的，按你的第 1 版核对") },
            "\(again.warnings)")
    }

    @Test func anEditedOlderCopyOfTheCorrectedCellFailsAndTheRestIsImported() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let dazhuang = SampleReport.make(agency: "大庄乡人民政府", year: 2024)
        let (repository, corrected) = try await Self.corrected(
            ["常张乡.txt": report, "大庄乡.txt": dazhuang], folder: folder, store: store)
        // The township's copy changes the corrected cell too; 大庄乡's report has a new paragraph
        let clash = SampleReport.settingTable3Cell(of: report, index: 0, to: "7")
        let next = SampleReport.rewritingParagraph(of: dazhuang, index: 0, to: "大庄乡补充的一段。")
        try RepositoryTestSupport.write(["常张乡.txt": clash, "大庄乡.txt": next], to: folder.url)
        let again = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(again.imported.map(\.file) == ["大庄乡.txt"])
        #expect(try await repository.report(at: "dazhuang/2024") == next)
        // The file fails with the refusal `commit` gives for it; the draft keeps the correction
        #expect(again.failed.map(\.file) == ["常张乡.txt"])
        let refusal = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                clash, to: Self.key, author: "县政务公开办", message: "提交",
                source: ReportSource(diagnostics: [], original: nil))
        }
        // … and says how to lay the file over them all the same: `import` takes no --force
        let said = try #require(again.failed.first?.reason)
        #expect(said.hasPrefix(try #require(refusal?.description)), "\(again.failed)")
        #expect(said.hasSuffix("导入没有 --force：要按这个文件提交，请用 nianbao commit 这个文件 --force。"), "\(said)")
        #expect(again.failed.first?.reason.contains("改了同样的地方") == true)
        #expect(try await repository.resolve(Self.key.description).id == corrected.id)
    }

    /// The folder's file as it was imported, unedited, is still left as it is, with the summary's words.
    @Test func theUneditedFileRunAgainIsStillLeftAsItWas() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let (repository, corrected) = try await Self.corrected(["常张乡.txt": report], folder: folder, store: store)
        let again = try await repository.importFolder(at: folder.url.path, author: "李四")
        #expect(again.unchanged.map(\.file) == ["常张乡.txt"] && again.failed.isEmpty)
        #expect(again.warnings == ["常张乡.txt: 与第 1 版相同，草稿此后已有修改（现为第 2 版）：没有提交，草稿保持不变"])
        #expect(try await repository.resolve(Self.key.description).id == corrected.id)
    }
}
