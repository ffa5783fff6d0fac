import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// One home for the words around a place's label in both languages (user review rv117, M2): a label said in English
/// (``UnitPlace`` with `.english`, as `diff` and `blame` say it) is the label said in Chinese and read back in English
/// (``PlaceWords/english(of:)``, as `log` and `restore` read a stored message).
@Suite struct PlaceWordsTests {
    static let report = ReportGenerator().make(seed: 3)

    @Test(arguments: [
        "title", "agency", "year", "preamble/paragraph:1", "section:五/order", "section:一/section:二/heading",
        "section:一/section:二/paragraph:2", "section:三/table:table3/cell:received:natural-person",
        "section:四/table:table4/cell:cases:review.upheld", "section:二/table:table2#2", "section:一/table:grid2",
        "section:存在的主要问题及改进情况/paragraph:2", "section:一#2/paragraph:1",
    ])
    func englishLabelsAreTheChineseReadBack(_ id: String) throws {
        let unit = try #require(UnitID(id))
        for report in [Self.report, nil] {
            let chinese = UnitPlace.label(of: unit, in: report, language: .chinese)
            let english = UnitPlace.label(of: unit, in: report, language: .english)
            #expect(PlaceWords.english(of: chinese) == english, "\(chinese)")
        }
    }

    @Test func theWordsInBothLanguages() {
        #expect(PlaceWords.Word.paragraph(2).text(in: .chinese) == "第 2 段")
        #expect(PlaceWords.Word.paragraph(2).text(in: .english) == "paragraph 2")
        #expect(PlaceWords.english(of: "三、表三 · 本年新收 · 自然人") == "三、Table 3 · 本年新收 · 自然人")
        #expect(PlaceWords.english(of: "一、（二）第 2 段") == "一、（二）paragraph 2")
        #expect(PlaceWords.english(of: "标题") == "Title")
        #expect(PlaceWords.english(of: "一、标题") == "一、Heading")
    }
}
