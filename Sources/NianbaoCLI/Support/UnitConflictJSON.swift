import ReportDiff

/// One open merge conflict in `--format json` (`merge`, `merge3`): its unit id, kind, and the unit in base, ours and
/// theirs (`null` where the side has no such unit).
struct UnitConflictJSON: Encodable {
    let unit: String
    let kind: String
    let base: String?
    let ours: String?
    let theirs: String?

    init(_ conflict: MergeConflict) {
        unit = conflict.unit.description
        kind = conflict.kind.rawValue
        base = conflict.base?.summary
        ours = conflict.ours?.summary
        theirs = conflict.theirs?.summary
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(kind, forKey: .kind)
        try container.encode(base, forKey: .base)
        try container.encode(ours, forKey: .ours)
        try container.encode(theirs, forKey: .theirs)
    }

    enum CodingKeys: String, CodingKey { case unit, kind, base, ours, theirs }
}
