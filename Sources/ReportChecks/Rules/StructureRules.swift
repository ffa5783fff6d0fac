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
        if report.title == nil {
            findings.append(
                Finding(rule: "title-missing", severity: .warning, message: "报告没有标题（应为“××××年政府信息公开工作年度报告”）"))
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
                            message: "第\(template.numeral)部分的标题为“\(numbered.title)”，格式规定为“\(template.title)”"))
                } else {
                    findings.append(
                        Finding(
                            rule: "section-missing", severity: .error,
                            message: "缺少第\(template.numeral)部分“\(template.heading)”"))
                }
                continue
            }
            if let number = section.number {
                if number.style == .chineseComma, number.value != template.slot {
                    findings.append(
                        Finding(
                            rule: "section-number", severity: .warning, place: Place(section: [section.heading]),
                            message: "“\(section.title)”是格式中的第\(template.numeral)部分，但编号为\(number.text)"))
                }
            } else {
                findings.append(
                    Finding(
                        rule: "section-unnumbered", severity: .warning, place: Place(section: [section.heading]),
                        message: "第\(template.numeral)部分的标题没有编号，应为“\(template.numeral)、\(section.title)”"))
            }
        }
        var seen: [Int: String] = [:]
        for section in report.sections {
            guard let number = section.number, number.style == .chineseComma else { continue }
            if let first = seen[number.value] {
                findings.append(
                    Finding(
                        rule: "section-number-reused", severity: .warning, place: Place(section: [section.heading]),
                        message: "编号\(number.text)用了两次：“\(first)”和“\(section.heading)”"))
            } else {
                seen[number.value] = section.heading
            }
        }
        return findings
    }

    static func tables(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let names = [2: "表二（主动公开政府信息情况）", 3: "表三（收到和处理政府信息公开申请情况）", 4: "表四（政府信息公开行政复议、行政诉讼情况）"]
        for number in [2, 3, 4] {
            let section = TemplateCatalog.standard.sections.first { $0.table == number }
            let sectionHeading = section.flatMap { context.report.section(slot: $0.slot)?.heading }
            guard let (table, path) = context.table(number), let template = table.templateDefinition else {
                findings.append(
                    Finding(
                        rule: "table-missing", severity: .error, place: Place(section: sectionHeading.map { [$0] } ?? []),
                        message: "缺少\(names[number] ?? "表\(number)")"))
                continue
            }
            let required = Set(template.dataRows.filter { !$0.optional }.map(\.key))
            let missing = table.cells.filter { required.contains($0.row.key) && $0.cell.isMissing }
            if !missing.isEmpty {
                let rows = Set(missing.map(\.row.key))
                let firstMissing = table.rows.first { rows.contains($0.key) }
                findings.append(
                    Finding(
                        rule: "table-incomplete", severity: .error,
                        place: Place(section: path, table: number, row: firstMissing?.path, rowKey: firstMissing?.key),
                        numbers: ["缺失单元格": Decimal(missing.count), "涉及行数": Decimal(rows.count)],
                        message: "\(names[number] ?? "表\(number)")不完整：\(rows.count)行共\(missing.count)个单元格没有数据"
                            + (firstMissing.map { "（自“\($0.path.last ?? $0.key)”行起）" } ?? "")))
            }
            if template.format == 2019, let year = context.year, year >= 2021 {
                findings.append(
                    Finding(
                        rule: "template-2019", severity: number == 2 ? .error : .warning, place: Place(section: path, table: number),
                        message: number == 2
                            ? "表二使用的是2019年试行格式（本年新制作数量、上一年项目数量等栏目），\(year)年度报告应使用国办公开办函〔2021〕30号格式"
                            : "表三“（六）其他处理”只有一行（2019年试行格式），2021年格式分为三个细项"))
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
                        message: "标题“\(section.heading)”有两个编号"))
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
                let shown = missing.map { SectionNumber(text: "", style: style, value: $0).canonicalText }.joined(separator: "")
                findings.append(
                    Finding(
                        rule: "subsection-missing", severity: .warning, place: Place(section: here),
                        numbers: ["缺少的编号数": Decimal(missing.count)],
                        message: "“\(section.heading)”下缺少小标题\(shown)"))
            }
            for child in section.sections { visit(child, path: here) }
        }
        for section in context.report.sections { visit(section, path: []) }
        return findings
    }
}
