import Foundation
import ReportDiff
import ReportModel
import ReportParser
import RevisionStore

extension RepositoryError {
    /// The message in English (`NIANBAO_LANG=en`), and the fall-back of a case without its own Chinese text.
    var englishDescription: String {
        switch self {
        case .store(let error):
            error.description(in: .english)
        case .history(let error):
            error.description(in: .english)
        case .parse(let file, let error):
            "\(file): \(error.description(in: .english))"
        case .unreadableFile(let path):
            "\(path) cannot be read: check that it exists and that you may read it."
        case .malformedRef(let text):
            "`\(text)` is not a revision: write AGENCY/YEAR (the draft), AGENCY/YEAR~N (N revisions before it),"
                + " AGENCY/YEAR@submitted, @returned or @published, AGENCY/YEAR#N (version N), or at least 4 digits of"
                + " a revision id."
        case .refNotSet(let report, let ref, let agencyName):
            ref == .draft
                ? "The repository has no \(Self.english(report, agencyName)): commit or import it first (`nianbao reports`"
                    + " lists them)."
                : "The \(Self.english(report, agencyName)) has not been marked \(ref) yet."
        case .unknownRevision(let prefix):
            "No revision id starts with \(prefix)."
        case .ambiguousRevision(let prefix, let candidates):
            "Several revisions start with \(prefix): "
                + candidates.map { $0.shortHex() }.joined(separator: ", ") + ". Give more digits."
        case .unknownNumber(let report, let number, let agencyName):
            "The \(Self.english(report, agencyName)) has no version \(number) (`nianbao log \(report)` lists its versions)."
        case .ambiguousNumber(let report, let number, let candidates, let agencyName):
            "The \(Self.english(report, agencyName)) has \(candidates.count) versions numbered \(number), made side by side: "
                + candidates.map { "\($0.id.shortHex()) (\($0.content.author))" }.joined(separator: ", ")
                + ". Give one of their ids."
        case .historyTooShort(let ref, let requested, let available):
            "\(ref) asks for \(requested) revisions back, but the history has only \(available) before it."
        case .invalidAgencyID(let id):
            "`\(id)` cannot be an agency id: use 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a"
                + " letter or digit (or the 18-character 统一社会信用代码)."
        case .invalidYear(let year):
            "\(year) is not a report year (\(ReportKey.yearsText))."
        case .folderNotFound(let path):
            "There is no folder \(path)."
        case .notAFolder(let path):
            "\(path) is a file, not a folder of reports."
        case .reportWithoutYear(let file):
            "\(file) does not say which year it reports on (no year in its title or statistics period)."
        case .reportWithoutAgency(let file):
            "\(file) does not name its agency: add the line `\(file)<TAB>AGENCY-ID` to \(AgencyMapping.fileName)."
        case .nearAgencyName(let file, let name, let near, let newID):
            "\(file) names the agency “\(name)”, one or two characters from the registered "
                + near.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
                + NameSlip.found(name, near: near, in: .english)
                + ": the file was not imported and no agency was made. If the file has a typo, correct it and import"
                + " again; if it is another name of the same office (a township that became a town), register it with"
                + " nianbao agency alias \(near.count == 1 ? near[0].id : "ID") \(name) (or nianbao agency rename) and"
                + " import again; if it really is another office, register it first with nianbao agency add \(newID)"
                + " --name \(name)."
        case .agencyIDClash(let id, let name, let other):
            "The id \(id) made from the name \(name) is already that of \(other): give one of them its own id in"
                + " \(AgencyMapping.fileName)."
        case .badMapping(let file, let line, let problem):
            "\(file), line \(line): \(problem.description(in: .english)) Each line is"
                + " NAME-OR-FILE<TAB>AGENCY-ID[<TAB>PARENT-ID]."
        case .badAgencyList(let file, let line, let problem):
            "\(file), line \(line): \(problem.description(in: .english)) No agency of the file was registered. Each"
                + " line is one agency: FULL-NAME[<TAB>ID[<TAB>PARENT-ID]], the id made from the name when left out;"
                + " correct that line and register the whole file again."
        case .tableNotTemplateShaped(let table, let problem):
            "A revision sent holds table \(table) in a shape its template does not have (\(problem.english)): no report this"
                + " program reads is so. Check the sending node with nianbao fsck and commit the report again before"
                + " syncing; nothing was stored."
        case .tokenWithoutScope:
            "Say which reports the token reaches: --agency ID (once per agency) for a township, or --all for the county."
        case .tokenBeyondOwner(let owner, let reaches):
            "A token reaches no more than its owner: \(owner) reaches the reports of \(reaches.joined(separator: ", "))"
                + " only. Name only those offices (--agency), or leave out --owner; no token was issued."
        case .tokenNotFound(let id):
            "There is no valid token number \(id) (`nianbao token list` shows them)."
        case .invalidRemoteName(let name):
            "`\(name)` cannot be a remote's name: use 1 to 64 ASCII letters, digits, '-', '_' or '.'."
        case .invalidRemoteURL(let url):
            "`\(url)` is not the address of a nianbao server: write it as http://HOST:PORT."
        case .remoteNotFound(let name, let known) where !known.isEmpty:
            "There is no remote called \(name): this node's remotes are \(known.joined(separator: ", ")); was the name"
                + " mistyped? (`nianbao remote list` lists them; add a new one with `nianbao remote add NAME URL --token"
                + " TOKEN`.)"
        case .remoteNotFound(let name, _):
            "There is no remote called \(name): add it with `nianbao remote add \(name) URL --token TOKEN`."
        case .conflictOpen(let report, let heads, let agencyName):
            "The \(Self.english(report, agencyName)) has an open sync conflict (heads: draft, \(heads.joined(separator: ", "))): merge it"
                + " first with `nianbao merge \(report)`."
        case .noConflict(let report, let agencyName):
            "The \(Self.english(report, agencyName)) has one head only: there is nothing to merge."
        case .mergedTextOutdated(let report, let head, _, let written, let now, let agencyName):
            "The merged text of the \(Self.english(report, agencyName)) was written before "
                + (head.map { "the second head \($0)" } ?? "the draft")
                + " moved on (version \(written.map(String.init) ?? "?") then, \(now.map(String.init) ?? "?") now): it"
                + " lacks those changes, and nothing was committed. Run `nianbao merge \(report) --output FILE` again"
                + " and finish the new merged text."
        case .editedOlderVersion(
            let report, let basedOn, let now, let author, let places, let agencyName, let elsewhere):
            (elsewhere
                ? "\(Self.downloadedElsewhere) Checked against \(basedOn.english) of the"
                    + " \(Self.english(report, agencyName)),"
                : "This file was edited from \(basedOn.english) of the \(Self.english(report, agencyName));")
                + " the draft is \(now.english) now, and this file and \(author) changed the same places:"
                + " \(places.joined(in: .english)). Nothing was committed: take out the current draft's Word file"
                + " (`nianbao export \(report) --format docx -o FILE.docx`), make the edits there and commit it (or"
                + " commit this file with --force to lay it over those changes)."
        case .changedSincePageShown(let report, let shown, let now, let authors, let places, let agencyName):
            "The draft of the \(Self.english(report, agencyName)) was \(shown.english) when the page was opened and"
                + " is \(now.english) now (\(authors.map(\.english).joined(separator: ", "))), which changed the same"
                + " places as this file: \(places.joined(in: .english)). Nothing was committed: open the page again,"
                + " look at the changes of \(now.english), and make this file's edits on the current draft before"
                + " uploading it again."
        case .publishedUnconfirmed(let report, let version, let agencyName):
            "The \(Self.english(report, agencyName)) is published\(version.map { " (version \($0))" } ?? ""): what is restored"
                + " or uploaded would become a draft, to be submitted and published again. Nothing was changed;"
                + " to go on, add --confirm-published on the command line (on the web page, tick the confirmation)."
        case .undoesOthersChanges(let report, let now, let changes, let agencyName, let elsewhere, let yours):
            (elsewhere
                ? "\(Self.downloadedElsewhere) It cannot tell which version of the \(Self.english(report, agencyName)) it was edited from,"
                : "This file names no version of the \(Self.english(report, agencyName)) it was edited from,")
                + (yours
                    ? " and it has the older text where you changed the draft on another node (sent here by sync)"
                    : " and it has the older text where others changed the draft")
                + " (\(now.english) now): \(changes.joined(in: .english)). Nothing was committed: take out"
                + " the current draft's Word file (`nianbao export \(report) --format docx -o FILE.docx`), make the"
                + " edits there and commit it (or commit this file with --force to put that older text back)."
        case .restoreUndoesOthers(let report, let version, let changes, let agencyName):
            "Restoring \(version.english) of the \(Self.english(report, agencyName)) would put back the older text where"
                + " others changed it since: \(changes.joined(in: .english)). Nothing was restored; to go on, add --force"
                + " on the command line (on the web page, tick the confirmation): their changes are undone, but stay"
                + " in the history."
        case .mergedTextUnedited(let report, let origin, let places, let agencyName):
            "The merged text of the \(Self.english(report, agencyName)) is unedited where it conflicts: its \(places.count) conflicting places"
                + " (\(places.joined(separator: "; "))) still hold the draft's side `nianbao merge --output` wrote, and"
                + " the changes of \(ConflictOrigin(recorded: origin).revisions) there would be lost; nothing was"
                + " committed. Edit those places in the file and commit it with --resolve again, or keep the draft's side"
                + " everywhere with `nianbao merge \(report) --take ours`."
        case .resolutionUndoesOthersChanges(let report, let origin, let changes, let agencyName):
            "Committed as the merge of the two lines of the \(Self.english(report, agencyName)), this file would put back"
                + " the older text where \(ConflictOrigin(recorded: origin).revisions) changed it: "
                + changes.joined(separator: "; ") + ". Nothing was committed and the conflict stays open: merge the"
                + " two lines with `nianbao merge \(report)` (or write the merged text with `nianbao merge \(report)"
                + " --output FILE`, edit it and commit it with --resolve); to put the older text back on purpose, add"
                + " --force (those changes stay in the history)."
        case .mergedTextOfSeveralLines(let report, let origins, let agencyName):
            "The \(Self.english(report, agencyName)) has \(origins.count) lines not merged yet (\(origins.joined(separator: ", "))): a merged text"
                + " merges one of them and cannot be committed as the merge of all; nothing was committed. Merge them"
                + " one at a time (`nianbao merge \(report) --head NAME`; `nianbao conflicts` lists the names), and"
                + " write the merged text when one is left."
        case .unknownUnit(let unit, let open):
            "No conflict on \(unit); the open conflicts are on: "
                + (open.isEmpty ? "(none)" : open.joined(separator: ", ")) + "."
        case .mergeChoiceRefused(let unit, let reason):
            "Cannot take that choice for \(unit): " + Self.english(reason)
        case .outOfScope(let agency):
            "The token does not reach the reports of agency \(agency); nothing was changed."
        case .countyOnly(let mark):
            "Only the county's token may mark a report \(mark.rawValue); nothing was changed."
        case .countyOnlyHere(let mark, let remote):
            "Only the county marks a report \(mark.rawValue): this node syncs with \(remote) through a township's"
                + " token, so the mark would stay on this computer and never reach the county. Nothing was changed;"
                + " ask the county's reviewer."
        case .invalidNodeName(let name):
            "\(String(name.prefix(40)).debugDescription)\(name.count > 40 ? "…" : "") cannot be a node name: use 1 to"
                + " \(NodeName.maximumLength) printable characters, without line breaks, control characters, “/” or “\\”,"
                + " and no spaces at either end. Nothing was changed."
        case .reportTooLarge(let objects, let bytes):
            "The report has \(objects) parts (paragraphs, tables, rows, cells and pieces of its original) of"
                + " \(Self.megabytes(bytes)) MB, more than the \(ReportRepository.maxObjectsPerRevision) parts and"
                + " \(Self.megabytes(ReportRepository.maxBytesPerRevision)) MB one revision may hold so that it can be"
                + " synced; nothing was stored. Check that the file is the yearly report itself."
        case .tooManyRevisions(let limit):
            "One request may bring at most \(limit) revisions; nothing was stored. Send them in smaller batches (nianbao"
                + " does)."
        case .backupDamaged(let path, let kept, let problems, let earlier):
            "The repository has \(problems) damaged object\(problems == 1 ? "" : "s") (`nianbao fsck` lists the reports"
                + " and versions): the backup was not written to \(path), "
                + (earlier
                    ? "and the backup already there was left as it was"
                    : "and there is no backup there: none was made this time")
                + "; this copy is kept as \(kept) to look at. Do not put it in place of a good backup; damaged"
                + " versions can be taken from an undamaged backup or from the townships' nodes (sync again)."
        case .noteTimeAhead(let time, let now):
            "A comment, answer or decision sent here is dated \(BeijingTime.minute(time)), more than a day after this"
                + " node's clock (\(BeijingTime.minute(now))); nothing was stored. Check the date and time"
                + " of the computer that wrote it, then sync again."
        case .answeredCommentNotFound(let id):
            "The report has no comment\(id.map { " \($0.shortHex(8))" } ?? "") to answer or resolve: a reply or a resolution sent here must"
                + " answer a comment of its own report that this node holds or that comes in the same request; nothing"
                + " was stored."
        case .uploadQuotaExceeded(let limit):
            "This token's uploads that no report reaches yet would pass \(limit / (1024 * 1024)) MiB; nothing was"
                + " stored. Finish or retry the push that sent them, or ask the county to run `nianbao gc`."
        case .authorMissing:
            "No author is set: commits, merges and marks record who made them. Run `nianbao config author YOUR-NAME`"
                + " (kept in this repository) or set NIANBAO_AUTHOR. Nothing was changed."
        case .administratorBlank:
            "--author cannot be blank: write who does this (as 刘主任), or leave --author out (the audit log then says"
                + " \"\(AuditPerson.englishTerminal)\"). Nothing was changed."
        case .invalidTokenLabel(let label):
            "“\(label.showingInvisibleCharacters)” cannot label a token: write 1 to 500 characters (e.g. 常张乡党政办),"
                + " without line breaks or invisible control characters."
        case .invalidAuthor(let name):
            "“\(name.showingInvisibleCharacters)” cannot be an author: write a person's or an office's name of 1 to 64"
                + " characters, without line breaks or invisible control characters."
        case .wrongReport(let mismatch) where mismatch.isNearName:
            "The file names the agency “\(mismatch.textAgency ?? "")”, not the registered"
                + " “\(mismatch.targetName ?? mismatch.target.agency)” (one or two characters apart). The draft was not"
                + " changed. If the file has a typo, correct it and commit again; if the office was renamed (a township"
                + " that became a town) or this is another way of writing its name, the county registers it:"
                + " nianbao agency rename \(mismatch.target.agency) NEW-NAME, or nianbao agency alias"
                + " \(mismatch.target.agency) \(mismatch.textAgency ?? ""); then commit again."
        case .wrongReport(let mismatch) where mismatch.isTitleYearLeft:
            "\(mismatch.description(in: .english)). \(mismatch.titleYearAdvice(upload: false, in: .english))."
                + " The draft was not changed."
        case .wrongReport(let mismatch) where mismatch.isPeriodYearLeft:
            "\(mismatch.description(in: .english)). \(mismatch.periodYearAdvice(upload: false, in: .english))."
                + " The draft was not changed."
        case .wrongReport(let mismatch):
            "\(mismatch). Check the agency (--agency) and the year (--year); to commit it all the same, add --force (it"
                + " is noted in the revision's message). The draft was not changed."
        case .commentRequired:
            "Returning a report needs the changes asked for (--comment …). Nothing was changed."
        case .reasonRequired:
            "Setting a mark against the rules needs a reason (--reason …). Nothing was changed."
        case .publishRefused(let report, let revision, let obstacles, let agencyName, let generation):
            "The \(Self.english(report, agencyName)), "
                + (generation.map { "version \($0)" } ?? "revision \(revision.shortHex(8))") + ", cannot be published: "
                + obstacles.map(\.englishDescription).joined(separator: "; ")
                + ". To publish it all the same, the county adds --force --reason REASON (the reason is shown with the"
                + " published mark). Nothing was changed."
        case .noOriginal(let report, let revision, let agencyName):
            "Revision \(revision.shortHex(8)) of the \(Self.english(report, agencyName)) keeps no original file: it was committed from plain text (or is"
                + " a merge, or predates kept originals). Only revisions committed from Word, PDF or web files keep"
                + " theirs; its text can be exported with `nianbao export \(report)`."
        case .people(let error):
            error.description(in: .english)
        case .agency(let error):
            error.description(in: .english)
        case .workflow(let error):
            error.description(in: .english)
        }
    }
}

extension RepositoryError {
    /// ``ReportRepository/downloadedElsewhere`` in English.
    public static let downloadedElsewhere =
        "This Word file was downloaded from another report or elsewhere (last year's report, say), not from a version of"
        + " this report's draft."
}
