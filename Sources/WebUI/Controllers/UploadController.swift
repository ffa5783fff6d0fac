import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportParser
import ReportRepository
import SyncServer

/// `POST /reports/AGENCY/YEAR/upload` (the report page's form) and `POST /upload` (the board's, which names the
/// report in its `report` field): a .docx, PDF, web page or text file becomes a new revision of the report's draft,
/// its original kept, under the guards of `commit` (a file naming another agency or year is refused with both
/// named). The answer is the report's page with the new revision's findings. Nothing is stored on any error. A report
/// the board lists as 未报送 (awaited, ``ReportRepository/isAwaited(_:scope:now:)``) is started by its first upload.
/// An upload to a published report (已公开) is taken only with the confirmation its form asks for
/// (``PublishedUpload``); without it (the board's form, or a page opened before the report was published) the
/// report's page answers 409 with the form and why, and nothing is stored.
///
/// A file naming the office one or two characters differently from its registered name (a typo, or its new name:
/// ``ReportMismatch/isNearName``) is refused on the report's page, naming both names, with the form that registers
/// the name as another of the office for one who may (``AgencyNameController``); a clerk is told to ask the county.
/// For a report not started yet, which has no page, the refusal is a page of its own with the same words and the
/// registering button, or for a clerk the way back to the year's board (``nearName(file:named:registered:key:canName:)``).
///
/// A clerk uploads only to their own agencies' reports, a viewer never; the person is the revision's author.
struct UploadController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post("reports/:agency/:year/upload", use: uploadToReport)
        routes.post("upload", use: uploadFromBoard)
        return routes
    }

    /// The report page's upload: who may change this report is known before the body is read.
    @Sendable func uploadToReport(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.edit, request, toAgency: key.agency)
        let started = try await services.catalog.uploadTarget(key, scope: access.scope) != nil
        // (a few files a person at once, counted before the body is read: ``UploadAdmission``)
        return try await services.uploads.admitting(access.name) {
            let upload = try await MultipartUpload.read(request)
            try session.verifyForm(upload.fields, protection: services.forgery)
            return try await accept(
                upload, to: key, started: started, session: session, access: access, context: context)
        }
    }

    /// The board's upload: the report is a field of the form.
    @Sendable func uploadFromBoard(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let session = services.session(request, context)
        let principal = try session.requireAccess(request)
        guard principal.may(.edit) else { throw WebError.notAllowed(role: principal.role, action: .edit) }
        return try await services.uploads.admitting(principal.name) {
            let upload = try await MultipartUpload.read(request)
            try session.verifyForm(upload.fields, protection: services.forgery)
            guard let text = upload.fields.value("report"), let key = ReportKey(text) else {
                throw WebError.badRequest(
                    "请选择要上传到哪一份报告（机关和年度）。",
                    english: "Choose the report to upload to (office and year).")
            }
            let access = try session.require(.edit, request, toAgency: key.agency)
            let started = try await services.catalog.uploadTarget(key, scope: access.scope) != nil
            return try await accept(
                upload, to: key, started: started, session: session, access: access, context: context)
        }
    }

    /// Commits the uploaded file and answers with the report's page (`started`: the report has a revision, and so a
    /// page, already).
    private func accept(
        _ upload: MultipartUpload, to key: ReportKey, started: Bool, session: WebSession, access: Principal,
        context: NodeRequestContext
    ) async throws -> Response {
        guard let file = upload.file, !file.bytes.isEmpty else {
            if upload.hasUnreadableFileName { throw MultipartUpload.unreadableFileName }
            throw WebError.badRequest(
                "请选择要上传的报告文件：Word（.docx）、PDF、网页（.html）或纯文本（.txt）。",
                english: "Choose the report's file to upload: Word (.docx), PDF, web page (.html) or plain text (.txt)."
            )
        }
        // A published report's upload is confirmed on its form (or the form is shown again, nothing stored): the
        // repository checks it inside the write, so that a publish landing meanwhile is not passed over.
        let repository = services.repository
        let result: (outcome: CommitOutcome, diagnostics: [Diagnostic])
        do {
            result = try await repository.commit(
                bytes: file.bytes, named: file.name, to: key, by: access,
                audit: AuditNote(.upload, file.name), refusingPublished: !PublishedUpload.isConfirmed(upload.fields),
                shownDraft: UploadFormView.shownDraft(upload.fields))
        } catch .publishedUnconfirmed {
            context.logger.info(
                "web upload not confirmed",
                metadata: ["report": "\(key)", "file": "\(file.name)", "by": "\(access.name)"])
            return try await ReportController(services: services).render(
                key, revision: nil, session: session, access: access,
                uploadRefusal: services.renderer.words("report", session).upload.unconfirmedUpload(file.name),
                status: .conflict)
        } catch .wrongReport(let mismatch) where mismatch.isNearName {
            // A typo in the file, or the office's new name: both names, and the way on (the county registers it).
            let named = mismatch.textAgency ?? ""
            guard started else {
                // (a report not started has no page yet: the refusal is a page of its own, rv115 F9)
                throw Self.nearName(
                    file: file.name, named: named, registered: mismatch.targetName ?? "", key: key,
                    canName: session.may(.nameAgency))
            }
            let words = services.renderer.words("report", session).upload
            return try await ReportController(services: services).render(
                key, revision: nil, session: session, access: access,
                uploadRefusal: words.nearName(
                    file: file.name, named: named, registered: mismatch.targetName ?? "",
                    canName: session.may(.nameAgency)),
                uploadName: named, status: .badRequest)
        } catch .wrongReport(let mismatch) where mismatch.otherOfficeID != nil {
            // Another office's report, which the person reaches: whose, and the way to its page (rv103 F5).
            throw await otherOfficeRefusal(mismatch, file: file.name, scope: access.scope)
        } catch {
            throw Self.refusal(error, file: file.name)
        }
        context.logger.info(
            "web upload",
            metadata: [
                "report": "\(key)", "file": "\(file.name)", "bytes": "\(file.bytes.count)",
                "status": "\(result.outcome.status.rawValue)", "by": "\(access.name)",
            ])
        let notice = UploadNoticeView(file: file.name, outcome: result.outcome)
        return try await ReportController(services: services).render(
            key, revision: nil, session: session, access: access, uploaded: notice)
    }

    /// The page error for a refused upload, in words for the person who chose the file.
    static func refusal(_ error: RepositoryError, file: String) -> WebError {
        switch error {
        case .wrongReport(let mismatch) where mismatch.isTitleYearLeft:
            // (the year check's finding, said at the door: the title's year alone was not changed, and the person is
            // never sent to another year's report for it)
            return .badRequest(
                "“\(file)”：\(mismatch.chineseTitleYearLeft ?? "")。\(mismatch.titleYearAdvice(upload: true, in: .chinese))。"
                    + "草稿没有改动。",
                english: "\"\(file)\": \(mismatch.englishTitleYearLeft ?? ""). "
                    + "\(mismatch.titleYearAdvice(upload: true, in: .english)). The draft was not changed.")
        case .wrongReport(let mismatch) where mismatch.isPeriodYearLeft:
            // (an earlier year's file with only the title's year changed: refused before it replaces this year's
            // draft, with the way to start this year's report from last year's, rv120 F2)
            return .badRequest(
                "“\(file)”：\(mismatch.chinesePeriodYearLeft ?? "")。\(mismatch.periodYearAdvice(upload: true, in: .chinese))。"
                    + "草稿没有改动。",
                english: "\"\(file)\": \(mismatch.englishPeriodYearLeft ?? ""). "
                    + "\(mismatch.periodYearAdvice(upload: true, in: .english)). The draft was not changed.")
        case .wrongReport(let mismatch) where mismatch.isOtherYear:
            // (the office's report of another year: the person chose the report of the year the list offered, and
            // is told which year to choose, not to check the file)
            let name = mismatch.targetName ?? mismatch.textAgency ?? mismatch.target.agency
            let (year, chosen) = (mismatch.textYear ?? mismatch.target.year, mismatch.target.year)
            if year < chosen {
                // (an earlier year's report — most often last year's file picked by mistake, and last year's report
                // published long since: the person is asked to choose this year's file first, rv103 F8)
                return .badRequest(
                    "这份文件是 \(name) \(year) 年度的报告，不是 \(chosen) 年度的：是不是选错了文件？请选 \(chosen) 年度的报告上传。"
                        + "（要改的确实是 \(year) 年度的报告时，请在概览的“年度”里选 \(year) 年。）草稿没有改动。",
                    english: "This file is \(name)'s \(year) report, not its \(chosen) report: is it the wrong file? "
                        + "Choose the \(chosen) report and upload it. (If it is the \(year) report you mean to change, "
                        + "choose \(year) under Year on the overview.) The draft was not changed.")
            }
            // (a year after the one being collected is not in the board's year menu: the person is sent to 全部)
            let isBeyondMenu = year > ReportRepository.collectedYear()
            if year == chosen + 1, isBeyondMenu {
                // (next year's draft, downloaded from this very page beside 下载 Word, filled in with this year's
                // figures: the person meant this year's report, and next year's is not in the year menu yet, rv119 F5)
                return .badRequest(
                    "这份文件是 \(name) \(year) 年度的报告，不是 \(chosen) 年度的：多半是从“下载 \(year) 年草稿”得到的明年的草稿。"
                        + "要交 \(chosen) 年度的报告，请用这一页的“下载 Word”取 \(chosen) 年度的报告修改后上传，"
                        + "或把这份文件标题和统计期限里的年份改回 \(chosen) 年再上传。（确实是准备 \(year) 年度的报告时，"
                        + "请在概览的“年度”里选“全部”，找到 \(name) \(year) 年度报告上传。）草稿没有改动。",
                    english: "This file is \(name)'s \(year) report, not its \(chosen) report: most likely next year's "
                        + "draft from \"Download the \(year) draft\". To hand in the \(chosen) report, take it with "
                        + "\"Download Word\" on this page, change it and upload it, or put \(chosen) back into this file's "
                        + "title and period and upload it again. (If you are preparing the \(year) report, choose All "
                        + "under Year on the overview and upload it on \(name)'s \(year) report.) The draft was not "
                        + "changed.")
            }
            if year > ReportRepository.collectedYear() + 1 {
                // (a year after next year's, which no list offers: most likely a slip in the file's years, rv120 F5)
                return .badRequest(
                    "这份文件是 \(name) \(year) 年度的报告，不是 \(chosen) 年度的：\(year) 年还没有到，是不是文件里的年份写错了？"
                        + "请改正后再上传。草稿没有改动。",
                    english: "This file is \(name)'s \(year) report, not its \(chosen) report: \(year) has not come "
                        + "yet — is the year in the file wrong? Correct it and upload it again. The draft was not "
                        + "changed.")
            }
            return .badRequest(
                "这份文件是 \(name) \(year) 年度的报告，不是 \(chosen) 年度的。请在概览的“年度”里选"
                    + (isBeyondMenu ? "“全部”，找到" : " \(year) 年，再选") + " \(name) \(year) 年度报告上传。草稿没有改动。",
                english: "This file is \(name)'s \(year) report, not its \(chosen) report. On the overview, choose "
                    + (isBeyondMenu ? "All" : "\(year)")
                    + " under Year, then choose \(name)'s \(year) report and upload "
                    + "it there. The draft was not changed.")
        case .wrongReport(let mismatch):
            return .badRequest(
                "\(mismatch.descriptionByName)。请确认选对了文件：上传的必须是这个机关这一年度的报告。草稿没有改动。",
                english: "\(mismatch.englishDescriptionByName). Check that you chose the right file: it must be this "
                    + "office's report of this year. The draft was not changed.")
        case .parse(_, .unsupportedDocument(let format)) where format == ParseError.excelFormat:
            // (an Excel workbook renamed .docx: said what it is, rv119 M2)
            let error = ParseError.unsupportedDocument(format: format)
            return .badRequest(
                "“\(file)”：\(error.description(in: .chinese))草稿没有改动。",
                english: "\"\(file)\": \(error.description(in: .english)) The draft was not changed.")
        case .parse(_, .binary), .parse(_, .undecodable), .parse(_, .unsupportedDocument):
            return .badRequest(
                "“\(file)”不是能读取的报告文件：请上传 Word（.docx）、PDF、网页（.html）或纯文本（.txt）文件。草稿没有改动。",
                english: "\"\(file)\" is not a report file that can be read: upload a Word (.docx), PDF, web page "
                    + "(.html) or plain text (.txt) file. The draft was not changed.")
        case .parse(_, .tooLarge(let size, let limit)):
            let error = ParseError.tooLarge(size: size, limit: limit)
            return .badRequest(
                "“\(file)”\(error.description(in: .chinese))草稿没有改动。",
                english: "\"\(file)\": \(error.description(in: .english)) The draft was not changed.")
        case .parse(_, let parse):
            return .badRequest(
                "“\(file)”无法作为年报读取：\(parse.description(in: .chinese)) 草稿没有改动。",
                english: "\"\(file)\" cannot be read as an annual report: \(parse.description(in: .english)) The draft "
                    + "was not changed.")
        case .editedOlderVersion(_, let basedOn, let now, let author, let places, _, let elsewhere):
            return .badRequest(
                (elsewhere
                    ? "“\(file)”：\(ReportRepository.downloadedElsewhere)；按\(basedOn.chinese)核对，"
                    : "“\(file)”是在这份报告的\(basedOn.chinese)上修改的，")
                    + "草稿此后已有\(now.chinese)，这份文件和 \(author) 改了同样的地方："
                    + places.map(\.chinese).joined(separator: "；")
                    + "。草稿没有改动：请下载当前草稿（\(now.chinese)），把修改改在上面再上传。",
                english: "\"\(file)\": "
                    + (elsewhere
                        ? "\(RepositoryError.downloadedElsewhere) Checked against \(basedOn.english),"
                        : "it was edited from \(basedOn.english) of this report;")
                    + " the draft is \(now.english) now, and this file and \(author) changed the same places: "
                    + places.map(\.english).joined(separator: "; ")
                    + ". The draft was not changed: download the current draft (\(now.english)), make your edits there"
                    + " and upload it again.")
        case .changedSincePageShown(_, let shown, let now, let authors, let places, _):
            // (two people uploading at once, or one in two tabs: the later change was not on the page, rv119 F9)
            return .badRequest(
                "“\(file)”：你打开这一页时草稿是\(shown.chinese)，此后已有\(now.chinese)"
                    + "（\(authors.map(\.chinese).joined(separator: "、"))），这份文件和它改了同样的地方："
                    + places.map(\.chinese).joined(separator: "；")
                    + "。草稿没有改动：请重新打开这一页，看过\(now.chinese)的修改，把这份文件的修改改在当前草稿上再上传。",
                english:
                    "\"\(file)\": the draft was \(shown.english) when you opened this page and is \(now.english) now ("
                    + authors.map(\.english).joined(separator: ", ") + "), which changed the same places as this file: "
                    + places.map(\.english).joined(separator: "; ")
                    + ". The draft was not changed: open this page again, look at the changes of \(now.english), and make"
                    + " this file's edits on the current draft before uploading it again.")
        case .undoesOthersChanges(_, let now, let changes, _, let elsewhere, let yours):
            return .badRequest(
                (elsewhere ? "“\(file)”：\(ReportRepository.downloadedElsewhere)，" : "“\(file)”不是从本系统下载的，")
                    + "看不出是在哪一版上修改的；按它提交，会把\(yours ? "你在别处（从别的节点同步送来）" : "别人")改过的地方改回以前的内容："
                    + changes.map(\.chinese).joined(separator: "；")
                    + "。草稿没有改动：请在这个页面下载当前草稿（\(now.chinese)）的 Word 文件，把修改改在上面再上传。",
                english: "\"\(file)\": "
                    + (elsewhere
                        ? "\(RepositoryError.downloadedElsewhere) It cannot tell which version it was edited from,"
                        : "it was not downloaded from Nianbao, so which version it was edited from cannot be told,")
                    + " and it would put back the older text where "
                    + (yours
                        ? "you changed the report on another node (sent here by sync): "
                        : "others changed the report: ")
                    + changes.map(\.english).joined(separator: "; ")
                    + ". The draft was not changed: download the current draft (\(now.english)) as a Word file on this"
                    + " page, make your edits there and upload it again.")
        default:
            return WebError(error)
        }
    }
}
