import Foundation
import ReportModel

/// The shape of a report: the six sections in order, the three tables complete and in the current format,
/// headings numbered without gaps.
enum StructureRules {
    static func check(_ context: CheckContext) -> [Finding] {
        sections(context) + tables(context) + headings(context)
    }

    static func sections(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let report = context.report
        if report.title == nil, let reason = context.imagePagesReason {
            findings.append(
                Finding(
                    rule: "title-missing", severity: .warning, kind: .reading,
                    message: "未能读取报告的标题：\(reason.chinese)，请核对原件",
                    english: "The report's title could not be read: \(reason.english): check the original"))
        } else if report.title == nil {
            findings.append(
                Finding(
                    rule: "title-missing", severity: .warning, message: "报告没有标题（应为“××××年政府信息公开工作年度报告”）",
                    english: "The report has no title (it should be the year's government information disclosure"
                        + " annual report)"))
        }
        for template in TemplateCatalog.standard.sections {
            let section = report.sections.first { $0.templateSlot == template.slot }
            guard let section else {
                // A section with another title but the right number still counts, with a note on its title.
                let sameNumber = report.sections.filter {
                    $0.number?.style == .chineseComma && $0.number?.value == template.slot
                }
                if sameNumber.count == 1, let numbered = sameNumber.first, numbered.templateSlot == nil {
                    findings.append(
                        Finding(
                            rule: "section-title", severity: .note, place: Place(section: [numbered.heading]),
                            message: "第\(template.numeral)部分的标题为“\(numbered.title)”，格式规定为“\(template.title)”",
                            english: "Section \(template.slot) is titled “\(numbered.title)”; the format says"
                                + " “\(template.title)”"))
                } else if let reason = context.imagePagesReason {
                    findings.append(
                        Finding(
                            rule: "section-missing", severity: .warning, kind: .reading,
                            message: "未能读取第\(template.numeral)部分“\(template.heading)”：\(reason.chinese)，请核对原件",
                            english:
                                "Section \(template.slot) “\(template.heading)” could not be read: \(reason.english):"
                                + " check the original"))
                } else if context.outlineIsReadable {
                    findings.append(
                        Finding(
                            rule: "section-missing", severity: .error,
                            message: "缺少第\(template.numeral)部分“\(template.heading)”",
                            english: "Section \(template.slot) “\(template.heading)” is missing"))
                } else {
                    findings.append(
                        Finding(
                            rule: "section-missing", severity: .warning, kind: .reading,
                            message: "未能从文本中识别出第\(template.numeral)部分“\(template.heading)”（报告的章节结构无法可靠读取），请核对原件",
                            english:
                                "Section \(template.slot) “\(template.heading)” could not be found in the text (the"
                                + " report's outline could not be read reliably): check the original"))
                }
                continue
            }
            if let number = section.number {
                if number.style == .chineseComma, number.value != template.slot {
                    findings.append(
                        Finding(
                            rule: "section-number", severity: .warning, place: Place(section: [section.heading]),
                            message: "“\(section.title)”是格式中的第\(template.numeral)部分，但编号为\(number.text)",
                            english: "“\(section.title)” is section \(template.slot) of the format, but is numbered"
                                + " \(number.text)"))
                }
            } else {
                findings.append(
                    Finding(
                        rule: "section-unnumbered", severity: .warning, place: Place(section: [section.heading]),
                        message: "第\(template.numeral)部分的标题没有编号，应为“\(template.numeral)、\(section.title)”",
                        english: "The heading of section \(template.slot) has no number: it should be"
                            + " “\(template.numeral)、\(section.title)”"))
            }
        }
        var seen: [Int: String] = [:]
        for section in report.sections {
            guard let number = section.number, number.style == .chineseComma else { continue }
            if let first = seen[number.value] {
                findings.append(
                    Finding(
                        rule: "section-number-reused", severity: .warning, place: Place(section: [section.heading]),
                        message: "编号\(number.text)用了两次：“\(first)”和“\(section.heading)”",
                        english: "The number \(number.text) is used twice: “\(first)” and “\(section.heading)”"))
            } else {
                seen[number.value] = section.heading
            }
        }
        return findings
    }

    static func headings(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        func visit(_ section: Section, path: [String]) {
            let here = path + [section.heading]
            if section.number != nil, Heading.leadingNumber(of: section.title) != nil {
                findings.append(
                    Finding(
                        rule: "heading-malformed", severity: .warning, place: Place(section: here),
                        message: "标题“\(section.heading)”有两个编号",
                        english: "The heading “\(section.heading)” has two numbers"))
            }
            // Subsections numbered in one style must run 1, 2, 3 … without gaps.
            var byStyle: [NumberingStyle: [Int]] = [:]
            for child in section.sections {
                if let number = child.number { byStyle[number.style, default: []].append(number.value) }
            }
            for (style, values) in byStyle.sorted(by: { $0.key < $1.key }) {
                guard let highest = values.max(), highest <= 20 else { continue }
                let missing = (1...highest).filter { !values.contains($0) }
                guard !missing.isEmpty else { continue }
                let shown = missing.map { SectionNumber(text: "", style: style, value: $0).canonicalText }.joined(
                    separator: "")
                findings.append(
                    Finding(
                        rule: "subsection-missing", severity: .warning, place: Place(section: here),
                        numbers: ["缺少的编号数": Decimal(missing.count)],
                        message: "“\(section.heading)”下缺少小标题\(shown)",
                        english: "“\(section.heading)” lacks the subheadings \(shown)"))
            }
            for child in section.sections { visit(child, path: here) }
        }
        for section in context.report.sections { visit(section, path: []) }
        return findings
    }
}
