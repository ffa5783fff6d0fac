import ReportDiff
import ReportModel

/// One open merge conflict in `--format json` (`merge`, `merge3`): its unit id, kind, and the unit in base, ours and
/// theirs (`null` where the side has no such unit).
struct UnitConflictJSON: Encodable {
    let unit: String
    let kind: String
    @NullEncodable var base: String?
    @NullEncodable var ours: String?
    @NullEncodable var theirs: String?

    init(_ conflict: MergeConflict) {
        unit = conflict.unit.description
        kind = conflict.kind.rawValue
        base = conflict.base?.summary
        ours = conflict.ours?.summary
        theirs = conflict.theirs?.summary
    }

}
