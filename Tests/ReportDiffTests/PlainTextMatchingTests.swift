import Foundation
import ReportModel
import Testing

@testable import ReportDiff

/// The year comparison's boilerplate rule and its sentences search plain text (Han, ASCII, the usual punctuation:
/// `isPlainText`) by its UTF-8 bytes, and any other text character by character under canonical equivalence, as
/// both did before: the same sentences are standard and cut the same way either way.
@Suite struct PlainTextMatchingTests {
    /// A standard sentence typed with full-width spaces, digits and punctuation around and inside it.
    @Test(arguments: [
        "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
        "　　本报告中所列数据的统计期限自２０２４年１月１日起至２０２４年１２月３１日止。　",
        "本 报 告 中 所 列 数 据 的 统 计 期 限 ， 自 2024 年 1 月 1 日 起 至 2024 年 12 月 31 日 止 ！",
        "\u{3000}我乡２０２４年度未收取任何信息处理费（０元）。\u{3000}",
        "全年收取信息处理费０元；",
        "具体情况如下：",
        "本报告电子版可在“中国·金乡”门户网站查阅。",
    ])
    func standardSentenceWithFullWidthSpacesAndPunctuation(sentence: String) {
        #expect(sentence.isPlainText)
        #expect(Boilerplate.standard.matches(sentence))
    }

    /// Sentences that hold a pattern's words in another order, or only some of them, are not standard.
    @Test(arguments: ["信息处理费未收取。", "全年收取信息处理费12元。", "本机关编制了目录。", "表格详见附件。"])
    func ownSentenceIsNotStandard(sentence: String) {
        #expect(sentence.isPlainText)
        #expect(!Boilerplate.standard.matches(sentence))
    }

    /// Text that is not plain keeps the search under canonical equivalence: a compatibility ideograph (U+F9E4, 理
    /// as a Korean font spells it) is the unified ideograph, and a combining accent makes another character.
    @Test func textThatIsNotPlainIsSearchedCharacterByCharacter() {
        let compatibility = "我乡2024年未收取信息处\u{F9E4}费。"
        #expect(!compatibility.isPlainText)
        #expect(Boilerplate.standard.matches(compatibility))
        let accented = "具体情况如下\u{0301}"
        #expect(!accented.isPlainText)
        #expect(Boilerplate.standard.matches(accented) == Boilerplate.standard.matches(accented + "。"))
        #expect(!Boilerplate.standard.matches("本年度收\u{0301}取信息处理费0元。"))
    }

    /// A pattern closed at its end must end the sentence, a pattern of one closed piece must be all of it, in plain
    /// text and in other text alike.
    @Test func closedPatternsMatchAtTheEndOnly() {
        let custom = Boilerplate(patterns: "…特此报告\n特此说明。\n以上…情况…属实")
        #expect(custom.matches("综上，特此报告"))
        #expect(custom.matches("特此报告，特此报告"))
        #expect(!custom.matches("特此报告，以上"))
        #expect(custom.matches("特此说明。"))
        #expect(!custom.matches("特此说明。。"))
        #expect(custom.matches("以上所报情况均属实"))
        #expect(custom.matches("以上情况属实，情况属实"))
        #expect(!custom.matches("以上属实情况"))
        #expect(custom.matches("以上情况属\u{F9E4}属实") == custom.matches("以上情况属理属实"))
    }

    /// Sentences end at `。！？!?`, whatever their width; trailing whitespace is no sentence.
    @Test func sentencesAreCutAtTheirMarks() {
        #expect(CarriedOver.sentences(of: "一！二？三!四?五。六") == ["一！", "二？", "三!", "四?", "五。", "六"])
        #expect(CarriedOver.sentences(of: "　一。　\n") == ["　一。"])
        #expect(CarriedOver.sentences(of: "一。\u{3000}二。 ") == ["一。", "\u{3000}二。"])
        #expect(CarriedOver.sentences(of: "　 \n").isEmpty)
        #expect(CarriedOver.sentences(of: "").isEmpty)
        // A mark with a combining accent is another character, and ends no sentence.
        #expect(CarriedOver.sentences(of: "甲。\u{0301}乙。丙") == ["甲。\u{0301}乙。", "丙"])
    }

    /// A paragraph of standard sentences typed in full width is no 照搬上年 finding; one with as many characters of
    /// its own is, however it is spaced.
    @Test func carriedOverFindingCountsWhatIsNotStandard() {
        let options = DiffOptions()
        let standard = "本报告中所列数据的统计期限自２０２４年１月１日起至２０２４年１２月３１日止。　我乡全年未收取信息处理费！"
        #expect(!CarriedOver.isFinding([standard], options: options))
        let own = "全年共主动公开政府信息133条，涉及社会救助、应急管理等重点领域。"
        #expect(CarriedOver.isFinding([standard + own], options: options))
        #expect(CarriedOver.isFinding([standard + own.replacingOccurrences(of: "，", with: "， 　")], options: options))
        #expect(!CarriedOver.isFinding([standard, "共主动公开133条。"], options: options))
    }
}
