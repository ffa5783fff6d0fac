import Foundation
import ReportModel
import ReportRepository

/// The forms of the report page that set marks: the moves the workflow's rules allow from the report's status for
/// the session's role (``WorkflowRules/moves(status:role:)``), on a revision the mark rules let them mark
/// (``MarkRules/isCurrent(_:_:heads:submitted:)``): on an old revision's page (历史 → 第 3 版) none, but a notice that
/// names both versions and the way to use the old one (恢复为草稿); on the submitted revision's page, once the
/// draft moved past it, 退回 and 公开 under a notice that says they act on the submitted version.
///
/// Each form sends back the draft as the page showed it (`draft`): a mark posted after the draft moved is refused
/// (``WebError/staleForm(_:)``), so that nobody publishes or returns a version without seeing there is a newer one.
struct MarkFormsView {
    let action: String
    let csrf: String
    let revision: String
    /// The draft head's id when the page was made.
    let draft: String
    /// The report's status when the page was made (``ReportStatus``'s raw value): a mark sent back after the marks
    /// moved is refused (``WebError/statusMoved(_:step:)``).
    let status: String
    let canSubmit: Bool
    /// The 报送 button's words: `代为报送本修订` for the county's person (only on a revision it uploaded).
    let submitLabel: String
    /// Beside the 报送 button: what the checks of the revision found, which the county will see (empty when none).
    private(set) var submitCaution = ""
    private(set) var hasSubmitCaution = false
    let canReturn: Bool
    let canPublish: Bool
    let publishBlocked: Bool
    /// On a revision other than the current draft: what the page says instead of (or above) the forms.
    let oldNotice: String
    let hasOldNotice: Bool
    let any: Bool
    /// The most characters the return's correction request may have (``ReportRepository/maxNoteLength``, the limit
    /// sync holds every note to).
    let noteLimit = ReportRepository.maxNoteLength
    /// `最多 500 字`.
    let limit: String

    /// Creates the forms of a page.
    ///
    /// - Parameters:
    ///   - revision: The revision the page shows, and its generation.
    ///   - draft: The draft head, and its generation.
    ///   - submitted: The revision marked submitted, if any.
    ///   - maySubmit: Whether the person may submit the revision shown, being of the county
    ///     (``ReportRepository/maySubmit(_:role:)``): a township's own draft waits for the township (rv120 F1).
    init(
        key: ReportKey, revision: (Revision, Int?), draft: (Revision, Int?), submitted: Revision?,
        session: WebSession, status: ReportStatus, role: PersonRole?, maySubmit: Bool = true,
        words: ReportWords = PageWords.chinese.report
    ) {
        limit = words.limit(ReportRepository.maxNoteLength)
        action = ReportAddress.href(key, "mark")
        csrf = session.csrfToken
        self.revision = revision.0.id.hex
        self.draft = draft.0.id.hex
        self.status = status.rawValue
        // (a read-only node offers no mark: its pages are a viewer's, rv108 F7)
        let moves = session.readOnlyNode ? [] : role.map { WorkflowRules.moves(status: status, role: $0) } ?? []
        func allowed(_ mark: Mark) -> Bool {
            moves.contains(mark)
                && MarkRules.isCurrent(mark, revision.0, heads: [draft.0], submitted: submitted)
        }
        canSubmit = allowed(.submitted) && maySubmit
        submitLabel = session.may(.publish) ? words.submitOnBehalf : words.submit
        canReturn = allowed(.returned)
        canPublish = allowed(.published)
        publishBlocked = session.may(.publish) && status == .conflict
        let old = !MarkRules.isCurrent(.submitted, revision.0, heads: [draft.0], submitted: nil) && !moves.isEmpty
        oldNotice =
            old
            ? words.oldRevisionNotice(
                revision: revision.1, draft: draft.1, isSubmitted: canReturn || canPublish,
                mayRestore: session.may(.edit))
            : ""
        hasOldNotice = old
        any = canSubmit || canReturn || canPublish || publishBlocked || old
    }

    /// Beside the 公开 button: the places where a merge left out the viewer's changes (empty when none).
    private(set) var publishCaution = ""
    private(set) var hasPublishCaution = false

    /// Says beside the 公开 button which of the viewer's changes a merge did not take
    /// (``ReportRepository/changesNotTaken(in:of:)``).
    mutating func cautionPublishing(_ text: String) {
        publishCaution = text
        hasPublishCaution = canPublish && !text.isEmpty
    }

    /// Beside the 公开 button: the comments not resolved (empty when none).
    private(set) var openComments = ""
    private(set) var hasOpenComments = false

    /// Says beside the 公开 button which comments are still open (``ReportWords/openCommentsCaution(_:review:)``).
    mutating func cautionOpenComments(_ text: String) {
        openComments = text
        hasOpenComments = canPublish && !text.isEmpty
    }

    /// Says beside the 报送 button what the checks found (``MarkRules/submitCaution(_:)``).
    mutating func caution(_ text: String) {
        submitCaution = text
        hasSubmitCaution = canSubmit && !text.isEmpty
    }
}
