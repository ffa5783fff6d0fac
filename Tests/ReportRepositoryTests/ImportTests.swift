import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

@Suite struct ImportTests {
    @Test func newAgencyIDsAreThePinyinOfTheirNames() {
        // The same agency written three ways gets one id, readable, never `ag-…`
        #expect(AgencyNaming.readableID(for: "常张乡人民政府", taken: []) == "changzhang")
        #expect(AgencyNaming.readableID(for: "常张乡", taken: []) == "changzhang")
        #expect(AgencyNaming.readableID(for: "常张乡　人民政府", taken: []) == "changzhang")
        #expect(AgencyNaming.readableID(for: "开原市中固镇人民政府", taken: []) == "zhonggu")
        #expect(AgencyNaming.readableID(for: "长子县教育局", taken: []) == "jiaoyuju")
        #expect(AgencyNaming.readableID(for: "城关街道办事处", taken: []) == "chengguan")
        // Unique against the ids taken
        #expect(AgencyNaming.readableID(for: "常张乡", taken: ["changzhang"]) == "changzhang-2")
        #expect(AgencyNaming.readableID(for: "常张乡", taken: ["changzhang", "changzhang-2"]) == "changzhang-3")
        #expect(Agency.isValidID(AgencyNaming.readableID(for: "大庄乡", taken: [])))
    }

    @Test func aFolderIsImportedOnceAndThenFoundUnchanged() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a folder with three reports, a note that is not a report, and a subfolder
        try RepositoryTestSupport.write(
            [
                "changzhang-2024.txt": SampleReport.make(agency: "常张乡人民政府", year: 2024),
                "changzhang-2023.txt": SampleReport.make(agency: "常张乡人民政府", year: 2023),
                "dazhuang-2024.txt": SampleReport.make(agency: "大庄乡人民政府", year: 2024),
            ], to: folder.url)
        try Data("会议记录\n".utf8).write(to: folder.path("notes.txt"))
        try FileManager.default.createDirectory(at: folder.path("old"), withIntermediateDirectories: true)
        let repository = try RepositoryTestSupport.memoryRepository()
        // When it is imported twice
        let first = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        let second = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        // Then the reports are imported under ids made from their names, the note fails with the parser's reason,
        // and the second import changes nothing
        #expect(
            first.imported.map(\.file).sorted() == ["changzhang-2023.txt", "changzhang-2024.txt", "dazhuang-2024.txt"])
        #expect(
            first.imported.map(\.report.description).sorted() == [
                "changzhang/2023", "changzhang/2024", "dazhuang/2024",
            ])
        #expect(first.failed.map(\.file) == ["notes.txt"])
        #expect(first.failed.first?.reason.contains("不是政府信息公开工作年度报告") == true)
        #expect(first.warnings.isEmpty)
        #expect(second.imported.isEmpty)
        #expect(second.unchanged.count == 3)
        #expect(try await repository.reports().count == 3)
    }

    @Test func anImportRunAgainLeavesADraftEditedSince() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        try RepositoryTestSupport.write(["changzhang-2024.txt": report], to: folder.url)
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        // Given a draft edited after the import
        let key = ReportKey(agency: "changzhang", year: 2024)
        let edited = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: key, author: "王芳", message: "改正表三")
        // When the same folder is imported again
        let again = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        // Then the old text is not committed over the edit, and the summary says why
        #expect(again.imported.isEmpty)
        #expect(again.unchanged.map(\.file) == ["changzhang-2024.txt"])
        #expect(again.warnings.contains { $0.contains("与第 1 版相同") && $0.contains("现为第 2 版") })
        #expect(try await repository.resolve(key.description).id == edited.revision.id)
        // A commit by hand of the old text is still what the person asked for
        let back = try await repository.commit(report, to: key, author: "王芳", message: "恢复原文")
        #expect(back.status == .committed)
    }

    @Test func theMappingFileGivesIdsAndParents() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try RepositoryTestSupport.write(
            [
                "a.txt": SampleReport.make(agency: "常张乡人民政府", year: 2024),
                "b.txt": SampleReport.make(agency: "大庄乡", year: 2024),
            ], to: folder.url)
        try Data("# 名称\t编号\t上级\n长子县人民政府\tzhangzi\n常张乡\tchangzhang\tzhangzi\nb.txt\tdazhuang\tzhangzi\n".utf8)
            .write(to: folder.path(AgencyMapping.fileName))
        let repository = try RepositoryTestSupport.memoryRepository()
        let summary = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(summary.failed.isEmpty)
        #expect(summary.imported.map(\.report.description) == ["changzhang/2024", "dazhuang/2024"])
        let agencies = try await repository.agencies()
        #expect(agencies.map(\.id) == ["changzhang", "dazhuang", "zhangzi"])
        #expect(agencies.first?.parent == "zhangzi")
    }

    /// A folder with two versions of one report: the one saved last becomes the draft, whatever the names say
    /// (`年报-修改稿.txt` sorts before `年报.txt`), and the summary says so in Chinese; run again, the older file is
    /// said to equal 第 1 版, the version it is.
    @Test func twoFilesOfOneReportAreCommittedInTheOrderTheyWereSaved() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let report = SampleReport.make()
        try RepositoryTestSupport.write(
            ["年报.txt": report, "年报-修改稿.txt": SampleReport.settingTable3Cell(of: report, index: 0, to: "3")],
            to: folder.url)
        let saved = Date(timeIntervalSince1970: 1_736_300_000)
        try FileManager.default.setAttributes([.modificationDate: saved], ofItemAtPath: folder.path("年报.txt").path)
        try FileManager.default.setAttributes(
            [.modificationDate: saved.addingTimeInterval(3600)], ofItemAtPath: folder.path("年报-修改稿.txt").path)
        let repository = try RepositoryTestSupport.memoryRepository()
        let summary = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(summary.imported.map(\.file) == ["年报.txt", "年报-修改稿.txt"])
        #expect(
            summary.warnings == [
                "年报-修改稿.txt 和 年报.txt 是同一份报告（changzhang/2024）：按文件保存时间先后提交，后保存的 年报-修改稿.txt 成为草稿，"
                    + "年报.txt 的内容留在历史里（不对时用 `nianbao restore` 把要用的版本恢复为草稿）"
            ])
        #expect(
            try await repository.log("changzhang/2024").map(\.content.message) == [
                "导入 年报-修改稿.txt", "导入 年报.txt",
            ])
        let again = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(again.imported.isEmpty)
        let first = try await repository.resolve("changzhang/2024#1")
        let draft = try await repository.resolve("changzhang/2024")
        #expect(again.unchanged.map(\.file) == ["年报.txt", "年报-修改稿.txt"])
        #expect(again.unchanged.map(\.revision) == [first.id, draft.id])
        #expect(again.warnings == ["年报.txt: 与第 1 版相同，草稿此后已有修改（现为第 2 版）：没有提交，草稿保持不变"])
    }

    /// Two versions of one report saved at the same moment (a folder copied with `cp -r`): the import cannot tell
    /// which came last and says so, naming the one that became the draft by the names' order.
    @Test func twoFilesOfOneReportSavedAtOnceAreSaidToBeInNameOrder() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let report = SampleReport.make()
        try RepositoryTestSupport.write(
            ["年报.txt": report, "年报-修改稿.txt": SampleReport.settingTable3Cell(of: report, index: 0, to: "3")],
            to: folder.url)
        let repository = try RepositoryTestSupport.memoryRepository()
        let summary = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(summary.imported.map(\.file) == ["年报-修改稿.txt", "年报.txt"])
        #expect(
            summary.warnings == [
                "年报.txt 和 年报-修改稿.txt 是同一份报告（changzhang/2024），保存时间相同，看不出哪个在后：按文件名顺序提交，"
                    + "年报.txt 成为草稿，年报-修改稿.txt 的内容留在历史里，请核对（不对时用 `nianbao restore` 把要用的版本恢复为草稿）"
            ])
    }

    /// Another process holds the repository: the import stops at the first file that found it busy, and lists the
    /// rest as not imported at once, instead of waiting the busy timeout for each of them in turn.
    @Test func anImportThatFindsTheRepositoryBusyStopsThere() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let reports = try TemporaryDirectory()
        defer { reports.remove() }
        try RepositoryTestSupport.write(
            [
                "a.txt": SampleReport.make(agency: "常张乡人民政府", year: 2024),
                "b.txt": SampleReport.make(agency: "大庄乡人民政府", year: 2024),
                "c.txt": SampleReport.make(agency: "青石镇人民政府", year: 2024),
            ], to: reports.url)
        let path = folder.path("county.sqlite").path
        _ = try ReportRepository.create(at: path, node: "county", logger: RepositoryTestSupport.logger)
        let holder = try RevisionStore.open(at: path, logger: RepositoryTestSupport.logger)
        let importer = try RepositoryTestSupport.fileRepository(at: path, busyTimeout: 0.2)
        // The lock is held until the import has ended (at most a minute), whatever the machine's speed
        let started = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let held = Task {
            try await holder.write { _ in
                started.continuation.yield()
                _ = release.wait(timeout: .now() + 60)
            }
        }
        for await _ in started.stream { break }
        let summary = try await importer.importFolder(at: reports.url.path, author: "县政务公开办")
        release.signal()
        try await held.value
        #expect(summary.stoppedBusy)
        #expect(summary.imported.isEmpty)
        #expect(summary.failed.map { $0.file } == ["a.txt", "b.txt", "c.txt"])
        #expect(summary.failed.allSatisfy { $0.reason.contains("仓库正忙") }, "\(summary.failed)")
        #expect(try await importer.reports().isEmpty)
    }

    @Test func anAgencyAlreadyKnownByNameKeepsItsId() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.save(Agency(id: "changzhang", name: "常张乡"))
        try RepositoryTestSupport.write(["a.txt": SampleReport.make(agency: "常张乡人民政府", year: 2025)], to: folder.url)
        let summary = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(summary.imported.map(\.report.description) == ["changzhang/2025"])
    }

    @Test func aMissingFolderOrABadMappingIsRefusedBeforeAnythingIsImported() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        let missing = folder.path("nowhere").path
        await #expect(throws: RepositoryError.folderNotFound(path: missing)) {
            try await repository.importFolder(at: missing, author: "a")
        }
        try RepositoryTestSupport.write(["a.txt": SampleReport.make()], to: folder.url)
        await #expect(throws: RepositoryError.notAFolder(path: folder.path("a.txt").path)) {
            try await repository.importFolder(at: folder.path("a.txt").path, author: "a")
        }
        let mapping = folder.path(AgencyMapping.fileName)
        try Data("常张乡\t常张\n".utf8).write(to: mapping)
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.importFolder(at: folder.url.path, author: "a")
        }
        guard case .badMapping(_, 1, _) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(try await repository.reports().isEmpty)
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
    func theSampleReportsImportUnderTheirOwnNamesAndYears() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in Corpus.seedNames {
            try Corpus.data("seeds/\(name)").write(to: folder.path(name))
        }
        let repository = try RepositoryTestSupport.memoryRepository()
        let summary = try await repository.importFolder(at: folder.url.path, author: "a")
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(summary.imported.count == 5)
        let years = Dictionary(uniqueKeysWithValues: summary.imported.map { ($0.file, $0.report.year) })
        #expect(years["002_a820d62a7dc226b5.txt"] == 2023)
        #expect(years["000_35b5a4da37cb7d63.txt"] == 2024)
        #expect(try await repository.fsck().isClean)
        // What is stored is what the parser read, object for object.
        for entry in summary.imported {
            let parsed = try ReportParser.parse(try Corpus.data("seeds/\(entry.file)")).report
            #expect(try await repository.report(at: entry.revision.hex) == parsed)
        }
    }
}
