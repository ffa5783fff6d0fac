import Foundation
import ReportModel
import Testing

@testable import ReportChecks

/// The prose rules cut sentences and clauses, drop brackets and look for words in plain text (Han, ASCII, the usual
/// punctuation: `isPlainText`) by its UTF-8 bytes, and in any other text character by character, as they did before:
/// both ways read the same statements.
@Suite struct PlainTextRuleTests {
    @Test func sentencesAndClausesAreCutAtFullAndHalfWidthMarks() {
        let text = "本年收到申请17件，办结15件；另有2件顺延。，,受理3件"
        #expect(text.isPlainText)
        #expect(text.split(atAnyOf: "。；") == ["本年收到申请17件，办结15件", "另有2件顺延", "，,受理3件"])
        #expect("，,受理3件,,".split(atAnyOf: "，,") == ["受理3件"])
        #expect("".split(atAnyOf: "。").isEmpty)
        // The same cuts as the character-by-character split.
        let expected = text.split(whereSeparator: { "。；".contains($0) }).map(String.init)
        #expect(text.split(atAnyOf: "。；") == expected)
    }

    /// A mark with a combining accent after it is another character, and cuts nothing, as before.
    @Test func textThatIsNotPlainIsCutCharacterByCharacter() {
        let text = "收到申请17件。\u{0301}办结15件。"
        #expect(!text.isPlainText)
        #expect(text.split(atAnyOf: "。；") == ["收到申请17件。\u{0301}办结15件"])
        #expect(ProseRules.withoutBrackets("答复3件（含\u{0301}结转1件）") == "答复3件")
    }

    @Test func bracketsOfBothWidthsAreDroppedWithWhatTheyHold() {
        #expect(ProseRules.withoutBrackets("答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）") == "答复3050件")
        #expect(ProseRules.withoutBrackets("受理(含(转来)2件)17件，（一）办结") == "受理17件，办结")
        #expect(ProseRules.withoutBrackets("）多出的括号）不影响") == "多出的括号不影响")
        #expect(ProseRules.withoutBrackets("没有括号的段落") == "没有括号的段落")
    }

    @Test func statementsAreReadFromPlainTextWithFullWidthPunctuation() {
        let paragraphs = [
            "2024年，本机关共收到政府信息公开申请17件（其中上年结转3件），办结15件；另有2件结转下年度办理。",
            "全年共新收申请 5 件，均已答复。",
        ]
        let received = ProseRules.statements(
            in: paragraphs, verbs: ["收到", "受理", "新收", "接收到", "接到"], noun: "申请")
        #expect(received.map(\.value) == [17, 5])
        #expect(received.map(\.sentence) == ["本机关共收到政府信息公开申请17件", "全年共新收申请 5 件"])
    }

    @Test func wordsAreFoundInPlainTextAndOtherText() {
        #expect("本乡参照全县做法，".containsText("全县"))
        #expect(!"本乡参照全乡做法".containsText("全县"))
        #expect("全县\u{3000}统一部署".containsText("全县"))
        // (a compatibility ideograph, 理 as a Korean font spells it, is the unified one under canonical equivalence)
        #expect("信息处\u{F9E4}费".containsText("处理费") == "信息处\u{F9E4}费".contains("处理费"))
    }

    @Test func promptsAreFoundOnlyWhereABracketCloses() {
        let catalog = TemplateCatalog.standard
        #expect(catalog.prompt(openingParagraph: "（文字描述）") == "（文字描述）")
        #expect(catalog.prompt(openingParagraph: "(文字描述)本乡全年主动公开信息133条。") == "（文字描述）")
        #expect(catalog.prompt(openingParagraph: "本乡全年主动公开信息133条") == nil)
        #expect(catalog.textAfterPrompt("（文字描述）本乡全年主动公开信息133条。") == "本乡全年主动公开信息133条。")
        #expect(catalog.textAfterPrompt("本乡全年主动公开信息133条。") == "本乡全年主动公开信息133条。")
        #expect(catalog.prompts.count == Set(catalog.prompts).count)
    }
}
