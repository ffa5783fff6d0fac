import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// Every unit of a report is named, and found by its name, in one walk of the report (``UnitIndex``), as
/// ``UnitNaming`` names and finds one unit: a reviewer's page of a 4,000-paragraph report took 14 s to list the
/// places a comment may be written on, each place counting the paragraphs before it (rv107 F7).
@Suite struct UnitIndexTests {
    /// A table of no template.
    static let grid = Table(
        template: nil, columns: [TableColumn(key: "a", path: ["甲"])],
        rows: [TableRow(key: "r", path: ["行"], cells: [Cell(column: "a", text: "1")])])

    /// A report with what naming has to tell apart: sections of one name, a title that reads as another's name, a
    /// section without a number, tables of the template and others among paragraphs, nested sections.
    static let tricky = Report(
        title: "长子县常张乡人民政府2024年政府信息公开工作年度报告", agency: "长子县常张乡人民政府", year: 2024,
        preamble: [.paragraph(Paragraph("导语一")), .table(SampleReport.zeroTable("table2-2021"))],
        sections: [
            Section(
                heading: "一、总体情况",
                blocks: [.paragraph(Paragraph("甲")), .table(grid), .paragraph(Paragraph("乙")), .table(grid)],
                sections: [
                    Section(heading: "（一）主动公开", blocks: [.paragraph(Paragraph("丙"))]),
                    Section(heading: "（一）主动公开又一", blocks: [.paragraph(Paragraph("丁"))]),
                ]),
            Section(heading: "其他", blocks: [.paragraph(Paragraph("戊"))]),
            Section(heading: "其他", blocks: [.paragraph(Paragraph("己"))]),
            Section(heading: "其他#2", blocks: [.paragraph(Paragraph("庚"))]),
            Section(
                heading: "三、收到和处理政府信息公开申请情况",
                blocks: [.table(SampleReport.zeroTable("table3-2021")), .table(SampleReport.zeroTable("table3-2021"))]),
            Section(heading: "存在的主要问题及改进情况", blocks: [.paragraph(Paragraph("辛"))]),
        ])

    /// Every unit's location and id, and more names that are not the index's own (typed by a person).
    static func names(of report: Report) -> (locations: [UnitLocation], typed: [UnitID]) {
        let locations =
            Blame.units(of: report).map(\.location) + [.container(.preamble), .field(.title), .field(.year)]
            + (0..<report.sections.count).map { .heading([$0]) }
        let typed = [
            "section:五", "section:五/paragraph:1", "section:存在的主要问题及改进情况", "section:总体情况",
            "section:一/paragraph:3", "section:一/table:grid3", "section:一/table:grid2/cell:r/a",
            "section:一/table:table9", "section:九",
            "section:一/section:一/heading", "section:三/table:table3/cell:received/natural-person",
            "section:三/table:table3/cell:nothing/here", "preamble/paragraph:2", "section:其他#3", "order",
        ].compactMap(UnitID.init)
        return (locations, typed)
    }

    static func expectSameAsUnitNaming(_ report: Report) {
        let index = UnitIndex(report)
        let (locations, typed) = names(of: report)
        for location in locations {
            let id = UnitNaming.id(of: location, in: report)
            #expect(index.id(of: location) == id)
            #expect(index.location(of: id) == UnitNaming.locate(id, in: report), "\(id)")
        }
        for unit in typed {
            #expect(index.location(of: unit) == UnitNaming.locate(unit, in: report), "\(unit)")
        }
    }

    @Test func theIndexNamesAndFindsEveryUnitAsUnitNamingDoes() {
        Self.expectSameAsUnitNaming(Self.tricky)
        Self.expectSameAsUnitNaming(SampleReport.make(paragraphs: 20))
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage), arguments: Corpus.seedNames + Corpus.realNames)
    func theIndexNamesEveryUnitOfTheSampleReportsAsUnitNamingDoes(_ name: String) throws {
        let folder = Corpus.seedNames.contains(name) ? "seeds/" : "real/"
        Self.expectSameAsUnitNaming(try ReportParser.parse(Corpus.data(folder + name)).report)
    }

    @Test func namingAndPlacingEveryUnitOfALongReportReadsEachBlockAFewTimes() throws {
        // Given a report whose section 一（一） has 4,000 paragraphs (4,007 blocks in all)
        let report = SampleReport.make(paragraphs: 4_000)
        let blocks = 4_007
        // When every unit is blamed (named) and placed, as the comment form's list of places does, counting the
        // blocks looked at to name and find units
        let counter = NamingWork.Counter()
        let labels = try NamingWork.$counter.withValue(counter) {
            let entries = try Blame.compute(along: [
                (RevisionInfo(id: "", author: "", time: Date(), message: ""), report)
            ])
            return UnitPlace.labels(of: entries.map(\.unit), in: report)
        }
        // Then each block was looked at a few times, not once for each unit before it (8,000,000 and more)
        #expect(labels.contains("一、（一）第 4000 段"))
        #expect(counter.blocks <= 3 * blocks)
    }
}
