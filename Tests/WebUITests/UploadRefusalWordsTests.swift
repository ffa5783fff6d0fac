import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The upload form's refusal of a Word file that names a version not of this report's draft (last year's report
/// brought up to date) says what the file is, not that it was not downloaded from the system.
@Suite struct UploadRefusalWordsTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aFileDownloadedElsewhereIsToldWhatItIs() {
        let changes = ["三、表三 · 本年新收 · 自然人（第 2 版，王审核）"]
        let elsewhere = UploadController.refusal(
            .undoesOthersChanges(Self.key, now: "第 2 版", changes: changes, downloadedElsewhere: true),
            file: "2023年报.docx")
        #expect(
            elsewhere.description.hasPrefix("“2023年报.docx”：\(ReportRepository.downloadedElsewhere)，看不出是在哪一版上修改的"),
            "\(elsewhere)")
        #expect(!elsewhere.description.contains("不是从本系统下载的"))
        let clash = UploadController.refusal(
            .editedOlderVersion(
                Self.key, basedOn: "第 1 版（你提交过的）", now: "第 2 版", author: "王审核", places: changes,
                downloadedElsewhere: true),
            file: "2023年报.docx")
        #expect(clash.description.hasPrefix("“2023年报.docx”：\(ReportRepository.downloadedElsewhere)；按第 1 版（你提交过的）核对"))
        // A file naming no revision keeps its words
        let own = UploadController.refusal(
            .undoesOthersChanges(Self.key, now: "第 2 版", changes: changes), file: "我的年报.docx")
        #expect(own.description.hasPrefix("“我的年报.docx”不是从本系统下载的"))
    }
}
