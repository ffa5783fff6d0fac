public import ReportModel

/// A report with last year's table 3 pasted above this year's (review rv114 F5): this year's table 3 filled with
/// figures from 100 on, last year's from 1000 on, so that no cell of one is a cell of the other.
public enum PastedTable3 {
    /// 常张乡's report of 2024 with this year's table 3 filled (本年新收 · 自然人 is one of its figures).
    public static func thisYear() -> Report {
        var report = SampleReport.make()
        guard case .table(let table)? = report.sections[2].blocks.first else { return report }
        report.sections[2].blocks[0] = .table(filled(table, from: 100))
        return report
    }

    /// The report with last year's table 3 (this year's shape, other figures) pasted above its own.
    public static func pastedAbove(_ report: Report) -> Report {
        var pasted = report
        guard case .table(let table)? = report.sections[2].blocks.first else { return report }
        pasted.sections[2].blocks.insert(.table(filled(table, from: 1000)), at: 0)
        return pasted
    }

    /// The report with one cell of its (last) table 3 set: this year's table 3 edited.
    public static func setting(_ text: String, row: String, column: String, in report: Report) -> Report {
        var edited = report
        guard let index = edited.sections[2].blocks.lastIndex(where: { $0.table != nil }),
            case .table(var table) = edited.sections[2].blocks[index]
        else { return report }
        table.setText(text, row: row, column: column)
        edited.sections[2].blocks[index] = .table(table)
        return edited
    }

    /// Every cell of a table filled with a figure of its own, from `start` on in reading order.
    private static func filled(_ table: Table, from start: Int) -> Table {
        var filled = table
        var next = start
        for row in filled.rows.indices {
            for cell in filled.rows[row].cells.indices {
                filled.rows[row].cells[cell].text = String(next)
                next += 1
            }
        }
        return filled
    }
}
