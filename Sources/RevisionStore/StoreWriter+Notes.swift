// Writing and reading the review workflow's notes: comments, replies, resolutions and finding decisions.

public import Foundation
import GRDB
public import ReportModel

extension StoreWriter {
    /// Stores a note unless the store has it already (notes are immutable and named by their content).
    ///
    /// - Returns: Whether it was new.
    @discardableResult
    public func insertNote(_ note: Note, received: Date) throws -> Bool {
        guard try NoteRecord.fetchOne(db, key: note.id.hex) == nil else { return false }
        try NoteRecord(note, received: received).insert(db)
        return true
    }
}

extension StoreReading {
    /// The notes of a report, oldest first (by time, then id).
    public func notes(of report: ReportKey) throws -> [Note] {
        try NoteRecord.filter(NoteRecord.Columns.agency == report.agency && NoteRecord.Columns.year == report.year)
            .order(NoteRecord.Columns.time, NoteRecord.Columns.id).fetchAll(db).compactMap(\.note)
    }

    /// The notes of a report and of the same year of every agency merged into its agency (``agencyMerges()``, also
    /// through merges of merges), oldest first: the comments, answers and decisions written under an id the county
    /// merged away stay with the report they are about. Each note keeps the report it was written on.
    public func notesFollowingMerges(of report: ReportKey) throws -> [Note] {
        let agencies = AgencyMerge.agencies(mergedInto: report.agency, among: try agencyMerges())
        guard agencies.count > 1 else { return try notes(of: report) }
        return try NoteRecord.filter(
            agencies.contains(NoteRecord.Columns.agency) && NoteRecord.Columns.year == report.year
        )
        .order(NoteRecord.Columns.time, NoteRecord.Columns.id).fetchAll(db).compactMap(\.note)
    }

    /// Whether the store holds a note of any report of an agency.
    public func hasNotes(ofAgency agency: String) throws -> Bool {
        try NoteRecord.filter(NoteRecord.Columns.agency == agency).isEmpty(db) == false
    }

    /// Every note of the store, oldest first.
    public func notes() throws -> [Note] {
        try NoteRecord.all().order(NoteRecord.Columns.time, NoteRecord.Columns.id).fetchAll(db).compactMap(\.note)
    }

    /// A note by its name.
    public func note(_ id: ObjectID) throws -> Note? {
        try NoteRecord.fetchOne(db, key: id.hex)?.note
    }
}
