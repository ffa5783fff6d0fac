// The store's vocabulary that the repository's API speaks: revisions, refs, marks' comments, agencies, tokens,
// remotes, conflicts, reports of fsck and gc, and the store's errors. A module that imports ReportRepository sees
// these types and nothing else of RevisionStore: no reader, no writer, no transaction (as Hummingbird re-exports the
// HTTPTypes it speaks, `Sources/Hummingbird/Exports.swift`). ReportRepository stays the only door to the store. The
// workflow's words that the store and the wire share (marks, sync refs, ref update statuses, agency kinds, note
// kinds and finding verdicts) live in ReportModel and are re-exported here with the rest.

@_exported import enum ReportModel.AgencyKind
@_exported import enum ReportModel.FindingVerdict
@_exported import enum ReportModel.Mark
@_exported import enum ReportModel.NoteKind
@_exported import enum ReportModel.RefUpdateStatus
@_exported import enum ReportModel.SyncRef
@_exported import enum RevisionStore.AccessScope
@_exported import struct RevisionStore.AccessToken
@_exported import struct RevisionStore.Agency
@_exported import struct RevisionStore.AgencyMerge
@_exported import struct RevisionStore.AuditEntry
@_exported import struct RevisionStore.FsckProblem
@_exported import struct RevisionStore.FsckReport
@_exported import struct RevisionStore.GarbageReport
@_exported import enum RevisionStore.LoginSubject
@_exported import struct RevisionStore.MarkComment
@_exported import struct RevisionStore.MarkReceipt
@_exported import struct RevisionStore.Note
@_exported import struct RevisionStore.Person
@_exported import enum RevisionStore.PersonRole
@_exported import struct RevisionStore.PutSummary
@_exported import struct RevisionStore.Ref
@_exported import struct RevisionStore.RefName
@_exported import struct RevisionStore.Remote
@_exported import struct RevisionStore.RemoteRef
@_exported import struct RevisionStore.RemoteSyncState
@_exported import struct RevisionStore.RestoredBackup
@_exported import struct RevisionStore.Revision
@_exported import struct RevisionStore.RevisionReceipt
@_exported import enum RevisionStore.StoreError
@_exported import struct RevisionStore.StoreStatistics
@_exported import struct RevisionStore.SyncConflict
