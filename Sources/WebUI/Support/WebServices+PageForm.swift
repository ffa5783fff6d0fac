import ReportModel
import ReportRepository
import SyncServer

extension WebServices {
    /// The revision a report page's form acts on (its `revision` field), as the person may see it: the one rule of
    /// the mark and restore forms. A form from a page that showed an older draft than the report's current one (its
    /// `draft` field) is refused, so that nothing is done to a version without seeing there is a newer one; a
    /// revision of another report is answered as one that does not exist.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` without a revision, ``WebError/staleForm(_:)``,
    ///   ``WebError/revisionNotFound(_:)``, or what reading the revision throws.
    func pageFormRevision(
        _ form: FormFields, of key: ReportKey, state: ReportSummary, scope: AccessScope
    ) async throws -> RevisionDetails {
        guard let revision = try ReportAddress.revision(form.value("revision")) else {
            throw WebError.badRequest(
                "表单缺少修订编号。",
                english: "The form lacks the revision's id.")
        }
        if let draft = form.value("draft"), !draft.isEmpty, draft != state.head.id.hex {
            throw WebError.staleForm(key)
        }
        let repository = self.repository
        let details = try await run { () async throws(RepositoryError) in
            try await repository.show(revision, scope: scope)
        }
        guard details.revision.report == key else { throw WebError.revisionNotFound(revision) }
        return details
    }
}
