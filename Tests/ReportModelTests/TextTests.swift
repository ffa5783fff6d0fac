import Foundation
import ReportModel
import Testing

@Suite struct TextTests {
    @Test(arguments: [
        ("一、总体情况", "一、", NumberingStyle.chineseComma, 1, "总体情况"),
        ("（二）依申请公开情况。", "（二）", .chineseParen, 2, "依申请公开情况"),
        ("(一) 主动公开信息情况：", "(一)", .chineseParen, 1, "主动公开信息情况"),
        ("十二、其他", "十二、", .chineseComma, 12, "其他"),
        ("1.属于国家秘密", "1.", .arabicDot, 1, "属于国家秘密"),
        ("2、重复申请", "2、", .arabicComma, 2, "重复申请"),
        ("（3）细目", "（3）", .arabicParen, 3, "细目"),
        ("( 12 )说明", "( 12 )", .arabicParen, 12, "说明"),
        ("一．概述", "一．", .chineseComma, 1, "概述"),
        ("3．数据", "3．", .arabicDot, 3, "数据"),
        ("九十九、末节", "九十九、", .chineseComma, 99, "末节"),
    ])
    func headingsReadTheirNumber(text: String, number: String, style: NumberingStyle, value: Int, title: String) throws
    {
        let heading = Heading(text)
        let found = try #require(heading.number)
        #expect(found.text == number)
        #expect(found.style == style)
        #expect(found.value == value)
        #expect(heading.title == title)
    }

    @Test(arguments: [
        "存在的主要问题及改进情况", "2024年全年", "2.5万元", "一是深化基层政务公开", "1.5万元", "(12", "（）空",
        "（一二三四五六七八九）", "1000、多", "十二三四五、",
    ])
    func textWithoutANumberHasNone(text: String) {
        #expect(Heading(text).number == nil)
    }

    @Test func labelKeysIgnoreHowTheLabelWasTyped() {
        #expect(LabelKey("（三）不予公开") == LabelKey("(三) 不予公开"))
        #expect(LabelKey("商业 企业") == LabelKey("商业企业"))
        #expect(LabelKey("3.危及“三安全一稳定”") == LabelKey("3. 危及\"三安全一稳定\""))
        #expect(LabelKey("(三)不予公开").withoutNumber == LabelKey("不予公开"))
    }

    @Test(arguments: [
        ("0", Decimal(0)), ("　0", 0), ("0\u{A0}", 0), ("7730.28", Decimal(string: "7730.28")!), ("１２", 12),
        ("-3", -3), ("1,234", 1234),
    ])
    func cellsReadNumbers(text: String, value: Decimal) {
        #expect(CellText.number(text) == value)
    }

    @Test(arguments: ["", "—", "/", "无", "1.2.3", "12件", "."])
    func cellsWithoutNumbersHaveNoValue(text: String) {
        #expect(CellText.number(text) == nil)
    }

    @Test func chineseNumerals() {
        #expect(ChineseNumerals.value(of: "十") == 10)
        #expect(ChineseNumerals.value(of: "二十一") == 21)
        #expect(ChineseNumerals.value(of: "十二十") == nil)
        #expect(ChineseNumerals.string(21) == "二十一")
    }

    @Test func templatesAreComplete() throws {
        let catalog = TemplateCatalog.standard
        #expect(catalog.sections.count == 6)
        #expect(catalog.table(id: "table3-2021")?.dataRows.count == 25)
        #expect(catalog.table(id: "table3-2019")?.dataRows.count == 23)
        #expect(catalog.table(id: "table4-2021")?.columns.count == 15)
        let table2 = try #require(catalog.table(id: "table2-2021"))
        #expect(table2.dataRows.reduce(0) { $0 + table2.columns(of: $1).count } == 10)
        #expect(catalog.sectionSlot(forTitle: "存在的主要问题及改进情况") == 5)
        #expect(catalog.sectionSlot(forTitle: "政府信息公开行政复议行政诉讼情况") == 4)
        for table in catalog.tables {
            let keys = table.rows.map(\.key)
            #expect(Set(keys).count == keys.count, "row keys of \(table.id) are unique")
        }
    }

    @Test func jsonFormRoundTrips() throws {
        let report = try CanonicalObjectTests.sampleReport()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(report)
        #expect(try JSONDecoder().decode(Report.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""row":["三、本年度办理结果","（三）不予公开","1.属于国家秘密"]"#))
        #expect(text.contains(#""column":["法人或其他组织","商业企业"]"#))
    }
}

/// `LabelKey` reads a label's UTF-8: checked against the scalar-by-scalar reading it replaced, for every scalar of
/// the basic plane between Han characters.
@Suite struct LabelKeyReadingTests {
    static func reference(_ label: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in label.unicodeScalars {
            if scalar.isLayoutSpace { continue }
            switch scalar {
            case "（": result.append("(")
            case "）": result.append(")")
            case "：": result.append(":")
            case "，": result.append(",")
            case "．": result.append(".")
            case "；": result.append(";")
            case "／": result.append("/")
            case "“", "”", "\"", "「", "」", "‘", "’", "'", "|", "#", "*":
                continue
            default:
                if scalar.value >= 0xFF01, scalar.value <= 0xFF5E, let half = Unicode.Scalar(scalar.value - 0xFEE0) {
                    result.append(half)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    @Test func everyScalarIsKeyedAsBefore() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let label = "第" + String(scalar) + "项"
            if LabelKey(label).text != Self.reference(label) { wrong.append(value) }
            if wrong.count > 10 { break }
        }
        #expect(wrong.isEmpty, "scalars keyed wrong: \(wrong.map { String($0, radix: 16) })")
        let label = "（一）１．行政 许可：“三安全一稳定”｜#**\u{3000}"
        #expect(LabelKey(label).text == Self.reference(label))
    }
}
