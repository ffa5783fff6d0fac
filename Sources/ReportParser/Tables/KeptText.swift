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
            let whole = Self.oneLine(label)
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
            let whole = Self.oneLine(label)
            return Diagnostic(
                .warning, line: line, code: .tableRowsDisagree,
                "\(name)的「\(whole)」行填了\(paragraphs.count)次，内容不同，无法确定哪一次是对的：这一行按缺失处理，"
                    + "\(paragraphs.count)次的原文都已作为段落保留在表后（请核对原件，只留一行）："
                    + paragraphs.map { Self.oneLine($0.replacingOccurrences(of: "\t", with: " ")) }.joined(
                        separator: "／"),
                subject: DiagnosticSubject(table: template.table, row: key, text: whole))
        case .shiftedRow(let key, let label):
            let whole = Self.oneLine(label)
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

    /// The one warning for a table most of whose rows are typed more than once with differing texts — three or more,
    /// more than half of the `rowsFound` rows of the template found: the table appears twice, read as one grid (a
    /// PDF's pages holding last year's table 3 and this year's, rv113 F7) — said once for the table, as for two
    /// tables (``RepeatedTables``), instead of once a row. `nil` for fewer such rows: each has its own warning. The
    /// rows stay missing and their copies kept (``Origin/disagreeingRow(key:label:)``), as for any row typed twice;
    /// the diagnostic names them by their keys too (``DiagnosticSubject/rowKeys``), for the checks.
    static func tableTwice(_ kept: [KeptText], rowsFound: Int, table template: TableTemplate) -> Diagnostic? {
        let rows = kept.compactMap { kept -> (key: String, label: String, copies: Int)? in
            guard case .disagreeingRow(let key, let label) = kept.origin else { return nil }
            return (key, oneLine(label), kept.paragraphs.count)
        }
        guard rows.count >= 3, rows.count * 2 > rowsFound else { return nil }
        let name = template.shortName
        let labels = rows.map { "「\($0.label)」" }
        let times = Set(rows.map(\.copies))
        let filled = times.count == 1 ? times.first.map { "\($0)次" } ?? "" : "不止一次"
        let which = rows.count == rowsFound ? "的\(rows.count)行都" : "有\(rows.count)行（共\(rowsFound)行）"
        return Diagnostic(
            .warning, line: nil, code: .tableRepeated,
            "\(name)像是出现了两次（例如上年的\(name)和本年的\(name)连在一起，读成了一张表）：\(name)\(which)填了\(filled)，"
                + "内容不同（\(labels.prefix(5).joined(separator: "、"))\(labels.count > 5 ? "等" : "")），无法确定哪一次是本年的："
                + "这些行按缺失处理，每一次的原文都已作为段落保留在表后（请核对原件，删去多余的一个\(name)）",
            subject: DiagnosticSubject(
                table: template.table, rows: rows.map(\.key), text: labels.joined(separator: "、")))
    }

    /// A label or a cell's text as a message quotes it, on one line: a line break inside Chinese words (a PDF cell
    /// wraps a long label: `（二）部分公开（区分处理的，只计这一情⏎形，不计其他情形）`) is taken out, any other (between two
    /// numbers: `69⏎13`) is a space. The one home of that cleaning for the table reader's messages (rv113 F7).
    static func oneLine(_ text: String) -> String {
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingLayoutSpace() }.filter { !$0.isEmpty }
            .makeIterator()
        guard var joined = lines.next() else { return "" }
        while let line = lines.next() {
            let wrapped =
                joined.unicodeScalars.last.map { !$0.isASCII } == true
                && line.unicodeScalars.first.map { !$0.isASCII } == true
            joined += (wrapped ? "" : " ") + line
        }
        return joined
    }

    /// The first texts, `、` between them, and how many more there are.
    private static func listing(_ texts: [String]) -> String {
        let shown = texts.prefix(8).map { oneLine($0.replacingOccurrences(of: "\t", with: " ")) }.joined(separator: "、")
        return texts.count > 8 ? shown + "等\(texts.count)项" : shown
    }
}
