// Where a person's file, taken over the draft at a place they changed again since (their file is their newest word
// there), replaced a change someone else made: a merge of hers that joined the county's words into her paragraph,
// whose phrase her older file changed too (rv118 M4). Each is said to her, and recorded in the revision's message as
// a decision, `五、第 1 段：采用 小西镇 钱七 的文件，未采用 长子县政务公开办 王审核 的修改`, which the county reads in
// the history and is told before publishing (``changesNotTaken(in:of:)``).

import ReportDiff
import ReportModel
import RevisionStore

/// A place where a file's text replaced a change someone else made, the draft holding it.
struct ReplacedChange: Sendable {
    /// The place.
    var unit: UnitID
    /// The newest revision by someone else since the file's base that changed it, and the draft still holds.
    var revision: Revision
    /// Whose that change is, as this node knows it.
    var maker: ChangeMaker
}

extension ReportRepository {
    /// The places among `units` where the draft `head` holds a change made since `base` by someone other than
    /// `sender` (``changes(_:at:in:_:)``, ``isHeld(_:at:in:_:)``), each with the newest such revision: what taking the
    /// file's text there replaces.
    func replacedChanges(
        at units: [UnitID], since base: ObjectID, head: ObjectID, sender: String
    ) async throws(RepositoryError) -> [ReplacedChange] {
        guard !units.isEmpty else { return [] }
        let (_, graph) = try await revisionGraph(head.hex, limit: Self.ownCopyDepth)
        let makers = try await read { reader in
            try Self.changeMakers(of: graph.revisions.map(\.revision), in: reader)
        }
        let since = Self.revisions(since: base.hex, in: graph)
        var indices = RevisionIndices(graph)
        var found: [(unit: UnitID, id: String)] = []
        func isOthers(_ revision: RevisionInfo) -> Bool { makers[revision.id]?.isBy(sender) != true }
        for unit in units {
            if let position = Self.newestHeldChange(
                of: unit, among: since, in: graph, byOthers: isOthers, &indices)
            {
                found.append((unit, graph.revisions[position].revision.id))
            }
        }
        guard !found.isEmpty else { return [] }
        let changed = found
        return try await read { reader in
            try changed.compactMap { unit, id in
                guard let objectID = ObjectID(hex: id), let maker = makers[id] else { return nil }
                return ReplacedChange(unit: unit, revision: try reader.requireRevision(objectID), maker: maker)
            }
        }
    }

    /// The words for the places where a file's text replaced others' changes (``replacedChanges(at:since:head:sender:)``):
    /// for the person (`五、第 1 段以这份文件为准，未采用 王审核（长子县政务公开办 同步送来） 的第 3 版在那里的修改`), in
    /// English, and as the decisions the revision records (``MergeDecisions/fileDecision(place:file:notTaken:)``),
    /// the file named by `sender` on this node.
    func replacedWords(
        _ replaced: [ReplacedChange], in report: Report, sender: String
    ) async throws(RepositoryError) -> (chinese: String, english: String, decisions: [String]) {
        guard !replaced.isEmpty else { return ("", "", []) }
        let units = replaced.map(\.unit)
        let (generations, node) = try await read { reader in
            (try reader.generations(of: replaced.map(\.revision.id)), try reader.nodeName())
        }
        let file = ChangeMaker(author: sender, node: node, receipt: nil).recordedMaker
        let chinese = zip(UnitPlace.labels(of: units, in: report, language: .chinese), replaced).map { place, change in
            let version = Self.versionName(generations[change.revision.id], change.revision.id)
            return "\(place)以这份文件为准，未采用 \(change.maker.name(in: .chinese, to: sender)) 的\(version)在那里的修改"
        }
        let english = zip(UnitPlace.labels(of: units, in: report, language: .english), replaced).map { place, change in
            let version = Self.englishVersionName(generations[change.revision.id], change.revision.id)
            return "at \(place) this file's text was taken, not the change of \(version) by "
                + change.maker.name(in: .english, to: sender)
        }
        let decisions = zip(UnitPlace.labels(of: units, in: report, language: .chinese), replaced).map {
            MergeDecisions.fileDecision(place: $0, file: file, notTaken: $1.maker.recordedMaker)
        }
        return (chinese.joined(separator: "；"), english.joined(separator: "; "), decisions)
    }
}
