import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportDiff

/// Every unit of a report is named, and found by its name, in one walk of the report (``UnitIndex``), as
/// ``UnitNaming`` names one unit: a reviewer's page of a 4,000-paragraph report took 14 s to list the
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

    /// Every unit's location: what blame names, the preamble, fields and top-level headings.
    static func locations(of report: Report) -> [UnitLocation] {
        Blame.units(of: report).map(\.location) + [.container(.preamble), .field(.title), .field(.year)]
            + (0..<report.sections.count).map { .heading([$0]) }
    }

    /// Each unit is named as ``UnitNaming`` names it, and found by that name where it is; of two units of one name
    /// (`其他#2` typed as a title beside a second `其他`) the name finds the first, which has that name too.
    static func expectNamedAndFound(_ report: Report) {
        let index = UnitIndex(report)
        let locations = locations(of: report)
        let ids = locations.map { UnitNaming.id(of: $0, in: report) }
        let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
        for (location, id) in zip(locations, ids) {
            #expect(index.id(of: location) == id)
            let found = index.location(of: id)
            #expect(found.map(index.id(of:)) == id, "\(id)")
            if counts[id] == 1 { #expect(found == location, "\(id)") }
        }
    }

    /// Names typed by a person, and where each is in ``tricky`` (`nil`: not there).
    static let typed: [(String, UnitLocation?)] = [
        ("section:五", .container(.section([5]))),
        ("section:五/paragraph:1", .block(.section([5]), 0)),
        ("section:存在的主要问题及改进情况", .container(.section([5]))),
        ("section:总体情况", .container(.section([0]))),
        ("section:其他#2", .container(.section([2]))),
        ("section:一/paragraph:3", nil),
        ("section:一/table:grid3", nil),
        ("section:一/table:grid2/cell:r:a", .cell(.section([0]), 3, row: "r", column: "a")),
        ("section:一/table:table9", nil),
        ("section:九", nil),
        ("section:一/section:一/heading", .heading([0, 0])),
        (
            "section:三/table:table3/cell:received:natural-person",
            .cell(.section([4]), 0, row: "received", column: "natural-person")
        ),
        ("section:三/table:table3#2", .block(.section([4]), 1)),
        ("section:三/table:table3/cell:nothing:here", nil),
        ("preamble/paragraph:2", nil),
        ("preamble/table:table2", .block(.preamble, 1)),
        ("section:其他#3", nil),
    ]

    @Test func theIndexNamesAndFindsEveryUnit() throws {
        Self.expectNamedAndFound(Self.tricky)
        Self.expectNamedAndFound(SampleReport.make(paragraphs: 20))
        let index = UnitIndex(Self.tricky)
        for (name, location) in Self.typed {
            #expect(index.location(of: try #require(UnitID(name))) == location, "\(name)")
        }
        #expect(UnitID("order").flatMap(index.location(of:)) == nil)
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage), arguments: Corpus.seedNames + Corpus.realNames)
    func theIndexNamesAndFindsEveryUnitOfTheSampleReports(_ name: String) throws {
        let folder = Corpus.seedNames.contains(name) ? "seeds/" : "real/"
        Self.expectNamedAndFound(try ReportParser.parse(Corpus.data(folder + name)).report)
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
