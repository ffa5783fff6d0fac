import ReportModel
import Testing

/// `characterCount` must be `count`, whatever the text: the fast path only for scalars that stand alone.
@Suite struct CharacterCountTests {
    @Test(arguments: [
        "", "一、总体情况", "（二）依申请公开情况。", "本机关2024年收到申请 21 件，办结 19 件。", "| 行政许可 | 97 |",
        "\t名称\t数量", "①②③　—— ／ －2", "e\u{301}", "中\u{302A}文", "a\r\nb", "\r\n", "🇨🇳", "👨\u{200D}👩",
        "︿︽", "ｱﾞ", "字\u{FE0F}", "\u{0C}页", "गु",
    ])
    func countsAsCountDoes(text: String) {
        #expect(text.characterCount == text.count)
    }

    /// Every scalar of the basic plane, alone, between Han characters and before a combining mark.
    @Test func everyBasicPlaneScalarCountsAsCountDoes() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            for text in [alone, "中" + alone + "文", alone + "\u{301}", alone + "a"]
            where text.characterCount != text.count {
                mismatches.append(value)
                break
            }
            if mismatches.count > 10 { break }
        }
        #expect(mismatches.isEmpty, "scalars counted wrong: \(mismatches.map { String($0, radix: 16) })")
    }
}
