import Foundation
import Hummingbird
import Logging
import ReportChecks
import ReportModel
import ReportRepository
import SyncServer

extension OverviewController {
    /// `POST /batch`: one mark (退回 with one comment, 公开, or 报送 on the townships' behalf for the revisions the
    /// county uploaded for them) on the reports ticked on the board, each through the rules of a single mark
    /// (``ReportRepository/markBatch(_:as:comment:author:scope:role:time:seen:audit:countyUploadsOnly:)``); answers
    /// with what was done (a publish with the warnings still open) and what was refused, and why.
    @Sendable func batch(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let access = try session.requireAccess(request)
        guard let text = form.value("action"), let mark = Mark(rawValue: text) else {
            throw WebError.badRequest(
                "请选择批量操作：代为报送、退回或公开。",
                english: "Choose what to do with the reports: submit on the townships' behalf, return or publish.")
        }
        let action = PersonAction(mark: mark)
        // 报送 in a batch is the county's, on the townships' behalf, for the revisions it uploaded for them (a clerk
        // 报送s her own report on its page).
        let onBehalf = mark == .submitted
        guard access.may(action), !onBehalf || access.may(.publish) else {
            throw WebError.notAllowed(role: access.role, action: action)
        }
        var reports: [ReportKey] = []
        var seen: [ReportKey: ObjectID] = [:]
        for pair in form.pairs where pair.name == "report" {
            let key = try Self.reportKey(pair.value)
            reports.append(key)
            if let text = form.value("seen:" + pair.value), !text.isEmpty {
                guard let head = ObjectID(hex: text) else { throw WebError.malformedRevision(text) }
                seen[key] = head
            }
        }
        guard !reports.isEmpty else {
            throw WebError.badRequest(
                "请先在列表中勾选要操作的报告。",
                english: "First tick the reports in the list.")
        }
        // The one comment every report would get: refused once, before any report, with what was typed shown back.
        let comment = form.value("comment")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if mark == .returned, comment.isEmpty { throw WebError(RepositoryError.commentRequired) }
        do {
            try ReportRepository.checkNoteText(onBehalf ? Self.onBehalfNote(comment) : comment)
        } catch {
            throw WebError(error)
        }
        // A report outside the session's reach is answered exactly as one that does not exist.
        let reachable = reports.filter { access.scope.allows(agency: $0.agency) }
        let unreachable = reports.filter { !access.scope.allows(agency: $0.agency) }
        let repository = services.repository
        let results = await repository.markBatch(
            // (a 代为报送 says so in the mark's note, under the reviewer's name, which sync carries with it to the
            // township: user review rv103, F14)
            reachable, as: mark, comment: onBehalf ? Self.onBehalfNote(comment) : form.value("comment"),
            author: access.name,
            scope: access.scope, role: access.role, seen: seen,
            audit: AuditNote(
                .mark, (onBehalf ? AuditWording.submittedOnBehalf : AuditWording.batchMark(mark)).detail()),
            countyUploadsOnly: onBehalf)
        let names = try await services.run { () async throws(RepositoryError) in try await repository.agencyNames() }
        let words = services.renderer.words("batch", session)
        // (a report published with its comments not all resolved says which are open: rv120 M6)
        var open: [ReportKey: String] = [:]
        if mark == .published {
            let (scope, language) = (access.scope, words.language)
            for result in results where result.outcome != nil {
                let threads = try await services.run { () async throws(RepositoryError) in
                    try await repository.comments(of: result.report, scope: scope, language: language)
                }
                open[result.report] = words.batch.openComments(threads, review: words.review)
            }
        }
        let view = BatchView(
            mark: mark, results: results, unreachable: unreachable, names: names, openComments: open,
            words: words.batch)
        context.logger.info(
            "web batch mark",
            metadata: [
                "mark": "\(mark.rawValue)", "by": "\(access.name)", "done": "\(view.done)",
                "refused": "\(view.refused)",
            ])
        return try services.renderer.page("batch", title: view.heading, view: view, session: session)
    }

    /// The note of a 代为报送: `代为报送`, and what the reviewer wrote, if anything.
    static func onBehalfNote(_ comment: String) -> String { comment.isEmpty ? "代为报送" : "代为报送：" + comment }

    /// A report as the board's checkboxes write it: `AGENCY/YEAR`.
    static func reportKey(_ text: String) throws(WebError) -> ReportKey {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, Agency.isValidID(String(parts[0])), let year = Int(parts[1]),
            ReportKey.years.contains(year)
        else {
            throw .badRequest(
                "“\(text)”不是有效的报告。",
                english: "\"\(text)\" is not a report.")
        }
        return ReportKey(agency: String(parts[0]), year: year)
    }
}

/// What a batch of marks did, report by report.
struct BatchView {
    /// One report's result.
    struct Row {
        let name: String
        let year: Int
        let href: String
        let ok: Bool
        let result: String
    }

    let heading: String
    let rows: [Row]
    let done: Int
    let refused: Int

    init(
        mark: Mark, results: [BatchMarkResult], unreachable: [ReportKey], names: [String: String],
        openComments: [ReportKey: String] = [:], words: BatchWords = PageWords.chinese.batch
    ) {
        let language = words.language
        heading = words.heading(mark)
        var rows = results.map { result in
            let why =
                Self.countyUploadNotSubmitted(result, words: words)
                ?? result.error.map { WebError($0).description(in: language) } ?? result.refusal(in: language)
            let warnings = result.warnings.map { language == .english ? $0.english ?? $0.message : $0.message }
            return Row(
                // (an office not registered — a hand-made form's — is named as one, never by the id typed: rv120 M11)
                name: names[result.report.agency] ?? words.someReport, year: result.report.year,
                href: names[result.report.agency] == nil ? "/" : ReportAddress.href(result.report),
                ok: result.outcome != nil,
                result: result.outcome != nil
                    ? words.done(mark) + words.openWarnings(warnings) + (openComments[result.report] ?? "")
                    : words.unchanged + (why ?? ""))
        }
        rows += unreachable.map { key in
            Row(
                name: words.someReport, year: key.year, href: "/", ok: false,
                result: words.unchanged + words.noSuchReport)
        }
        self.rows = rows
        done = rows.filter(\.ok).count
        refused = rows.count - done
    }

    /// Why a revision the county uploaded for its office was not published, when only the submission is missing:
    /// it may be submitted on the township's behalf (the township mailed its file and will never 报送 it here).
    static func countyUploadNotSubmitted(_ result: BatchMarkResult, words: BatchWords) -> String? {
        guard let uploader = result.countyUpload, case .publishRefused(_, _, let obstacles, _, _) = result.error,
            obstacles.allSatisfy({ if case .notSubmitted = $0 { true } else { false } })
        else { return nil }
        return words.countyUploadNotSubmitted(by: uploader)
    }
}
