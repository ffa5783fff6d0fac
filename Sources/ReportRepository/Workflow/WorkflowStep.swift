public import Foundation
public import ReportModel
public import RevisionStore

/// One move of a report along 草稿 → 已报送 → 退回（意见）→ 已报送 → 已公开: which mark, on which revision, who set it
/// and when.
public struct WorkflowStep: Sendable, Hashable {
    /// The mark set.
    public var mark: Mark
    /// The revision it was set on, when known.
    public var revision: ObjectID?
    /// Who set it, when known (a person's name, a token's owner or label, the CLI's author).
    public var person: String?
    /// When.
    public var time: Date
    /// What went with it: the correction request of a return, the reason of a forced publish.
    public var comment: String?

    /// Creates a step.
    public init(mark: Mark, revision: ObjectID?, person: String?, time: Date, comment: String? = nil) {
        self.mark = mark
        self.revision = revision
        self.person = person
        self.time = time
        self.comment = comment
    }
}

/// What the report page tells each role to do next, and which moves it offers: the one home of both.
public enum WorkflowRules {
    /// The marks that move a report on from a status along 草稿 → 已报送 → 退回（意见）→ 已报送 → 已公开, that a role
    /// may set (``PersonRules``): what the report page offers.
    ///
    /// - 草稿: 报送; for the county also 退回 (a draft it received by sync or upload without 报送 goes back with its
    ///   comments all the same) and 公开, which goes through the publish rules (``MarkRules``: not submitted, so
    ///   only with the county's reason).
    /// - 已报送: 退回 and 公开, for the county.
    /// - 已退回: 报送 again.
    /// - 已公开: nothing (a change makes a new draft); 有冲突: nothing until the heads are merged.
    public static func moves(status: ReportStatus, role: PersonRole) -> [Mark] {
        let moves: [Mark] =
            switch status {
            case .draft: [.submitted, .returned, .published]
            case .submitted: [.returned, .published]
            case .returned: [.submitted]
            case .published, .conflict: []
            }
        return moves.filter { PersonRules.may(role, PersonAction(mark: $0)) }
    }

    /// What to do next with a report of a status, for someone of a role who reaches it. The office that submits is
    /// called 报送单位, not 乡镇: a 县直部门 or the 本级政府 submits its report too (user review rv115, M2).
    ///
    /// - Parameters:
    ///   - status: The report's status.
    ///   - role: The reader's role.
    ///   - language: Chinese, or English for the English pages.
    public static func nextStep(status: ReportStatus, role: PersonRole, in language: Language = .chinese) -> String {
        let (chinese, english) = nextStepTexts(status: status, role: role)
        return language == .english ? english : chinese
    }

    private static func nextStepTexts(status: ReportStatus, role: PersonRole) -> (String, String) {
        switch (status, role) {
        case (_, .viewer):
            ("只读查看：不能修改或设置标记。", "Read only: you cannot change the report or set marks.")
        case (.conflict, _):
            ("两条修改线需要合并：请先处理冲突。", "Two lines of changes must be merged: resolve the conflict first.")
        case (.draft, .clerk):
            ("修改完成后请“报送”给县政务公开办。", "When the changes are done, \"Submit\" it to the county's disclosure office.")
        case (.draft, _):
            (
                "等待报送单位报送；也可以写批注提醒。",
                "Waiting for the submitting office to submit it; a comment can remind them."
            )
        case (.submitted, .clerk):
            ("已报送，等待县里审核；有批注时请回复。", "Submitted, waiting for the county's review; answer any comments.")
        case (.submitted, _):
            (
                "请审核：写批注、处理检查发现的问题，然后“公开”或“退回”（写明意见）。",
                "Please review it: write comments, decide on the check findings, then \"Publish\" or \"Return\" it "
                    + "(saying why)."
            )
        case (.returned, .clerk):
            (
                "县里退回了报告：请按退回意见和批注修改，回复或解决批注，再次报送。",
                "The county returned the report: change it as the correction request and the comments ask, answer or "
                    + "resolve the comments, and submit it again."
            )
        case (.returned, _):
            (
                "已退回，等待报送单位修改后再次报送。",
                "Returned, waiting for the submitting office to change it and submit it again."
            )
        case (.published, _):
            ("已公开：流程结束。再修改会成为新的草稿。", "Published: the round is over. A further change makes a new draft.")
        }
    }
}

extension ReportRepository {
    /// The moves of a report's marks, oldest first: those made on this node's web pages from the audit log (with
    /// the person), and each current mark that the log does not show (set on the CLI, or received by sync) from
    /// what the node keeps of it.
    ///
    /// - Parameter scope: What the reader reaches: a report outside it has no steps.
    public func workflowSteps(
        of report: ReportKey, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> [WorkflowStep]
    {
        guard scope.allows(agency: report.agency) else { return [] }
        let (entries, states) = try await read { reader in
            (
                try reader.auditLog(agency: report.agency, year: report.year, limit: Self.maxAuditLines),
                MarkState.states(
                    refs: try reader.refs(of: report),
                    comments: try reader.markComments().filter { $0.report == report },
                    receipts: try reader.markReceipts().filter { $0.report == report })
            )
        }
        var steps: [WorkflowStep] = entries.reversed().compactMap { entry in
            guard let mark = [Mark.submitted, .returned, .published].first(where: { Self.names(entry, $0) })
            else { return nil }
            // (each step keeps the comment its own line carries: a second 退回 replaces the first's comment in
            // the store, never in the log — rv115 F7)
            return WorkflowStep(
                mark: mark, revision: entry.revision.flatMap { ObjectID(hex: $0) }, person: entry.person,
                time: entry.time,
                comment: entry.action == AuditAction.mark.rawValue ? AuditWording.markComment(of: entry.detail) : nil)
        }
        for state in states {
            if let index = steps.lastIndex(where: { $0.mark == state.mark && $0.revision == state.revision }) {
                steps[index].comment = state.comment?.comment
            } else {
                steps.append(
                    WorkflowStep(
                        mark: state.mark, revision: state.revision, person: state.person,
                        time: state.receipt?.received ?? state.moved, comment: state.comment?.comment))
            }
        }
        return steps.sorted { $0.time < $1.time }
    }

    /// Whether a line of the audit log is the setting of a mark: `已报送` (the web pages), `命令行：已报送…` (the CLI;
    /// `命令行已报送…` before this version), or `收到标记“已报送”…` (another node's, received by sync: a township's
    /// 报送 pushed to the county, the county's 退回 pulled by the township).
    static func names(_ entry: AuditEntry, _ mark: Mark) -> Bool {
        switch entry.action {
        case AuditAction.mark.rawValue:
            [mark.label, "命令行：" + mark.label, "命令行" + mark.label].contains { entry.detail.hasPrefix($0) }
                // (the board's 代为报送, whose line does not begin with 已报送: user review rv103, F14)
                || (mark == .submitted && entry.detail.hasPrefix(AuditWording.submittedOnBehalf.chinese))
        case AuditAction.syncReceived.rawValue: entry.detail.hasPrefix(receivedWords(of: mark))
        default: false
        }
    }

    /// How the audit line of a mark received by sync begins (``AuditWording/received(_:merged:numbered:mergeNumbered:)``).
    static func receivedWords(of mark: Mark) -> String { "收到" + AuditWording.ReceivedThing.mark(mark).words.0 }
}
