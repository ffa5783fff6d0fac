public import ReportModel

/// The place of a unit in a report, in the words of the report for a person who reads it: `三、表三 · 本年新收 ·
/// 自然人`, `一、（二）第 2 段`, `五、各部分的顺序`. Never a unit id, a template id or a key.
///
/// ```swift
/// UnitPlace.label(of: conflict.unit, in: report)   // "三、表三 · 本年新收 · 自然人"
/// ```
public enum UnitPlace {
    /// The label of a unit.
    ///
    /// Sections read as their numbers as typed in the report (`三、（二）`), or as their titles when they have no
    /// number; tables as `表二`, `表三`, `表四` (a second table 3 of a section `表三（第 2 个）`, other tables `表格1` …); cells as their row and column labels,
    /// shortened to what tells them apart in their table (`本年新收`, `商业企业`, `行政复议·结果维持`).
    ///
    /// - Parameters:
    ///   - unit: The unit.
    ///   - report: The report the unit is in, for the numbers and labels as typed; without it (or when the report
    ///     lacks the unit) the label is made from the unit id and the national format's templates.
    ///   - language: The language of the words around the report's own (`第 2 段`, `paragraph 2`); the numbers,
    ///     titles and labels of the report stay as typed.
    /// - Complexity: O(n) for a report of n sections and blocks (its ``UnitIndex``), and O(r + k) for a table of r rows
    ///   and k columns: for many units of one report, ``labels(of:in:language:)``.
    public static func label(of unit: UnitID, in report: Report?, language: Language = .chinese) -> String {
        var tables: [UnitID: TableLabels] = [:]
        return label(
            of: unit, in: report, unitIndex: report.map(UnitIndex.init), language: language, tables: &tables)
    }

    /// The labels of many units of one report (``label(of:in:)`` of each), each table's row and column labels worked
    /// out once for all its cells rather than once per cell.
    ///
    /// - Complexity: O(n + u · d) for a report of n sections and blocks and u units d sections deep (the units found
    ///   in a ``UnitIndex``), and O(r + k) once for each table of r rows and k columns.
    public static func labels(of units: [UnitID], in report: Report?, language: Language = .chinese) -> [String] {
        labels(of: units, in: report.map(UnitIndex.init), language: language)
    }

    /// The labels of many units of one report, found in its index (``labels(of:in:language:)``).
    public static func labels(of units: [UnitID], in index: UnitIndex?, language: Language = .chinese) -> [String] {
        var tables: [UnitID: TableLabels] = [:]
        return units.map { label(of: $0, in: index?.report, unitIndex: index, language: language, tables: &tables) }
    }

    /// The label of a unit, with the row and column labels of the tables met so far, by the table's unit.
    private static func label(
        of unit: UnitID, in report: Report?, unitIndex: UnitIndex? = nil, language: Language,
        tables: inout [UnitID: TableLabels]
    ) -> String {
        func say(_ word: PlaceWords.Word) -> String { word.text(in: language) }
        var sectionText = ""
        var sectionIsNumbered = true
        var parts: [String] = []
        var table: Table?
        var tableNumber: Int?
        let location = unitIndex?.location(of: unit)
        var depth = 0
        var tableUnit: [UnitID.Component] = []
        for (index, component) in unit.components.enumerated() {
            switch component {
            case .title: parts.append(say(.title))
            case .agency: parts.append(say(.agency))
            case .year: parts.append(say(.year))
            case .preamble:
                sectionText = say(.preamble)
                sectionIsNumbered = false
            case .section(let name):
                depth += 1
                let typed = sectionNumber(depth: depth, in: location, of: report, index: unitIndex)
                let (text, numbered) = typed ?? named(name, depth: depth, language: language)
                let joint = sectionText.isEmpty || (sectionIsNumbered && numbered) ? "" : " · "
                sectionText += joint + text
                sectionIsNumbered = numbered
            case .heading: parts.append(say(.heading))
            case .order: parts.append(say(.order))
            case .paragraph(let ordinal): parts.append(say(.paragraph(ordinal)))
            case .table(let name):
                parts.append(tableName(name, language: language))
                tableNumber = TableUnitName(name)?.templateNumber
                table = tableAt(location, in: report)
                tableUnit = Array(unit.components[...index])
            case .cell(let row, let column):
                let key = UnitID(tableUnit)
                let labels = tables[key] ?? TableLabels(table ?? tableNumber.flatMap(templateTable))
                tables[key] = labels
                parts.append(labels.row(row))
                parts.append(labels.column(column))
            }
        }
        guard !sectionText.isEmpty else {
            return parts.isEmpty ? say(.whole) : parts.joined(separator: " · ")
        }
        guard let first = parts.first else { return sectionText }
        let joint = sectionIsNumbered ? "" : " · "
        return ([sectionText + joint + first] + parts.dropFirst()).joined(separator: " · ")
    }

    /// A table's name for a person: `表三` for `table3`, `表三（第 2 个）` for `table3#2` (a second table 3 in its
    /// section), `表格2` for `grid2`; in English `Table 3`, `Table 3 (no. 2)`, `Other table 2`.
    public static func tableName(_ name: String, language: Language = .chinese) -> String {
        switch TableUnitName(name) {
        case .template(let number, let copy)?:
            let table = PlaceWords.Word.table(number).text(in: language)
            return copy > 1 ? table + PlaceWords.Word.copy(copy).text(in: language) : table
        case .grid(let number)?:
            return PlaceWords.Word.grid(number).text(in: language)
        case nil:
            return PlaceWords.Word.anyTable.text(in: language)
        }
    }

    private static func sectionNumber(
        depth: Int, in location: UnitLocation?, of report: Report?, index: UnitIndex?
    ) -> (String, Bool)? {
        guard let report, let path = location?.container?.sectionPath, path.count >= depth else { return nil }
        let sectionPath = Array(path.prefix(depth))
        guard
            let heading = index?.heading(at: sectionPath)
                ?? report.section(at: sectionPath).map({ Heading($0.heading) })
        else { return nil }
        if let number = heading.number { return (number.text, true) }
        return (heading.title, false)
    }

    private static func named(_ name: String, depth: Int, language: Language) -> (String, Bool) {
        var base = name
        var ordinal = ""
        if let mark = name.lastIndex(of: "#"), let count = Int(name[name.index(after: mark)...]) {
            base = String(name[..<mark])
            ordinal = PlaceWords.Word.copy(count).text(in: language)
        }
        if ChineseNumerals.value(of: base) != nil {
            return ((depth == 1 ? base + "、" : "（\(base)）") + ordinal, true)
        }
        if Int(base) != nil { return (base + "." + ordinal, true) }
        return (base + ordinal, false)
    }

    private static func tableAt(_ location: UnitLocation?, in report: Report?) -> Table? {
        switch location {
        case .block(let container, let index)?, .cell(let container, let index, _, _)?:
            return report?.blocks(in: container).flatMap { $0.indices.contains(index) ? $0[index].table : nil }
        default:
            return nil
        }
    }

    private static func templateTable(_ number: Int) -> Table? {
        let catalog = TemplateCatalog.standard
        let template = catalog.tables.filter { $0.table == number }.max { $0.format < $1.format }
        return template.map { Table(template: $0) }
    }
}
