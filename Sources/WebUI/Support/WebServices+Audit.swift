import Foundation
import ReportModel
import ReportRepository

extension WebServices {
    /// Writes a line of the audit log for what someone did on the pages: their name, the report and revision.
    func audit(
        _ who: Principal, _ action: AuditAction, report: ReportKey? = nil, revision: ObjectID? = nil,
        detail: String = ""
    ) async throws(WebError) {
        let repository = repository
        try await run { () async throws(RepositoryError) in
            try await repository.recordAudit(
                person: who.name, action: action, report: report, revision: revision, detail: detail)
        }
    }
}
