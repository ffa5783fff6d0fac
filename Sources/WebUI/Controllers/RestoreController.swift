import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `POST /reports/AGENCY/YEAR/restore`: makes an earlier revision's text the draft again
/// (``ReportRepository/restore(_:author:scope:time:)``), from the form on that revision's page, for those who may
/// change the report. The history keeps every revision; a form from a page that showed an older draft than the
/// current one is refused (``WebError/staleForm(_:)``), as a mark's is.
struct RestoreController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post(":agency/:year/restore", use: restore)
        return routes
    }

    /// Restores, then sends the browser to the report's draft, whose page says what the restore did (a new revision,
    /// or none when the draft already had that text): a reload shows the page again, never restores again.
    @Sendable func restore(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.edit, request, toAgency: key.agency)
        let state = try await services.catalog.state(of: key)
        let details = try await services.pageFormRevision(form, of: key, state: state, scope: access.scope)
        let repository = services.repository
        let restored =
            details.generation.map { AuditWording.restore.detail(String($0)) }
            ?? "恢复为" + DisplayFormat.revision(details.generation)
        // (a submitted report the restore makes a draft again: its answer says so, rv119 F2)
        let takenBack =
            state.status == .submitted
            ? try await ReportController(services: services).submittedVersion(
                of: key, otherThan: details.revision, scope: access.scope) : nil
        // A published report's restore is confirmed on its form, as an upload is (checked inside the write).
        let outcome: CommitOutcome
        do {
            outcome = try await repository.restore(
                details.revision.id.hex, by: access, audit: AuditNote(.restore, restored),
                refusingPublished: !PublishedUpload.isConfirmed(form),
                refusingUndone: form.value(RestoreFormView.undoField) != "1")
        } catch .publishedUnconfirmed {
            return try await ReportController(services: services).render(
                key, revision: details.revision.id.hex, session: session, access: access,
                restoreRefusal: services.renderer.words("report", session).upload.unconfirmedRestore(),
                status: .conflict)
        } catch .restoreUndoesOthers(_, _, let changes, _) {
            // (the refusal names the places in both languages: the page says them in its reader's)
            let words = services.renderer.words("report", session)
            return try await ReportController(services: services).render(
                key, revision: details.revision.id.hex, session: session, access: access,
                restoreRefusal: words.upload.undoRefusal(
                    words.revisions.revision(details.generation), changes.map { $0.text(in: words.language) }),
                status: .conflict)
        } catch {
            throw WebError(error)
        }
        var page = ReportAddress.href(key)
        if let number = details.generation {
            page +=
                "?restored=\(number)&from=\(details.revision.id.hex)"
                + (outcome.status == .committed ? "" : "&unchanged=1")
                + (outcome.status == .committed ? takenBack.map { "&unsubmitted=\($0)" } ?? "" : "")
        }
        return Response.redirect(to: page, type: .normal)
    }
}

/// What a restore did, at the top of the draft's page: `已恢复为第 1 版：新修订（第 4 版）已成为草稿`, or that the
/// draft already had that text.
struct RestoreNoticeView {
    /// The version restored: `第 1 版`.
    let from: String
    let committed: Bool
    /// For a revision once committed with `force`, what it names (``ShownMessage/restoredMismatch``:
    /// `恢复的这一版当初是强制提交的：…`), in the page's language; `nil` otherwise.
    var forced: String?
    /// The submitted version (`第 4 版`) when the restore made a submitted report a draft again; `nil` otherwise.
    var unsubmitted: String?
    /// The draft's number now (`第 4 版`), set by the page that shows it.
    var number = ""
    /// What the notice says (``ReportWords/restored(_:)``), set by the page that shows it.
    var text = ""

    init(from: String, committed: Bool) {
        self.from = from
        self.committed = committed
    }
}

/// The form on an earlier revision's page that makes its text the draft again. On a published report (its draft the
/// published version) it asks to confirm, as the upload form does (``PublishedUpload``): the restore makes a draft to
/// be submitted and published again.
struct RestoreFormView {
    /// The confirmation as the form's checkbox words it, in Chinese (``UploadWords/restoreConfirmation``).
    static let confirmation = PageWords.chinese.upload.restoreConfirmation

    let action: String
    let csrf: String
    let revision: String
    /// The draft head's id when the page was made.
    let draft: String
    /// `第 2 版`.
    let number: String
    /// The published version (`第 4 版`) when the restore must be confirmed; `nil` otherwise.
    let published: String?
    let field = PublishedUpload.field
    let confirmation: String
    let hasPublished: Bool
    /// What the form says of the publication, and what the restore does (``UploadWords``).
    let publishedNote: String
    let hint: String
    /// The form's field that confirms undoing others' changes.
    static let undoField = "confirm-undo"
    let undoField = Self.undoField
    let undoConfirmation: String
    /// `恢复为第 2 版会把别人之后改过的地方改回以前的内容：`.
    let undoIntro: String
    /// The places others changed since that the restore would put back (`五、第 1 段（第 9 版，王审核）`), which the
    /// form lists and asks to confirm (``ReportRepository/restoreUndoes(_:author:scope:)``); empty when none.
    var undone: [String] = [] {
        didSet { undoes = !undone.isEmpty }
    }
    private(set) var undoes = false
    /// What the restore does to a submitted report (``UploadWords/restoreUnsubmits(_:)``); empty otherwise.
    var submittedNote = "" {
        didSet { hasSubmittedNote = !submittedNote.isEmpty }
    }
    private(set) var hasSubmittedNote = false
    /// Why the last restore was not done (it was not confirmed), shown in the form sent again; empty otherwise.
    private(set) var refusal = ""
    private(set) var hasRefusal = false

    init(
        key: ReportKey, revision: ObjectID, number: String, draft: ObjectID, session: WebSession,
        published: PublishedUpload?, words: UploadWords = PageWords.chinese.upload
    ) {
        action = ReportAddress.href(key, "restore")
        csrf = session.csrfToken
        self.revision = revision.hex
        self.draft = draft.hex
        self.number = number
        self.published = published.flatMap {
            $0.needsConfirmation ? RevisionWords(words.language).revision($0.generation) : nil
        }
        confirmation = words.restoreConfirmation
        hasPublished = self.published != nil
        publishedNote = self.published.map { words.publishedRestore($0) } ?? ""
        hint = words.restoreHint(number)
        undoConfirmation = words.undoConfirmation
        undoIntro = words.undoIntro(number)
    }

    /// Shows the form again with why the restore was not done.
    mutating func refuse(_ why: String) {
        refusal = why
        hasRefusal = !why.isEmpty
    }
}
