public import Foundation
public import ReportDiff
public import ReportModel
public import ReportParser
public import RevisionStore

/// Why a repository operation failed, for a person: what was wrong and what to do. Nothing is changed when one is
/// thrown.
///
/// A case that names a report carries its office's name (`agencyName`, given where it is thrown when the repository
/// knows it and the reader reaches it): the messages name the report as ``ReportNames`` does
/// (`常张乡人民政府 2024 年度报告`), and keep the id only in a command to type.
public enum RepositoryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The store refused or failed.
    case store(StoreError)
    /// A unit's history or a blame could not be followed (a unit the revisions do not have).
    case history(DiffError)
    /// A file is not a report nianbao can read.
    case parse(file: String, ParseError)
    /// A file cannot be read at all.
    case unreadableFile(path: String)
    /// A REF is not written as `AGENCY/YEAR`, `AGENCY/YEAR~N`, `AGENCY/YEAR@MARK`, `AGENCY/YEAR#N` or a revision id
    /// prefix.
    case malformedRef(String)
    /// The report has no such ref (no draft yet, or never submitted or published).
    case refNotSet(ReportKey, RefName, agencyName: String? = nil)
    /// No revision id starts with these digits.
    case unknownRevision(prefix: String)
    /// Several revision ids start with these digits.
    case ambiguousRevision(prefix: String, candidates: [ObjectID])
    /// A report has no revision of this number (`AGENCY/YEAR#N`).
    case unknownNumber(ReportKey, number: Int, agencyName: String? = nil)
    /// Several revisions of a report have this number: they were made side by side from one parent.
    case ambiguousNumber(ReportKey, number: Int, candidates: [Revision], agencyName: String? = nil)
    /// `~N` goes back further than the history does.
    case historyTooShort(ref: String, requested: Int, available: Int)
    /// An agency id is not 1 to 64 ASCII letters, digits, `-`, `_` or `.`.
    case invalidAgencyID(String)
    /// A year outside 1900–9999.
    case invalidYear(Int)
    /// A folder to import does not exist.
    case folderNotFound(path: String)
    /// A path given as a folder is a file.
    case notAFolder(path: String)
    /// A report file does not say which year it is for.
    case reportWithoutYear(file: String)
    /// A report file does not name its agency, and no mapping line names the file.
    case reportWithoutAgency(file: String)
    /// The id derived from an agency's name is already another agency's.
    case agencyIDClash(id: String, name: String, other: String)
    /// A line of an agency mapping file cannot be read.
    case badMapping(file: String, line: Int, reason: String)
    /// A token is being issued without saying which reports it reaches.
    case tokenWithoutScope
    /// There is no valid token with this number.
    case tokenNotFound(id: Int64)
    /// A remote's name is not a short ASCII name.
    case invalidRemoteName(String)
    /// A remote's URL is not an http(s) URL.
    case invalidRemoteURL(String)
    /// There is no remote of this name.
    case remoteNotFound(String)
    /// The report has an open sync conflict: it cannot be published (or this needs it merged first).
    case conflictOpen(ReportKey, heads: [String], agencyName: String? = nil)
    /// `merge` was asked for a report that has a single head.
    case noConflict(ReportKey, agencyName: String? = nil)
    /// A text committed as the merge of a conflict (`commit --resolve`) was made from a merged text written before the
    /// draft (`head` `nil`) or the second head `head` moved on (from version `written` to `now`): it lacks those changes.
    case mergedTextOutdated(
        ReportKey, head: String?, origin: String, written: Int?, now: Int?, agencyName: String? = nil)
    /// A text was committed as the merge of several open conflicts (their origins as recorded) after a merged text
    /// of one line was written: it cannot hold them all. They are merged one at a time.
    case mergedTextOfSeveralLines(ReportKey, origins: [String], agencyName: String? = nil)
    /// A merged text was committed as the merge of a conflict with each of its conflicting places (`places`, named
    /// for people) as `merge --output` wrote it — the draft's side, chosen by nobody — and the other line's
    /// (`origin`) changes there would be lost unseen.
    case mergedTextUnedited(ReportKey, origin: String, places: [String], agencyName: String? = nil)
    /// A Word file exported from an earlier version of the draft (`basedOn`) changed places that the draft changed
    /// too since (the draft now `now`, by `author`): committed, it would lay the file's text over those changes.
    case editedOlderVersion(
        ReportKey, basedOn: String, now: String, author: String, places: [String], agencyName: String? = nil)
    /// An upload or restore to a published report (已公开) came without the confirmation its form (or
    /// `restore --confirm-published`) asks for: it would become a draft to submit and publish again. `version` is the
    /// number of the published revision (第 N 版), when known.
    case publishedUnconfirmed(ReportKey, version: Int?, agencyName: String? = nil)
    /// A file that names no revision (the person's own copy) would put back the older text of places others changed
    /// (`changes`, each named with the revision and person that changed it: `三、表三 · 本年新收 · 自然人（第 2 版，王审核）`);
    /// which version it was edited from cannot be told for sure, so it is not committed over them (the draft now `now`).
    case undoesOthersChanges(ReportKey, now: String, changes: [String], agencyName: String? = nil)
    /// A merge choice names a unit that has no conflict.
    case unknownUnit(String, open: [String])
    /// "Both" or "edit" was chosen for a conflict it does not fit (a table, a cell for "both", an empty cell).
    case mergeChoiceRefused(String, reason: MergeChoiceError.Reason)
    /// A token does not reach this agency's reports.
    case outOfScope(agency: String)
    /// Only the county's token may set this mark on another node.
    case countyOnly(mark: Mark)
    /// This node syncs with a remote (the county) through a token that does not reach every report (a township's):
    /// a `returned` or `published` set here would never be sent, and only the county sets them.
    case countyOnlyHere(mark: Mark, remote: String)
    /// A node name (given to `init --node`, or in a revision another node sent) is not a short printable name.
    case invalidNodeName(String)
    /// A token's uploads that no ref reaches would pass its quota.
    case uploadQuotaExceeded(limit: Int)
    /// A report of more parts (paragraphs, tables, rows, cells and pieces of its original) or bytes than one revision
    /// may hold (``ReportRepository/maxObjectsPerRevision``, ``ReportRepository/maxBytesPerRevision``), so that every
    /// node can send it whole.
    case reportTooLarge(objects: Int, bytes: Int)
    /// One request brought more revisions than a node measures at once; the sender sends them in smaller batches.
    case tooManyRevisions(limit: Int)
    /// A note another node sent is dated more than ``ReportRepository/maxNoteClockAhead`` after this node's clock
    /// (`now`): the sending computer's clock is wrong, or the time is made up.
    case noteTimeAhead(time: Date, now: Date)
    /// A reply or resolution another node sent answers no comment of its report that the sender reaches (this id is
    /// another agency's comment, another report's, not a comment, or nobody's: all are answered alike).
    case answeredCommentNotFound(ObjectID?)
    /// No author is configured: commits, merges and marks say who made them.
    case authorMissing
    /// A name that cannot be an author (empty, with a line break, or longer than 64 characters).
    case invalidAuthor(String)
    /// A token's label is empty, too long, or holds a line break or an invisible character.
    case invalidTokenLabel(String)
    /// The text names another agency or year than the report it is committed as; nothing was committed.
    case wrongReport(ReportMismatch)
    /// `returned` without the correction request that goes with it.
    case commentRequired
    /// The rules were overridden without a reason.
    case reasonRequired
    /// `published` refused: the revision is not the submitted one, or its checks report errors. The message names
    /// the office (`agencyName`) and the version (`generation`, 第 N 版) when they are known, else the id and hash.
    case publishRefused(
        ReportKey, revision: ObjectID, obstacles: [PublishObstacle], agencyName: String? = nil, generation: Int? = nil)
    /// The revision keeps no original file: it was read from plain text, made by a merge, or committed before
    /// originals were kept.
    case noOriginal(ReportKey, revision: ObjectID, agencyName: String? = nil)
    /// Something about people: adding one, a password, or an action beyond a role (``PeopleError``).
    case people(PeopleError)
    /// Something about the agency registry: adding, renaming, merging (``AgencyError``).
    case agency(AgencyError)
    /// Something about the review workflow: a comment, its answer, a finding decision (``WorkflowError``).
    case workflow(WorkflowError)

    /// Bytes as megabytes with one decimal (`14.0`), for the messages.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10)"
    }

    var englishDescription: String {
        switch self {
        case .store(let error):
            error.description
        case .history(let error):
            error.description
        case .parse(let file, let error):
            "\(file): \(error.description)"
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
        case .agencyIDClash(let id, let name, let other):
            "The id \(id) made from the name \(name) is already that of \(other): give one of them its own id in"
                + " \(AgencyMapping.fileName)."
        case .badMapping(let file, let line, let reason):
            "\(file), line \(line): \(reason). Each line is NAME-OR-FILE<TAB>AGENCY-ID[<TAB>PARENT-ID]."
        case .tokenWithoutScope:
            "Say which reports the token reaches: --agency ID (once per agency) for a township, or --all for the county."
        case .tokenNotFound(let id):
            "There is no valid token number \(id) (`nianbao token list` shows them)."
        case .invalidRemoteName(let name):
            "`\(name)` cannot be a remote's name: use 1 to 64 ASCII letters, digits, '-', '_' or '.'."
        case .invalidRemoteURL(let url):
            "`\(url)` is not the address of a nianbao server: write it as http://HOST:PORT."
        case .remoteNotFound(let name):
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
        case .editedOlderVersion(let report, let basedOn, let now, let author, let places, let agencyName):
            "This file was edited from \(basedOn) of the \(Self.english(report, agencyName)); the draft is \(now) now (\(author)), and both changed"
                + " \(places.joined(separator: "; ")). Nothing was committed: download the current draft, make the edits"
                + " there and commit it (or commit this file with --force to lay it over those changes)."
        case .publishedUnconfirmed(let report, let version, let agencyName):
            "The \(Self.english(report, agencyName)) is published\(version.map { " (version \($0))" } ?? ""): what is restored"
                + " or uploaded would become a draft, to be submitted and published again. Nothing was changed;"
                + " to go on, add --confirm-published on the command line (on the web page, tick the confirmation)."
        case .undoesOthersChanges(let report, let now, let changes, let agencyName):
            "This file names no version of the \(Self.english(report, agencyName)) it was edited from, and it has the older text where others changed"
                + " the draft (\(now) now): \(changes.joined(separator: "; ")). Nothing was committed: download the"
                + " current draft, make the edits there and commit it (or commit this file with --force to put that"
                + " older text back)."
        case .mergedTextUnedited(let report, let origin, let places, let agencyName):
            "The merged text of the \(Self.english(report, agencyName)) is unedited where it conflicts: its \(places.count) conflicting places"
                + " (\(places.joined(separator: "; "))) still hold the draft's side `nianbao merge --output` wrote, and"
                + " the changes of \(ConflictOrigin(recorded: origin).revisions) there would be lost; nothing was"
                + " committed. Edit those places in the file and commit it with --resolve again, or keep the draft's side"
                + " everywhere with `nianbao merge \(report) --take ours`."
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
        case .invalidTokenLabel(let label):
            "“\(label.showingInvisibleCharacters)” cannot label a token: write 1 to 500 characters (e.g. 常张乡党政办),"
                + " without line breaks or invisible control characters."
        case .invalidAuthor(let name):
            "“\(name.showingInvisibleCharacters)” cannot be an author: write a person's or an office's name of 1 to 64"
                + " characters, without line breaks or invisible control characters."
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
            error.description
        case .agency(let error):
            error.description
        case .workflow(let error):
            error.description
        }
    }
}
