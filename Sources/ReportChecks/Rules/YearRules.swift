import Foundation
import ReportModel

/// The year: the title and the statistics period agree; the text does not still speak of last year; the report
/// is signed by 31 January of the next year (31 March for a county or district government's own report).
enum YearRules {
    static func check(_ context: CheckContext) -> [Finding] {
        let report = context.report
        guard let year = report.year else {
            if let reason = context.imagePagesReason {
                return [
                    Finding(
                        rule: "year-missing", severity: .warning, kind: .reading,
                        message: "未能读取报告年度：\(reason.chinese)，请核对原件",
                        english: "The report's year could not be read: \(reason.english): check the original")
                ]
            }
            return [
                Finding(
                    rule: "year-missing", severity: .error, message: "找不到报告年度：标题和统计期限中都没有年份",
                    english: "No year found: neither the title nor the statistics period names one")
            ]
        }
        var findings: [Finding] = []
        if let titleYear = report.titleYear, let periodYear = report.statisticsPeriodYear, titleYear != periodYear {
            findings.append(
                Finding(
                    rule: "year-mismatch", severity: .error,
                    numbers: ["标题年份": .init(titleYear), "统计期限年份": .init(periodYear)],
                    message: "标题是\(titleYear)年度报告，统计期限却是\(periodYear)年",
                    english: "The title is of the \(titleYear) report, but the statistics period is \(periodYear)"))
        }
        findings += staleYears(context, year: year)
        findings += signature(context, year: year)
        return findings
    }

    /// A sentence of a report for year N that opens with year N−1 (`2023年，大庄乡政府…` in a 2024 report):
    /// text carried over from last year's report.
    static func staleYears(_ context: CheckContext, year: Int) -> [Finding] {
        var findings: [Finding] = []
        for section in context.report.sections {
            var index = 0
            for paragraph in section.allParagraphs {
                index += 1
                let mentions = YearMentions.all(in: paragraph.text).filter { $0.year == year - 1 }
                // (most paragraphs name no year before the report's: not cut into characters)
                guard !mentions.isEmpty else { continue }
                let characters = Array(paragraph.text)
                for mention in mentions {
                    let before = characters[..<mention.offset].last { $0 != " " && $0 != "\u{3000}" }
                    let opensSentence = before == nil || "。；！？".contains(before ?? " ")
                    var after = mention.offset + 4
                    while after < characters.count, characters[after] == " " { after += 1 }
                    let rest = String(characters[(after + 1)...].prefix(3))
                    let asSubject =
                        rest.hasPrefix("，") || rest.hasPrefix(",") || rest.hasPrefix("以来")
                        || rest.hasPrefix("度，") || rest.hasPrefix("是")
                    guard opensSentence, asSubject else { continue }
                    findings.append(
                        Finding(
                            rule: "stale-year", severity: .warning, place: Place(section: [section.heading]),
                            numbers: ["报告年度": .init(year), "文中年份": .init(mention.year)],
                            message: "“\(section.title)”第\(index)段以“\(mention.year)年”开头，但这是\(year)年度的报告：可能沿用了上一年报告的文字",
                            english:
                                "Paragraph \(index) of “\(section.title)” opens with \(mention.year), but this is the"
                                + " \(year) report: the text may be carried over from last year's report"))
                }
            }
        }
        return findings
    }

    /// The date of the 落款 (``SignatureBlock``) against the statistics period and the deadline for publishing.
    static func signature(_ context: CheckContext, year: Int) -> [Finding] {
        let report = context.report
        // The 落款's date; else a date line under the title, where some reports date themselves.
        let underTitle = report.preamble.lazy.compactMap { $0.paragraph.flatMap { YearMentions.dateLine($0.text) } }
            .first.map { SignatureBlock.Day(year: $0.year, month: $0.month, day: $0.day) }
        guard let date = SignatureBlock(of: report)?.date ?? underTitle else { return [] }
        let deadlineMonth = context.isGovernmentSummary ? 3 : 1
        let deadlineDay = 31
        let signed = "\(date.year)年\(date.month)月\(date.day)日"
        let signedEnglish = isoDay(date.year, date.month, date.day)
        if date > SignatureBlock.Day(year: year + 1, month: deadlineMonth, day: deadlineDay) {
            return [
                Finding(
                    rule: "late-signature", severity: .warning,
                    place: Place(section: [report.sections.last?.heading ?? ""]),
                    message: "落款日期\(signed)晚于\(year + 1)年\(deadlineMonth)月\(deadlineDay)日的公布期限（《条例》第四十九条）",
                    english: "The report is signed \(signedEnglish), after the deadline for publishing it, "
                        + isoDay(year + 1, deadlineMonth, deadlineDay)
                        + " (article 49 of the Regulations)")
            ]
        }
        if date.year <= year {
            return [
                Finding(
                    rule: "early-signature", severity: .warning,
                    place: Place(section: [report.sections.last?.heading ?? ""]),
                    message: "落款日期\(signed)早于统计期结束（\(year)年12月31日）",
                    english: "The report is signed \(signedEnglish), before the statistics period ends (\(year)-12-31)")
            ]
        }
        return []
    }

    /// A day as the English messages write it: `2025-01-31`.
    static func isoDay(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
