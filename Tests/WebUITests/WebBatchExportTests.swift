import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing
import ZIPFoundation

@testable import WebUI

/// The board's batch export (`POST /batch/export`): one .zip with each ticked report's Word file, named by the
/// agency's Chinese name and the year, and the county's workbook of just those reports; 未报送 listed in `说明.txt`;
/// within the session's reach, a report outside it answered as one that does not exist.
@Suite struct WebBatchExportTests {
    /// The files of a zip, by name.
    static func files(_ response: TestResponse) throws -> [String: Data] {
        let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            files[entry.path] = bytes
        }
        return files
    }

    static func export(
        _ token: String, _ reports: [String], english: Bool = false, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let csrf = try await Web.csrf(for: token, client: client)
        var headers = Web.form(token)
        if english { headers[.cookie] = "lang=en" }
        return try await client.execute(
            uri: "/batch/export", method: .post, headers: headers,
            body: Web.body([("csrf", csrf)] + reports.map { ("report", $0) }))
    }

    /// From an English page, the .zip, its notes and its workbook speak English (user review ux98, J3: they were
    /// named and written wholly in Chinese); offices' names stay as written.
    @Test func anEnglishPagesExportIsInEnglish() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            let response = try await Self.export(
                fixture.county, ["changzhang/2024", "anyang/2024"], english: true, client: client)
            #expect(response.status == .ok)
            let disposition = response.headers[.contentDisposition]?.removingPercentEncoding ?? ""
            #expect(
                disposition.contains("Government information disclosure annual reports 2024 (1).zip"), "\(disposition)")
            let files = try Self.files(response)
            let workbookName = "Government information disclosure annual reports 2024, summary (county).xlsx"
            #expect(Set(files.keys) == ["2024-常张乡人民政府.docx", workbookName, "README.txt"], "\(files.keys)")
            // (a Windows text file, as a report's 导出文本: rv103 F13)
            let bytes = try #require(files["README.txt"])
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) && bytes.contains(13))
            let notes = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(notes.hasPrefix("This archive holds the Word files of 1 report"), "\(notes)")
            #expect(notes.contains("安阳乡人民政府 2024 report: not submitted (no revision of this report)"), "\(notes)")
            #expect(notes.contains("常张乡人民政府 2024 report: "), "\(notes)")
            #expect(!notes.contains("第 ") && !notes.contains("版") && !notes.contains("报告"), "\(notes)")
            let workbook = try WebDownloadTests.sharedStrings(try #require(files[workbookName]))
            #expect(workbook.contains("Office") && workbook.contains("Total"), "\(workbook)")
            #expect(!workbook.contains("合计") && !workbook.contains("未报送"), "\(workbook)")
        }
    }

    @Test func theCountyExportsTheTickedReportsAsOneZip() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            let board = try await WebBoardTests.page("/?year=2024", fixture.county, client)
            #expect(board.contains("formaction=\"/batch/export\""))
            let response = try await Self.export(
                fixture.county, ["changzhang/2024", "dazhuang/2024", "anyang/2024"], client: client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/zip")
            #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
            // Named with its year, as the workbook is (exports of two years had one name)
            #expect(response.headers[.contentDisposition]?.contains("nianbao-2024.zip") == true)
            let files = try Self.files(response)
            #expect(
                Set(files.keys) == [
                    "2024-常张乡人民政府.docx", "2024-大庄乡人民政府.docx", "2024年政府信息公开工作年度报告汇总表（county）.xlsx", "说明.txt",
                ])
            // Each Word file reads back to the report's draft, as the report page's download does
            for (name, ref) in [("2024-常张乡人民政府.docx", "changzhang/2024"), ("2024-大庄乡人民政府.docx", "dazhuang/2024")] {
                let report = try ReportParser.parse(try #require(files[name])).report
                #expect(report == (try await fixture.repository.report(at: ref)), "\(name)")
            }
            let workbook = try WebDownloadTests.sharedStrings(try #require(files["2024年政府信息公开工作年度报告汇总表（county）.xlsx"]))
            #expect(workbook.contains("常张乡人民政府") && workbook.contains("大庄乡人民政府"))
            let notes = String(decoding: try #require(files["说明.txt"]), as: UTF8.self)
            #expect(notes.contains("安阳乡人民政府 2024 年度报告：未报送"))
            #expect(notes.contains("2 份报告"))
        }
    }

    /// A report published and then changed: its Word file and its workbook row are both of the published version
    /// the workbook counts, and `说明.txt` says so. The Word file had been of the draft, the workbook of the
    /// published version: two different numbers for one township in one zip, nothing saying which (review rr93 F5).
    @Test func theWordFileAndTheWorkbookHoldTheSameVersion() async throws {
        let fixture = try await WebBoardTests.fixture()
        let key = ReportKey(agency: "changzhang", year: 2024)
        try await fixture.repository.mark(key.description, as: .submitted, author: "李四")
        let published = try await fixture.repository.mark(
            key.description, as: .published, author: "王审核", overriding: "县里核实过"
        ).revision
        let publishedReport = try await fixture.repository.report(at: published.hex)
        try await fixture.repository.commit(
            SampleReport.settingTable3Cell(of: publishedReport, index: 0, to: "20"), to: key, author: "李四",
            message: "公开后改表三")
        let generations = try await fixture.repository.generations(of: [published])
        let number = try #require(generations[published])
        try await fixture.test { client in
            let files = try Self.files(try await Self.export(fixture.county, [key.description], client: client))
            let word = try ReportParser.parse(try #require(files["2024-常张乡人民政府.docx"])).report
            #expect(word == publishedReport)
            let notes = String(decoding: try #require(files["说明.txt"]), as: UTF8.self)
            #expect(
                notes.contains("常张乡人民政府 2024 年度报告：已公开的第 \(number) 版（公开后又有修改的草稿第 \(number + 1) 版未导出）"),
                "\(notes)")
        }
    }

    @Test func aClerksZipHoldsOnlyItsOwnReports() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            // A clerk's board can tick and export, not return or publish
            let board = try await WebBoardTests.page("/?year=2024", fixture.township, client)
            #expect(board.contains("type=\"checkbox\" name=\"report\" value=\"changzhang/2024\""))
            #expect(board.contains("formaction=\"/batch/export\""))
            #expect(!board.contains("name=\"action\" value=\"returned\""))
            let response = try await Self.export(
                fixture.township, ["changzhang/2024", "dazhuang/2024", "nosuch/2024"], client: client)
            #expect(response.status == .ok)
            let files = try Self.files(response)
            #expect(
                Set(files.keys) == ["2024-常张乡人民政府.docx", "2024年政府信息公开工作年度报告汇总表（常张乡人民政府）.xlsx", "说明.txt"])
            let workbook = try WebDownloadTests.sharedStrings(try #require(files["2024年政府信息公开工作年度报告汇总表（常张乡人民政府）.xlsx"]))
            #expect(!workbook.contains("大庄乡"))
            // Another agency's report reads exactly like one that does not exist: no name, the same words
            let notes = String(decoding: try #require(files["说明.txt"]), as: UTF8.self)
            #expect(!notes.contains("大庄乡"))
            #expect(!notes.contains("dazhuang") && !notes.contains("nosuch"))
            #expect(notes.components(separatedBy: "一份 2024 年度报告：没有导出（不在你可查看的范围内，或没有这份报告）").count == 3)
        }
    }

    @Test func anExportNeedsTheFormsTokenAndATick() async throws {
        let fixture = try await WebBoardTests.fixture()
        try await fixture.test { client in
            let forged = try await client.execute(
                uri: "/batch/export", method: .post, headers: Web.form(fixture.county),
                body: Web.body([("csrf", "forged"), ("report", "changzhang/2024")]))
            #expect(forged.status == .forbidden)
            let none = try await Self.export(fixture.county, [], client: client)
            #expect(none.status == .badRequest)
            #expect(Web.text(none).contains("请先在列表中勾选要导出的报告"))
            // Only reports not yet submitted ticked: said on a page, no .zip of notes alone (rv105 F13)
            let unsent = try await Self.export(fixture.county, ["changzhang/2031"], client: client)
            #expect(unsent.status == .badRequest)
            #expect(unsent.headers[.contentType]?.contains("zip") != true)
            let page = Web.text(unsent)
            #expect(page.contains("所选的报告都还没有报送，没有可导出的 Word 文件和汇总表：常张乡人民政府 2031 年度报告：未报送"))
            #expect(page.contains("href=\"/?year=2031\""))
        }
    }

    @Test func fileNamesAreSafeInAZipAndOnWindows() {
        #expect(ExportArchive.safeName("2024-洪泽区黄集街道.docx") == "2024-洪泽区黄集街道.docx")
        #expect(ExportArchive.safeName("2024-a/b\\c:d*e?f\"g<h>i|j.docx") == "2024-a_b_c_d_e_f_g_h_i_j.docx")
        #expect(ExportArchive.safeName(" ..\u{1}x. .docx") == "_x.docx")
        let time = Date(timeIntervalSince1970: 1_736_300_000)
        var archive = ExportArchive()
        #expect(archive.add("2024-常张乡.docx", Data(), modified: time) == "2024-常张乡.docx")
        #expect(archive.add("2024-常张乡.docx", Data(), modified: time) == "2024-常张乡 (2).docx")
    }

    @Test func aNameLosesTheDirectionOverridesAndInvisibleFormatCharactersOfAnAgencysName() {
        // A right-to-left override from an agency's name would show the rest of the name, and `.docx`, backwards
        #expect(ExportArchive.safeName("2024-𠮷野乡\u{202E}人民政府.docx") == "2024-𠮷野乡人民政府.docx")
        #expect(ExportArchive.safeName("2024-\u{2067}常张乡\u{2069}\u{200B}.docx") == "2024-常张乡.docx")
    }

    @Test func eachWordFileIsDatedWithItsRevisionsTime() async throws {
        let fixture = try await WebBoardTests.fixture()
        let head = try await fixture.repository.show("changzhang/2024").revision
        try await fixture.test { client in
            let response = try await Self.export(fixture.county, ["changzhang/2024"], client: client)
            #expect(response.status == .ok)
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            let word = try #require(archive["2024-常张乡人民政府.docx"])
            // A zip keeps a local time, to two seconds, without a zone: the revision's time as Beijing shows it,
            // whatever the server's zone (ZIPFoundation reads those fields back as if they were UTC)
            let shown = head.content.time.addingTimeInterval(8 * 3600)
            #expect(
                abs(
                    word.fileAttributes[.modificationDate].flatMap { $0 as? Date }.map {
                        $0.timeIntervalSince(shown)
                    } ?? 1e9) <= 2)
            for entry in archive {
                let date = try #require(entry.fileAttributes[.modificationDate] as? Date)
                #expect(abs(date.timeIntervalSince(shown)) <= 2, "\(entry.path)")
            }
        }
    }
}
