// The returns (退回) of a report that its current marks no longer show: a report returned twice keeps one 已退回
// mark, with the latest reason; each earlier return lives on in the audit log, with its own reason (rv115 F7).

public import ReportModel
public import RevisionStore

extension WorkflowStep {
    /// The returns among a report's steps (``ReportRepository/workflowSteps(of:scope:)``) that `marks` no longer
    /// show, oldest first, each as a mark with its own reason, who returned it and when: every 退回 but the one the
    /// current 已退回 mark is (the latest on its revision). The history page and the report's 标记 list show them
    /// beside the current marks, so that the first reason of a report returned twice is not read only in 流程.
    ///
    /// - Parameters:
    ///   - steps: The report's steps, oldest first.
    ///   - marks: Its current marks (``ReportSummary/marks``).
    ///   - report: Which report.
    public static func earlierReturns(
        in steps: [WorkflowStep], marks: [MarkState], of report: ReportKey
    ) -> [MarkState] {
        var returns = steps.filter { $0.mark == .returned }
        if let current = marks.first(where: { $0.mark == .returned }),
            let index = returns.lastIndex(where: { $0.revision == current.revision })
        {
            returns.remove(at: index)
        }
        return returns.compactMap { step in
            guard let revision = step.revision else { return nil }
            return MarkState(
                mark: .returned, revision: revision, moved: step.time,
                comment: step.comment.map {
                    MarkComment(
                        report: report, mark: .returned, comment: $0, author: step.person ?? "", time: step.time)
                },
                person: step.person)
        }
    }
}

extension ReportRepository {
    /// The returns of a report that its current marks no longer show (``WorkflowStep/earlierReturns(in:marks:of:)``),
    /// oldest first.
    ///
    /// - Parameters:
    ///   - state: The report as listed (its current marks).
    ///   - scope: What the reader reaches: a report outside it has none.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func earlierReturns(
        of state: ReportSummary, scope: AccessScope = .all
    ) async throws(RepositoryError) -> [MarkState] {
        let steps = try await workflowSteps(of: state.report, scope: scope)
        return WorkflowStep.earlierReturns(in: steps, marks: state.marks, of: state.report)
    }
}
