import ReportModel
import Testing

@Suite struct ScalarSearchTests {
    static let search = ScalarSearch(["。", "，", "；", ",", ";", "！"])

    /// Found by their bytes, the scalars are found where the scalar view finds them, and never inside another
    /// scalar's UTF-8 (a continuation byte equal to a needle's lead or its tail).
    @Test func findsWhatTheScalarViewFinds() {
        let wanted: Set<Unicode.Scalar> = ["。", "，", "；", ",", ";", "！"]
        var wrong: [UInt32] = []
        for scalar in ByteSearchTests.scalars {
            for text in [String(scalar), "中" + String(scalar) + "文", "文字" + String(scalar)] {
                if Self.search.contains(in: text) != text.unicodeScalars.contains(where: wanted.contains) {
                    wrong.append(scalar.value)
                }
            }
            if wrong.count > 10 { break }
        }
        #expect(wrong.isEmpty, "scalars searched wrong: \(wrong.map { String($0, radix: 16) })")
    }

    @Test func answersForWholeLines() {
        #expect(!Self.search.contains(in: ""))
        #expect(!Self.search.contains(in: "行政许可 97 件"))
        #expect(Self.search.contains(in: "本年度共收到申请 97 件，办结 90 件"))
        #expect(Self.search.contains(in: "结束！"))
        #expect(Self.search.contains(in: "a,b"))
        #expect(!ScalarSearch([]).contains(in: "，"))
        // A slice is searched within its bounds only.
        let text = "办结。"
        #expect(!Self.search.contains(in: text[..<text.unicodeScalars.index(before: text.endIndex)]))
    }
}
