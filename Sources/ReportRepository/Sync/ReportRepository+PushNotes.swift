// Which notes a push sends: those the remote lacks that the token may send, and what stays here and why.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// The notes of a report to push: those the remote did not list, of the kinds the token's role may write
    /// (``PersonRules/maySend(_:scope:)``: a township's token sends answers and resolutions; a comment a township
    /// wrote on its own node stays there), and no answer to a comment that is not sent: the remote would refuse the
    /// whole push for either.
    ///
    /// A comment that is not sent is a township's own (written here), or the remote's own that the remote no longer
    /// lists although it listed the report (its store went back to a backup: the county restored one, rr99 F3) —
    /// a township's token may not give it back. Answers written here to the first stay here (`kept`); to the second
    /// they are held (`held`), to be said apart: the county must write its comment again before it can be answered.
    ///
    /// - Parameters:
    ///   - mine: The report's notes here.
    ///   - listed: The report's notes as the remote listed them.
    ///   - listedWhole: Whether the remote listed the report (and so all its notes); when it did not (a report it
    ///     does not have, or one a partial listing left out), a comment it received from the remote is not taken as
    ///     lost there.
    /// - Returns: The notes to send, those written here that stay here (`kept`: the person is told), and the answers
    ///   written here to a comment of the remote's that it no longer has (`held`: the person is told).
    static func notesToSend(
        _ mine: [Note], listed: [Note], scope: AccessScope, listedWhole: Bool = true
    ) -> (send: [Note], kept: [Note], held: [Note]) {
        let known = Set(listed.map(\.id))
        let unsent = mine.filter {
            $0.kind == .comment && !known.contains($0.id) && !PersonRules.maySend(.comment, scope: scope)
                && ($0.via == nil || listedWhole)
        }
        let kept = Set(unsent.filter { $0.via == nil }.map(\.id))
        let lost = Set(unsent.filter { $0.via != nil }.map(\.id))
        var send: [Note] = []
        var stay: [Note] = []
        var held: [Note] = []
        for note in mine where !known.contains(note.id) {
            let target = note.target
            if PersonRules.maySend(note.kind, scope: scope),
                target.map({ !kept.contains($0) && !lost.contains($0) }) ?? true
            {
                send.append(note)
            } else if note.via == nil {
                if let target, lost.contains(target) { held.append(note) } else { stay.append(note) }
            }
        }
        return (send, stay, held)
    }
}
