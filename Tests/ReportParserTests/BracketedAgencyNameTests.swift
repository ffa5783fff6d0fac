import Foundation
import ReportModel
import ReportParser
import Testing

/// An office that carries a second name in brackets (挂牌、合署: `长子县人民政府办公室（县政务公开办）`,
/// `长子县自然资源局(长子县林业局)`) is read with its brackets, in the title and in the opening sentence; brackets that
/// pair with nothing in the name, or wrap the whole title, are not part of it (review rv115 F10).
@Suite struct BracketedAgencyNameTests {
    static let body = "\n\n一、总体情况\n\n2025年，本单位认真贯彻落实《条例》。\n"

    @Test(arguments: [
        ("长子县人民政府办公室（县政务公开办）2025年政府信息公开工作年度报告", "长子县人民政府办公室（县政务公开办）"),
        ("长治市规划和自然资源局（市林业局）2025年政府信息公开工作年度报告", "长治市规划和自然资源局（市林业局）"),
        ("长子县自然资源局(长子县林业局)2025年政府信息公开工作年度报告", "长子县自然资源局(长子县林业局)"),
        (
            "长子县行政审批服务管理局（长子县政务服务和公共资源交易中心）2025年政府信息公开工作年度报告",
            "长子县行政审批服务管理局（长子县政务服务和公共资源交易中心）"
        ),
        ("《长子县常张乡人民政府2025年政府信息公开工作年度报告》", "长子县常张乡人民政府"),
        ("（长子县常张乡人民政府2025年政府信息公开工作年度报告）", "长子县常张乡人民政府"),
        ("（长子县常张乡人民政府）2025年政府信息公开工作年度报告", "长子县常张乡人民政府"),
        ("长子县常张乡人民政府2025年政府信息公开工作年度报告", "长子县常张乡人民政府"),
        // (brackets that are no second name: the year, a remark, an attachment's number — review rv116 F2)
        ("长子县常张乡人民政府（2025年）政府信息公开工作年度报告", "长子县常张乡人民政府"),
        ("长子县常张乡人民政府（2025年度）政府信息公开工作年度报告", "长子县常张乡人民政府"),
        ("长子县常张乡人民政府（草稿）2025年政府信息公开工作年度报告", "长子县常张乡人民政府"),
        ("附件（1）长子县常张乡人民政府2025年政府信息公开工作年度报告", "长子县常张乡人民政府"),
    ])
    func theTitlesAgencyKeepsItsSecondName(title: String, agency: String) throws {
        let report = try ReportParser.parse(Data((title + Self.body).utf8)).report
        #expect(report.agency == agency)
        #expect(report.title == title)
    }

    @Test(arguments: [
        ("现将长子县人民政府办公室（县政务公开办）2025年政府信息公开工作年度报告如下。", "长子县人民政府办公室（县政务公开办）"),
        ("现将长子县自然资源局(长子县林业局)2025年政府信息公开工作情况报告如下。", "长子县自然资源局(长子县林业局)"),
        ("根据《条例》（国务院令第711号）要求，现将常张乡人民政府2025年政府信息公开工作情况报告如下。", "常张乡人民政府"),
    ])
    func theOpeningSentencesAgencyKeepsItsSecondName(sentence: String, agency: String) throws {
        let text = "政府信息公开工作年度报告\n\n" + sentence + Self.body
        let report = try ReportParser.parse(Data(text.utf8)).report
        #expect(report.agency == agency)
    }

    /// Words in brackets right before the year that are no office's name are not taken for one (review rv116 F3).
    @Test(arguments: [
        "本报告由长子县常张乡人民政府（以下简称“本乡”）2025年政府信息公开工作情况编制而成。",
        "长子县常张乡人民政府（以下简称本乡）2025年政府信息公开工作年度报告根据《条例》编制。",
        "按照县政府办公室要求（见附件）2025年政府信息公开工作年度报告如下：",
        "按照《条例》（国务院令第711号）2025年政府信息公开工作要求，长子县常张乡人民政府编制本报告。",
    ])
    func bracketedRemarksBeforeTheYearNameNoAgency(sentence: String) throws {
        let text = "2025年政府信息公开工作年度报告\n\n" + sentence + Self.body
        let report = try ReportParser.parse(Data(text.utf8)).report
        #expect(report.agency.map { !$0.contains("（") && !$0.contains("）") } ?? true, "\(report.agency ?? "")")
        #expect(report.agency.map { !$0.contains("简称") && !$0.contains("附件") && !$0.contains("国务院") } ?? true)
    }
}
