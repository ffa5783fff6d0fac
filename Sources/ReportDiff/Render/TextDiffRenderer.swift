import ReportModel

/// The edit script for a terminal: a summary, then each changed section with its paragraph diffs and its changed
/// cells one line per row (the changed columns, then the row's 总计), then every finding in full.
///
/// Places read as the report names them (`表三`, `第 2 段`, `本年新收`, `自然人`), never as unit or template ids; with
/// `--lang en` Nianbao's own words in them are English (`Table 3`, `paragraph 2`: ``PlaceWords``).
///
/// With colour, deletions are red, insertions green and headings bold; without it (when stdout is not a terminal)
/// a deletion reads `[-old-]`, an insertion `{+new+}` and a replacement `[133→150]`.
public struct TextDiffRenderer: DiffRenderer {
    /// Whether to use ANSI colours.
    public var colour: Bool
    /// Whether unchanged sections are listed too.
    public var showUnchanged: Bool
    /// What the header names each side by, where the caller knows its office (a report of a repository:
    /// `淮安市洪泽区人民政府 2023 年度报告`); a side without one is named by its own agency line and year.
    public var names: (old: String?, new: String?)

    /// Creates a renderer.
    ///
    /// - Parameter names: The names of the two sides for the header, where known (``names``).
    public init(colour: Bool, showUnchanged: Bool = false, names: (old: String?, new: String?) = (nil, nil)) {
        self.colour = colour
        self.showUnchanged = showUnchanged
        self.names = names
    }

    /// Renders an edit script as terminal text.
    public func render(_ script: ReportEditScript) -> String {
        var out: [String] = []
        header(script, into: &out)
        for field in script.fields {
            out.append(
                "\(bold(UnitPlace.label(of: field.unit, in: nil, language: .current))): \(deleted(field.old ?? "—")) → \(inserted(field.new ?? "—"))"
            )
        }
        if !script.preamble.allSatisfy({ !$0.status.isChange }) {
            out.append("")
            out.append(bold(TextDiffWords.preamble.text))
            blocks(script.preamble, indent: "  ", into: &out)
        }
        for section in script.allSections where showUnchanged || section.status.isChange {
            sectionLines(section, into: &out)
        }
        if !script.findings.isEmpty {
            out.append("")
            out.append(bold(TextDiffWords.findings(script.findings.count).text))
            for finding in script.findings {
                let place = CellLabels.section(finding.section)
                let kind: TextDiffWords =
                    switch finding.kind {
                    case .staleYear: .staleYear(finding.year)
                    case .carriedOver: .carriedOver
                    case .implausibleChange: .implausibleChange
                    }
                out.append("  \(kind.text)  \(place)  \(finding.excerpt)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func header(_ script: ReportEditScript, into out: inout [String]) {
        func name(_ summary: ScriptHeader, _ known: String?) -> String {
            known ?? [summary.agency, summary.year.map { "\($0)" }].compactMap { $0 }.joined(separator: " ")
        }
        out.append(
            bold(TextDiffWords.header("\(name(script.old, names.old)) → \(name(script.new, names.new))").text))
        if let shift = script.yearShift {
            out.append(TextDiffWords.yearMode(from: shift.from, to: shift.to).text)
        }
        let summary = DiffSummary(script)
        let sectionCounts = [ChangeStatus.added, .removed, .modified, .moved, .renumbered]
            .compactMap { status in summary.sections[status].map { "\(TextDiffWords.status(status).text) \($0)" } }
        let paragraphCount = summary.paragraphs.values.reduce(0, +)
        out.append(
            TextDiffWords.summary(
                sections: sectionCounts.isEmpty ? TextDiffWords.noChange.text : sectionCounts.joined(separator: ", "),
                paragraphs: paragraphCount, cells: summary.cells, findings: summary.findings
            ).text)
    }

    private func sectionLines(_ section: SectionDiff, into out: inout [String]) {
        let depth = max(0, section.shown.path.count - 1)
        let indent = String(repeating: "  ", count: depth)
        var flags: [String] = [TextDiffWords.status(section.status).text]
        if section.isMoved, section.status != .moved { flags.append(TextDiffWords.moved.text) }
        if section.isRenumbered, section.status != .renumbered { flags.append(TextDiffWords.renumbered.text) }
        if section.isRetitled { flags.append(TextDiffWords.retitled.text) }
        var heading = section.shown.heading
        if let old = section.old, let new = section.new, old.heading != new.heading {
            heading = "\(deleted(old.heading)) → \(inserted(new.heading))"
        } else if section.status == .removed {
            heading = deleted(heading)
        } else if section.status == .added {
            heading = inserted(heading)
        }
        out.append("")
        out.append(indent + bold(heading) + "  [" + flags.joined(separator: ", ") + "]")
        guard section.status != .removed, section.status != .added else { return }
        blocks(section.blocks, indent: indent + "  ", into: &out)
    }

    private func blocks(_ blocks: [BlockDiff], indent: String, into out: inout [String]) {
        for block in blocks where block.status.isChange {
            switch block {
            case .paragraph(let paragraph): paragraphLine(paragraph, indent: indent, into: &out)
            case .table(let table): tableLines(table, indent: indent, into: &out)
            }
        }
    }

    private func paragraphLine(_ paragraph: ParagraphDiff, indent: String, into out: inout [String]) {
        var place = UnitPlace.label(of: UnitID(Array(paragraph.unit.components.suffix(1))), in: nil, language: .current)
        if let from = paragraph.oldUnit {
            place += TextDiffWords.movedFrom(UnitPlace.label(of: from, in: nil, language: .current)).text
        }
        switch paragraph.status {
        case .added: out.append(indent + "+ \(place)  " + inserted(paragraph.newText ?? ""))
        case .removed: out.append(indent + "- \(place)  " + deleted(paragraph.oldText ?? ""))
        case .moved:
            out.append(
                indent + "↕ \(place)  \(TextDiffWords.moved.text)  " + Self.abbreviated(paragraph.newText ?? "", 30))
        case .modified:
            let text = marked(paragraph.segments)
            out.append(indent + "~ \(place)\(paragraph.isMoved ? "（\(TextDiffWords.moved.text)）" : "")  " + text)
        case .renumbered, .unchanged: break
        }
    }

    private func tableLines(_ table: TableDiff, indent: String, into out: inout [String]) {
        out.append(
            indent + bold("\(CellLabels.table(table, language: .current)) [\(TextDiffWords.status(table.status).text)]")
        )
        guard table.status == .modified else { return }
        let rows = ChangedRow.rows(of: table)
        let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        for row in rows {
            var line = row.cells.map { "\($0.label) \(CellLabels.change($0.change))" }.joined(separator: "，")
            switch row.total {
            case .changed(let change)?: line += (line.isEmpty ? "" : "；") + "总计 " + CellLabels.change(change)
            case .unchanged(let text)?: line += "；总计 \(CellLabels.text(text))\(TextDiffWords.totalUnchanged.text)"
            case nil: break
            }
            out.append(indent + "  " + DisplayWidth.padded(row.label, to: width) + "  " + line)
        }
        if !table.onlyOld.isEmpty || !table.onlyNew.isEmpty {
            // (cells of another template than the other side's are not compared; of the same table, a row or column
            // only one side has was added or removed)
            let words: TextDiffWords = table.oldTemplate == table.newTemplate ? .onlyOneSide : .notCompared
            out.append(indent + "  " + words.text)
            for cell in table.onlyOld {
                out.append(
                    indent + "    - "
                        + deleted(
                            "\(CellLabels.row(cell.row)) × \(CellLabels.column(cell.column)) = \(CellLabels.text(cell.text))"
                        ))
            }
            for cell in table.onlyNew {
                out.append(
                    indent + "    + "
                        + inserted(
                            "\(CellLabels.row(cell.row)) × \(CellLabels.column(cell.column)) = \(CellLabels.text(cell.text))"
                        ))
            }
        }
    }

    /// Segments with their changes marked; a deletion followed by an insertion reads `[133→150]`.
    func marked(_ segments: [TextSegment]) -> String {
        var text = ""
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            switch segment.operation {
            case .equal:
                text += segment.text
            case .delete where index + 1 < segments.count && segments[index + 1].operation == .insert:
                let new = segments[index + 1].text
                text += colour ? deleted(segment.text) + "→" + inserted(new) : "[\(segment.text)→\(new)]"
                index += 1
            case .delete:
                text += deleted(segment.text)
            case .insert:
                text += inserted(segment.text)
            }
            index += 1
        }
        return text
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func deleted(_ text: String) -> String { colour ? "\u{1B}[31;9m\(text)\u{1B}[0m" : "[-\(text)-]" }
    private func inserted(_ text: String) -> String { colour ? "\u{1B}[32m\(text)\u{1B}[0m" : "{+\(text)+}" }

    static func abbreviated(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }
}
