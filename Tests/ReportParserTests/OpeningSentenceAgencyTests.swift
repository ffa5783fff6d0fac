import Foundation
import ReportModel
import ReportParser
import Testing

/// A report whose title names no agency is known by its opening sentence: the name stops before a verb such as
/// 总结 or 编制 (`常张乡总结2024年度政府信息公开工作情况`), which is not part of the office's name.
@Suite struct OpeningSentenceAgencyTests {
    static let body = "\n\n一、总体情况\n\n2024年，本乡认真贯彻落实《条例》。\n"

    @Test(arguments: [
        ("根据《条例》要求，常张乡总结2024年度政府信息公开工作情况并编写了年度报告。", "常张乡"),
        ("按照要求，中固镇人民政府编制2024年政府信息公开工作年度报告。", "中固镇人民政府"),
        ("现将开原市中固镇人民政府2024年政府信息公开工作情况报告如下。", "开原市中固镇人民政府"),
    ])
    func theAgencyOfTheOpeningSentenceStopsBeforeItsVerb(sentence: String, agency: String) throws {
        let text = "政府信息公开工作年度报告\n\n" + sentence + Self.body
        let report = try ReportParser.parse(Data(text.utf8)).report
        #expect(report.agency == agency)
    }
}
