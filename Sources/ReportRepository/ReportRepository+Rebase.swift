// A Word file downloaded from the draft, edited in Word or WPS and committed again while the draft moved on (the
// county corrected a cell meanwhile): the edits are merged with what changed since, never laid over it unseen.

import ReportDiff
public import ReportModel
import RevisionStore

extension ReportRepository {
    /// The document to commit for a file exported from revision `basedOn` of `key`'s draft: the file's own document
    /// when that is the draft now (or the file was not exported from an earlier revision of this draft); else the
    /// three-way merge of what the file changed since `basedOn` with what the draft changed since.
    ///
    /// - Parameter force: Commit the file's document as it is even when its changes and the draft's meet (the draft's
    ///   changes at those places are then replaced; they stay in the history).
    /// - Throws: ``RepositoryError/editedOlderVersion(_:basedOn:now:author:places:)`` when the file and the draft
    ///   changed the same places since `basedOn`, unless `force`; a store error.
    ///
    /// A file that names no revision (a Word file the person kept on their own computer, a text file), when `author`
    /// is given, is merged the same way from the person's own revision it was most likely edited from, when others
    /// changed the draft since (``ownCopyBase(of:author:file:)``); and it is refused, unless `force`, when what would be
    /// committed still puts back the older text of places others changed
    /// (``RepositoryError/undoesOthersChanges(_:now:changes:agencyName:downloadedElsewhere:)``): what they changed is
    /// never silently undone by the person's older copy. A file naming a revision that is not of the draft's line — last
    /// year's Word file brought up to date, another report's, a version made elsewhere — is no surer of its base: it is
    /// checked the same way, and the person is told what the file is (``downloadedElsewhere``).
    public func rebased(
        _ report: Report, to key: ReportKey, basedOn: String?, author: String? = nil, force: Bool = false,
        shown: ObjectID? = nil
    ) async throws(RepositoryError) -> RebasedReport {
        var rebased = RebasedReport(report: report)
        guard let basedOn, let id = ObjectID(hex: basedOn) else {
            guard let author else { return rebased }
            return try await ownCopyRebased(report, to: key, author: author, force: force, shown: shown)
        }
        enum Found: Sendable {
            case none
            /// The file names something that is not a revision of the draft's line: one this node does not have,
            /// another report's, or one off the line.
            case elsewhere
            case base(head: Revision, base: Revision)
        }
        let found = try await read { reader -> Found in
            guard let head = try reader.ref(.draft, of: key)?.revision else { return .none }
            // Only the draft's own line is looked at: whatever else the file names — another report's revision
            // (another agency's, out of the sender's reach), a piece of one, nothing at all — is answered alike, so
            // that a file cannot ask the store what it holds.
            guard try RevisionGraph.isAncestor(id, of: head, in: reader) else { return .elsewhere }
            let base = try reader.requireRevision(id)
            return .base(head: try reader.requireRevision(head), base: base)
        }
        guard case .base(let head, let base) = found else {
            guard case .elsewhere = found else { return rebased }
            // (its revision says nothing of this draft: checked as the person's own copy, told what the file is)
            if let author {
                return try await ownCopyRebased(
                    report, to: key, author: author, force: force, elsewhere: true, shown: shown)
            }
            rebased.warning = CommitWarning(
                "\(Self.downloadedElsewhere)，无法核对草稿此后的修改：已按文件提交；请在历史里核对有没有覆盖别人的修改",
                english:
                    "\(RepositoryError.downloadedElsewhere) The draft's later changes could not be checked: it was "
                    + "committed as the file has it; check in the history that nobody's changes were written over.")
            return rebased
        }
        rebased.onto = head.id
        guard head.id != id else { return rebased }
        let result = try await merged(report, to: key, head: head, base: base, own: nil, sender: author, force: force)
        // The places she changed since that this file has as downloaded are named (``keptOwnChanges``).
        guard let author else { return result }
        return try await keptOwnChanges(result, file: report, downloaded: base, head: head, sender: author)
    }

    /// The document to commit for a person's own copy (a file naming no revision, or `elsewhere`: naming one that is
    /// not of the draft's line): merged from the revision it was most likely edited from when others changed the draft
    /// since, then checked that it puts back no older text of places others changed (unless `force`, which says so in
    /// the warning).
    private func ownCopyRebased(
        _ report: Report, to key: ReportKey, author: String, force: Bool, elsewhere: Bool = false, shown: ObjectID?
    ) async throws(RepositoryError) -> RebasedReport {
        // (first what the draft changed since the sender's page showed it: never laid over unseen, rv119 F9)
        guard let shown,
            let sinceShown = try await sinceShownDraft(report, to: key, shown: shown, author: author, force: force)
        else { return try await ownCopyChecked(report, to: key, author: author, force: force, elsewhere: elsewhere) }
        var checked = try await ownCopyChecked(
            sinceShown.report, to: key, author: author, force: force, elsewhere: elsewhere)
        guard let warning = sinceShown.warning else { return checked }
        checked.note = [sinceShown.note, checked.note ?? checked.warning?.chinese].compactMap { $0 }
            .joined(separator: "；")
        checked.warning = checked.warning.map { CommitWarning.joined(warning, $0) } ?? warning
        return checked
    }

    /// ``ownCopyRebased(_:to:author:force:elsewhere:shown:)`` once the draft's changes since the sender's page are in.
    private func ownCopyChecked(
        _ report: Report, to key: ReportKey, author: String, force: Bool, elsewhere: Bool
    ) async throws(RepositoryError) -> RebasedReport {
        // (committed onto the draft it was checked against, or made again when the draft moved meanwhile)
        var rebased = RebasedReport(report: report)
        rebased.isOwnCopy = true
        guard let found = try await ownCopyBase(of: key, author: author, file: report) else { return rebased }
        rebased.onto = found.head.id
        if let base = found.base, base.id != found.head.id, !found.others.isEmpty {
            rebased = try await merged(
                report, to: key, head: found.head, base: base, own: (author, found.others, elsewhere), sender: author,
                force: force)
        }
        // (a history of the person's own alone has nothing to undo: its blame, reading up to ``ownCopyDepth``
        // documents, is not worked out — it had cost a one-person history 290 ms a commit)
        let undone =
            found.anyOthers
            ? try await undoneChanges(of: found.head, by: rebased.report, author: author) : UndoneChanges()
        guard !undone.isEmpty else { return rebased }
        // (named once more in the other language: the refusal and the warning say them in both)
        let places = { (language: Language) async throws(RepositoryError) -> UndoneChanges in
            language == .current
                ? undone
                : try await self.undoneChanges(of: found.head, by: rebased.report, author: author, language: language)
        }
        let names = { (language: Language) async throws(RepositoryError) -> [String] in
            try await places(language).names
        }
        guard force else {
            if let earlier = try await earlierVersionSent(report, of: key) { return earlier }
            let (chinese, english) = (try await names(.chinese), try await names(.english))
            throw .undoesOthersChanges(
                key, now: try await versionNames(of: found.head.id),
                changes: zip(chinese, english).map { BilingualText($0, english: $1) },
                agencyName: await officeName(of: key), downloadedElsewhere: elsewhere,
                yoursElsewhere: undone.areAllOwnElsewhere)
        }
        let (chinese, english) = (try await places(.chinese), try await names(.english))
        // (what the file is, said once: a merge's words say it already)
        let what = elsewhere && rebased.warning == nil
        // (the person's own changes made on another node are said as theirs, as the refusal says them: rv109 F1)
        let forced = CommitWarning.putBack(
            chinese.names, english: english, yoursElsewhere: undone.areAllOwnElsewhere, downloadedElsewhere: what)
        // (the message everyone reads: the places as they read them, the changes the committer's own, 本人)
        let recorded = CommitWarning.putBack(
            chinese.recordedNames, english: [], yoursElsewhere: undone.areAllOwnElsewhere, downloadedElsewhere: what,
            toThePerson: false)
        rebased.note = [rebased.note ?? rebased.warning?.chinese, recorded.chinese].compactMap { $0 }
            .joined(separator: "；")
        rebased.warning = CommitWarning.joined(rebased.warning, forced)
        return rebased
    }

    /// The three-way merge of a file's document with what the draft (`head`) changed since `base`: the file's edits
    /// and the draft's together, or a refusal where both changed the same place (unless `force`: the file's side
    /// there). `own`: `base` is the person's own revision, the file naming none (or, `elsewhere`, one not of the draft's
    /// line), and the revisions since by others (oldest first). `sender`: the person committing the file, whose own
    /// later change of a place both changed is theirs to change again (their file is their newest word there: a clerk
    /// who keeps one downloaded Word file and sends it again after each edit).
    private func merged(
        _ report: Report, to key: ReportKey, head: Revision, base: Revision,
        own: (author: String, others: [Revision], elsewhere: Bool)?, sender: String?, force: Bool
    ) async throws(RepositoryError) -> RebasedReport {
        var rebased = RebasedReport(report: report, onto: head.id)
        rebased.isOwnCopy = own != nil
        // How the words of an own copy begin: what the file is.
        let ownNote = own?.elsewhere == true ? Self.downloadedElsewhere : Self.ownCopyNote
        let id = base.id
        let others = own?.others ?? [head]
        let (ours, original, generations) = try await read { reader in
            (
                try reader.report(root: head.content.root), try reader.report(root: base.content.root),
                try reader.generations(of: [id, head.id] + others.map(\.id))
            )
        }
        func name(_ id: ObjectID) -> String { Self.versionName(generations[id], id) }
        func englishName(_ id: ObjectID) -> String { Self.englishVersionName(generations[id], id) }
        var merge = ReportMerge.merge(base: original, ours: ours, theirs: report)
        // Where both changed a place, who changed the draft's side: a place the sender changed since (their earlier
        // upload of this file or their own copy, merged with others' changes) is theirs to change again; a clash with
        // others names who typed the change there, not everyone since.
        // (whose each change is as this node knows it, ChangeMaker: a township's push naming the sender is not hers)
        let makers = try await lastChangeMakers(of: merge.conflicts.map(\.unit), at: head.id)
        let changers = makers.mapValues { $0.name(in: .chinese) }
        var retaken: [UnitID] = []
        if let sender {
            for conflict in merge.conflicts where makers[conflict.unit]?.isBy(sender) == true {
                // (only a place every change of which since the base was theirs: not one where someone else's
                // correction lies under their later edit)
                guard try await changedOnlyBy(sender, place: conflict.unit, since: base.id, at: head.id) else {
                    continue
                }
                retaken.append(conflict.unit)
                merge = merge.resolving(conflict.unit, with: .theirs)
            }
        }
        let number = name(id)
        let now = name(head.id)
        // Who changed the places both changed; without such places, who changed the draft since: for an own copy, the
        // others' revisions only — the person's own since (a merged upload of theirs) are not "someone else's later
        // change".
        let othersMakers = try await changeMakers(of: others + [head])
        func othersName(_ revision: Revision, in language: Language = .chinese, to person: String? = nil) -> String {
            othersMakers[revision.id]?.name(in: language, to: person) ?? revision.content.author
        }
        var authors: [String] = []
        let clashed = merge.conflicts.compactMap { changers[$0.unit] }
        for author in (clashed.isEmpty ? others.map { othersName($0) } : clashed) where !authors.contains(author) {
            authors.append(author)
        }
        // (the revisions since, each with whose it is — to the person, their own change made on another node as
        // theirs — named as whose it is: `王审核（长子县政务公开办 同步送来） 的第 3 版`)
        func whoseSince(to person: String?) -> String {
            others.map { "\(othersName($0, to: person)) 的\(name($0.id))" }.joined(separator: "；")
        }
        let changed = others.map { name($0.id) }.joined(separator: "、")
        let english = RebaseWords(
            number: englishName(id), now: englishName(head.id),
            changed: others.map { englishName($0.id) }.joined(separator: ", "),
            own: own.map { $0.elsewhere ? RepositoryError.downloadedElsewhere : Self.englishOwnCopyNote })
        guard merge.isClean else {
            guard force else {
                throw .editedOlderVersion(
                    key,
                    basedOn: own == nil
                        ? BilingualText(number, english: english.number)
                        : BilingualText(number + "（你提交过的）", english: english.number + " (the one you committed)"),
                    now: BilingualText(now, english: english.now), author: authors.joined(separator: "、"),
                    places: ConflictPlaces.labels(of: merge.conflicts, in: merge.merged),
                    agencyName: await officeName(of: key), downloadedElsewhere: own?.elsewhere ?? false)
            }
            // The file's side where both changed the same place; the draft's other changes stay.
            rebased.report = merge.resolvingAll(with: .theirs).merged
            let words = { (who: String) in
                (own == nil ? "这份文件是在\(number)上修改的" : "\(ownNote)，按\(who)提交过的\(number)核对")
                    + "，草稿此后已有\(now)；已强制提交：\(Self.forcedMergeNote)，\(changed)的其他修改都保留（仍在历史中）"
            }
            rebased.warning = CommitWarning(words("你"), english: english.forced)
            rebased.note = own.map { words($0.author) }
            return rebased
        }
        rebased.report = merge.merged
        // Of those places, where the draft held someone else's change (her merge joined the county's words into her
        // paragraph, whose phrase her older file changed too): said, and recorded as decisions (rv118 M4); the rest
        // are hers alone.
        var replaced: [ReplacedChange] = []
        if let sender, !retaken.isEmpty {
            replaced = try await replacedChanges(at: retaken, since: base.id, head: head.id, sender: sender)
        }
        let replacing = try await replacedWords(replaced, in: merge.merged, sender: sender ?? "")
        rebased.decisions = replacing.decisions
        let isReplaced = Set(replaced.map(\.unit))
        retaken.removeAll { isReplaced.contains($0) }
        let places = UnitPlace.labels(of: retaken, in: merge.merged).joined(separator: "、")
        let replacedClause = replacing.chinese.isEmpty ? "" : "；" + replacing.chinese
        let replacedEnglish = replacing.english.isEmpty ? "" : "; " + replacing.english
        guard let own else {
            // A file with edits of its own is merged; one with none the draft lacks commits nothing, and says why.
            if merge.merged != ours {
                // (the draft's version the sender made is theirs: 你提交的, not their name in the third person, rv115
                // M7; the message everyone reads names them)
                let headIsSenders = sender.map { othersMakers[head.id]?.isBy($0) == true } ?? false
                let words = { (who: String, toThePerson: Bool) in
                    "这份文件是在\(number)上修改的，草稿此后已有\(now)（\(toThePerson && headIsSenders ? "你提交的" : othersName(head))）："
                        + "已把文件的修改和\(now)\(Self.mergedNote)"
                        + (retaken.isEmpty ? "" : "；\(who)此后自己改过的\(places)以这份文件为准")
                }
                rebased.warning = CommitWarning(
                    words("你", true) + replacedClause,
                    english: english.merged(
                        by: headIsSenders ? "yours" : othersName(head, in: .english),
                        retaken: UnitPlace.labels(of: retaken, in: merge.merged, language: .english)
                            .joined(separator: ", ")) + replacedEnglish)
                rebased.note =
                    retaken.isEmpty && replaced.isEmpty && !headIsSenders ? nil : sender.map { words($0, false) }
            } else {
                // Nothing the draft lacks: said so, not "the same as the draft" (rv102 F8) — the draft has others'
                // changes the file has not.
                rebased.bringsNothing = true
                rebased.warning = CommitWarning(
                    (report == original ? "这份文件是从\(number)下载的，没有修改" : "这份文件在\(number)上所做的修改，草稿里都已经有了")
                        + "；草稿现在是\(now)（含\(authors.joined(separator: "、"))的修改），没有改动。",
                    english: english.nothingNewDownloaded(isTheSame: report == original, authors: authors))
            }
            return rebased
        }
        // A copy with nothing the draft lacks (the person's earlier file sent again): nothing to commit, and said so.
        // (a file of the draft's very text is another original of it, committed as before)
        if merge.merged == ours, report != ours {
            rebased.bringsNothing = true
            rebased.warning = CommitWarning(
                (report == original
                    ? "这份文件就是你提交过的\(number)，没有新的修改" : "这份文件在你提交过的\(number)上所做的修改，草稿里都已经有了")
                    + "；草稿现在是\(now)（含\(authors.joined(separator: "、"))的修改），没有改动。",
                english: english.nothingNew(isTheSame: report == original, authors: authors))
            return rebased
        }
        // The person's own copy still has their old text where others changed it since: they are told that those
        // places keep the others' changes (a revert is made on the current draft, not by sending the old copy).
        guard merge.merged != ours || merge.merged != report else { return rebased }
        // Whose the changes since are: the person's own made on another node (on the county's pages, pulled here) are
        // theirs, never "别人的" (rv109 F12).
        let yours = others.count { othersMakers[$0.id]?.isOwnElsewhere(of: own.author) == true }
        let keptLater = merge.merged != report
        // (each version named with whose it is: `你的第 3 版` beside `王审核 的第 3 版`, two revisions made side by
        // side of one number — rv118 M4)
        let words = { (who: String, reader: String?) in
            let whose = yours == 0 ? "别人" : yours == others.count ? "\(who)在别处" : "别人和\(who)在别处"
            return "\(ownNote)，按\(who)的\(number)核对，草稿此后有\(whose)的修改（\(whoseSince(to: reader))）："
                + "已把文件的修改和\(others.count == 1 ? "这一版" : "这几版")\(Self.mergedNote)"
                + (keptLater ? "；文件里没有的、\(whose)此后的修改都保留了" : "")
                + (retaken.isEmpty ? "" : "；\(who)此后自己改过的\(places)以这份文件为准")
        }
        rebased.warning = CommitWarning(
            words("你", own.author) + replacedClause
                + (keptLater ? "（确要改回，请下载当前草稿的 Word 文件，改好后再上传）" : ""),
            english: english.ownCopyMerged(
                since: others.map { "\(englishName($0.id)) by \(othersName($0, in: .english, to: own.author))" }
                    .joined(separator: "; "),
                whose: yours == 0 ? .others : yours == others.count ? .yours : .both, keptLater: keptLater,
                retaken: UnitPlace.labels(of: retaken, in: merge.merged, language: .english).joined(separator: ", "),
                replaced: replacing.english))
        // (the message everyone reads names the person, and each change as this node shows it)
        rebased.note = words(own.author, nil)
        return rebased
    }
}
