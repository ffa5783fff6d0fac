// The decisions of a merge a person chose sides in, named for its revision's message (``MergeDecisions``).

import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The words for each place of a merge whose conflict was decided, in reading order: each side named by who
    /// typed its change there (``lastChangingRevisions(of:at:)``; the side's head where none is found), and by its
    /// number too where both are the same office and person. Each side is named by office and person as stored words
    /// that travel to other nodes (``ChangeMaker/recordedMaker``), one another node brought by who sent it: a
    /// township's push naming 县政务公开办 王审核 is `常张乡 王审核`, so that ``changesNotTaken(in:of:)`` never takes
    /// the township's change left out for the reviewer's (rv102 F3), and never `（… 同步送来）`, which is this node's
    /// view (rv108 F13).
    func decisionNotes(
        of result: MergeResult, ours: ObjectID, theirs: ObjectID, merger: String
    ) async throws(RepositoryError) -> [String] {
        // (a text of the person's own that is word for word one side's is that side kept: ``MergeResult/decidedChoices``)
        let choices = result.decidedChoices.sorted { $0.key < $1.key }
        guard !choices.isEmpty else { return [] }
        let units = choices.map(\.key)
        let oursBy = try await lastChangingRevisions(of: units, at: ours)
        let theirsBy = try await lastChangingRevisions(of: units, at: theirs)
        let heads = try await read { reader in (try reader.requireRevision(ours), try reader.requireRevision(theirs)) }
        let sides = choices.map { (oursBy[$0.key] ?? heads.0, theirsBy[$0.key] ?? heads.1) }
        let generations = try await read { reader in
            try reader.generations(of: sides.flatMap { [$0.0.id, $0.1.id] })
        }
        let makers = try await changeMakers(of: sides.flatMap { [$0.0, $0.1] })
        func maker(_ revision: Revision) -> String {
            makers[revision.id]?.recordedMaker ?? RevisionNames.maker(revision)
        }
        let labels = UnitPlace.labels(of: units, in: result.ours)
        return zip(labels, zip(choices, sides)).map { label, pair in
            let (choice, (mine, other)) = pair
            var names = (maker(mine), maker(other))
            if names.0 == names.1 {
                names.0 += generations[mine.id].map { " 第 \($0) 版" } ?? ""
                names.1 += generations[other.id].map { " 第 \($0) 版" } ?? ""
            }
            return MergeDecisions.decision(
                place: label, choice: choice.value, ours: names.0, theirs: names.1, merger: merger)
        }
    }
}
