import ReportModel
import Testing

/// Next year's draft moves the 落款's signing date on a year with the title and the statistics period: kept, the
/// 2026 draft was signed `2026年1月10日`, which the check then called signed before its year ended (user review ux98,
/// N).
@Suite struct NextYearSignatureDateTests {
    static func report(signed date: String) -> Report {
        Report(
            title: "常张乡人民政府2025年政府信息公开工作年度报告", agency: "常张乡人民政府", year: 2025,
            sections: [
                Section(
                    heading: "六、其他需要报告的事项",
                    blocks: [
                        .paragraph(Paragraph("本年度未收取信息处理费。2026年1月起执行新规定。")),
                        .paragraph(Paragraph("常张乡人民政府")), .paragraph(Paragraph(date)),
                    ])
            ])
    }

    @Test func theSigningDateMovesOnAYear() throws {
        let draft = try #require(Self.report(signed: "2026年1月10日").nextYearDraft())
        let texts = try #require(draft.section(slot: 6)).allParagraphs.map(\.text)
        #expect(texts.suffix(2) == ["常张乡人民政府", "2027年1月10日"])
        // Any other sentence naming that year is kept as written, for the clerk to rewrite
        #expect(texts.first == "本年度未收取信息处理费。2026年1月起执行新规定。")
        // A date in Chinese numerals is kept as written
        let numerals = try #require(Self.report(signed: "二〇二六年一月十日").nextYearDraft())
        #expect(try #require(numerals.section(slot: 6)).allParagraphs.last?.text == "二〇二六年一月十日")
    }
}
