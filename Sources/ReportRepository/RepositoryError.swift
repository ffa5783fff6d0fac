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
    /// A report file names an agency that is none registered but one or two characters from registered agencies'
    /// names (``AgencyMatch/near(_:registered:)``): a typo or a new name, of which `import` makes no new agency
    /// unasked. The name, those agencies, and the id registering it would give.
    case nearAgencyName(file: String, name: String, near: [Agency], newID: String)
    /// The id derived from an agency's name is already another agency's.
    case agencyIDClash(id: String, name: String, other: String)
    /// A line of an agency mapping file (``AgencyMapping``) cannot be read.
    case badMapping(file: String, line: Int, problem: AgencyLineProblem)
    /// A line of a file of agencies to register (`agency add --from`) cannot be read or registered: nothing of the
    /// file is registered.
    case badAgencyList(file: String, line: Int, problem: AgencyLineProblem)
    /// Another node sent a table of a template whose rows or cells are not the template's (which table, and what is
    /// wrong).
    case tableNotTemplateShaped(table: Int, problem: TableShapeProblem)
    /// A token is being issued without saying which reports it reaches.
    case tokenWithoutScope
    /// A token is being issued to a person for reports beyond theirs: it would reach only theirs (the names of the
    /// offices they reach).
    case tokenBeyondOwner(owner: String, reaches: [String])
    /// There is no valid token with this number.
    case tokenNotFound(id: Int64)
    /// A remote's name is not a short ASCII name.
    case invalidRemoteName(String)
    /// A remote's URL is not an http(s) URL.
    case invalidRemoteURL(String)
    /// There is no remote of this name (`known`: the remotes this node has, for a name mistyped).
    case remoteNotFound(String, known: [String] = [])
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
    /// A text committed as the merge of a sync conflict (`commit --resolve`) has the older text where the other line
    /// (`origin`) changed the report and the draft did not (`changes`, each named with the revision and person that
    /// changed it): the merge would drop those changes for good, the other line becoming part of the draft's history.
    case resolutionUndoesOthersChanges(ReportKey, origin: String, changes: [String], agencyName: String? = nil)
    /// A Word file exported from an earlier version of the draft (`basedOn`) changed places that the draft changed
    /// too since (the draft now `now`, by `author`): committed, it would lay the file's text over those changes.
    /// `downloadedElsewhere`: the file names a revision that is not of the draft's line (last year's report, another
    /// report's), and `basedOn` is the person's own revision it was checked against.
    case editedOlderVersion(
        ReportKey, basedOn: BilingualText, now: BilingualText, author: String, places: [BilingualText],
        agencyName: String? = nil, downloadedElsewhere: Bool = false)
    /// A file naming no revision, uploaded from a page opened when the draft was `shown`, changed places the draft
    /// changed too since (the draft now `now`; `authors`: who changed those places, the sender as 你): committed, it
    /// would lay the file's text over changes the sender's page never showed them (two people uploading at once, or
    /// one in two tabs, rv119 F9).
    case changedSincePageShown(
        ReportKey, shown: BilingualText, now: BilingualText, authors: [BilingualText], places: [BilingualText],
        agencyName: String? = nil)
    /// An upload or restore to a published report (已公开) came without the confirmation its form (or
    /// `restore --confirm-published`) asks for: it would become a draft to submit and publish again. `version` is the
    /// number of the published revision (第 N 版), when known.
    case publishedUnconfirmed(ReportKey, version: Int?, agencyName: String? = nil)
    /// A file that names no revision (the person's own copy) would put back the older text of places others changed
    /// (`changes`, each named with the revision and person that changed it: `三、表三 · 本年新收 · 自然人（第 2 版，王审核）`);
    /// which version it was edited from cannot be told for sure, so it is not committed over them (the draft now `now`).
    /// `downloadedElsewhere`: the file names a revision, but not one of the draft's line (last year's report brought up
    /// to date, another report's), which says no more. `yoursElsewhere`: every change is the person's own, made on
    /// another node (their change on the county's pages, pulled here: ``ChangeMaker/isOwnElsewhere(of:)``), and is
    /// said as theirs, not others' (rv106 F4).
    case undoesOthersChanges(
        ReportKey, now: BilingualText, changes: [BilingualText], agencyName: String? = nil,
        downloadedElsewhere: Bool = false, yoursElsewhere: Bool = false)
    /// A restore of an earlier version (`version`: 第 N 版, `version N`) would put back the older text of places others
    /// changed since (`changes`, each with the version and person: `五、第 1 段（第 9 版，王审核）`), and was not
    /// confirmed (`restore --force`, the web form's tick). Both carry their two languages: the English refusal had said
    /// `Restoring 第 9 版 of …` (user review ux98, J1).
    case restoreUndoesOthers(
        ReportKey, version: BilingualText, changes: [BilingualText], agencyName: String? = nil)
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
    /// A backup's copy holds damaged objects (`nianbao fsck` of the repository finds `problems`): it was not put
    /// at `path`, whose earlier backup (`earlier`: there was a file there) is left as it was, and is kept as `kept` to
    /// look at.
    case backupDamaged(path: String, kept: String, problems: Int, earlier: Bool)
    /// A note another node sent is dated more than ``ReportRepository/maxNoteClockAhead`` after this node's clock
    /// (`now`): the sending computer's clock is wrong, or the time is made up.
    case noteTimeAhead(time: Date, now: Date)
    /// A reply or resolution another node sent answers no comment of its report that the sender reaches (this id is
    /// another agency's comment, another report's, not a comment, or nobody's: all are answered alike).
    case answeredCommentNotFound(ObjectID?)
    /// No author is configured: commits, merges and marks say who made them.
    case authorMissing
    /// A blank `--author` on a command that manages people, tokens or offices (``ReportRepository/terminalAdministrator(given:)``),
    /// which names who does it in the audit log and never uses the configured author.
    case administratorBlank
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
}
