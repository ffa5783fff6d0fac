// A sheet's totals rows: this year's 合计, and 合计（上年） over the same offices, so that the two compare like with
// like (user review rv119, F1 and M5).

import CXlsxWriter
import Foundation
import ReportModel

extension SheetWriter {
    /// Writes the totals rows below the agencies' rows, from sheet row `first` (0-based): this year's, over the
    /// agencies with a report of the year; then last year's, over the same agencies (those of them with a report of
    /// last year) — an office that has not reported this year is left out of it, its last year's figures shown only
    /// in its own row, and the label and a comment say so. Last year's row is left out when it would count no
    /// report at all (M5: a 2024 workbook's `合计（上年，有报告的 0 个单位）` of zeros read as a county that handled
    /// nothing in 2023).
    mutating func writeTotals(
        _ worksheet: UnsafeMutablePointer<lxw_worksheet>, _ sheet: SheetLayout, year: Int, entries: [WorkbookEntry],
        from first: UInt32, agencyWidth: Double
    ) {
        let offset = SheetLayout.firstDataColumn
        let lastDataRow = Int(first)
        let left = entries.filter { $0.report == nil && $0.previous != nil }.map(\.agency)
        var row = first
        for (shownYear, isPrevious, counted, label) in totalsRows(year: year, entries: entries) {
            check(worksheet_write_string(worksheet, row, 0, label, totalLabel))
            if isPrevious, !left.isEmpty {
                check(worksheet_write_comment(worksheet, row, 0, words.previousTotalNote(left: left)))
            }
            check(
                worksheet_set_row(
                    worksheet, row, Self.height(lines: Self.lines(of: label, in: agencyWidth)), nil))
            check(worksheet_write_number(worksheet, row, 1, Double(shownYear), total))
            for index in sheet.columns.indices {
                let column = UInt16(clamping: index + offset)
                let (found, unknown) = CountyWorkbook.total(of: entries, in: sheet, column: index, previous: isPrevious)
                guard counted > 0, let sum = found else {
                    check(worksheet_write_blank(worksheet, row, column, total))
                    if !unknown.isEmpty {
                        check(worksheet_write_comment(worksheet, row, column, words.unknownTotalNote(unknown)))
                    }
                    continue
                }
                let letters = Self.columnLetters(index + offset)
                let formula =
                    isPrevious && !left.isEmpty
                    ? Self.sameOfficesFormula(letters, entries: entries, firstDataRow: sheet.firstDataRow)
                    : "=SUMIF($B$\(sheet.firstDataRow + 1):$B$\(lastDataRow),\(shownYear),"
                        + "\(letters)\(sheet.firstDataRow + 1):\(letters)\(lastDataRow))"
                check(worksheet_write_formula_num(worksheet, row, column, formula, total, Self.double(sum)))
            }
            row += 1
        }
    }

    /// The totals rows a sheet has: this year's, and last year's unless it would count no report; each with its
    /// year, whether it is last year's, how many reports it counts and its label.
    func totalsRows(
        year: Int, entries: [WorkbookEntry]
    ) -> [(year: Int, isPrevious: Bool, counted: Int, label: String)] {
        [(year, false), (year - 1, true)].compactMap { shownYear, isPrevious in
            let counted = entries.count { $0.report != nil && (!isPrevious || $0.previous != nil) }
            if isPrevious, counted == 0 { return nil }
            return (shownYear, isPrevious, counted, totalsLabel(isPrevious, counted, entries))
        }
    }

    /// Last year's total of a column over the agencies with a report this year: their last-year rows (right below
    /// their rows of the year) one by one, in sums of at most 255 cells (Excel's most arguments of `SUM`).
    static func sameOfficesFormula(_ letters: String, entries: [WorkbookEntry], firstDataRow: Int) -> String {
        let cells = entries.indices.filter { entries[$0].report != nil && entries[$0].previous != nil }
            .map { "\(letters)\(firstDataRow + 2 * $0 + 2)" }
        let sums = stride(from: 0, to: cells.count, by: 255).map { start in
            "SUM(" + cells[start..<min(cells.count, start + 255)].joined(separator: ",") + ")"
        }
        return "=" + sums.joined(separator: "+")
    }

    /// The totals row's label (``WorkbookWords/totalsLabel(previous:counted:of:unpublished:same:)``): a report
    /// counts whatever its status (已报送 means submitted everywhere else); the reports not published are named.
    /// Last year's names the offices it counts as this year's (`上年，同 17 个单位`) when it leaves out an office
    /// that has a report of last year only.
    func totalsLabel(_ isPrevious: Bool, _ counted: Int, _ entries: [WorkbookEntry]) -> String {
        let unpublished =
            isPrevious
            ? entries.count { $0.report != nil && $0.previous != nil && $0.previousUnpublished != nil }
            : entries.count { $0.report != nil && $0.unpublished != nil }
        let leavesOut = isPrevious && entries.contains { $0.report == nil && $0.previous != nil }
        return words.totalsLabel(
            previous: isPrevious, counted: counted, of: entries.count, unpublished: unpublished,
            same: leavesOut ? entries.count { $0.report != nil } : nil)
    }
}
