import ReportModel
import Testing

/// A report whose table 3 was read before its first section (above its headings): next year's draft had held that
/// table there and an empty table 3 in 三 besides; the clerk filled the one in 三 and the county's workbook read the
/// first, so her figures were nowhere in it (rv105 F15). The draft moves such a table into its own section.
@Suite struct NextYearTableBeforeSectionsTests {
    static func report() throws -> Report {
        let template = try #require(TemplateCatalog.standard.tables(number: 3).first)
        var table = Table(template: template)
        let set = table.setText("12", row: "carry-forward", column: "natural-person")
        #expect(set)
        return Report(
            title: "青石镇人民政府2024年政府信息公开工作年度报告", agency: "青石镇人民政府", year: 2024,
            preamble: [.paragraph(Paragraph("本报告根据《条例》要求编制。")), .table(table)],
            sections: [
                Section(heading: "一、总体情况", blocks: [.paragraph(Paragraph("2024年，青石镇主动公开政府信息235条。"))]),
                Section(heading: "三、收到和处理政府信息公开申请情况"),
            ])
    }

    @Test func aTableBeforeTheFirstSectionMovesIntoItsSection() throws {
        let draft = try #require(try Self.report().nextYearDraft())
        // One table 3, in 三, carrying 2024's 结转下年度 into 2025's 上年结转
        let threes = draft.tables.filter { $0.table.templateDefinition?.table == 3 }
        #expect(threes.count == 1)
        let three = try #require(draft.section(slot: 3))
        let moved = try #require(Report(sections: [three]).table(number: 3))
        #expect(moved.cell(row: "carried-over", column: "natural-person")?.text == "12")
        #expect(moved.cell(row: "carry-forward", column: "natural-person")?.text == "")
        // The preamble keeps its paragraph, moved on a year where it names one, and no table
        #expect(draft.preamble.allSatisfy { if case .table = $0 { false } else { true } })
        #expect(draft.preamble.count == 1)
    }

    @Test func aSectionThatHoldsItsTableKeepsItAndTheTableBeforeStays() throws {
        var report = try Self.report()
        let template = try #require(TemplateCatalog.standard.tables(number: 3).first)
        report.sections[1].blocks = [.table(Table(template: template))]
        let draft = try #require(report.nextYearDraft())
        // Nothing is dropped: the section's own table stays in 三, the one before the sections stays there
        #expect(draft.tables.filter { $0.table.templateDefinition?.table == 3 }.count == 2)
        #expect(draft.preamble.contains { if case .table = $0 { true } else { false } })
    }
}
