import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Every table the parser makes of a template has the template's shape (`TableTemplate.shapeProblem`), the rule a
/// node holds tables another node sends to: from the samples, generated reports in every layout, mutated text, and
/// the real reports.
@Suite struct TemplateShapeTests {
    /// The shape problems of a report's template tables, named by table.
    static func problems(of report: Report) -> [String] {
        report.tables.compactMap { entry in
            guard let template = entry.table.templateDefinition else { return nil }
            return template.shapeProblem(of: entry.table).map { "\(template.id): \($0.chinese)" }
        }
    }

    @Test func theParsersTablesHaveTheirTemplatesShape() throws {
        var tables = 0
        for input in ExportIdentityTests.samples + ExportIdentityTests.generated {
            for round in 0..<4 {
                let text = round == 0 ? input.text : TextMutator().mutate(input.text, seed: UInt64(round * 31))
                guard let report = try? ReportParser.parse(text: text).report else { continue }
                tables += report.tables.count { $0.table.templateDefinition != nil }
                #expect(Self.problems(of: report).isEmpty, "\(input.name) round \(round)")
            }
        }
        #expect(tables > 20)
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
    func theRealReportsTablesHaveTheirTemplatesShape() throws {
        for name in Corpus.realNames {
            let report = try ReportParser.parse(Corpus.data("real/\(name)")).report
            #expect(Self.problems(of: report).isEmpty, "\(name)")
        }
    }

    @Test func aRowTwiceOrACellMissingIsNamed() throws {
        let template = try #require(TemplateCatalog.standard.table(id: "table3-2021"))
        let rows = template.dataRows.map { ($0.key, template.columns(of: $0).map(\.key)) }
        #expect(template.shapeProblem(rows: rows) == nil)
        #expect(template.shapeProblem(rows: rows + [rows[0]]) != nil)
        var short = rows
        short[2].1.removeLast()
        #expect(template.shapeProblem(rows: short) != nil)
        var swapped = rows
        swapped[1].1.swapAt(0, 1)
        #expect(template.shapeProblem(rows: swapped) != nil)
    }
}
