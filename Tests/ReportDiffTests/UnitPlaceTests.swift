import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Units named for a person in the report's words.
@Suite struct UnitPlaceTests {
    static let report = ReportGenerator().make(seed: 3)

    @Test(arguments: [
        ("section:三/table:table3/cell:received:natural-person", "三、表三 · 本年新收 · 自然人"),
        ("section:三/table:table3/cell:withheld.state-secret:business", "三、表三 · 属于国家秘密 · 商业企业"),
        // (a row as the table prints it where its label alone says nothing, or needs its group's: rv115 M3)
        ("section:三/table:table3/cell:total:total", "三、表三 · （七）总计 · 总计"),
        ("section:三/table:table3/cell:other.other:other-organization", "三、表三 · （六）3.其他 · 法人或其他组织·其他"),
        ("section:四/table:table4/cell:cases:review.upheld", "四、表四 · 案件数量 · 行政复议·结果维持"),
        ("section:一/section:二/paragraph:2", "一、（二）第 2 段"),
        ("section:一/section:二/heading", "一、（二）标题"),
        ("section:五/order", "五、各部分的顺序"),
        ("section:一/section:四", "一、（四）"),
        ("preamble/paragraph:1", "导语 · 第 1 段"),
        ("title", "标题"),
    ])
    func labels(_ id: String, _ label: String) throws {
        let unit = try #require(UnitID(id))
        #expect(UnitPlace.label(of: unit, in: Self.report) == label)
        // Without the report, from the id and the templates alone.
        #expect(UnitPlace.label(of: unit, in: nil) == label)
    }

    /// Every cell of table 3 has a place of its own, in the words its table prints (the comment form's select lists
    /// them all: `三、表三 · 其他 · 其他` did not say which 其他, rv115 M3).
    @Test func everyCellOfTable3HasAPlaceOfItsOwn() throws {
        let table = try #require(Self.report.table(number: 3))
        let units = table.rows.flatMap { row in
            table.columns.compactMap { column in
                UnitID("section:三/table:table3/cell:\(row.key):\(column.key)")
            }
        }
        let labels = UnitPlace.labels(of: units, in: Self.report)
        #expect(Set(labels).count == labels.count)
        #expect(!labels.contains { $0.contains("本年度办理结果·总计") || $0.hasSuffix(" · 其他") })
    }

    @Test func aSectionNamedByItsTitle() throws {
        let unit = try #require(UnitID("section:存在的主要问题及改进情况/paragraph:2"))
        #expect(UnitPlace.label(of: unit, in: nil) == "存在的主要问题及改进情况 · 第 2 段")
        // The report has it as 五、.
        #expect(UnitPlace.label(of: unit, in: Self.report) == "五、第 2 段")
    }

    @Test func numbersAsTypedInTheReport() throws {
        var report = Self.report
        report.sections[0].sections[1].heading = "2.依申请公开情况"
        let unit = try #require(UnitID("section:一/section:2/paragraph:1"))
        #expect(UnitPlace.label(of: unit, in: report) == "一、2.第 1 段")
    }

    /// Every row and every column of each national-format table gets a label no other row (column) of it has.
    @Test(arguments: TemplateCatalog.standard.tables.map(\.id))
    func tableLabelsTellRowsApart(_ id: String) throws {
        let template = try #require(TemplateCatalog.standard.table(id: id))
        let table = Table(template: template)
        let labels = TableLabels(table)
        let rows = table.rows.map { labels.row($0.key) }
        let columns = table.columns.map { labels.column($0.key) }
        #expect(Set(rows).count == rows.count, "\(rows)")
        #expect(Set(columns).count == columns.count, "\(columns)")
        #expect(!rows.contains("总计") && !rows.contains { $0.contains("政府信息公开申请数量") })
        #expect(labels.row("no-such-row") == "no-such-row")
        #expect(TableLabels(nil).column("natural-person") == "natural-person")
    }

    /// The labels of many units at once are each unit's label, tables shared between cells or not.
    @Test func labelsOfManyUnitsAreEachUnitsLabel() throws {
        let units = try [
            "section:三/table:table3/cell:received:natural-person", "section:一/section:二/paragraph:2",
            "section:三/table:table3/cell:withheld.state-secret:business",
            "section:四/table:table4/cell:cases:review.upheld",
            "section:三/table:table3/cell:total:total", "title",
        ].map { try #require(UnitID($0)) }
        for report in [Self.report, nil] {
            #expect(UnitPlace.labels(of: units, in: report) == units.map { UnitPlace.label(of: $0, in: report) })
        }
    }
}
