import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The board's batch export, unzipped and given to `nianbao import`: the workbook and `说明.txt` Nianbao itself put
/// beside the Word files had been listed as failures (`失败 …汇总表.xlsx：文件是压缩包…`, `失败 说明.txt：这段文字不是…年度报告`,
/// rv105 F10). They are skipped, each said to be what it is, told by its content: under other names too.
@Suite struct WebBatchExportImportTests {
    @Test func anImportOfTheUnzippedExportSkipsItsWorkbookAndNotes() async throws {
        let fixture = try await WebBoardTests.fixture()
        let (folder, place) = (try TemporaryDirectory(), try TemporaryDirectory())
        defer {
            folder.remove()
            place.remove()
        }
        try await fixture.test { client in
            let response = try await WebBatchExportTests.export(
                fixture.county, ["changzhang/2024", "dazhuang/2024", "anyang/2024"], client: client)
            #expect(response.status == .ok)
            for (name, bytes) in try WebBatchExportTests.files(response) {
                // (renamed, as a person saving them may: the content tells them, not the name)
                let saved = name.hasSuffix(".docx") ? name : "副本-" + name.replacingOccurrences(of: ".", with: "-")
                try bytes.write(to: folder.path(saved))
            }
        }
        let city = try ReportRepository.create(
            at: place.path("city.sqlite").path, node: "市政务公开办", logger: WebFixture.logger)
        let summary = try await city.importFolder(at: folder.url.path, author: "赵市审")
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(Set(summary.imported.map(\.report.description)) == ["changzhang/2024", "dazhuang/2024"])
        let skipped = Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.file, $0.reason) })
        #expect(
            Set(skipped.keys) == ["副本-2024年政府信息公开工作年度报告汇总表（county）-xlsx", "副本-说明-txt"], "\(summary.skipped)")
        #expect(skipped["副本-2024年政府信息公开工作年度报告汇总表（county）-xlsx"]?.contains("Excel 工作簿") == true)
        #expect(skipped["副本-说明-txt"]?.contains("批量导出附带的说明") == true)
    }

    /// A text that is no report and not the notes, and an OpenDocument text (.odt), still fail, with the reader's
    /// words: the .odt is never called a Word file.
    @Test func anotherFileThatIsNoReportStillFails() async throws {
        let (folder, place) = (try TemporaryDirectory(), try TemporaryDirectory())
        defer {
            folder.remove()
            place.remove()
        }
        try Data("会议纪要\n今天开会。\n".utf8).write(to: folder.path("纪要.txt"))
        // the head of an .odt: a zip whose first entry is the mimetype
        var odt = Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26))
        odt += Data("mimetypeapplication/vnd.oasis.opendocument.text".utf8)
        try odt.write(to: folder.path("常张乡年报.odt"))
        let city = try ReportRepository.create(
            at: place.path("city.sqlite").path, node: "市政务公开办", logger: WebFixture.logger)
        let summary = try await city.importFolder(at: folder.url.path, author: "赵市审")
        #expect(summary.skipped.isEmpty)
        #expect(Set(summary.failed.map(\.file)) == ["纪要.txt", "常张乡年报.odt"])
        let odtReason = try #require(summary.failed.first { $0.file == "常张乡年报.odt" }?.reason)
        #expect(odtReason.contains("不是 Word（.docx）文件"), "\(odtReason)")
    }
}
