import Foundation
import ReportChecks
import ReportModel
import ReportRepository

/// A revision as pages show it: named by its number (`第 3 版`), its author, node, time and message.
struct RevisionView {
    let id: String
    /// `第 3 版` (``DisplayFormat/revision(_:)``).
    let number: String
    /// How a page that shows it beside another of the same number names it (``RevisionNames``): its number
    /// unless that page says otherwise.
    var name: String
    let author: String
    let node: String
    /// Whether the node it was made on is named beside its author (``Revision/distinctNode``): the report page
    /// then says `李明（在 常张乡 节点提交）`, so that the node is not read as the author's office.
    let hasNode: Bool
    let time: String
    let message: String
    let href: String
    /// Who sent it from another node (the token's owner or office), when another node brought it here (a push, or a pull from a remote): the author, time
    /// and node above are what the revision says, this is what this node knows.
    let sender: String
    /// When this node received it.
    let received: String
    let hasReceipt: Bool

    init(
        _ revision: Revision, generation: Int?, receipt: RevisionReceipt? = nil, message: ShownMessage,
        words: RevisionWords = PageWords.chinese.revisions
    ) {
        id = revision.id.hex
        number = words.revision(generation)
        name = number
        author = revision.content.author
        node = revision.content.node
        hasNode = revision.distinctNode != nil
        time = DisplayFormat.time(revision.content.time)
        // (a message Nianbao wrote — 上传 …, 合并 …, 恢复为第 N 版 … — in the page's language; one a person wrote as
        // written, and named as theirs where it reads like one of Nianbao's that the revision does not bear out)
        self.message = message.text(in: words.language)
        href = ReportAddress.href(revision.report, revision: revision.id)
        sender = receipt?.sender ?? ""
        received = receipt.map { DisplayFormat.time($0.received) } ?? ""
        hasReceipt = receipt != nil
    }

    init(_ details: RevisionDetails, words: RevisionWords = PageWords.chinese.revisions) {
        self.init(
            details.revision, generation: details.generation, receipt: details.receipt, message: details.message,
            words: words)
    }

    /// A revision's author with the node it was made on, the node left out where it bears the author's name
    /// (``Revision/distinctNode``).
    static func byline(_ revision: Revision, separator: (before: String, after: String)) -> String {
        let author = revision.content.author
        return revision.distinctNode.map { author + separator.before + $0 + separator.after } ?? author
    }
}

extension RevisionNames {
    /// How a page names revisions it shows together: by number (``DisplayFormat/revision(_:spaced:)``), with what
    /// tells apart two of the same number (``distinctions(_:generations:shown:reportName:time:)``, the one rule the command line uses
    /// too): `第 6 版（常张乡 李明）`. A revision not among them (a parent not listed) is named by its number alone.
    static func names(
        _ revisions: [Revision], generations: [ObjectID: Int], words: RevisionWords = PageWords.chinese.revisions
    ) -> (ObjectID) -> String {
        let distinctions = distinctions(
            revisions, generations: generations, time: DisplayFormat.time, language: words.language)
        return { id in words.revision(generations[id], distinguishedBy: distinctions[id]) }
    }
}

/// A mark of a report (submitted, returned, published) as the report page lists it, with its note (the correction
/// request of `returned`, the reason of a forced `published`).
struct MarkView {
    let label: String
    /// The revision it marks: `第 3 版`.
    let number: String
    /// Whether it is a return the report's marks no longer hold, a later 退回 having replaced it (rv115 F7).
    let earlier: Bool
    let time: String
    /// Who sent the mark from another node (the token's office), shown isolated from the words after it.
    let sender: String
    /// What the sender did and when this node received it (`报送，县里收到于 …`), after ``sender``.
    let receipt: String
    let hasReceipt: Bool
    let onThisRevision: Bool
    let forced: Bool
    let comment: String
    let hasComment: Bool
    /// Who wrote the note, and when.
    let commentAuthor: String
    let commentTime: String
}

/// What the report page shows: the report, its revision and status, its marks and the forms that set them, its
/// findings beside the places they point to, and the links to its history, its diffs and last year's report.
struct ReportPageView {
    let agency: String
    let agencyName: String
    let year: Int
    let title: String
    let status: String
    let statusLabel: String
    /// The printed footer's style sheet (``ReportController/printStyle(_:context:)``).
    let printStyleHref: String
    /// The revision's page (the report's for the draft head): what the print view shows and leads back to.
    let pageHref: String
    /// The 打印 link: the page's print view (``PrintView``).
    let printHref: String
    let revision: RevisionView
    let isHead: Bool
    let headHref: String
    /// The latest revision's name: `当前草稿`, or `当前版本（已公开）` (``DisplayFormat/head(of:)``).
    let headName: String
    let overviewHref: String
    let agencyHref: String
    let historyHref: String
    let exportHref: String
    /// The link to the original file, when the revision keeps one.
    let original: OriginalLinkView?
    let diffPreviousHref: String
    let hasPreviousRevision: Bool
    let hasLastYear: Bool
    let lastYear: Int
    let lastYearHref: String
    let diffLastYearHref: String
    let hasNextYear: Bool
    let nextYear: Int
    let nextYearHref: String
    /// The buttons of the neighbouring years: `与 2023 年对比`, `2023 年报告`, `2025 年报告`, `下载 2025 年草稿`.
    let compareLastYear: String
    let lastYearReport: String
    let nextYearReport: String
    let nextYearDraft: String
    /// Beside 下载草稿 when next year's report exists.
    let nextYearExists: String
    let hasConflict: Bool
    let conflictHref: String
    let marks: [MarkView]
    let hasMarks: Bool
    let forms: MarkFormsView
    var errors: Int
    var warnings: Int
    var notes: Int
    /// Reading problems: places the text could not be read reliably.
    let reading: Int
    let hasReading: Bool
    let clean: Bool
    var document: DocumentView
    /// The review workflow's sections (``ReportController/attachWorkflow(to:state:details:session:access:)``):
    /// where the report is, and its comments; `nil` until attached. (The decisions on its findings are in the
    /// document's 检查结果 list.)
    var workflow: WorkflowView?
    var comments: CommentsView?
    /// The upload form, for one who may change the report.
    var uploadForm: UploadFormView?
    /// On an earlier revision's page, for those who may change the report: the form that makes it the draft again.
    var restoreForm: RestoreFormView?
    /// What an upload just did, on the page it answers with.
    var uploaded: UploadNoticeView?
    /// What a restore just did, on the page it shows.
    var restored: RestoreNoticeView?

    /// The page of one revision of a report.
    ///
    /// - Parameters:
    ///   - state: The report's state (its heads and marks).
    ///   - details: The revision shown and its document.
    ///   - findings: The document's findings.
    ///   - years: Which of the neighbouring years' reports exist and the session may see.
    ///   - marks: The marks with their comments.
    ///   - forms: The mark forms the session may use.
    ///   - words: The page's words (``PageWords``).
    init(
        state: ReportSummary, details: RevisionDetails, findings: [Finding], years: (last: Bool, next: Bool),
        marks: [MarkView], forms: MarkFormsView, words: PageWords = .chinese
    ) {
        let key = state.report
        agency = key.agency
        agencyName = state.displayName
        year = key.year
        title = details.report.title ?? words.report.untitled(key, agencyName: state.displayName)
        status = state.status.rawValue
        statusLabel = words.report.status(of: state)
        printStyleHref =
            ReportAddress.href(key, "print.css")
            + (details.revision.id == state.head.id ? "" : "?rev=\(details.revision.id.hex)")
        revision = RevisionView(details, words: words.revisions)
        isHead = details.revision.id == state.head.id
        pageHref = isHead ? ReportAddress.href(key) : ReportAddress.href(key, revision: details.revision.id)
        printHref = PrintView.href(pageHref)
        headHref = ReportAddress.href(key)
        headName = words.revisions.head(of: state.status)
        overviewHref = "/"
        agencyHref = "/reports/\(key.agency)"
        historyHref = ReportAddress.href(key, "history")
        exportHref = ReportAddress.href(key, "export") + (isHead ? "" : "?rev=" + details.revision.id.hex)
        original = OriginalLinkView(details.revision, isHead: isHead, language: words.language)
        hasPreviousRevision = details.revision.firstParent != nil
        diffPreviousHref =
            details.revision.firstParent.map {
                ReportAddress.href(key, "diff") + "?from=\($0.hex)&to=\(details.revision.id.hex)"
            } ?? ""
        hasLastYear = years.last
        lastYear = key.year - 1
        lastYearHref = ReportAddress.href(ReportKey(agency: key.agency, year: key.year - 1))
        diffLastYearHref = ReportAddress.href(key, "diff") + (isHead ? "" : "?to=" + details.revision.id.hex)
        hasNextYear = years.next
        nextYear = key.year + 1
        nextYearHref = ReportAddress.href(ReportKey(agency: key.agency, year: key.year + 1))
        compareLastYear = words.report.compare(withYear: key.year - 1)
        lastYearReport = words.report.report(ofYear: key.year - 1)
        nextYearReport = words.report.report(ofYear: key.year + 1)
        nextYearDraft = words.report.nextYearDraft(key.year + 1)
        nextYearExists = words.report.nextYearExists(key.year + 1)
        hasConflict = state.status == .conflict
        conflictHref = ReportAddress.href(key, "conflict")
        self.marks = marks
        hasMarks = !marks.isEmpty
        self.forms = forms
        let counts = FindingCounts(findings)
        errors = counts.errors
        warnings = counts.warnings
        notes = counts.notes
        reading = counts.reading
        hasReading = counts.reading > 0
        clean = findings.isEmpty
        document = DocumentView(details.report, findings: findings, words: words.review)
    }
}
