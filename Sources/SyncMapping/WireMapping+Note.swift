// Notes as both ends of the wire say them.

import Foundation
public import ReportRepository
public import SyncAPI

extension WireNote {
    /// A note as the protocol says it.
    public init(_ note: Note) {
        self.init(
            id: note.id, kind: note.kind, report: note.report, revision: note.revision, anchor: note.anchor,
            target: note.target, verdict: note.verdict, text: note.text, author: note.author,
            time: Int64(note.time.timeIntervalSince1970))
    }
}
