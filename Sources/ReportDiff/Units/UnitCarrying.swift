public import ReportModel

/// Where units of an earlier version of a report are in a later one: what a comment written on a paragraph of
/// 第 2 版 is beside in 第 5 版. A unit is named by its position (`section:一/paragraph:2`), so a paragraph deleted
/// above it would otherwise move the comment onto its neighbour; the diff between the two versions pairs their
/// sections, paragraphs and tables, and the unit goes where its pair is.
public enum UnitCarrying {
    /// The later version's name of each unit of the earlier one that it still has: the same paragraph (edited or
    /// not), table, cell or section, wherever it moved. A unit the later version no longer has (its paragraph
    /// deleted, or rewritten past recognition) and a name the earlier version does not have are left out.
    ///
    /// - Complexity: one diff of the two versions.
    public static func carry(
        _ units: [UnitID], from earlier: Report, to later: Report, options: DiffOptions = DiffOptions()
    ) -> [UnitID: UnitID] {
        var carried: [UnitID: UnitID] = [:]
        let found = UnitIndex(earlier)
        if earlier == later {
            for unit in units where found.location(of: unit) != nil { carried[unit] = unit }
            return carried
        }
        let index = ScriptIndex(DiffEngine(options: options).diff(from: earlier, to: later))
        var forward: [UnitLocation: UnitLocation] = [:]
        for unit in Blame.units(of: later) {
            if let previous = index.previous(of: unit.location) { forward[previous] = unit.location }
        }
        for unit in units {
            guard let location = found.location(of: unit) else { continue }
            switch location {
            case .field:
                carried[unit] = unit
            case .heading(let path):
                // A heading goes with its section.
                if let next = forward[.container(.section(path))], case .container(.section(let new)) = next {
                    carried[unit] = UnitNaming.id(of: .heading(new), in: later)
                }
            case .container(.preamble):
                carried[unit] = unit
            case .container(.section), .block, .cell:
                if let next = forward[location] { carried[unit] = UnitNaming.id(of: next, in: later) }
            }
        }
        return carried
    }
}
