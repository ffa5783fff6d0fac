import ReportModel
import Testing

/// A template table's cells stand in the order of their template's columns, which readers fill by position.
@Suite struct TableTests {
    @Test func cellsFollowTheTemplateColumnsOfTheirRow() {
        let templates = [2, 3, 4].flatMap { TemplateCatalog.standard.tables(number: $0) }
        #expect(!templates.isEmpty)
        for template in templates {
            let table = Table(template: template)
            for (row, rowTemplate) in zip(table.rows, template.dataRows) {
                #expect(
                    row.cells.map(\.column) == template.columns(of: rowTemplate).map(\.key), "\(template.id) \(row.key)"
                )
            }
        }
    }

    @Test func aCellIsSetByItsPosition() throws {
        let template = try #require(TemplateCatalog.standard.tables(number: 3).first)
        var table = Table(template: template)
        let row = try #require(table.rows.first)
        let last = row.cells.count - 1
        let set = table.setText("7", rowAt: 0, cellAt: last)
        #expect(set)
        #expect(table.cell(row: row.key, column: row.cells[last].column)?.text == "7")
        let past = table.setText("7", rowAt: 0, cellAt: last + 1)
        let below = table.setText("7", rowAt: table.rows.count, cellAt: 0)
        #expect(!past && !below)
    }
}
