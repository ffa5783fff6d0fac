import Foundation
import GRDB
import ReportModel

/// A row of the `note` table.
struct NoteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "note"

    /// The note's name, in hexadecimal.
    var id: String
    var kind: String
    var agency: String
    var year: Int
    var revision: String?
    var anchor: String
    var target: String?
    var verdict: String?
    var text: String
    var author: String
    /// Seconds since 1970.
    var time: Int64
    var via: String?
    /// When this node stored it, in seconds since 1970.
    var received: Int64

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let time = Column(CodingKeys.time)
    }

    init(_ note: Note, received: Date) {
        id = note.id.hex
        kind = note.kind.rawValue
        agency = note.report.agency
        year = note.report.year
        revision = note.revision?.hex
        anchor = note.anchor
        target = note.target?.hex
        verdict = note.verdict?.rawValue
        text = note.text
        author = note.author
        time = Int64(note.time.timeIntervalSince1970)
        via = note.via
        self.received = Int64(received.timeIntervalSince1970)
    }

    /// The note, with when it was received when it came by sync; `nil` for a row this program cannot read.
    var note: Note? {
        guard let kind = NoteKind(rawValue: kind) else { return nil }
        return Note(
            kind: kind, report: ReportKey(agency: agency, year: year), revision: revision.flatMap { ObjectID(hex: $0) },
            anchor: anchor, target: target.flatMap { ObjectID(hex: $0) },
            verdict: verdict.flatMap(FindingVerdict.init(rawValue:)), text: text, author: author,
            time: Date(timeIntervalSince1970: Double(time)), via: via,
            received: via == nil ? nil : Date(timeIntervalSince1970: Double(received)))
    }
}
