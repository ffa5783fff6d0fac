import ReportModel
import Testing

/// The byte-level text helpers the parser runs on every line must answer as the scalar- and character-level code they
/// replaced: checked against that code, over every scalar where it matters.
@Suite struct ByteSearchTests {
    /// Every scalar of the basic plane and some beyond it, alone and between Han characters.
    static let scalars: [Unicode.Scalar] =
        (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init)
        + [0x1F1E8, 0x1F468, 0x20000, 0x2A6D6, 0x10FFFF].compactMap(Unicode.Scalar.init)

    @Test func decodingGivesEveryScalarAndItsLength() {
        var wrong: [UInt32] = []
        for scalar in Self.scalars {
            let text = "中" + String(scalar) + "文"
            let decoded: [UInt32] = text.withUTF8Bytes { bytes in
                var values: [UInt32] = []
                var index = 0
                while let (value, length) = UTF8Scalars.decode(bytes, at: index) {
                    values.append(value)
                    index += length
                }
                return values
            }
            if decoded != text.unicodeScalars.map(\.value) { wrong.append(scalar.value) }
            if wrong.count > 10 { break }
        }
        #expect(wrong.isEmpty, "scalars decoded wrong: \(wrong.map { String($0, radix: 16) })")
    }

    /// The loose key keeps letters and digits (full-width ones made half-width) and the Han block whole
    /// (``Unicode/Scalar/isHanIdeograph``), and drops everything else, as the Unicode properties say: the blocks of
    /// punctuation it answers without looking are checked here scalar by scalar.
    @Test func looseKeysKeepWhatThePropertiesCallLettersAndDigits() {
        func expected(_ scalar: Unicode.Scalar) -> [UInt32] {
            var value = scalar.value
            if value >= 0xFF10, value <= 0xFF5A { value -= 0xFEE0 }
            guard let converted = Unicode.Scalar(value) else { return [] }
            if value < 0x80 {
                return converted.properties.isAlphabetic || ("0"..."9").contains(converted) ? [value] : []
            }
            if converted.isHanIdeograph { return [value] }
            let properties = converted.properties
            return properties.isAlphabetic || properties.generalCategory == .decimalNumber ? [value] : []
        }
        var wrong: [UInt32] = []
        for scalar in Self.scalars where LooseKey.scalars(String(scalar)) != expected(scalar) {
            wrong.append(scalar.value)
            if wrong.count > 10 { break }
        }
        #expect(wrong.isEmpty, "scalars keyed wrong: \(wrong.map { String($0, radix: 16) })")
        #expect(LooseKey.scalars("（一）１．行政 许可，97") == LooseKey.scalars("(一)1.行政许可97"))
    }

    @Test(arguments: ["", "（一）１．行政 许可，97", "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。"])
    func aLimitedLooseKeyIsTheKeyCutShort(text: String) {
        let whole = LooseKey.scalars(text)
        for limit in [0, 1, 5, 16, 41, 1000] {
            #expect(LooseKey.scalars(text, limit: limit) == Array(whole.prefix(limit)), "limit \(limit)")
        }
    }

    @Test func trimmingTakesLayoutSpaceOfEveryWidthFromBothEnds() {
        let spaces = Self.scalars.filter(\.isLayoutSpace)
        #expect(spaces.count > 20)
        for space in spaces {
            let padding = String(space) + " " + String(space)
            for text in ["", "中", "a b", "中\u{3000}文", String(space)] {
                let padded = padding + text + padding
                let reference = text.unicodeScalars.allSatisfy(\.isLayoutSpace) ? "" : text
                #expect(padded.trimmingLayoutSpace() == reference, "around \(String(space.value, radix: 16))")
            }
        }
        #expect("中文".trimmingLayoutSpace() == "中文")
        #expect("\u{3000}\u{3000}".trimmingLayoutSpace() == "")
    }

    @Test(arguments: ["", "|", "a|b", "|a||b|", "行政许可 | 97 |", "中|文|", "||"])
    func piecesAreWhatSplittingAtTheByteGives(text: String) {
        let reference = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(text.pieces(separatedBy: UInt8(ascii: "|")) == reference)
    }

    @Test(arguments: ["", "#", "# 标题", "**一、总体情况**", "\\转义", "中文#", "|"])
    func bytePrefixesAndSuffixesAnswerAsCharactersDo(text: String) {
        for mark in ["#", "**", "\\", "|", "中", "一、"] {
            #expect(text.hasBytePrefix(mark) == text.hasPrefix(mark), "\(text) starts with \(mark)")
            #expect(text.hasByteSuffix(mark) == text.hasSuffix(mark), "\(text) ends with \(mark)")
        }
        for (mark, byte) in [("#", UInt8(ascii: "#")), ("\\", UInt8(ascii: "\\")), ("|", UInt8(ascii: "|"))] {
            #expect(text.startsWithByte(byte) == text.hasPrefix(mark), "\(text) starts with \(mark)")
        }
    }

    @Test(arguments: ["", "报告", "2024年政府信息公开工作年度报告", "年度报", "工作报告年度", "報告", "a报告b"])
    func byteContainmentAnswersAsContains(text: String) {
        for word in ["报告", "年度报告", "工作报告", "告", "", "2024"] {
            #expect(text.containsBytes(word) == text.contains(word), "\(text) holds \(word)")
        }
    }

    @Test func blankTextIsOnlyLayoutSpace() {
        for space in ByteSearchTests.scalars where space.isLayoutSpace {
            #expect(String(repeating: String(space), count: 3).isLayoutBlank)
            #expect(!(String(space) + "中").isLayoutBlank)
        }
        #expect("".isLayoutBlank)
        #expect(!"a".isLayoutBlank)
    }

    @Test(arguments: ["", "a", "一二三", "🇨🇳🇨🇳", "e\u{301}e\u{301}", String(repeating: "中", count: 50)])
    func boundedCountsAgreeWithTheCount(text: String) {
        for limit in [0, 1, 2, 3, 4, 40, 49, 50] {
            #expect(text.hasAtMostScalars(limit) == (text.unicodeScalars.count <= limit), "\(limit)")
        }
    }
}
