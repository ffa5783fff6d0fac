// The checks on what another node sends, before anything of it is stored: the agencies its token reaches, the
// marks it may set, node names, agency ids merged away here.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// Checks the revisions among objects another node sent: of agencies the scope reaches, with a node name that
    /// is one. Objects that do not decode are left to the store's own check.
    static func checkRevisions(
        _ objects: [ReceivedObject], scope: AccessScope, maxRevisions: Int = .max
    ) throws(RepositoryError) {
        let header = ObjectKind.revision.headerLine
        let revisions = objects.filter { $0.bytes.starts(with: header) }
        guard revisions.count <= maxRevisions else { throw .tooManyRevisions(limit: maxRevisions) }
        for object in revisions {
            guard case .revision(let record) = try? CanonicalObject.decode(object.bytes) else { continue }
            guard scope.allows(agency: record.report.agency) else { throw .outOfScope(agency: record.report.agency) }
            try checkNodeName(of: record)
        }
    }

    /// Refuses a revision whose node name is not a short printable one.
    static func checkNodeName(of revision: RevisionContent) throws(RepositoryError) {
        guard NodeName.isValid(revision.node) else { throw .invalidNodeName(revision.node) }
    }

    /// Refuses ref moves outside the scope, or that its role may not make: a draft needs ``PersonAction/edit``, a
    /// mark its own action (a viewer's token changes nothing, a reviewer's does not manage people); and a mark's
    /// comment that ``checkNoteText(_:)`` refuses.
    static func checkScope(updates: [RefUpdate], scope: AccessScope, role: PersonRole) throws(RepositoryError) {
        for update in updates {
            guard scope.allows(agency: update.report.agency) else { throw .outOfScope(agency: update.report.agency) }
            if let comment = update.comment?.comment { try checkNoteText(comment) }
            if !update.isDraft, let mark = update.ref.mark {
                try MarkRules.checkReach(mark, of: update.report, scope: scope)
            }
            let action = update.ref.mark.map(PersonAction.init(mark:)) ?? .edit
            guard PersonRules.may(role, action) else { throw .people(.notAllowed(role: role, action: action)) }
        }
    }

    /// Refuses objects from a token whose role changes no report (a viewer's): it has no draft to send, and its
    /// objects, referenced by nothing, were stored all the same up to the upload quota (user review rv117, F7).
    static func checkObjects(_ objects: [ReceivedObject], role: PersonRole) throws(RepositoryError) {
        guard objects.isEmpty || PersonRules.may(role, .edit) else {
            throw .people(.notAllowed(role: role, action: .edit))
        }
    }

    /// Refuses ref moves of agency ids merged here into an agency the scope reaches: the sender is told where the
    /// agency went (a scope that reaches neither is told the report is out of its reach, as for any other agency's).
    static func checkMerges(updates: [RefUpdate], scope: AccessScope, reader: some StoreReading) throws {
        for agency in Set(updates.map(\.report.agency)).sorted() {
            if let merge = try reader.agencyMerge(of: agency), scope.allows(agency: merge.into) {
                throw RepositoryError.agency(.mergedAway(agency, into: merge.into))
            }
        }
    }
}
