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

    @Test func patternsAreData() {
        let custom = Boilerplate(patterns: "# a comment\n\n特此报告…\n…以上…")
        #expect(custom.matches("特此报告。"))
        #expect(custom.matches("综上，以上是本年度情况。"))
        #expect(!custom.matches("本年度特此报告。"))
    }
}
