// Marks set on several reports at once from the county's board: each one through the rules of a single mark.

public import Foundation
public import ReportChecks
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
    /// The checks' warnings still open (not dismissed) on the revision published: the batch's result names them,
    /// where a reviewer of 15–40 reports sees them (user review ux98, finding M).
    public var warnings: [Finding] = []
    /// Who uploaded the revision on this node for its office (`县政务公开办 王审核`), when it is such an upload
    /// (``ReportRepository/countyUploader(of:)``): a publish refused for want of a submission then says it may be
    /// submitted on the township's behalf, not to wait for the township.
    public var countyUpload: String?

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
    ///   - countyUploadsOnly: Mark only revisions the county uploaded for the office (``countyUploader(of:)``), each
    ///     other one refused and left as it is: a 报送 on the townships' behalf never submits a township's own draft.
    /// - Returns: One result per report, in the order given (each report once), a publish with the revision's open
    ///   warnings, a refused one with who uploaded it here where the county did.
    public func markBatch(
        _ reports: [ReportKey], as mark: Mark, comment: String?, author: String, scope: AccessScope = .all,
        role: PersonRole? = nil, time: Date = Date(), seen: [ReportKey: ObjectID] = [:], audit: AuditNote? = nil,
        countyUploadsOnly: Bool = false
    ) async -> [BatchMarkResult] {
        var done = Set<ReportKey>()
        var results: [BatchMarkResult] = []
        for report in reports where done.insert(report).inserted {
            var uploader: String?
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
                let revision = try await resolve(ref)
                uploader = scope.allows(agency: report.agency) ? try await countyUploader(of: revision) : nil
                if countyUploadsOnly, uploader == nil {
                    let error = WorkflowError.townshipSubmits(maker: try await maker(of: revision))
                    results.append(
                        BatchMarkResult(
                            report: report, outcome: nil, refusal: error.description(in: .chinese),
                            englishRefusal: error.description(in: .english), error: .workflow(error)))
                    continue
                }
                let outcome = try await self.mark(
                    ref, as: mark, comment: comment, author: author, scope: scope, role: role, time: time,
                    audit: audit)
                var result = BatchMarkResult(report: report, outcome: outcome, refusal: nil)
                if mark == .published {
                    result.warnings = (try await decidedFindings(of: [revision])[revision.id] ?? [])
                        .filter { !$0.isDismissed && $0.finding.severity == .warning }.map(\.finding)
                }
                results.append(result)
            } catch {
                var result = BatchMarkResult(
                    report: report, outcome: nil, refusal: error.description(in: .chinese),
                    englishRefusal: error.description(in: .english), error: error)
                result.countyUpload = uploader
                results.append(result)
            }
        }
        return results
    }

    /// Who made a revision on this node for its office — the county's upload of a file the township sent by other
    /// means (QQ, e-mail) — as `县政务公开办 王审核` (``RevisionNames/maker(_:)``); `nil` for a revision another node
    /// made or brought (a township's push, even one naming this node and a reviewer of it), or one a township made on
    /// the county's pages: a clerk's upload, or one through a
    /// township's token (authored by its owner or label, ``AccessToken``), revoked since or not. A copy
    /// `agency merge` made keeps the author of the text it copies (a township's, whoever merged the ids), so it is the
    /// county's only when that author is the county's: a reviewer or administrator here, the owner or label of a
    /// token that reaches every report, or the node's own author (`config author`).
    public func countyUploader(of revision: Revision) async throws(RepositoryError) -> String? {
        try await read { reader in try Self.countyUploader(of: revision, in: reader) }
    }

    /// ``countyUploader(of:)`` inside a read or write.
    static func countyUploader(of revision: Revision, in reader: some StoreReading) throws -> String? {
        guard revision.content.node == (try reader.nodeName()) else { return nil }
        // (a revision another node brought is the sender's, whatever node and author it names: a township's node
        // may call itself the county's and its author the county's reviewer)
        let receipt = try Self.receipts(of: [revision.id], in: reader)[revision.id]
        guard !ChangeMaker(revision, receipt: receipt).wasSent else { return nil }
        let author = revision.content.author
        let people = try reader.people()
        let tokens = try reader.tokens()
        func names(_ token: AccessToken) -> [String] { [token.label] + (token.owner.map { [$0] } ?? []) }
        if case .agencyMerge = RevisionMessage(recognizing: revision.content.message) {
            let county =
                people.filter { $0.role == .reviewer || $0.role == .admin }.map(\.name)
                + tokens.filter(\.scope.isAll).flatMap(names) + [try reader.author()].compactMap { $0 }
            return county.contains(author) ? RevisionNames.maker(revision) : nil
        }
        let township =
            people.filter { $0.role == .clerk }.map(\.name) + tokens.filter { !$0.scope.isAll }.flatMap(names)
        return township.contains(author) ? nil : RevisionNames.maker(revision)
    }

    /// Who made a revision, as this node knows it: a township's push is never 县政务公开办 王审核 (``ChangeMaker``).
    func maker(of revision: Revision) async throws(RepositoryError) -> String {
        try await changeMakers(of: [revision])[revision.id]?.maker(in: .chinese) ?? RevisionNames.maker(revision)
    }

    /// The county submits (代为报送) only what it uploaded for an office (``countyUploader(of:)``): a draft the office
    /// made itself waits for the office's own 报送, and a 退回 the county gave it stands until then (rv120 F1). Held
    /// to a person on the county's node whose role may publish; a township's node, and the command line, are not.
    ///
    /// - Throws: ``WorkflowError/townshipSubmits(maker:)``.
    func checkOnBehalf(_ mark: Mark, of revision: Revision, role: PersonRole) async throws(RepositoryError) {
        guard mark == .submitted, !(try await maySubmit(revision, role: role)) else { return }
        throw .workflow(.townshipSubmits(maker: try await maker(of: revision)))
    }

    /// Whether someone of `role` may submit `revision` as far as whose it is: anyone but the county's people (whose
    /// role may publish), on a township's node anyone, and the county's only a revision it uploaded for the office
    /// (``countyUploader(of:)``) — what the report page offers, and ``mark(_:as:comment:author:overriding:scope:role:time:audit:)``
    /// holds a person to.
    public func maySubmit(_ revision: Revision, role: PersonRole) async throws(RepositoryError) -> Bool {
        guard PersonRules.may(role, .publish) else { return true }
        return try await read { reader in
            try MarkRules.townshipRemote(in: reader) != nil || Self.countyUploader(of: revision, in: reader) != nil
        }
    }

    /// Why a report of a batch was left as it was: its draft moved after the person saw it.
    static let movedSinceSeen = "打开列表之后，这份报告又有了新的修订；请刷新列表、看过新的修订后再操作。"
    static let englishMovedSinceSeen =
        "The report got a new revision after the list was opened: reload the list and look at the new revision first."
}
