import ReportModel

/// A template table as lines of labels and values, before a layout writes them: captions, header rows, and
/// data rows with their group labels.
struct TableShape {
    enum Line {
        /// A caption such as 第二十条第（一）项.
        case caption(String)
        /// A header row; `nil` cells are spanned cells left empty.
        case header([String?])
        /// A group label above data rows (三、本年度办理结果, （三）不予公开).
        case group(String)
        /// A data row: its label path (outermost first, groups included) and its cell texts.
        case row(path: [String], cells: [String])
    }

    let number: Int
    let lines: [Line]
    /// The keys of each `.row` line, in order: the row's key and its columns' keys.
    let keys: [(row: String, columns: [String])]

    init(_ table: Table) {
        let template = table.templateDefinition
        number = template?.table ?? 0
        var lines: [Line] = []
        guard let template else {
            self.lines = []
            self.keys = []
            return
        }
        func cells(of row: RowTemplate) -> [String] {
            template.columns(of: row).map { table.cell(row: row.key, column: $0.key)?.text ?? "" }
        }
        switch template.table {
        case 2:
            for row in template.rows {
                if row.group {
                    lines.append(.caption(row.label))
                } else {
                    if case .caption = lines.last {
                        lines.append(.header(["信息内容"] + template.columns(of: row).map(\.label)))
                    }
                    lines.append(.row(path: [row.label], cells: cells(of: row)))
                }
            }
        case 3:
            lines.append(.header([template.note, nil, "申请人情况", nil, nil, nil, nil, nil, "总计"]))
            lines.append(.header([nil, nil, "自然人", "法人或其他组织", nil, nil, nil, nil, nil]))
            lines.append(.header([nil, nil, nil, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", nil]))
            for row in template.rows where !row.group {
                lines.append(.row(path: row.path, cells: cells(of: row)))
            }
        default:
            lines.append(.header(["行政复议", nil, nil, nil, nil, "行政诉讼"]))
            lines.append(.header(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", nil, nil, nil, nil, "复议后起诉"]))
            lines.append(
                .header(
                    [nil, nil, nil, nil, nil]
                        + Array(repeating: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], count: 2).flatMap { $0 }))
            for row in template.dataRows { lines.append(.row(path: [], cells: cells(of: row))) }
        }
        self.lines = lines
        self.keys = template.dataRows.map { row in (row.key, template.columns(of: row).map(\.key)) }
    }
}
