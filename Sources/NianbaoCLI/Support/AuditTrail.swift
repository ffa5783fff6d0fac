import ReportModel
import ReportRepository

/// The lines the command line adds to the node's audit log, so that `nianbao audit` and the audit page show what
/// was done at the terminal beside what was done on the web.
enum AuditTrail {
    /// Records an action done by the configured author; a log that cannot be written is a warning, since the
    /// action itself is done.
    static func record(
        _ repository: ReportRepository, author: String, action: AuditAction, report: ReportKey? = nil,
        revision: ObjectID? = nil, detail: String
    ) async {
        do {
            try await repository.recordAudit(
                person: author, action: action, report: report, revision: revision, detail: detail)
        } catch {
            Output.diagnose(Message.warning(error.description).text)
        }
    }
}
