import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import Testing

/// Balanced generated reports pass every rule; each deliberate break is caught at its place, with its numbers.
@Suite struct GeneratedCheckTests {
    static func balanced(seed: UInt64 = 5) -> Report {
        ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .balanced).make(seed: seed)
    }

    static func editing(_ report: Report, table number: Int, _ edit: (inout Table) -> Void) -> Report {
        var report = report
        for sectionIndex in report.sections.indices {
            for blockIndex in report.sections[sectionIndex].blocks.indices {
                guard case .table(var table) = report.sections[sectionIndex].blocks[blockIndex],
                    table.templateDefinition?.table == number
                else { continue }
                edit(&table)
                report.sections[sectionIndex].blocks[blockIndex] = .table(table)
            }
        }
        return report
    }

    static func rules(_ report: Report, previous: Report? = nil) -> [String] {
        ReportChecker().check(report, previous: previous).map(\.rule)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func balancedReportsHaveNoFinding(seed: UInt64) {
        #expect(ReportChecker().check(Self.balanced(seed: seed)).isEmpty)
    }

    @Test func identityPerColumn() throws {
        let report = Self.editing(Self.balanced(), table: 3) { table in
            let received = table.cell(row: "received", column: "business")?.value ?? 0
            table.setText("\(received + 5)", row: "received", column: "business")
            let total = table.cell(row: "received", column: "total")?.value ?? 0
            table.setText("\(total + 5)", row: "received", column: "total")
        }
        let findings = ReportChecker().check(report)
        let identity = findings.filter { $0.rule == "t3-identity" }
        #expect(identity.map(\.place.columnKey) == ["business", "total"])
        let first = try #require(identity.first)
        #expect(first.severity == .error)
        #expect(first.place.column == ["法人或其他组织", "商业企业"])
        let sum = (first.numbers["一"] ?? 0) + (first.numbers["二"] ?? 0)
        #expect(sum == (first.numbers["（七）"] ?? 0) + (first.numbers["四"] ?? 0) + 5)
        #expect(!findings.contains { $0.rule == "t3-row-total" })
    }

    @Test func rowTotalsResultTotalsAndTable4() {
        let rowBroken = Self.editing(Self.balanced(), table: 3) { table in
            table.setText("999", row: "withheld.state-secret", column: "total")
        }
        let rules = Self.rules(rowBroken)
        #expect(rules.contains("t3-row-total"))
        #expect(rules.contains("t3-result-total"))
        let table4Broken = Self.editing(Self.balanced(), table: 4) { table in
            table.setText("77", row: "cases", column: "suit-direct.total")
        }
        let findings = ReportChecker().check(table4Broken)
        #expect(findings.map(\.rule) == ["t4-total"])
        #expect(findings.first?.place.column == ["行政诉讼", "未经复议直接起诉", "总计"])
    }

    @Test func blankNegativeAndFractionalCells() {
        let report = Self.editing(Self.balanced(), table: 3) { table in
            table.setText("—", row: "disclosed", column: "research")
            table.setText("-2", row: "partly-disclosed", column: "nonprofit")
            table.setText("1.5", row: "not-handled.repeated", column: "legal-services")
        }
        let findings = ReportChecker().check(report)
        #expect(
            findings.contains {
                $0.rule == "cell-not-filled" && $0.place.rowKey == "disclosed" && $0.severity == .warning
            })
        #expect(findings.filter { $0.rule == "cell-domain" }.count == 2)
        // A cell that is not filled is not 0: the sums that need it are not checked.
        #expect(!findings.contains { $0.rule == "t3-row-total" && $0.place.rowKey == "disclosed" })
    }

    @Test func missingAndTruncatedTables() {
        var report = Self.balanced()
        report.sections[3].blocks = []
        #expect(Self.rules(report).contains("table-missing"))
        let truncated = Self.editing(Self.balanced(), table: 3) { table in
            for row in table.rows.suffix(5) {
                for cell in row.cells { table.setText(nil, row: row.key, column: cell.column) }
            }
        }
        #expect(Self.rules(truncated) == ["table-incomplete"])
    }

    @Test func olderTemplateInARecentReport() {
        var generator = ReportGenerator(year: 2024, numbers: .balanced)
        generator.table2Format2019 = true
        #expect(Self.rules(generator.make(seed: 1)) == ["template-2019"])
        generator.year = 2020
        #expect(Self.rules(generator.make(seed: 1)).isEmpty)
    }

    @Test func yearsAndDates() {
        var report = Self.balanced()
        report.sections[4].blocks.append(.paragraph(Paragraph("2023年，我乡政府信息公开工作取得一定成效。")))
        report.sections[4].blocks.append(.paragraph(Paragraph("与2023年相比，公开数量有所增加。")))
        report.sections[5].blocks.append(.paragraph(Paragraph("2025年2月20日")))
        #expect(Self.rules(report).sorted() == ["late-signature", "stale-year"])
        // A date in Chinese numerals, as a seal's date is written, is read too.
        var sealed = Self.balanced()
        sealed.sections[5].blocks[sealed.sections[5].blocks.count - 1] = .paragraph(Paragraph("二〇二五年二月二十日"))
        #expect(Self.rules(sealed) == ["late-signature"])
        var mismatch = Self.balanced()
        mismatch.title = "常张乡人民政府2023年政府信息公开工作年度报告"
        mismatch.year = 2023
        #expect(Self.rules(mismatch).contains("year-mismatch"))
    }

    @Test func proseAgainstTheTable() {
        var report = Self.balanced()
        report.sections[0].blocks.append(.paragraph(Paragraph("全年共收到政府信息公开申请 1234 件，均按时答复。")))
        let finding = ReportChecker().check(report).first { $0.rule == "prose-table" }
        #expect(finding?.numbers["正文"] == 1234)
        var zero = Self.balanced()
        zero.sections[0].blocks.append(.paragraph(Paragraph("本年度未收到政府信息公开申请。")))
        #expect(ReportChecker().check(zero).contains { $0.rule == "prose-table" && $0.severity == .error })
    }

    @Test func sectionSixWithoutTheFeeAndTownshipRules() {
        var report = Self.balanced()
        report.sections[5].blocks = [.paragraph(Paragraph("无。"))]
        report.sections[0].blocks.append(.paragraph(Paragraph("全县共公开信息500条。")))
        let withRegulations = Self.editing(report, table: 2) { table in
            table.setText("3", row: "regulations", column: "issued")
            table.setText("3", row: "regulations", column: "in-force")
        }
        #expect(Self.rules(withRegulations).sorted() == ["fee-not-reported", "regulations-nonzero", "scope-county"])
    }

    @Test func headingsAndSections() {
        var report = Self.balanced()
        report.sections[0].sections.remove(at: 2)
        report.sections[0].sections[0].heading = "（一）一、主动公开情况"
        report.sections.remove(at: 4)
        #expect(Self.rules(report).sorted() == ["heading-malformed", "section-missing", "subsection-missing"])
    }

    @Test func carriedOverMatchesLastYear() {
        let lastYear = ReportGenerator(year: 2023, numbers: .balanced).make(seed: 9)
        var thisYear = Self.balanced(seed: 10)
        let forward = lastYear.table(number: 3)
        thisYear = Self.editing(thisYear, table: 3) { table in
            // Copy last year's 结转下年度 into 上年结转, keeping the identity by adjusting 新收.
            for column in [
                "natural-person", "business", "research", "nonprofit", "legal-services", "other-organization", "total",
            ] {
                let old = table.cell(row: "carried-over", column: column)?.value ?? 0
                let new = forward?.cell(row: "carry-forward", column: column)?.value ?? 0
                let received = table.cell(row: "received", column: column)?.value ?? 0
                table.setText("\(new)", row: "carried-over", column: column)
                table.setText("\(received + old - new)", row: "received", column: column)
            }
        }
        let consistent = ReportChecker().check(thisYear, previous: lastYear).map(\.rule)
        #expect(!consistent.contains("cross-year-carryover"))
        let broken = Self.editing(thisYear, table: 3) { table in
            let value = table.cell(row: "carried-over", column: "natural-person")?.value ?? 0
            table.setText("\(value + 1)", row: "carried-over", column: "natural-person")
            let total = table.cell(row: "carried-over", column: "total")?.value ?? 0
            table.setText("\(total + 1)", row: "carried-over", column: "total")
            let received = table.cell(row: "received", column: "natural-person")?.value ?? 0
            table.setText("\(received - 1)", row: "received", column: "natural-person")
            let receivedTotal = table.cell(row: "received", column: "total")?.value ?? 0
            table.setText("\(receivedTotal - 1)", row: "received", column: "total")
        }
        let findings = ReportChecker().check(broken, previous: lastYear).filter { $0.rule == "cross-year-carryover" }
        #expect(findings.map(\.place.columnKey) == ["natural-person", "total"])
    }

    /// `5000元` in the fee column (万元) is not checked as 5000: the finding says the unit is not the column's.
    @Test func aFeeInYuanIsNotReadAsWanYuan() throws {
        let report = Self.editing(ReportGenerator(numbers: .balanced).make(seed: 5), table: 2) { table in
            table.setText("5000元", row: "fees", column: "fee-amount")
        }
        let findings = ReportChecker().check(report).filter { $0.place.rowKey == "fees" }
        let mismatch = try #require(findings.first { $0.rule == "cell-unit-mismatch" })
        #expect(mismatch.severity == .warning)
        #expect(mismatch.message.contains("「5000元」的单位是元，本栏以万元计，未读取数值"))
        #expect(!findings.contains { $0.rule == "cell-written-number" || $0.rule == "cell-not-filled" })
    }

    /// `7730,28` (a decimal comma) in the fee column has no value, and the finding says it is no well-formed number:
    /// it had drawn 应填写数字（没有则填0）, though it was filled.
    @Test func aDecimalCommaIsNamedNotTakenForABlank() throws {
        let report = Self.editing(ReportGenerator(numbers: .balanced).make(seed: 5), table: 2) { table in
            table.setText("7730,28", row: "fees", column: "fee-amount")
        }
        let findings = ReportChecker().check(report).filter { $0.place.rowKey == "fees" }
        let malformed = try #require(findings.first { $0.rule == "cell-number-malformed" })
        #expect(malformed.message.contains("「7730,28」不是规范的数字写法"))
        #expect(!findings.contains { $0.rule == "cell-not-filled" })
    }

    /// `0.5万` in the fee column (万元) is 0.5, checked with the note that it was typed with its unit: it had drawn
    /// 应填写数字（没有则填0）, though it was filled.
    @Test func anAbbreviatedWanInTheFeeColumnIsChecked() throws {
        let report = Self.editing(ReportGenerator(numbers: .balanced).make(seed: 5), table: 2) { table in
            table.setText("0.5万", row: "fees", column: "fee-amount")
        }
        let findings = ReportChecker().check(report).filter { $0.place.rowKey == "fees" }
        #expect(findings.map(\.rule) == ["cell-written-number"])
        #expect(findings.first?.message.contains("表二「行政事业性收费」行「本年收费金额（单位：万元）」列带单位写作「0.5万」，按0.5核对") == true)
    }
}
