import ReportModel

// A table pasted into a Word file as a picture (粘贴为图片): the page shows it, none of its figures can be read, and
// `check` had said only 缺少表三, nothing of the picture (review rv112 F22).
extension DocumentReader {
    /// Notes the top-level section each picture standing at or before the line at `index` is in (``pictureSections``).
    mutating func notePictures(upTo index: Int) {
        while let next = pictureLines.first, next.index <= index {
            pictureLines.removeFirst()
            let section = outline.topLevelSectionCount
            if pictureSections[section] == nil { pictureSections[section] = next.number }
        }
    }

    /// A reading warning for each table of the format missing from the section it belongs in where a picture
    /// stands in that section: the picture may be the table (``DiagnosticCode/tablePicture``). `check` says it
    /// where it says the table is missing.
    func pictureTables(in report: Report) -> [Diagnostic] {
        pictureSections.sorted { $0.key < $1.key }.compactMap { section, line in
            guard section >= 1, section <= report.sections.count,
                let slot = report.sections[section - 1].templateSlot,
                let number = TemplateCatalog.standard.sections.first(where: { $0.slot == slot })?.table,
                report.copies(ofTable: number).isEmpty
            else { return nil }
            let name = TableTemplate.shortName(number)
            return Diagnostic(
                .warning, line: line, code: .tablePicture,
                "没有\(name)，它所在的这一部分有一张图片：如果\(name)粘贴成了图片，读不出其中的数字，请删去图片，在原处把\(name)粘贴为表格"
                    + "（不要粘贴为图片），或按规定格式填写\(name)",
                subject: DiagnosticSubject(table: number))
        }
    }
}
