import CXlsxWriter
import Foundation
import ReportModel

/// Writes the sheets of one workbook through libxlsxwriter, keeping the first error it reports.
struct SheetWriter {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let header: UnsafeMutablePointer<lxw_format>?
    let title: UnsafeMutablePointer<lxw_format>?
    let data: UnsafeMutablePointer<lxw_format>?
    let previous: UnsafeMutablePointer<lxw_format>?
    let total: UnsafeMutablePointer<lxw_format>?
    private(set) var firstError: lxw_error?

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
        header = workbook_add_format(workbook)
        title = workbook_add_format(workbook)
        data = workbook_add_format(workbook)
        previous = workbook_add_format(workbook)
        total = workbook_add_format(workbook)
        for format in [header, data, previous, total] {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        for format in [header, title] {
            format_set_bold(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_text_wrap(format)
        }
        format_set_font_size(title, 14)
        format_set_bold(total)
        // Last year's rows in grey on a light background, so that this year's stand out.
        format_set_font_color(previous, 0x595959)
        format_set_bg_color(previous, 0xF2F2F2)
    }

    private mutating func check(_ error: lxw_error) {
        if error != LXW_NO_ERROR, firstError == nil { firstError = error }
    }

    /// Writes one sheet: title, header, two rows per agency (already in order: the year's figures, then the year
    /// before's), a totals row for each year.
    mutating func write(_ sheet: SheetLayout, year: Int, entries: [WorkbookEntry]) {
        guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
            check(LXW_ERROR_MEMORY_MALLOC_FAILED)
            return
        }
        let offset = SheetLayout.firstDataColumn
        let lastColumn = UInt16(clamping: sheet.columns.count + offset - 1)
        check(worksheet_merge_range(worksheet, 0, 0, 0, lastColumn, sheet.title, title))
        check(worksheet_set_column(worksheet, 0, 0, 28, nil))
        check(worksheet_set_column(worksheet, 1, 1, 7, nil))
        check(worksheet_set_column(worksheet, UInt16(offset), lastColumn, 11, nil))
        for label in sheet.labels {
            let (r0, c0) = (UInt32(label.firstRow), UInt16(clamping: label.firstColumn))
            let (r1, c1) = (UInt32(label.lastRow), UInt16(clamping: label.lastColumn))
            if r0 == r1, c0 == c1 {
                check(worksheet_write_string(worksheet, r0, c0, label.text, header))
            } else {
                check(worksheet_merge_range(worksheet, r0, c0, r1, c1, label.text, header))
            }
        }
        worksheet_freeze_panes(worksheet, UInt32(sheet.firstDataRow), UInt16(offset))
        var row = UInt32(sheet.firstDataRow)
        for entry in entries {
            for (report, shownYear, format) in [(entry.report, year, data), (entry.previous, year - 1, previous)] {
                check(worksheet_write_string(worksheet, row, 0, entry.agency, format))
                check(worksheet_write_number(worksheet, row, 1, Double(shownYear), format))
                for index in sheet.columns.indices {
                    let column = UInt16(clamping: index + offset)
                    switch CountyWorkbook.value(of: report, in: sheet, column: index).value {
                    case .number(let number):
                        check(worksheet_write_number(worksheet, row, column, Self.double(number), format))
                    case .text(let text): check(worksheet_write_string(worksheet, row, column, text, format))
                    case .empty: check(worksheet_write_blank(worksheet, row, column, format))
                    }
                }
                row += 1
            }
        }
        let lastDataRow = Int(row)
        for (shownYear, isPrevious) in [(year, false), (year - 1, true)] {
            check(worksheet_write_string(worksheet, row, 0, isPrevious ? "合计（上年）" : "合计", total))
            check(worksheet_write_number(worksheet, row, 1, Double(shownYear), total))
            for index in sheet.columns.indices {
                let column = UInt16(clamping: index + offset)
                guard !entries.isEmpty,
                    let sum = CountyWorkbook.total(of: entries, in: sheet, column: index, previous: isPrevious)
                else {
                    check(worksheet_write_blank(worksheet, row, column, total))
                    continue
                }
                let letters = Self.columnLetters(index + offset)
                let (first, last) = (sheet.firstDataRow + 1, lastDataRow)
                let formula = "=SUMIF($B$\(first):$B$\(last),\(shownYear),\(letters)\(first):\(letters)\(last))"
                check(worksheet_write_formula_num(worksheet, row, column, formula, total, Self.double(sum)))
            }
            row += 1
        }
    }

    static func double(_ number: Decimal) -> Double { NSDecimalNumber(decimal: number).doubleValue }

    /// A 0-based column index as spreadsheet letters (`0` → `A`, `27` → `AB`).
    static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters.unicodeScalars.insert(Unicode.Scalar(UInt8(65 + index % 26)), at: letters.unicodeScalars.startIndex)
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
