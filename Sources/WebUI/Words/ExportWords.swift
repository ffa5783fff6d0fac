import ReportModel
import ReportRepository

/// The words of the board's batch export (``OverviewController/export(_:context:)``) — the .zip's name, its
/// `说明.txt` and the lines in it — in the page's language: an English page's export had been named and explained
/// wholly in Chinese (user review ux98, J3). Offices' names stay as written.
struct ExportWords {
    let language: Language

    private func say(_ chinese: String, _ english: String) -> String {
        language == .english ? english : chinese
    }

    /// The .zip's name, with its year as the workbook's has (`2025年政府信息公开工作年度报告（15 份）.zip`; the years of
    /// several, `2024、2025年…`): exports of two years no longer download under one name (user review ux98, N); and
    /// the ASCII name of browsers that read no other (`nianbao-2025.zip`).
    func archiveName(years: [Int], count: Int) -> (name: String, fallback: String) {
        let years = Set(years).sorted().map(String.init)
        let chinese = years.isEmpty ? "" : years.joined(separator: "、") + "年"
        let english = years.isEmpty ? "" : " " + years.joined(separator: ", ")
        return (
            say(
                "\(chinese)政府信息公开工作年度报告（\(count) 份）.zip",
                "Government information disclosure annual reports\(english) (\(count)).zip"),
            "nianbao-" + (years.isEmpty ? "export" : years.joined(separator: "-")) + ".zip"
        )
    }

    /// The notes file's name.
    var notesName: String { say("说明.txt", "README.txt") }

    /// The short notes of an export: which version of each report it holds, and the reports it left out; its
    /// bytes are a Windows text file (``WindowsText``), for Notepad.
    func notes(exported: Int, versions: [String], skipped: [String]) -> String {
        // (the opening `nianbao import` of the unzipped folder knows the notes by: ``BatchExportFiles``)
        var lines = [BatchExportFiles.notesOpening(exported: exported, language: language), ""]
        lines += versions.map { "- " + $0 }
        if !skipped.isEmpty {
            lines += ["", say("以下报告没有导出：", "These reports were not exported:")] + skipped.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A report left out for having no revision: `常张乡人民政府 2024 年度报告：未报送（没有这份报告的任何修订）`.
    func notSubmitted(_ key: ReportKey, agencyName: String?) -> String {
        say(
            ReportNames.chinese(key, agencyName: agencyName) + "：未报送（没有这份报告的任何修订）",
            ReportNames.english(key, agencyName: agencyName) + ": not submitted (no revision of this report)")
    }

    /// A report ticked that the session does not reach, or that does not exist (an address edited by hand): the same
    /// words either way, true of both, and no id (user review rv120, M11: `changzhang 2025 年度报告：未报送` named the
    /// id, and called a report the county had published not submitted):
    /// `一份 2025 年度报告：没有导出（不在你可查看的范围内，或没有这份报告）`.
    func outOfReach(year: Int) -> String {
        say(
            "一份 \(year) 年度报告：没有导出（不在你可查看的范围内，或没有这份报告）",
            "A report of \(year): not exported (not among those you may see, or there is no such report)")
    }

    /// Which version of a report the export holds: `常张乡人民政府 2024 年度报告：已公开的第 1 版（公开后又有修改的草稿第 2
    /// 版未导出）`, or `…：第 2 版（已报送）`; a returned report's draft uploaded since the return (`returned`: the
    /// returned revision's number) is `…：第 2 版（草稿；第 1 版已退回）` — `第 2 版（已退回）` had named a version nobody
    /// returned (rv119 M7).
    func version(of state: ReportSummary, counted: Int?, head: Int?, returned: Int? = nil) -> String {
        let english = language == .english
        let name =
            english
            ? ReportNames.english(state.report, agencyName: state.agencyName) + ": "
            : state.reportName + "："
        func number(_ generation: Int?) -> String { version(number: generation, published: false) }
        guard state.published != nil else {
            if state.status == .returned, let mark = state.mark(.returned), mark.revision != state.countedRevision {
                return name
                    + say(
                        "\(number(counted))（草稿；\(number(returned))已退回）",
                        "\(number(counted)) (draft; \(number(returned)) was returned)")
            }
            let status = english ? state.status.englishLabel : state.statusLabel
            return name + (english ? "\(number(counted)) (\(status))" : "\(number(counted))（\(status)）")
        }
        let published = version(number: counted, published: true)
        guard state.status == .draft else { return name + published }
        guard state.isChangedSincePublished else {
            return name
                + say(
                    "\(published)（草稿\(number(head))不是公开的那一版，未导出）",
                    "\(published) (the draft, \(number(head)), is another version, not exported)")
        }
        return name
            + say(
                "\(published)（公开后又有修改的草稿\(number(head))未导出）",
                "\(published) (the draft changed since, \(number(head)), not exported)")
    }

    /// How a file names the version of a report it holds — a line of the notes, and a downloaded Word file's name
    /// (``DownloadController/word(_:context:)``): `第 2 版`, `已公开的第 1 版` (`version 2`, `published version 1`).
    func version(number generation: Int?, published: Bool) -> String {
        let number =
            language == .english
            ? generation.map { "version \($0)" } ?? "a revision" : DisplayFormat.revision(generation)
        return published ? say("已公开的" + number, "published " + number) : number
    }
}
