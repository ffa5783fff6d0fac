import Foundation
import Hummingbird
import ReportModel
import ReportParser
import ReportRepository
import SyncServer

/// `GET /reports/AGENCY/YEAR` (the report, `?rev=ID` for an older revision) and `GET /reports/AGENCY/YEAR/export`
/// (its canonical text, as a download).
struct ReportController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year", use: page)
        routes.get(":agency/:year/export", use: export)
        routes.get(":agency/:year/print.css", use: printStyle)
        return routes
    }

    /// The report page.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let revision = try ReportAddress.revision(request.uri.queryParameters.get("rev"))
        // After a restore (``RestoreController``), when it is so.
        let revisionWords = services.renderer.words("report", session).revisions
        let restored =
            revision == nil ? await restoreNotice(request, of: key, access: access, words: revisionWords) : nil
        return try await render(
            key, revision: revision, session: session, access: access, restored: restored,
            printView: PrintView.isRequested(request))
    }

    /// The page of a revision (the draft head without one), with what an upload or a restore just did when it did,
    /// or, with `status`, why an upload was not taken (shown in the upload form, sent again); its print view
    /// (``PrintView``) with `printView`. `uploadName`: the name a refused file gives its office, one or two characters
    /// from the registered one, which the form beside offers to register (for one who may); `uploadNote`: what was
    /// just done about it.
    func render(
        _ key: ReportKey, revision: String?, session: WebSession, access: Principal, uploaded: UploadNoticeView? = nil,
        restored: RestoreNoticeView? = nil, uploadRefusal: String = "", restoreRefusal: String = "",
        uploadName: String? = nil, uploadNote: String = "", status: HTTPResponse.Status = .ok,
        printView: Bool = false
    ) async throws(WebError) -> Response {
        let words = services.renderer.words("report", session)
        let state = try await services.catalog.state(of: key)
        let details = try await self.details(of: key, revision: revision, scope: access.scope)
        let findings = try await services.catalog.findings(of: details.revision)
        let years = try await services.catalog.neighbours(of: key)
        let repository = services.repository
        let (generations, marked, earlier) = try await services.run { () async throws(RepositoryError) in
            // (each earlier 退回 with its own reason: the report's 已退回 mark keeps only the latest, rv115 F7)
            let earlier = try await repository.earlierReturns(of: state, scope: access.scope)
            var marked: [Revision] = [state.head, details.revision]
            for id in (state.marks + earlier).map(\.revision) where !marked.contains(where: { $0.id == id }) {
                marked.append(try await repository.resolve(id.hex))
            }
            return (try await repository.generations(of: marked.map(\.id), scope: access.scope), marked, earlier)
        }
        // (two different 第 1 版 — the county's upload published, the township's own submitted — told apart)
        let named = RevisionNames.names(marked, generations: generations, words: words.revisions)
        let marks = Self.marks(of: state, earlier: earlier, shown: details.revision.id, name: named, words: words)
        let shown = details.revision
        let maySubmit = try await services.run { () async throws(RepositoryError) in
            try await repository.maySubmit(shown, role: access.role)
        }
        var forms = MarkFormsView(
            key: key, revision: (details.revision, details.generation),
            draft: (state.head, generations[state.head.id]),
            submitted: marked.first { $0.id == state.submitted }, session: session, status: state.status,
            role: access.role, maySubmit: maySubmit, words: words.report)
        if forms.canSubmit,
            let caution = MarkRules.submitCaution(try await services.catalog.decidedFindings(of: details.revision))
        {
            // (the county's own reviewer or administrator is the county the caution speaks of: it speaks to her)
            forms.caution(words.report.submitCaution(caution, byCounty: access.may(.publish)))
        }
        if forms.canPublish {
            let (revision, person) = (details.revision, access.name)
            let notTaken = try await services.run { () async throws(RepositoryError) in
                try await repository.changesNotTaken(in: revision, of: person)
            }
            if !notTaken.isEmpty { forms.cautionPublishing(words.report.publishCaution(notTaken)) }
            // (the comments not resolved, which publishing leaves open: rv120 M6)
            let (scope, language) = (access.scope, words.language)
            let threads = try await services.run { () async throws(RepositoryError) in
                try await repository.comments(of: key, scope: scope, language: language)
            }
            forms.cautionOpenComments(words.report.openCommentsCaution(threads, review: words.review))
        }
        var view = ReportPageView(
            state: state, details: details, findings: findings, years: years, marks: marks, forms: forms,
            words: words)
        try await attachWorkflow(
            to: &view, state: state, details: details, session: session, access: access, words: words)
        let published = PublishedUpload(state: state, generations: generations)
        if session.may(.edit) {
            var form = UploadFormView(
                key: key, draft: state.head.id, session: session, published: published, words: words.upload)
            form.refuse(uploadRefusal)
            form.tell(uploadNote)
            if let uploadName, session.may(.nameAgency) {
                form.nameForm = AgencyNameForm(
                    key: key, session: session, name: uploadName,
                    button: words.upload.nameButton(named: uploadName, registered: state.displayName))
            }
            view.uploadForm = form
        }
        if session.may(.edit), details.revision.id != state.head.id, state.conflicts.isEmpty {
            var form = RestoreFormView(
                key: key, revision: details.revision.id, number: words.revisions.revision(details.generation),
                draft: state.head.id, session: session,
                // (a restore of the draft's own text makes nothing: nothing to confirm)
                published: details.revision.content.root == state.head.content.root ? nil : published,
                words: words.upload)
            let shown = details.revision.id.hex
            form.undone = try await services.run { () async throws(RepositoryError) in
                try await repository.restoreUndoes(
                    shown, author: access.name, scope: access.scope, language: words.language)
            }
            if state.status == .submitted,
                let submitted = try await submittedVersion(of: key, otherThan: details.revision, scope: access.scope)
            {
                form.submittedNote = words.upload.restoreUnsubmits(words.revisions.revision(submitted))
            }
            form.refuse(restoreRefusal)
            view.restoreForm = form
        }
        if var notice = uploaded {
            // The upload's own number, also when another revision became the draft since (another upload at once).
            var generation = details.generation
            if notice.revision != details.revision.id {
                let id = notice.revision
                generation = try await services.run { () async throws(RepositoryError) in
                    try await repository.generations(of: [id], scope: access.scope)[id]
                }
            }
            notice.number = words.revisions.revision(generation)
            notice.word(words.report)
            view.uploaded = notice
        }
        view.restored = restored.map {
            var notice = $0
            notice.number = words.revisions.revision(details.generation)
            notice.text = words.report.restored(notice)
            return notice
        }
        return try services.renderer.page(
            "report", title: words.revisions.name(of: state), view: view, session: session, status: status,
            printOf: printView ? view.pageHref : nil)
    }

    /// The report's text in the canonical layout, as a file to save: a Windows text file (``WindowsText``).
    @Sendable func export(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let revision = try ReportAddress.revision(request.uri.queryParameters.get("rev"))
        let state = try await services.catalog.state(of: key)
        let details = try await self.details(of: key, revision: revision, scope: access.scope)
        let text = ReportText.render(details.report)
        // (named as 下载 Word names the same version, rv120 M8)
        let agencyName = details.agency?.name ?? state.displayName
        let version = try await DownloadController(services: services).savedVersion(of: details)
        let name = DownloadName.report(key, agencyName: agencyName, version: version, fileExtension: "txt")
        let fallback = DownloadName.fallback(
            key, agencyName: agencyName, generation: details.generation, fileExtension: "txt")
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/plain; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''" + Escape.query(name),
                .cacheControl: "no-store",
                .xContentTypeOptions: "nosniff",
            ],
            // (a Windows text file, as 说明.txt is: the clerk opens it in Notepad or WPS — rv103 F13)
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: WindowsText.bytes(text))))
    }

    /// The revision a page shows: the one named by `rev` (it must be of this report and within the scope; any other
    /// is answered as one that does not exist), else the draft head.
    func details(of key: ReportKey, revision: String?, scope: AccessScope) async throws(WebError) -> RevisionDetails {
        let repository = services.repository
        let details = try await services.run { () async throws(RepositoryError) in
            try await repository.show(revision ?? key.description, scope: scope)
        }
        guard details.revision.report == key else { throw .revisionNotFound(revision ?? "") }
        return details
    }

    /// The marks of a report, for the page, oldest first like the page's other lists (the workflow's steps, the
    /// comments), each revision named by `name` (two of one number told apart by who made each). A mark another
    /// node set says who sent it (the token's office) and when this node received it, never who or when the sender
    /// claimed; it is placed by that time, the one shown. `earlier`: the returns the marks no longer show
    /// (``WorkflowStep/earlierReturns(in:marks:of:)``), each listed with its own reason, who and when (rv115 F7).
    static func marks(
        of state: ReportSummary, earlier: [MarkState] = [], shown: ObjectID, name: (ObjectID) -> String,
        words: PageWords = .chinese
    ) -> [MarkView] {
        let revisions = words.revisions
        let isEarlier = Set(earlier.indices.map { state.marks.count + $0 })
        return (state.marks + earlier).enumerated().sorted { one, other in
            let (first, second) = (
                one.element.receipt?.received ?? one.element.moved,
                other.element.receipt?.received ?? other.element.moved
            )
            return first == second ? one.offset < other.offset : first < second
        }.map { offset, mark in
            MarkView(
                label: revisions.label(mark), number: name(mark.revision), earlier: isEarlier.contains(offset),
                time: DisplayFormat.time(mark.moved), sender: mark.receipt?.sender ?? "",
                receipt: mark.receipt.map {
                    words.report.receipt(mark, received: DisplayFormat.time($0.received))
                } ?? "",
                hasReceipt: mark.receipt != nil, onThisRevision: mark.revision == shown, forced: mark.isForced,
                comment: revisions.note(mark) ?? "", hasComment: mark.note != nil,
                commentAuthor: mark.comment?.author ?? "",
                commentTime: mark.comment.map { DisplayFormat.time($0.time) } ?? "")
        }
    }
}
