import Foundation
import Logging
import ReportModel
import ReportRepository

extension WebServices {
    /// Writes a line of the audit log for what someone did on the pages that stores nothing of its own (a login):
    /// every change writes its line in its own transaction (``AuditNote``).
    ///
    /// A failure here (the repository busy past its wait) does not turn the page into an error: the person is logged
    /// in. The line then goes to the node's log, whole, at error level.
    func audit(
        _ who: Principal, _ action: AuditAction, report: ReportKey? = nil, revision: ObjectID? = nil,
        detail: String = "", logger: Logger
    ) async {
        do {
            try await repository.recordAudit(
                person: who.name, action: action, report: report, revision: revision, detail: detail)
        } catch {
            logger.error(
                "audit line not written",
                metadata: [
                    "person": "\(who.name)", "action": "\(action.rawValue)", "report": "\(report?.description ?? "")",
                    "revision": "\(revision?.hex ?? "")", "detail": "\(detail)", "error": "\(error)",
                ])
        }
    }
}
