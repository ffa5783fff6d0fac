// Reports with their sync state, conflicts, and marks with comments: what the CLI, sync and the web pages list.

import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Every report a scope reaches, with its agency, heads, marks, comments and open conflicts, by report.
    ///
    /// - Parameter scope: Which agencies' reports (`.all` for every one).
    public func reportStates(scope: AccessScope = .all) async throws(RepositoryError) -> [ReportState] {
        try await read { try Self.reportStates(scope: scope, in: $0) }
    }

    /// The conflicts of this node, oldest first.
    ///
    /// - Parameter openOnly: Only those still open (the default); `false` lists closed ones too, with the merge
    ///   that closed each.
    public func conflicts(openOnly: Bool = true) async throws(RepositoryError) -> [SyncConflict] {
        try await read { try $0.conflicts(openOnly: openOnly) }
    }

    /// The open conflicts of one report.
    public func conflicts(of report: ReportKey) async throws(RepositoryError) -> [SyncConflict] {
        try await read { try $0.conflicts(openOnly: true, report: report) }
    }

    /// The states of some reports a scope reaches (those without refs, or outside the scope, are left out), read
    /// report by report: O(k) in the reports asked, whatever the store holds.
    ///
    /// - Parameter followingMerges: Each report's notes with those of the same year of every agency id merged into
    ///   its agency (``RevisionStore/StoreReading/notesFollowingMerges(of:)``), as a sync listing gives them, so that
    ///   a township that had not pulled the county's comments under the old id gets them; else its own only.
    static func reportStates(
        of keys: some Collection<ReportKey>, scope: AccessScope, followingMerges: Bool = false,
        in reader: some StoreReading
    ) throws
        -> [ReportState]
    {
        var states: [ReportState] = []
        var agencies: [String: Agency?] = [:]
        for key in Set(keys).sorted() where scope.allows(agency: key.agency) {
            let refs = try reader.refs(of: key)
            guard !refs.isEmpty else { continue }
            if agencies[key.agency] == nil { agencies[key.agency] = .some(try reader.agency(key.agency)) }
            var state = ReportState(report: key, agency: agencies[key.agency] ?? nil, draft: nil)
            for ref in refs { state.take(ref) }
            for mark in Mark.allCases {
                if let comment = try reader.markComment(mark, of: key) { state.comments[mark] = comment }
            }
            state.conflicts = try reader.conflicts(openOnly: true, report: key)
            state.notes = try followingMerges ? reader.notesFollowingMerges(of: key) : reader.notes(of: key)
            states.append(state)
        }
        return states
    }

    /// The states of every report a scope reaches (``reportStates(of:scope:followingMerges:in:)``).
    static func reportStates(
        scope: AccessScope, followingMerges: Bool = false, in reader: some StoreReading
    ) throws -> [ReportState] {
        let agencies = Dictionary(uniqueKeysWithValues: try reader.agencies().map { ($0.id, $0) })
        let refs = Dictionary(
            grouping: try reader.refs().filter { scope.allows(agency: $0.report.agency) }, by: \.report)
        let comments = Dictionary(grouping: try reader.markComments(), by: \.report)
        let conflicts = Dictionary(grouping: try reader.conflicts(openOnly: true), by: \.report)
        let notes = Dictionary(grouping: try reader.notes(), by: \.report)
        // The agencies other ids were merged into: their reports' notes are read with those ids' too.
        let mergedInto = followingMerges ? Set(try reader.agencyMerges().map(\.into)) : []
        var states: [ReportState] = []
        for key in refs.keys.sorted() {
            var state = ReportState(report: key, agency: agencies[key.agency], draft: nil)
            for ref in refs[key] ?? [] { state.take(ref) }
            for comment in comments[key] ?? [] { state.comments[comment.mark] = comment }
            state.conflicts = conflicts[key] ?? []
            state.notes = mergedInto.contains(key.agency) ? try reader.notesFollowingMerges(of: key) : notes[key] ?? []
            states.append(state)
        }
        return states
    }
}

extension ReportState {
    /// Takes in one of the report's refs: the draft, a second head, or a mark with when it was set (a mark this
    /// program does not know is left out).
    mutating func take(_ ref: Ref) {
        switch ref.name.kind {
        case .head where ref.name == .draft: draft = ref.revision
        case .head: otherHeads[ref.name.name] = ref.revision
        case .mark:
            if let mark = Mark(ref.name) {
                marks[mark] = ref.revision
                markMoved[mark] = Int64(ref.moved.timeIntervalSince1970.rounded(.down))
            }
        }
    }
}
