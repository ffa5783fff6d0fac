import Foundation
import ReportModel

/// Text read inside a template table that has no place in the template — words of the clerk's own in a table typed
/// as text, a column or a row a clerk added to the table (`备注`, `其中：网上申请`) — kept as paragraphs after the
/// table, never dropped, with one diagnostic that says where it stood and what it held.
///
/// The one home of "nothing read in a table is dropped": the text reader (``TemplateTableReader``) and the grid
/// mapper (``GridTableMapper``) give their leftovers here, and ``DocumentReader`` puts the paragraphs after the table.
/// Its numbers are never put in a template cell: a figure of an added row is no figure of the rows the format has.
struct KeptText {
    /// Where the text stood.
    enum Origin: Equatable {
        /// Words in the table that are no part of it (a sentence in a text table's lines, a note beside a label).
        case words
        /// A column the template does not have, under its header (`备注`; empty when it has none).
        case column(header: String)
        /// A row whose label names no row of the template.
        case row(label: String)
        /// A row of the template typed more than once with differing texts (or table 4's several rows of figures):
        /// every copy, none read.
        case disagreeingRow(key: String, label: String)
        /// A column of the template named by the headers of several cells of a row that differ: every row's cells
        /// under it, none read.
        case disagreeingColumn(key: String, header: String)
        /// A row of the template whose label stands in a column's place (`3.其他` typed in 自然人's cell) and whose
        /// numbers do not fill the row by their order: shifted, none read.
        case shiftedRow(key: String, label: String)
    }

    let origin: Origin
    /// The line (or block) it was read on, if known.
    let line: Int?
    /// The paragraphs, each exactly as written.
    let paragraphs: [String]

    /// The diagnostic that says what was kept, for table `template`.
    func diagnostic(table template: TableTemplate) -> Diagnostic {
        let name = template.shortName
        switch origin {
        case .words:
            let text = paragraphs.joined(separator: "\n")
            return Diagnostic(
                .warning, line: line, code: .tableTextKept, "\(name)中有不属于表格的文字，已作为段落保留：\(text)",
                subject: DiagnosticSubject(table: template.table, text: text))
        case .column(let header):
            let named = header.isEmpty ? "一栏（没有表头）" : "「\(header)」一栏"
            return Diagnostic(
                .warning, line: line, code: .tableColumnExtra,
                "\(name)多出\(named)，规定格式中没有这一栏，其中的文字未填入表中，已作为段落保留："
                    + Self.listing(Array(paragraphs.dropFirst(header.isEmpty ? 0 : 1))),
                subject: DiagnosticSubject(table: template.table, text: header))
        case .row(let label):
            // A label glued from cells merged over many rows (a PDF's header rows repeated on a second page) runs to a
            // hundred characters: its start names it.
            let whole = label.replacingOccurrences(of: "\n", with: "")
            let shown = whole.count > 30 ? whole.prefix(30) + "…（共\(whole.count)字）" : whole
            if whole.isEmpty {
                return Diagnostic(
                    .warning, line: line, code: .tableRowUnknown,
                    "\(name)有一行没有行名，无法确定是哪一行：其中的文字和数字未填入表中，已作为段落保留：" + Self.listing(paragraphs),
                    subject: DiagnosticSubject(table: template.table))
            }
            return Diagnostic(
                .warning, line: line, code: .tableRowUnknown,
                "\(name)的「\(shown)」行不是规定格式中的行，其中的文字和数字未填入表中，已作为段落保留："
                    + Self.listing(paragraphs),
                subject: DiagnosticSubject(table: template.table, text: label))
        case .disagreeingRow(let key, let label):
            let whole = label.replacingOccurrences(of: "\n", with: "")
            return Diagnostic(
                .warning, line: line, code: .tableRowsDisagree,
                "\(name)的「\(whole)」行填了\(paragraphs.count)次，内容不同，无法确定哪一次是对的：这一行按缺失处理，"
                    + "\(paragraphs.count)次的原文都已作为段落保留在表后（请核对原件，只留一行）："
                    + paragraphs.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "／"),
                subject: DiagnosticSubject(table: template.table, row: key, text: whole))
        case .shiftedRow(let key, let label):
            let whole = label.replacingOccurrences(of: "\n", with: "")
            return Diagnostic(
                .warning, line: line, code: .rowIncomplete,
                "\(name)的「\(whole)」行的名称写在了数字栏里，这一行的数字可能整体错开了一栏，无法确定各数字属于哪一栏："
                    + "这一行按缺失处理，原文已作为段落保留在表后（请核对原件）：" + Self.listing(paragraphs),
                subject: DiagnosticSubject(table: template.table, row: key, text: whole))
        case .disagreeingColumn(let key, let header):
            return Diagnostic(
                .warning, line: line, code: .tableColumnsDisagree,
                "\(name)有不止一栏是「\(header)」，其中的数字不同，无法确定哪一栏是对的：这一栏按缺失处理，"
                    + "各栏的原文都已作为段落保留在表后（请核对原件，只留一栏）："
                    + Self.listing(Array(paragraphs.dropFirst())),
                subject: DiagnosticSubject(table: template.table, column: key, text: header))
        }
    }

    /// The first texts, `、` between them, and how many more there are.
    private static func listing(_ texts: [String]) -> String {
        let shown = texts.prefix(8).map {
            $0.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        }.joined(separator: "、")
        return texts.count > 8 ? shown + "等\(texts.count)项" : shown
    }
}
