// The decisions of the merges a pull brought, whole, under the report's line.

import ReportModel
import ReportRepository

extension SyncText {
    /// The decisions recorded by the merges a draft moved over (``ReportRepository/mergeDecisions(from:to:person:)``),
    /// one a line under the report's line, whole: `    五、第 1 段：保留 县政务公开办 王审核 的，未采用 大庄乡 赵六 的修改`;
    /// and, where one left out a change of this node's author (``Author``), what that means for their draft (user review ux98,
    /// finding E: the line cut them off, and the clerk did not learn her sentence was gone).
    func decisionLines(from previous: ObjectID?, to revision: ObjectID) async -> [String] {
        let person = try? await Author.resolve(nil, in: repository)
        guard
            let decisions = try? await repository.mergeDecisions(from: previous, to: revision, person: person),
            !decisions.isEmpty
        else { return [] }
        var lines = decisions.map { "    " + TerminalText.line($0.text) }
        if decisions.contains(where: \.leavesOutPerson) { lines.append("    " + SyncMessage.yourChangesNotTaken.text) }
        return lines
    }
}

