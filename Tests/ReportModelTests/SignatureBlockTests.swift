import ReportModel
import Testing

/// The 落款 closing a report (``SignatureBlock``): the office line(s) and the date line, and nothing that is an
/// account of the office (`无`, a sentence) or a table.
@Suite struct SignatureBlockTests {
    /// A report whose last section ends with the given paragraphs.
    static func report(ending texts: [String], agency: String? = "常张乡人民政府") -> Report {
        Report(
            agency: agency, year: 2024,
            sections: [
                Section(heading: "五、存在的主要问题及改进情况", blocks: [.paragraph(Paragraph("一是公开内容不够全面。"))]),
                Section(
                    heading: "六、其他需要报告的事项",
                    blocks: [.paragraph(Paragraph("本年度未收取信息处理费。"))] + texts.map { .paragraph(Paragraph($0)) }),
            ])
    }

    @Test func theOfficeAndTheDateAreTheSignature() throws {
        let block = try #require(SignatureBlock(of: Self.report(ending: ["常张乡人民政府", "2025年1月20日"])))
        #expect(block.lines == ["常张乡人民政府", "2025年1月20日"])
        #expect(block.date == SignatureBlock.Day(year: 2025, month: 1, day: 20))
    }

    @Test(arguments: [
        ("2025 年 1 月 20 日", 2025, 1, 20), ("二〇二五年一月二十日", 2025, 1, 20), ("二○二五年十二月三十一日", 2025, 12, 31),
        ("二零二六年一月八日", 2026, 1, 8), ("（2026年1月23日）", 2026, 1, 23), ("\u{3000}\u{3000}2025年1月8日", 2025, 1, 8),
    ])
    func dateLinesAsOfficesWriteThem(text: String, year: Int, month: Int, day: Int) throws {
        let block = try #require(SignatureBlock(of: Self.report(ending: ["长子县常张乡人民政府", text])))
        #expect(block.lines == ["长子县常张乡人民政府", text])
        #expect(block.date == SignatureBlock.Day(year: year, month: month, day: day))
    }

    /// A Word file's footnotes and endnotes are read as `注1：…` / `尾注1：…` paragraphs at the report's end, under the
    /// 落款: it is found above them, for the checks of its date and the Word export (rv105 F1: both had lost it).
    @Test func theSignatureIsFoundAboveTheNotes() throws {
        let ending = [
            "常张乡人民政府", "2025年1月20日", "注1：数据截至2024年12月31日。", "尾注1：含网上申请。", "注2：以上均为本乡数据。",
        ]
        let block = try #require(SignatureBlock(of: Self.report(ending: ending)))
        #expect(block.lines == ["常张乡人民政府", "2025年1月20日"])
        #expect(block.date == SignatureBlock.Day(year: 2025, month: 1, day: 20))
        #expect(block.removed(from: ending) == Array(ending.suffix(3)))
        // A sentence that only begins with 注 is no note
        #expect(SignatureBlock(of: Self.report(ending: ["常张乡人民政府", "注重公开实效。"])) == nil)
    }

    @Test func aJointSignatureKeepsEveryOffice() throws {
        let lines = ["中共常张乡委员会", "常张乡人民政府", "2025年1月20日"]
        #expect(SignatureBlock(of: Self.report(ending: lines))?.lines == lines)
        // An office only, without a date, is a signature too.
        #expect(SignatureBlock(of: Self.report(ending: ["常张乡人民政府办公室"]))?.lines == ["常张乡人民政府办公室"])
        #expect(SignatureBlock(of: Self.report(ending: ["长子县常张"], agency: "长子县常张"))?.lines == ["长子县常张"])
    }

    @Test func textThatIsNotAnOfficeIsNotPartOfIt() throws {
        // The section ends with the office's account: no signature.
        #expect(SignatureBlock(of: Self.report(ending: [])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: ["无"])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: ["暂无"])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: ["（文字描述，收取信息处理费情况在此处报告。）"])) == nil)
        // A short line above the office that names none stays the section's text.
        let block = try #require(SignatureBlock(of: Self.report(ending: ["无", "常张乡人民政府", "2025年1月8日"])))
        #expect(block.lines == ["常张乡人民政府", "2025年1月8日"])
        // Not a date: a day that no month has, a year out of reach, a sentence that holds a date.
        #expect(SignatureBlock(of: Self.report(ending: ["2025年13月8日"])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: ["二〇二五年十三月八日"])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: ["于2025年1月8日公开。"])) == nil)
    }

    @Test func theLowestDateIsTheSigningDate() throws {
        let block = try #require(
            SignatureBlock(of: Self.report(ending: ["常张乡人民政府", "2025年1月8日", "2025年2月20日"])))
        #expect(block.date == SignatureBlock.Day(year: 2025, month: 2, day: 20))
    }

    @Test func onlyWhatEndsTheReportOnThePage() throws {
        // A table after the lines: they do not end the report.
        var report = Self.report(ending: ["常张乡人民政府", "2025年1月20日"])
        report.sections[1].blocks.append(.table(Table(template: nil, columns: [], rows: [])))
        #expect(SignatureBlock(of: report) == nil)
        // In the last subsection when the last section has subsections.
        var nested = Self.report(ending: [])
        nested.sections[1].sections = [
            Section(
                heading: "（一）信息处理费", blocks: [.paragraph(Paragraph("未收取。")), .paragraph(Paragraph("2025年1月20日"))])
        ]
        #expect(SignatureBlock(of: nested)?.lines == ["2025年1月20日"])
        #expect(nested.sections[1].closingParagraphs.map(\.text) == ["未收取。", "2025年1月20日"])
        #expect(SignatureBlock(of: Report()) == nil)
    }

    /// Attachments listed under the signature (`附件：…` and the numbered lines after it) follow it: the office and
    /// the date above them are still the signature (rv101 F6: none was found).
    @Test func attachmentsListedUnderTheSignatureFollowIt() throws {
        let signed = ["王庄乡人民政府", "2025年1月10日"]
        for attachments in [["附件：1.王庄乡政务公开目录"], ["附件：1.王庄乡政务公开目录", "2.王庄乡政务公开指南"], ["附件1", "附件2：目录"], ["附表：各村公开情况"]] {
            let block = try #require(SignatureBlock(of: Self.report(ending: signed + attachments)), "\(attachments)")
            #expect(block.lines == signed)
            #expect(block.following == attachments.count)
            #expect(block.date == SignatureBlock.Day(year: 2025, month: 1, day: 10))
        }
        #expect(SignatureBlock(of: Self.report(ending: signed))?.following == 0)
        // A sentence about an attachment, or a numbered line with no 附件 line above it, is the office's own text.
        #expect(SignatureBlock(of: Self.report(ending: signed + ["附件中所列目录已在网站公开。"])) == nil)
        #expect(SignatureBlock(of: Self.report(ending: signed + ["2.王庄乡政务公开指南"])) == nil)
        // Attachments without a signature above them: none.
        #expect(SignatureBlock(of: Self.report(ending: ["附件：1.王庄乡政务公开目录"])) == nil)
    }
}
