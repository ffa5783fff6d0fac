import Foundation
import ReportModel
import ReportRepository
import SyncAPI
import SyncClient

/// Push, pull and sync results as a person reads them.
struct SyncText {
    let repository: ReportRepository
    /// How a report is named for people (``ReportNames``): by its office, never by its agency id.
    let name: @Sendable (ReportKey) -> String

    /// The text of a repository's sync results, its reports named by their offices (the agencies read once; by their
    /// ids only when the agencies cannot be read).
    init(repository: ReportRepository) async {
        self.repository = repository
        let agencies = (try? await repository.agencyNames()) ?? [:]
        name = ReportNames.naming(agencies)
    }

    /// The two agencies of a followed merge by their offices' names, as this node knew them before the merge; the
    /// old id only where it knew no name, and beside the name when both are one name (`常张乡人民政府（原编号
    /// changzhang）`), which is what tells them apart.
    static func offices(of followed: FollowedMerge) -> (from: String, into: String) {
        let into = followed.intoName ?? followed.merge.into
        let from = followed.fromName ?? followed.merge.agency
        guard from == into, from != followed.merge.agency else { return (from, into) }
        return (SyncMessage.formerID(name: from, id: followed.merge.agency).text, into)
    }

    /// `第 3 版（修订 1a2b3c4d5e6f，王芳：改正表三）`, or the short id alone when the revision is not here.
    ///
    /// - Parameter words: What tells it apart from another of its number shown with it (``told(_:in:origin:)``),
    ///   said instead of its author: `第 1 版（修订 a1768ba1594f，瓦岗寨乡 孙明：…）`.
    /// - Parameter decisionsBelow: Whether a merge's decisions (``MergeDecisions``) are printed whole on lines of
    ///   their own (``decisionLines(from:to:)``): the message is then cut without them.
    func revision(_ id: ObjectID, words: String? = nil, decisionsBelow: Bool = false) async -> String {
        guard let revision = try? await repository.resolve(id.hex) else { return id.shortHex() }
        let shown = await repository.shownMessage(of: revision)
        var first = shown.text(in: .current).split(separator: "\n").first.map(String.init) ?? ""
        if decisionsBelow, !shown.imitatesNotice {
            // (the decisions cut from the message as stored, and what is left said in the command's language)
            let stored = revision.content.message.split(separator: "\n").first.map(String.init) ?? ""
            first = RevisionMessage.textBeforeDecisions(of: MergeDecisions.parts(of: stored).text, in: .current)
        }
        let message = TerminalText.line(first)
        let short = message.count > 40 ? String(message.prefix(40)) + "…" : message
        return Message.revisionByAuthor(
            id: id.shortHex(), generation: await generation(of: id), author: words ?? revision.content.author,
            message: short
        ).text
    }

    /// What tells apart the revisions a conflict names (its two sides and base) that share a number, by the rule the
    /// pages use (``RevisionNames``): `县政务公开办 王审核` beside `瓦岗寨乡 孙明`. A base of another report — the
    /// old id's text an edit kept by an agency merge started from — is named as under that office before the merge.
    func told(_ ids: [ObjectID?], in report: ReportKey, origin: ConflictOrigin?) async -> [ObjectID: String] {
        var revisions: [Revision] = []
        for id in ids.compactMap({ $0 }) {
            if let revision = try? await repository.resolve(id.hex) { revisions.append(revision) }
        }
        let generations = (try? await repository.generations(of: revisions.map(\.id))) ?? [:]
        return RevisionNames.distinctions(
            revisions, generations: generations, shown: report,
            reportName: { key in
                if case .agencyMerge(let name)? = origin { return SyncMessage.beforeAgencyMerge(name).text }
                return name(key)
            })
    }

    /// ``number(_:)`` with what tells it apart (``told(_:in:origin:)``), if anything: `第 1 版（县政务公开办 王审核）`.
    func number(_ id: ObjectID?, told words: [ObjectID: String]) async -> String? {
        guard let id, let plain = await number(ifAny: id) else { return nil }
        return words[id].map { Message.told(plain, apart: $0).text } ?? plain
    }

    /// `第 2 版` for a revision mentioned beside another (the one a head moved from, the common base), or its short
    /// id when this node has no number for it.
    func number(_ id: ObjectID) async -> String {
        RevisionText.number(id, generation: await generation(of: id))
    }

    /// ``number(_:)`` of a revision that may be absent.
    func number(ifAny id: ObjectID?) async -> String? {
        guard let id else { return nil }
        return await number(id)
    }

    /// Where the other version of a conflict was written, as a person reads it before `的 第 6 版`: `常张乡 推送`,
    /// `从 县政务公开办 拉取`, `本单位另一台电脑上写、经 县政务公开办 转来` (a second computer of the same office,
    /// which the county kept as a second head), `大庄乡 写、经 县政务公开办 转来`. Never a head's internal name.
    func source(of id: ObjectID, origin: ConflictOrigin?) async -> String {
        let node = (try? await repository.resolve(id.hex))?.content.node
        switch origin {
        case .pulled(let remote)?:
            guard let node, node != remote else { return SyncMessage.origin(.pulled(from: remote)).text }
            let here = try? await repository.nodeName()
            return SyncMessage.forwarded(by: remote, from: node == here ? nil : node).text
        case let origin?: return SyncMessage.origin(origin).text
        case nil: return SyncMessage.otherVersion.text
        }
    }

    func generation(of id: ObjectID) async -> Int? {
        (try? await repository.generations(of: [id]))?[id]
    }

    func lines(for pull: PullReport) async -> [String] {
        var lines = [
            SyncMessage.pulled(
                remote: pull.remote, node: pull.node, objects: pull.objectsReceived,
                figures: Self.figures(pull.statistics)
            ).text
        ]
        let offices = Self.agencyLines(for: pull)
        lines += offices
        lines += await lostLines(for: pull)
        for report in pull.reports {
            for head in report.heads {
                lines.append(await line(for: head))
                if [.created, .fastForwarded].contains(head.status), !head.mergedSameText {
                    lines += await decisionLines(from: head.previous, to: head.revision, sentAs: pull.identity.label)
                }
            }
            if !report.notes.isEmpty {
                lines.append(
                    "  \(name(report.report))  " + SyncMessage.notesReceived(Self.noteCounts(report.notes)).text)
            }
            // (a mark on the county's 第 2 版 beside this office's draft 第 2 版 after a conflict: told apart)
            let draft = report.marks.isEmpty ? nil : (try? await repository.resolve(report.report.description))?.id
            let words = await told([draft] + report.marks.values.map { $0 }, in: report.report, origin: nil)
            // (in the order of the work: 已报送, 已退回, 已公开 — not of the marks' names, which put 已公开 first)
            let workOrder: [Mark] = [.submitted, .returned, .published]
            for (mark, revision) in report.marks.sorted(by: {
                (workOrder.firstIndex(of: $0.key) ?? 3, $0.key) < (workOrder.firstIndex(of: $1.key) ?? 3, $1.key)
            }) {
                let marked = await number(revision, told: words) ?? revision.shortHex()
                var line = "  \(name(report.report))  \(RevisionText.name(of: mark)) → \(marked)"
                if let comment = report.comments[mark] {
                    let state = MarkState(mark: mark, revision: revision, moved: comment.time, comment: comment)
                    // (the mark's name is already at the head of the line: only what goes with it)
                    if let spoken = RevisionText.note(of: state) {
                        let author = TerminalText.line(comment.author)
                        line += Language.pick("  \(spoken)（\(author)）", "  \(spoken) (\(author))")
                    }
                } else if let setter = report.setters[mark] {
                    // (who published, as a return names who returned: the 公开 line had named nobody, rv117 M9)
                    let person = TerminalText.line(setter)
                    line += Language.pick("（\(person)）", " (\(person))")
                }
                if report.older.contains(mark) { line += SyncMessage.markOlder(pull.remote).text }
                lines.append(line)
            }
            for (mark, kept) in report.kept.sorted(by: { $0.key < $1.key }) {
                // (two different 第 1 版: the county's upload and this office's own, told apart by who made each)
                let apart = await told([kept.here, kept.remote], in: report.report, origin: nil)
                let (yours, theirs) = (
                    await number(kept.here, told: apart) ?? kept.here.shortHex(),
                    await number(kept.remote, told: apart) ?? kept.remote.shortHex()
                )
                // (who made the county's, where its number does not already say so)
                let maker =
                    apart[kept.remote] == nil
                    ? (try? await repository.resolve(kept.remote.hex)).map(RevisionNames.maker) : nil
                let said =
                    kept.remoteWentBack
                    ? SyncMessage.markKept(remote: pull.remote, yours: yours, theirs: theirs)
                    : SyncMessage.markKeptOverAnother(node: pull.node, yours: yours, theirs: theirs, maker: maker)
                lines.append("  \(name(report.report))  \(RevisionText.name(of: mark))  " + said.text)
            }
        }
        for followed in pull.merges {
            let (from, into) = Self.offices(of: followed)
            if let outcome = followed.outcome {
                let years = (outcome.moved + outcome.same + outcome.kept + outcome.replaced).sorted().map(String.init)
                    .joined(separator: "、")
                lines.append(SyncMessage.mergeFollowed(from: from, into: into, years: years.isEmpty ? "—" : years).text)
                for year in outcome.kept {
                    let report = ReportKey(agency: outcome.into, year: year)
                    let merged = await number(ifAny: outcome.merged[year])
                    lines.append(
                        (merged.map { SyncMessage.editMerged(from: from, report: name(report), revision: $0) }
                            ?? SyncMessage.editKept(from: from, name: name(report), report: report)).text)
                    if outcome.resubmit.contains(year) {
                        lines.append(
                            SyncMessage.resubmitAfterMerge(from: from, name: name(report), report: report).text)
                    }
                }
            } else {
                lines.append(
                    SyncMessage.mergeNotFollowed(
                        from: from, into: into, reason: followed.problem.map { "\($0)" } ?? ""
                    ).text)
            }
        }
        if pull.reports.isEmpty, pull.merges.isEmpty, offices.isEmpty { lines.append(SyncMessage.upToDate.text) }
        return lines
    }

    func line(for head: HeadOutcome) async -> String {
        let report = name(head.report)
        switch head.status {
        case .created:
            return "  \(report)  " + SyncMessage.headNew(await revision(head.revision, decisionsBelow: true)).text
        case .fastForwarded where head.mergedSameText:
            return "  \(report)  "
                + SyncMessage.mergedSameText(theirs: await revision(head.revision), merge: await revision(head.draft))
                .text
                + (head.closed.isEmpty ? "" : SyncMessage.conflictClosed.text)
        case .fastForwarded:
            let from = await number(ifAny: head.previous) ?? Language.pick("无", "none")
            var line =
                "  \(report)  "
                + SyncMessage.fastForward(from: from, to: await revision(head.revision, decisionsBelow: true)).text
            if !head.closed.isEmpty { line += SyncMessage.conflictClosed.text }
            return line
        case .unchanged:
            return "  \(report)  " + SyncMessage.headUnchanged.text
                + (head.closed.isEmpty ? "" : SyncMessage.conflictClosed.text)
        case .conflict:
            let conflict = head.conflict
            let origin = conflict.map { ConflictOrigin(recorded: $0.origin) }
            let words = await told([head.draft, head.revision, conflict?.base], in: head.report, origin: origin)
            return "  \(report)  "
                + SyncMessage.headConflict(
                    draft: await revision(head.draft, words: words[head.draft]),
                    source: await source(of: head.revision, origin: origin),
                    revision: await revision(head.revision, words: words[head.revision]),
                    base: await number(conflict?.base, told: words), report: head.report.description
                ).text
        }
    }

    /// `1 条批注、2 条回复`: notes counted by what they are.
    static func noteCounts(_ notes: [Note]) -> String {
        [NoteKind.comment, .reply, .resolve, .decision].compactMap { kind in
            let count = notes.count { $0.kind == kind }
            return count == 0 ? nil : SyncMessage.noteCount(kind, count).text
        }
        .joined(separator: Language.pick("、", ", "))
    }

    /// The reports of some notes, once each, in order.
    static func keys(of notes: [Note]) -> [ReportKey] {
        var seen = Set<ReportKey>()
        return notes.map(\.report).filter { seen.insert($0).inserted }
    }

    /// The names of the reports of some notes, once each, in order.
    func reports(of notes: [Note]) -> [String] { Self.keys(of: notes).map(name) }

    /// `3 requests, 12.4 KB sent, 1.1 KB received`.
    static func figures(_ statistics: TransferStatistics) -> String {
        SyncMessage.figures(
            requests: statistics.requests, sent: RevisionText.bytes(statistics.bytesSent),
            received: RevisionText.bytes(statistics.bytesReceived)
        ).text
    }
}
