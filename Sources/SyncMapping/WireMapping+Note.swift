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

extension Note {
    /// A note from the wire, or `nil` when its id is not the SHA-256 of its content or its time is not one a node
    /// writes (``WireTime``). (A note of a kind or verdict this program does not know never gets this far: it does
    /// not decode, ``WireReport/init(from:)``.)
    public init?(checking wire: WireNote) {
        guard let time = WireTime.date(wire.time) else { return nil }
        self.init(
            kind: wire.kind, report: wire.report, revision: wire.revision, anchor: wire.anchor, target: wire.target,
            verdict: wire.verdict, text: wire.text, author: wire.author, time: time)
        guard id == wire.id else { return nil }
    }
}
