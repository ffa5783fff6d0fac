import Foundation
import ReportChecks
import ReportModel
import ReportRepository

/// Where a report is in 草稿 → 已报送 → 退回（意见）→ 已报送 → 已公开, who moved it and when, and what the viewer does
/// next (the report page's `workflow` partial).
struct WorkflowView {
    /// One move: which mark, by whom, when (Beijing time), with the return's correction request.
    struct Step {
        let label: String
        let mark: String
        let person: String
        let time: String
        let comment: String
        let hasComment: Bool
    }

    let statusLabel: String
    let status: String
    let steps: [Step]
    let hasSteps: Bool
    let next: String

    init(
        status: ReportStatus, steps: [WorkflowStep], role: PersonRole, words: ReviewWords = PageWords.chinese.review
    ) {
        statusLabel = words.language.choose(status.label, status.englishLabel)
        self.status = status.rawValue
        self.steps = steps.map { step in
            let label = words.step(step.mark, withComment: step.comment != nil)
            return Step(
                label: label, mark: step.mark.rawValue, person: step.person ?? words.unrecorded,
                time: DisplayFormat.time(step.time), comment: step.comment ?? "", hasComment: step.comment != nil)
        }
        hasSteps = !steps.isEmpty
        next = WorkflowRules.nextStep(status: status, role: role, in: words.language)
    }
}

/// A note (a reply or a resolution) as the page shows it.
struct NoteView {
    let author: String
    let time: String
    let text: String
    let hasText: Bool
    /// Who brought it here by sync, and when it arrived (the `note-origin` partial): a township's token could name
    /// any author, so the page says beside the author who sent it, as it does for a revision.
    let sender: String
    let received: String
    let hasReceipt: Bool

    init(_ note: Note) {
        author = note.author
        time = DisplayFormat.time(note.time)
        text = note.text
        hasText = !note.text.isEmpty
        sender = note.via ?? ""
        received = note.received.map(DisplayFormat.time) ?? ""
        hasReceipt = note.via != nil
    }
}

/// The comments (批注) of a report beside its text, with the forms to write, answer and resolve them (the report
/// page's `comments` partial). Forms only for the roles that may use them.
struct CommentsView {
    /// One comment with its answers: in the summary list (`target`), and beside its unit in the text (`inline`).
    struct Thread {
        let id: String
        /// Its number among the report's comments (批注 2, ``CommentThread/numbers(of:)``), as the CLI names it.
        let number: Int
        let short: String
        let place: String
        /// Its unit id (`section:三/paragraph:2`).
        let unit: String
        let target: String
        let inline: String
        /// Whether it is shown beside its unit in the text (the revision shown has the unit).
        var placed = false
        let text: String
        let author: String
        let time: String
        /// Who brought the comment here by sync, and when (``NoteView/sender``).
        let sender: String
        let received: String
        let hasReceipt: Bool
        let resolved: Bool
        let replies: [NoteView]
        let resolution: NoteView?
    }

    /// A unit to choose in the new comment's form.
    struct Option {
        let value: String
        let label: String
    }

    private(set) var threads: [Thread]
    let hasThreads: Bool
    let open: Int
    let canComment: Bool
    let canAnswer: Bool
    let csrf: String
    let commentAction: String
    let answerAction: String
    let revision: String
    let anchors: [Option]
    /// The most characters a comment or an answer may have (``ReportRepository/maxNoteLength``).
    let noteLimit = ReportRepository.maxNoteLength
    /// `最多 500 字`.
    let limit: String
    /// `（2 条未解决）` after the heading.
    let openLine: String

    init(
        key: ReportKey, threads: [CommentThread], anchors: [CommentAnchor], revision: ObjectID, session: WebSession,
        words: PageWords = .chinese
    ) {
        limit = words.report.limit(ReportRepository.maxNoteLength)
        self.threads = threads.map { thread in
            let comment = NoteView(thread.comment)
            return Thread(
                id: thread.id.hex, number: thread.number, short: thread.id.shortHex(8), place: thread.place,
                unit: thread.shownAnchor ?? "",
                target: "c-" + thread.id.shortHex(12), inline: "ct-" + thread.id.shortHex(12),
                text: comment.text, author: comment.author, time: comment.time, sender: comment.sender,
                received: comment.received, hasReceipt: comment.hasReceipt, resolved: thread.isResolved,
                replies: thread.replies.map(NoteView.init), resolution: thread.resolution.map(NoteView.init))
        }
        hasThreads = !threads.isEmpty
        open = threads.filter { !$0.isResolved }.count
        openLine = words.review.openComments(open)
        canComment = session.may(.comment)
        canAnswer = session.may(.answer)
        csrf = session.csrfToken
        commentAction = ReportAddress.href(key, "comments")
        answerAction = ReportAddress.href(key, "comments/answer")
        self.revision = revision.hex
        self.anchors = anchors.map { Option(value: $0.unit, label: $0.label) }
    }

    /// Notes which comments are shown beside their units (``DocumentView/attach(_:in:)``): the summary links to them.
    mutating func placed(_ ids: Set<String>) {
        for index in threads.indices { threads[index].placed = ids.contains(threads[index].id) }
    }
}
