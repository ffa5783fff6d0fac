import Foundation
public import ReportModel

/// Makes reports of the national format with known content: paragraphs from a pool of real report sentences and
/// tables whose cells hold chosen numbers.
public struct ReportGenerator: Sendable {
    /// How cells are filled.
    public enum Numbers: Sendable {
        /// Every cell a different number, so that a cell read into the wrong place is caught.
        case distinct
        /// Numbers that satisfy every arithmetic rule of the format (勾稽关系, row totals, table 4 totals).
        case balanced
        /// Every cell 0, as most townships file.
        case zeros
    }

    /// The agency's name (`常张乡人民政府`).
    public var agency: String
    /// The report's year.
    public var year: Int
    /// How cells are filled.
    public var numbers: Numbers
    /// Table 2 in the 2019 trial format instead of the 2021 one.
    public var table2Format2019 = false
    /// How many paragraphs section 一's subsections get.
    public var paragraphsPerSubsection = 2

    /// Creates a generator.
    public init(agency: String = "常张乡人民政府", year: Int = 2024, numbers: Numbers = .distinct) {
        self.agency = agency
        self.year = year
        self.numbers = numbers
    }

    /// A report, the same for the same seed.
    public func make(seed: UInt64) -> Report {
        var random = SeededRandom(seed: seed)
        let y = year
        var report = Report(
            title: "\(agency)\(y)年政府信息公开工作年度报告", agency: agency, year: y,
            preamble: [
                .paragraph(
                    Paragraph(
                        "根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，"
                            + "现将\(agency)\(y)年度政府信息公开工作情况报告如下。本报告所列数据的统计期限自\(y)年1月1日起至\(y)年12月31日止。"))
            ])
        let subsectionTitles = ["主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况"]
        var general = Section(
            heading: "一、总体情况", blocks: [.paragraph(Paragraph(ProsePool.opening(year: y, agency: agency)))])
        for (index, title) in subsectionTitles.enumerated() {
            var blocks: [Block] = []
            for _ in 0..<paragraphsPerSubsection {
                blocks.append(.paragraph(Paragraph(ProsePool.sentence(&random, year: y, agency: agency))))
            }
            general.sections.append(Section(heading: "（\(ChineseNumerals.string(index + 1))）\(title)", blocks: blocks))
        }
        report.sections.append(general)
        let tables = makeTables(&random)
        report.sections.append(Section(heading: "二、主动公开政府信息情况", blocks: [.table(tables.table2)]))
        report.sections.append(Section(heading: "三、收到和处理政府信息公开申请情况", blocks: [.table(tables.table3)]))
        report.sections.append(Section(heading: "四、政府信息公开行政复议、行政诉讼情况", blocks: [.table(tables.table4)]))
        report.sections.append(
            Section(
                heading: "五、存在的主要问题及改进情况",
                blocks: (0..<3).map { _ in .paragraph(Paragraph(ProsePool.problem(&random, year: y))) }))
        report.sections.append(
            Section(
                heading: "六、其他需要报告的事项",
                blocks: [
                    .paragraph(Paragraph("\(y)年度，本机关未收取信息处理费。")),
                    .paragraph(Paragraph(agency)),
                    .paragraph(Paragraph("\(y + 1)年1月\(random.int(8...25))日")),
                ]))
        return report
    }

    /// Tables 2, 3 and 4 filled as ``numbers`` says.
    public func makeTables(_ random: inout SeededRandom) -> (table2: Table, table3: Table, table4: Table) {
        let catalog = TemplateCatalog.standard
        let table2Template = catalog.table(id: table2Format2019 ? "table2-2019" : "table2-2021")
        let table3Template = catalog.table(id: "table3-2021")
        let table4Template = catalog.table(id: "table4-2021")
        guard let table2Template, let table3Template, let table4Template else {
            preconditionFailure("the standard templates are built in")
        }
        var table2 = Table(template: table2Template)
        var table3 = Table(template: table3Template)
        var table4 = Table(template: table4Template)
        var counter = 0
        func next() -> Int {
            counter += 1
            switch numbers {
            case .zeros: return 0
            case .distinct: return 100 + counter * 7 + random.int(0...6)
            case .balanced: return random.int(0...40)
            }
        }
        for (row, cell) in table2.cells {
            let isAmount = table2Template.column(cell.column)?.decimal == true
            var value = next()
            if numbers == .balanced {
                // A township makes no 规章; what is in force includes what was issued this year.
                if row.key == "regulations" {
                    value = 0
                } else if cell.column == "in-force" || cell.column == "total-public" {
                    value += 40
                }
            }
            table2.setText(
                isAmount && numbers != .zeros ? "\(value).\(random.int(10...99))" : String(value), row: row.key,
                column: cell.column)
        }
        if numbers == .balanced {
            fillBalanced(&table3, &table4, &random)
        } else {
            for (row, cell) in table3.cells { table3.setText(String(next()), row: row.key, column: cell.column) }
            for (row, cell) in table4.cells { table4.setText(String(next()), row: row.key, column: cell.column) }
        }
        return (table2, table3, table4)
    }

    private func fillBalanced(_ table3: inout Table, _ table4: inout Table, _ random: inout SeededRandom) {
        let parts = ["natural-person", "business", "research", "nonprofit", "legal-services", "other-organization"]
        let results = table3.rows.map(\.key).filter {
            !["received", "carried-over", "total", "carry-forward"].contains($0)
        }
        var totals: [String: Int] = [:]
        for column in parts {
            var sum = 0
            for row in results {
                let value = column == "natural-person" ? random.int(0...30) : random.int(0...3)
                table3.setText(String(value), row: row, column: column)
                sum += value
            }
            table3.setText(String(sum), row: "total", column: column)
            let carryForward = random.int(0...3)
            let carriedOver = random.int(0...min(3, sum + carryForward))
            table3.setText(String(carryForward), row: "carry-forward", column: column)
            table3.setText(String(carriedOver), row: "carried-over", column: column)
            table3.setText(String(sum + carryForward - carriedOver), row: "received", column: column)
            totals[column] = sum
        }
        for row in table3.rows {
            let sum = parts.reduce(0) { $0 + (Int(table3.cell(row: row.key, column: $1)?.text ?? "") ?? 0) }
            table3.setText(String(sum), row: row.key, column: "total")
        }
        for group in ["review", "suit-direct", "suit-after-review"] {
            var sum = 0
            for part in ["upheld", "corrected", "other", "pending"] {
                let value = random.int(0...5)
                table4.setText(String(value), row: "cases", column: "\(group).\(part)")
                sum += value
            }
            table4.setText(String(sum), row: "cases", column: "\(group).total")
        }
    }
}
