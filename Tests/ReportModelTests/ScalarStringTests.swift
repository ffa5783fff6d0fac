import ReportModel
import Testing

/// `String(scalars:)` is the string of its scalars, byte for byte, whatever they are: one to four UTF-8 bytes each.
@Suite struct ScalarStringTests {
    @Test(arguments: [
        "", "a", "一、总体情况", "本机关2024年收到申请 21 件，办结 19 件。", "①②③　—— ／ －2", "e\u{301}", "🇨🇳 𠀋 👨\u{200D}👩",
        "\u{0}\t\r\n\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func isTheStringOfItsScalars(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
        // Every slice, as the diff takes runs of a text.
        for start in scalars.indices {
            for end in start...scalars.count {
                #expect(String(scalars: scalars[start..<end]) == String(String.UnicodeScalarView(scalars[start..<end])))
            }
        }
    }
}
