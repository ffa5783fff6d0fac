import Foundation
public import ReportChecks
public import ReportModel
public import RevisionStore

/// The rules for setting a mark: one home for the CLI (`nianbao mark`), the web pages and what sync accepts from a
/// token. ``ReportRepository/mark(_:as:comment:author:overriding:scope:role:time:)`` applies them all.
///
/// - `returned` and `published` are the county's: a token that does not reach every report sets only `submitted`,
///   and only on the reports it reaches.
/// - `returned` needs a comment: the correction request the township reads.
/// - `published` goes only on the revision that is marked `submitted`, and not while the checks report an error for
///   it that the county did not dismiss (``ReportRepository/decide(finding:on:verdict:reason:by:time:)``), unless
///   the county overrides both with a reason (kept as the mark's comment, the mark recorded as forced).
/// - Nothing is published while a sync conflict is open (no override: merge first).
/// - A mark goes on the report's current draft (a head of it, or a revision with its very text); `returned` and
///   `published` also on the revision marked `submitted` (the county returns or publishes exactly what the township
///   submitted, though the township has committed more since). An older revision, opened from the history, is never
///   marked: its text becomes the draft again by a restore, which names both versions (user review rv103, F9/F10).
///   Sync carries marks as the node that set them applied this rule to its own draft; a county mark a push brings is
///   held to the `returned` and `published` rules above again here, and refused alone when it breaks one
///   (``ReportRepository/breaksCountyRules(_:in:)``, `Schema/sync-protocol.md` Strictness 11).
public enum MarkRules {
    /// Checks that a scope may set a mark on a report's revision.
    ///
    /// - Throws: ``RepositoryError/outOfScope(agency:)``, ``RepositoryError/countyOnly(mark:)``.
    public static func checkReach(_ mark: Mark, of report: ReportKey, scope: AccessScope) throws(RepositoryError) {
        guard scope.allows(agency: report.agency) else { throw .outOfScope(agency: report.agency) }
        if mark.isCountyOnly, !scope.isAll { throw .countyOnly(mark: mark) }
    }

    /// Checks that this node may set a county mark (`returned`, `published`) at all: not when it syncs with a remote
    /// through a token that does not reach every report (a township's node, as its last pull from that remote
    /// said), since the push would never send it and the mark would stay on this node alone. A node that has not
    /// pulled from its remote yet cannot know its token's reach, and is not refused (the push then says the mark
    /// was not sent).
    ///
    /// - Throws: ``RepositoryError/countyOnlyHere(mark:remote:)``.
    static func checkNode(_ mark: Mark, in reader: some StoreReading) throws {
        guard mark.isCountyOnly else { return }
        if let remote = try townshipRemote(in: reader) {
            throw RepositoryError.countyOnlyHere(mark: mark, remote: remote)
        }
    }

    /// Whether a mark set here was set after a remote's mark of the same name on another revision, so that this
    /// node's stands: by the times (the remote's as it listed it), or, from a remote that lists no times, when the
    /// remote's revision is in the history of this one. A pull keeps such a mark rather than move it back, and a
    /// push sends it again over the remote's (a remote restored from a backup); one that is not later is the
    /// remote's to keep.
    ///
    /// - Parameters:
    ///   - revision: The revision the mark is on here.
    ///   - moved: When it was set here, in seconds since 1970.
    ///   - remote: The revision the remote's mark is on.
    ///   - listed: When the remote set it, by its clock, as it listed it (`nil` from a node older than schema 13).
    static func isLater(
        _ revision: ObjectID, setAt moved: Int64, than remote: ObjectID, setAt listed: Int64?,
        in reader: some StoreReading
    ) throws -> Bool {
        if let listed { return moved > listed }
        return try RevisionGraph.isAncestor(remote, of: revision, in: reader)
    }

    /// Whether what a remote lists of a mark is not known to have moved there since this node last saw it: never
    /// seen (or forgotten, the remote's store replaced), or listed on another revision set before the mark last
    /// listed there (by the remote's own clock: its store went back, a restored copy). A pull keeps its own mark
    /// against such a one when it is later (``isLater(_:setAt:than:setAt:in:)``).
    ///
    /// - Parameters:
    ///   - remote: The revision the remote lists the mark on.
    ///   - listed: When the remote set it, as it listed it (`nil` from a node older than schema 13).
    ///   - seen: What this node last saw of the mark there, if anything.
    static func isUnknownMove(to remote: ObjectID, listedAt listed: Int64?, seen: RemoteRef?) -> Bool {
        guard let seen else { return true }
        guard seen.revision != remote, let listed, let last = seen.moved else { return false }
        return listed < last
    }

    /// Whether a push may send a mark set here over the remote's mark on another revision that this node did not
    /// see there last (it never saw the mark there, or the remote's moved since it was last seen, while this node
    /// moved its own): only when nothing is lost by it. This node's was set later
    /// (``isLater(_:setAt:than:setAt:in:)``), and the remote's marks a revision in the history of this one (the
    /// work it marks goes on in this node's), or the remote's store went back (it lists a mark set before the one
    /// last listed there, ``isUnknownMove(to:listedAt:seen:)``). Otherwise the push sends it expecting what was last
    /// seen there, the remote answers `stale` and keeps its own, and the person is told to pull first.
    ///
    /// - Parameters:
    ///   - revision: The revision the mark is on here.
    ///   - moved: When it was set here, in seconds since 1970.
    ///   - remote: The revision the remote's mark is on.
    ///   - listed: When the remote set it, as it listed it.
    ///   - seen: What this node last saw of the mark there, if anything.
    static func replacesWithoutLoss(
        _ revision: ObjectID, setAt moved: Int64, remote: ObjectID, setAt listed: Int64?, seen: RemoteRef?,
        in reader: some StoreReading
    ) throws -> Bool {
        guard try isLater(revision, setAt: moved, than: remote, setAt: listed, in: reader) else { return false }
        if seen != nil, isUnknownMove(to: remote, listedAt: listed, seen: seen) { return true }
        return try RevisionGraph.isAncestor(remote, of: revision, in: reader)
    }

    /// The remote this node syncs with through a token that does not reach every report (a township's node, as its
    /// last pull from that remote said): what only the county may write (its marks, comments) never goes there.
    /// `nil` on the county, and on a node that has not pulled yet.
    static func townshipRemote(in reader: some StoreReading) throws -> String? {
        for remote in try reader.remotes() {
            if let identity = try reader.remoteSyncState(remote: remote.name).identity,
                !RemoteSyncState.reachesAll(identity)
            {
                return remote.name
            }
        }
        return nil
    }

    /// Whether this node sends its reports up to another (a township's node): it has a remote reached through a
    /// token that does not reach every report, or one it has not pulled from yet. The county's node has none, or only
    /// remotes whose tokens reach everything.
    static func sendsReportsUp(in reader: some StoreReading) throws -> Bool {
        try reader.remotes().contains { remote in
            guard let identity = try reader.remoteSyncState(remote: remote.name).identity else { return true }
            return !RemoteSyncState.reachesAll(identity)
        }
    }

    /// Checks that a mark goes on the report's current draft — a head of the report, or a revision with the draft's
    /// very text — or, for `returned` and `published`, on the revision marked `submitted` (or one with its text).
    ///
    /// - Throws: ``WorkflowError/notCurrentDraft(_:generation:draft:submitted:)`` (as ``RepositoryError/workflow(_:)``).
    static func checkCurrent(_ mark: Mark, of revision: Revision, in reader: some StoreReading) throws {
        let refs = try reader.refs(of: revision.report)
        guard let draft = refs.first(where: { $0.name == .draft })?.revision else { return }
        let heads = try refs.filter { $0.name.kind == .head }.map { try reader.requireRevision($0.revision) }
        let submitted = refs.first { $0.name == .submitted }?.revision
        let submittedRevision = try submitted.map { try reader.requireRevision($0) }
        if isCurrent(mark, revision, heads: heads, submitted: submittedRevision) { return }
        let generations = try reader.generations(of: [revision.id, draft] + (submitted.map { [$0] } ?? []))
        throw RepositoryError.workflow(
            .notCurrentDraft(
                mark, generation: generations[revision.id], draft: generations[draft],
                submitted: submitted.flatMap { generations[$0] }))
    }

    /// Whether a mark may go on a revision, by this rule: it is one of the report's heads or has one's very text, or,
    /// for `returned` and `published`, it is the submitted revision or has its text. What the report page offers
    /// follows it too (its forms on an old revision's page).
    ///
    /// - Parameters:
    ///   - mark: Which mark.
    ///   - revision: The revision to mark.
    ///   - heads: The report's heads (the draft, and those of an open conflict).
    ///   - submitted: The revision marked `submitted`, if any.
    public static func isCurrent(_ mark: Mark, _ revision: Revision, heads: [Revision], submitted: Revision?) -> Bool {
        if heads.contains(where: { $0.id == revision.id || $0.root == revision.root }) { return true }
        guard mark != .submitted, let submitted else { return false }
        return submitted.id == revision.id || submitted.root == revision.root
    }

    /// Checks the text that goes with a mark: `returned` needs its correction request, and neither it nor a reason
    /// may be longer than a comment (``ReportRepository/maxNoteLength``), which every node accepts.
    ///
    /// - Parameters:
    ///   - comment: The comment, trimmed (`nil` for none).
    ///   - reason: The reason given to override the rules, trimmed; an empty one is refused.
    /// - Throws: ``RepositoryError/commentRequired``, ``RepositoryError/reasonRequired``,
    ///   ``WorkflowError/textTooLong(_:)``, ``WorkflowError/controlCharacter(_:)`` (as ``RepositoryError/workflow(_:)``).
    static func checkText(_ mark: Mark, comment: String?, reason: String?) throws(RepositoryError) {
        if mark == .returned, comment == nil { throw .commentRequired }
        if reason?.isEmpty == true { throw .reasonRequired }
        if let comment { try ReportRepository.checkNoteText(comment) }
        if let reason { try ReportRepository.checkNoteText(reason) }
    }

    /// What stands in the way of publishing a revision, beside an open conflict (which always does).
    ///
    /// - Parameters:
    ///   - revision: The revision to publish.
    ///   - submitted: The revision the report's `submitted` mark is on, if any, and its generation (第 N 版).
    ///   - sameText: Whether that revision has the very text of the one to publish (two same-text lines merged on
    ///     their own by sync): what was submitted, then.
    ///   - findings: The checks' findings for the revision.
    /// - Returns: Empty when it may be published without an override.
    public static func publishObstacles(
        of revision: ObjectID, submitted: (id: ObjectID, generation: Int?)?, sameText: Bool = false,
        findings: [Finding]
    )
        -> [PublishObstacle]
    {
        var obstacles: [PublishObstacle] = []
        if submitted?.id != revision, !(submitted != nil && sameText) {
            obstacles.append(.notSubmitted(submitted: submitted?.id, generation: submitted?.generation))
        }
        let errors = findings.filter { $0.severity == .error }
        if !errors.isEmpty { obstacles.append(.checkErrors(errors.map(\.message))) }
        return obstacles
    }

    /// A comment or reason as given: trimmed, and `nil` when nothing is left.
    static func text(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Why a revision may not be published without the county's override.
public enum PublishObstacle: Sendable, Hashable, CustomStringConvertible {
    /// It is not the revision marked `submitted` (the submitted one, if any, and its generation: the number the
    /// pages name it by).
    case notSubmitted(submitted: ObjectID?, generation: Int?)
    /// The checks report errors for it (their messages).
    case checkErrors([String])

    /// In Chinese, for the confirmation step and the CLI.
    public var description: String {
        switch self {
        case .notSubmitted(nil, _):
            "这份报告还没有报送"
        case .notSubmitted(_, let generation?):
            "这一修订没有报送过（报送的是第 \(generation) 版）"
        case .notSubmitted(_, nil):
            "这一修订没有报送过（报送的是另一个修订）"
        case .checkErrors(let messages):
            "检查发现 \(messages.count) 个错误（" + messages.prefix(3).joined(separator: "；")
                + (messages.count > 3 ? "……" : "") + "）"
        }
    }

    /// The same in English, for the command line's `--lang en` (the pages stay Chinese).
    public var englishDescription: String {
        switch self {
        case .notSubmitted(nil, _):
            "the report has not been submitted"
        case .notSubmitted(_, let generation?):
            "this revision was never submitted (version \(generation) was)"
        case .notSubmitted(_, nil):
            "this revision was never submitted (another one was)"
        case .checkErrors(let messages):
            "the checks found \(Language.counted(messages.count, "error"))"
        }
    }

    /// What to do about a set of obstacles, in Chinese: wait for the submission, have the errors corrected, or both
    /// (a submitted report with errors is not told to be submitted first).
    public static func advice(for obstacles: [PublishObstacle]) -> String {
        let unsubmitted = obstacles.contains { if case .notSubmitted = $0 { true } else { false } }
        let errors = obstacles.contains { if case .checkErrors = $0 { true } else { false } }
        return switch (unsubmitted, errors) {
        case (true, true): "请等乡镇改正检查出的错误后报送"
        case (true, false): "请等乡镇报送这一修订"
        case (false, _): "请退回乡镇改正检查出的错误"
        }
    }
}
