import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// The share of each section's text that is last year's word for word, the national format's standard sentences
/// aside.
@Suite struct CarriedOverTests {
    @Test func aSectionCopiedFromLastYearIsAllCarriedOver() throws {
        let old = ReportGenerator().make(seed: 7)
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: 2024)
        new.sections[4].blocks[0] = .paragraph(Paragraph("今年我们全面梳理了公开目录，新增栏目三个，群众反映良好。"))
        let shares = CarriedOver.shares(from: old, to: new)
        #expect(shares.map(\.number) == ["一、", "二、", "三、", "四、", "五、", "六、"])
        let one = try #require(shares.first)
        #expect(one.characters > 0 && one.share == 1)
        let five = shares[4]
        #expect(five.share > 0 && five.share < 1)
        // Sections of only a table have no text that counts.
        #expect(shares[2].characters == 0 && shares[2].share == 0)
    }

    /// A section kept word for word from last year, its years not moved on, read 「与上年相同 0%」 while the
    /// comparison's findings called it 「与上年报告一字不差」 (rv119 F10): the share counted a sentence as last year's
    /// only once its years were moved on by one. A sentence identical to last year's counts too.
    @Test func aSentenceThatKeptLastYearsYearsIsCarriedOver() throws {
        var old = ReportGenerator().make(seed: 7)
        let kept = "2024年，我镇共主动公开政府信息335条，较上年增长两成，群众满意度明显提高。"
        old.sections[0].blocks = [.paragraph(Paragraph(kept))]
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: 2024)
        #expect(new.year == 2025)
        new.sections[0].blocks = [.paragraph(Paragraph(kept))]
        let one = try #require(CarriedOver.shares(from: old, to: new).first)
        #expect(one.characters > 0 && one.share == 1)
        // (the year moved on still counts, and so does a sentence of its own not)
        new.sections[0].blocks = [
            .paragraph(Paragraph(kept.replacing("2024", with: "2025"))),
            .paragraph(Paragraph("今年新建政务公开专区一处，接待群众查阅一百余人次。")),
        ]
        let moved = try #require(CarriedOver.shares(from: old, to: new).first)
        #expect(moved.carriedOver > 0 && moved.share < 1)
    }

    @Test func standardSentencesAreNotCounted() {
        let boilerplate = Boilerplate.standard
        for sentence in [
            "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第 711 号）（以下简称《条例》）要求编制此报告。",
            "本报告所列数据的统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。",
            "如对本报告有疑问，请与羊山镇人民政府联系（地址：金乡县羊山镇东四村南谢线中段，联系电话：0537-8911210）。",
            "我乡2024年未收取信息处理费。",
            "本报告电子版可在“中国·金乡”政府门户网站（<http://www.jinxiang.gov.cn/>）查阅或下载。",
        ] {
            #expect(boilerplate.matches(sentence), "\(sentence)")
        }
        for sentence in ["本年共收到申请133件，办结120件。", "进一步加强监督检查工作。"] {
            #expect(!boilerplate.matches(sentence), "\(sentence)")
        }
        var old = ReportGenerator().make(seed: 7)
        old.sections[5].blocks = [.paragraph(Paragraph("2024年度，本机关未收取信息处理费。"))]
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: 2024)
        new.sections[5].blocks = [.paragraph(Paragraph("2025年度，本机关未收取信息处理费。"))]
        #expect(CarriedOver.shares(from: old, to: new)[5].characters == 0)
    }

    /// The 落款 (the office's name, the date) under section 六 is the same every year by nature: a 六 of the standard fee
    /// sentence and the signature has nothing that counts, and one rewritten whole is not "31 % 照搬上年" for its
    /// office line (rv103 F6). Attachments listed under the signature are the office's words and still count.
    @Test func theSignatureIsNotCounted() throws {
        var old = ReportGenerator().make(seed: 7)
        old.sections[5].blocks = [
            .paragraph(Paragraph("2024年度，本机关未收取信息处理费。")), .paragraph(Paragraph("长子县大庄乡人民政府")),
            .paragraph(Paragraph("2025年1月20日")),
        ]
        var new = ReportPairGenerator.movingYears(of: old, by: 1, from: 2024)
        new.sections[5].blocks = [
            .paragraph(Paragraph("2025年度，本机关未收取信息处理费。")), .paragraph(Paragraph("长子县大庄乡人民政府")),
            .paragraph(Paragraph("2026年1月18日")),
        ]
        #expect(CarriedOver.shares(from: old, to: new)[5].characters == 0)
        new.sections[5].blocks[0] = .paragraph(Paragraph("本单位全年未向申请人收取任何费用，另新建政务公开专区一处。"))
        let rewritten = CarriedOver.shares(from: old, to: new)[5]
        #expect(rewritten.characters > 0 && rewritten.carriedOver == 0)
        // an attachment listed under it counts, copied or not
        old.sections[5].blocks.append(.paragraph(Paragraph("附件：大庄乡政务公开目录")))
        new.sections[5].blocks.append(.paragraph(Paragraph("附件：大庄乡政务公开目录")))
        let listed = CarriedOver.shares(from: old, to: new)[5]
        #expect(listed.carriedOver > 0 && listed.carriedOver == "附件：大庄乡政务公开目录".count)
    }

    @Test func patternsAreData() {
        let custom = Boilerplate(patterns: "# a comment\n\n特此报告…\n…以上…")
        #expect(custom.matches("特此报告。"))
        #expect(custom.matches("综上，以上是本年度情况。"))
        #expect(!custom.matches("本年度特此报告。"))
    }
}
