import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// The upload form's refusal of a Word file that names a version not of this report's draft (last year's report
/// brought up to date) says what the file is, not that it was not downloaded from the system.
@Suite struct UploadRefusalWordsTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let change = BilingualText(
        "三、表三 · 本年新收 · 自然人（第 2 版，王审核）", english: "三、Table 3 · 本年新收 · 自然人 (version 2, 王审核)")
    static let now = BilingualText("第 2 版", english: "version 2")
    static let ownBase = BilingualText("第 1 版（你提交过的）", english: "version 1 (the one you committed)")

    @Test func aFileDownloadedElsewhereIsToldWhatItIs() {
        let changes = [Self.change]
        let elsewhere = UploadController.refusal(
            .undoesOthersChanges(Self.key, now: Self.now, changes: changes, downloadedElsewhere: true),
            file: "2023年报.docx")
        #expect(
            elsewhere.description.hasPrefix("“2023年报.docx”：\(ReportRepository.downloadedElsewhere)，看不出是在哪一版上修改的"),
            "\(elsewhere)")
        #expect(!elsewhere.description.contains("不是从本系统下载的"))
        let clash = UploadController.refusal(
            .editedOlderVersion(
                Self.key, basedOn: Self.ownBase, now: Self.now, author: "王审核", places: changes,
                downloadedElsewhere: true),
            file: "2023年报.docx")
        #expect(clash.description.hasPrefix("“2023年报.docx”：\(ReportRepository.downloadedElsewhere)；按第 1 版（你提交过的）核对"))
        // A file naming no revision keeps its words
        let own = UploadController.refusal(
            .undoesOthersChanges(Self.key, now: Self.now, changes: changes), file: "我的年报.docx")
        #expect(own.description.hasPrefix("“我的年报.docx”不是从本系统下载的"))
    }

    /// The two refusals of a file that would lay older text over others' changes say it in English on an English
    /// page — the versions and places in English, the file's, people's and the report's names as written — instead
    /// of a wholly Chinese page.
    @Test func theRefusalsOfOlderTextSpeakEnglish() {
        let written = ["我的年报.docx", "王审核", "三、", "本年新收", "自然人"]
        let refusals = [
            UploadController.refusal(
                .undoesOthersChanges(Self.key, now: Self.now, changes: [Self.change]), file: "我的年报.docx"),
            UploadController.refusal(
                .undoesOthersChanges(Self.key, now: Self.now, changes: [Self.change], downloadedElsewhere: true),
                file: "我的年报.docx"),
            UploadController.refusal(
                .editedOlderVersion(
                    Self.key, basedOn: BilingualText("第 1 版", english: "version 1"), now: Self.now, author: "王审核",
                    places: [Self.change]),
                file: "我的年报.docx"),
            UploadController.refusal(
                .editedOlderVersion(
                    Self.key, basedOn: Self.ownBase, now: Self.now, author: "王审核", places: [Self.change],
                    downloadedElsewhere: true),
                file: "我的年报.docx"),
        ]
        for refusal in refusals {
            #expect(refusal.speaksEnglish, "\(refusal)")
            let english = refusal.description(in: .english)
            #expect(english.hasPrefix("\"我的年报.docx\": "), "\(english)")
            #expect(english.contains("version 2") && english.contains("Table 3 · 本年新收 · 自然人"), "\(english)")
            #expect(english.contains("The draft was not changed"), "\(english)")
            #expect(Web.chineseOutside(english, written: written) == [], "\(english)")
            #expect(refusal.description(in: .chinese).contains("草稿没有改动"))
        }
    }
}
