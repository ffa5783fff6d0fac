// Marks set on several reports at once from the county's board: each one through the rules of a single mark.

public import Foundation
public import ReportModel
public import RevisionStore

/// What a mark set on several reports did to one of them.
public struct BatchMarkResult: Sendable, Equatable {
    /// Which report.
    public var report: ReportKey
    /// The mark as set, or `nil` when it was refused.
    public var outcome: MarkOutcome?
    /// Why it was refused (in Chinese), when it was.
    public var refusal: String?
    /// Why it was refused, in English.
    public var englishRefusal: String?
    /// The rule's error, when a rule refused it (for a caller that words it for its own readers).
    public var error: RepositoryError?

    /// Creates a result.
    public init(
        report: ReportKey, outcome: MarkOutcome?, refusal: String?, englishRefusal: String? = nil,
        error: RepositoryError? = nil
    ) {
        self.report = report
        self.outcome = outcome
        self.refusal = refusal
        self.englishRefusal = englishRefusal ?? refusal
        self.error = error
    }

    /// Why it was refused in a language, when it was.
    public func refusal(in language: Language) -> String? {
        language == .english ? englishRefusal : refusal
    }
}

extension ReportRepository {
    /// Sets one mark on the draft of several reports, each exactly as ``mark(_:as:comment:author:overriding:scope:role:time:)``
    /// would (its guards: the scope, the comment a return needs, what a publish needs): a report the rules refuse is
    /// listed with the reason and left as it was, and the others go on. No rule is overridden.
    ///
    /// - Parameters:
    ///   - reports: The reports, each at its draft head.
    ///   - mark: Which mark.
    ///   - comment: The one comment (a return's correction request) all of them get.
    ///   - author: Who.
    ///   - scope: Whose reach.
    ///   - role: The person's role on the web: each mark must be a move the workflow offers (see
    ///     ``mark(_:as:comment:author:overriding:scope:role:time:)``).
    ///   - time: When.
    ///   - seen: The draft head of each report as the person saw it (the board they ticked it on): a report whose
    ///     draft moved since is refused and left as it is, so that nothing is published or returned unseen. A report
    ///     not in it is marked at its draft as it is.
    ///   - audit: The audit log's line for each mark, written with it.
    /// - Returns: One result per report, in the order given (each report once).
    public func markBatch(
        _ reports: [ReportKey], as mark: Mark, comment: String?, author: String, scope: AccessScope = .all,
        role: PersonRole? = nil, time: Date = Date(), seen: [ReportKey: ObjectID] = [:], audit: AuditNote? = nil
    ) async -> [BatchMarkResult] {
        var done = Set<ReportKey>()
        var results: [BatchMarkResult] = []
        for report in reports where done.insert(report).inserted {
            do {
                var ref = report.description
                if let seen = seen[report] {
                    guard try await resolve(ref).id == seen else {
                        results.append(
                            BatchMarkResult(
                                report: report, outcome: nil, refusal: Self.movedSinceSeen,
                                englishRefusal: Self.englishMovedSinceSeen))
                        continue
                    }
                    ref = seen.hex
                }
                let outcome = try await self.mark(
                    ref, as: mark, comment: comment, author: author, scope: scope, role: role, time: time,
                    audit: audit)
                results.append(BatchMarkResult(report: report, outcome: outcome, refusal: nil))
            } catch {
                results.append(
                    BatchMarkResult(
                        report: report, outcome: nil, refusal: error.description(in: .chinese),
                        englishRefusal: error.description(in: .english), error: error))
            }
        }
        return results
    }

    /// Why a report of a batch was left as it was: its draft moved after the person saw it.
    static let movedSinceSeen = "打开列表之后，这份报告又有了新的修订；请刷新列表、看过新的修订后再操作。"
    static let englishMovedSinceSeen =
        "The report got a new revision after the list was opened: reload the list and look at the new revision first."
}
