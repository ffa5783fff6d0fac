// The audit log: who did what on this node, when, to which report. Written by the web pages and by the commands
// that change reports, people and agencies (`AuditAction` lists what), read by `nianbao audit` and the audit page.

public import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The most lines `auditLog` returns at once.
    public static let maxAuditLines = 10_000

    /// Appends a line to the audit log, with this node's name.
    ///
    /// - Parameters:
    ///   - person: Who did it (a person's name, a token's owner or label, the CLI's author).
    ///   - action: What.
    ///   - report: The report concerned, if any.
    ///   - revision: The revision concerned, if any.
    ///   - detail: What else there is to say, in Chinese.
    public func recordAudit(
        person: String, action: AuditAction, report: ReportKey? = nil, revision: ObjectID? = nil, detail: String = "",
        time: Date = Date()
    ) async throws(RepositoryError) {
        try await write { writer in
            try writer.appendAudit(
                person: person, action: action, report: report, revision: revision, detail: detail, time: time)
        }
    }

    /// The audit log, newest first.
    ///
    /// - Parameters:
    ///   - report: Only the lines of this report, when given.
    ///   - limit: The most lines (at most ``maxAuditLines``).
    ///
    /// What a pull brought is said to come from the office the remote is, as it names itself: older versions recorded
    /// the remote's name here (`county`), which a clerk does not know for the county's office.
    public func auditLog(report: ReportKey? = nil, limit: Int = 200) async throws(RepositoryError) -> [AuditEntry] {
        let limit = max(0, min(limit, Self.maxAuditLines))
        return try await read { reader in
            let entries = try reader.auditLog(agency: report?.agency, year: report?.year, limit: limit)
            let nodes = try reader.remoteNodeNames()
            guard !nodes.isEmpty else { return entries }
            return entries.map { entry in
                var entry = entry
                if entry.action == AuditAction.syncReceived.rawValue, let node = nodes[entry.person] {
                    entry.person = node
                }
                return entry
            }
        }
    }
}

extension StoreWriter {
    /// Appends the line of an action's ``AuditNote``, if any, in the writer's transaction.
    func appendAudit(
        _ note: AuditNote?, person: String, report: ReportKey, revision: ObjectID?, time: Date
    ) throws {
        guard let note else { return }
        try appendAudit(
            person: person, action: note.action, report: report, revision: revision, detail: note.detail, time: time)
    }

    /// Appends a line to the audit log, with this node's name, in the writer's transaction: an action that writes
    /// its own line in its transaction is stored with it or not at all, never without its line.
    func appendAudit(
        person: String, action: AuditAction, report: ReportKey? = nil, revision: ObjectID? = nil, detail: String,
        time: Date
    ) throws {
        let node = try nodeName() ?? "unnamed"
        try appendAudit(
            AuditEntry(
                time: time, person: person, action: action.rawValue, agency: report?.agency, year: report?.year,
                revision: revision?.hex, detail: detail, node: node))
    }
}
