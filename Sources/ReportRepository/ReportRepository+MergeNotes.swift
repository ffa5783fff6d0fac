// The decisions of a merge a person chose sides in, named for its revision's message (``MergeDecisions``).

import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The words for each place of a merge whose conflict was decided, in reading order: each side named by who
    /// typed its change there (``lastChangingRevisions(of:at:)``; the side's head where none is found), and by its
    /// number too where both are the same office and person.
    func decisionNotes(
        of result: MergeResult, ours: ObjectID, theirs: ObjectID, merger: String
    ) async throws(RepositoryError) -> [String] {
        let choices = result.choices.sorted { $0.key < $1.key }
        guard !choices.isEmpty else { return [] }
        let units = choices.map(\.key)
        let oursBy = try await lastChangingRevisions(of: units, at: ours)
        let theirsBy = try await lastChangingRevisions(of: units, at: theirs)
        let heads = try await read { reader in (try reader.requireRevision(ours), try reader.requireRevision(theirs)) }
        let sides = choices.map { (oursBy[$0.key] ?? heads.0, theirsBy[$0.key] ?? heads.1) }
        let generations = try await read { reader in
            try reader.generations(of: sides.flatMap { [$0.0.id, $0.1.id] })
        }
        let labels = UnitPlace.labels(of: units, in: result.ours)
        return zip(labels, zip(choices, sides)).map { label, pair in
            let (choice, (mine, other)) = pair
            var names = (RevisionNames.maker(mine), RevisionNames.maker(other))
            if names.0 == names.1 {
                names.0 += generations[mine.id].map { " 第 \($0) 版" } ?? ""
                names.1 += generations[other.id].map { " 第 \($0) 版" } ?? ""
            }
            return MergeDecisions.decision(
                place: label, choice: choice.value, ours: names.0, theirs: names.1, merger: merger)
        }
    }
}
