import Foundation
import ReportModel
import ReportRepository
import SyncClient

// `lostThere` in `nianbao pull|sync --format json`: what a township held of the county that the county no longer has
// after it restored a backup (``LostThere``), the JSON of what the text output lists under
// 注意：县政务公开办 的仓库回到了以前的备份. Documented in Schema/sync-protocol.md ("CLI").

/// One report of which the remote lost something: the report (`AGENCY/YEAR`), its office and year, the marks taken off
/// here and the remote's comments kept here.
struct LostThereJSON: Encodable {
    /// A mark the remote no longer has, taken off here too.
    struct MarkJSON: Encodable {
        let mark: String
        let revision: String
        /// When it was set (ISO 8601, UTC, as every JSON time).
        let moved: Date
        /// Who set it, when known: its comment's author (the reviewer who wrote the correction request).
        @NullEncodable var person: String?
        /// Its comment (a return's correction request), with who wrote it and when, or `null`.
        @NullEncodable var comment: MarkStateJSON.CommentJSON?

        init(_ lost: LostThere.LostMark) {
            mark = lost.mark.rawValue
            revision = lost.revision.hex
            moved = lost.moved
            person = lost.comment?.author
            comment = lost.comment.map {
                MarkStateJSON.CommentJSON(text: $0.comment, author: $0.author, time: $0.time)
            }
        }
    }

    let report: String
    let agency: String
    /// The office's name as this node knows it, or `null`.
    @NullEncodable var agencyName: String?
    let year: Int
    let marks: [MarkJSON]
    /// The remote's comments and answers this node holds that the remote no longer lists: kept here (the *note* of
    /// `nianbao comment`).
    let notes: [NoteJSON]

    init(report key: ReportKey, lost: LostThere, names: [String: String]) {
        report = key.description
        agency = key.agency
        agencyName = names[key.agency]
        year = key.year
        marks = lost.marks.map(MarkJSON.init)
        notes = lost.notes.map(NoteJSON.init)
    }

    /// Every report of a pull of which the remote lost something, in the pull's order.
    static func all(in pull: PullReport, names: [String: String]) -> [LostThereJSON] {
        pull.reports.compactMap { pulled in
            pulled.lostThere.map { LostThereJSON(report: pulled.report, lost: $0, names: names) }
        }
    }
}
