// The decisions of the merges a pull brought, whole, under the report's line.

import ReportModel
import ReportRepository

extension SyncText {
    /// The decisions recorded by the merges a draft moved over (``ReportRepository/mergeDecisions(from:to:person:sentAs:)``),
    /// one a line under the report's line, whole: `    五、第 1 段：保留 县政务公开办 王审核 的，未采用 大庄乡 赵六 的修改`;
    /// and, where one left out a change of this node's author (``Author``), what that means for their draft (user review ux98,
    /// finding E: the line cut them off, and the clerk did not learn her sentence was gone).
    ///
    /// - Parameter label: The label of this node's token on the remote, under which the remote recorded what this
    ///   node pushed (`长子县常张乡人民政府 李四`).
    func decisionLines(from previous: ObjectID?, to revision: ObjectID, sentAs label: String) async -> [String] {
        let person = try? await Author.resolve(nil, in: repository)
        guard
            let decisions = try? await repository.mergeDecisions(
                from: previous, to: revision, person: person, sentAs: [label]),
            !decisions.isEmpty
        else { return [] }
        // (each in the language the command speaks: a decision is Nianbao's words around the places and names)
        var lines = decisions.map { "    " + TerminalText.line(MergeDecisions.text(of: $0.text, in: .current)) }
        if decisions.contains(where: \.leavesOutPerson) { lines.append("    " + SyncMessage.yourChangesNotTaken.text) }
        return lines
    }
}

extension SyncText {
    /// The line of a ref a push moved: a mark by what the township did (`报送了  第 2 版（…）`, not `已报送  新建`), a
    /// draft with what its change does to the report at the county when it leaves a mark behind
    /// (``ReportSummary/markLeft``: `（县政务公开办 看到的状态：已报送 → 草稿；改好后请重新报送）`) — the clerk believed
    /// she was done while the county waited for her (user review ux98, finding D).
    func movedLine(_ result: RefUpdateResult, remoteNode: String) async -> String {
        let report = "  \(name(result.report))  "
        if let mark = result.ref.mark {
            return report + SyncMessage.pushedMark(mark).text + "  \(await revision(result.revision))"
        }
        // (a restore says so, not 更新: the county reads that an earlier text came back)
        let restored =
            result.status == .fastForwarded ? await RevisionText.restoredVersion(result.revision, in: repository) : nil
        let status = restored.map { SyncMessage.pushedRestore($0).text } ?? SyncMessage.pushedStatus(result.status).text
        var line = report + RevisionText.name(of: result.ref) + "  " + status + "  \(await revision(result.revision))"
        if result.ref == .draft, let left = (try? await repository.report(result.report))?.markLeft {
            line += SyncMessage.statusLeft(left, node: remoteNode).text
        }
        return line
    }
}
