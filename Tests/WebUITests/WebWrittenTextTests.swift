import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// What people write on the report page — comments, replies, resolutions, reasons, return notes — is shown exactly
/// as written, line breaks kept, and isolated from the names and times beside it: a direction override in one cannot
/// make the words after it read as someone else's sign-off. The boxes to write it in hold no more than the node
/// accepts.
@Suite struct WebWrittenTextTests {
    /// A right-to-left override left open, then a second line.
    static let hostile = "原表如此 \u{202E}𠮷\n第二行"

    /// 常张乡 2024's head with a comment, a reply, a resolution, a dismissed finding and a return, each written with
    /// ``hostile``; the page as the county sees it.
    static func page() async throws -> String {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let head = fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let anchor = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("paragraph:") })
        let county = Principal(author: "王审核")
        let thread = try await repository.addComment(on: head.id.hex, at: anchor.unit, text: hostile, by: county)
        // A second one left open, with its answer box
        try await repository.addComment(on: head.id.hex, at: anchor.unit, text: "请核对", by: county)
        let key = WebFixture.changzhang2024
        try await repository.answer(comment: thread.id.hex, in: key, text: hostile, by: county)
        try await repository.answer(comment: thread.id.hex, in: key, text: hostile, resolving: true, by: county)
        let finding = try #require(try await repository.decidedFindings(of: [head])[head.id]?.first)
        try await repository.decide(
            finding: finding.key, on: head.id.hex, verdict: .dismissed, reason: hostile, by: county)
        try await repository.mark(head.id.hex, as: .submitted, author: "李四")
        try await repository.mark(head.id.hex, as: .returned, comment: hostile, author: "王审核")
        return try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            return Web.text(response)
        }
    }

    @Test func everythingWrittenIsIsolatedFromTheNameAndTimeAfterIt() async throws {
        let html = try await Self.page()
        let written = "<bdi class=\"said\">原表如此 \u{202E}𠮷\n第二行</bdi>"
        // The comment (in the list and beside the text), its reply and resolution (both places), the reason, the
        // return note in the marks and in the workflow's steps
        #expect(html.components(separatedBy: written).count - 1 >= 8)
        // Nowhere is the text shown without its isolation
        let bare = html.components(separatedBy: "原表如此 \u{202E}𠮷").dropLast().filter {
            // (the return note as the marks list it: `退回意见：…`)
            !$0.hasSuffix("<bdi class=\"said\">") && !$0.hasSuffix("<bdi class=\"said\">退回意见：")
        }
        #expect(bare.isEmpty, "\(bare.map { $0.suffix(80) })")
        // The names beside it are isolated too
        #expect(html.contains("<cite><bdi>王审核</bdi> · "))
        #expect(!html.contains("<cite>王审核"))
    }

    @Test func writtenTextKeepsItsLineBreaks() async throws {
        let html = try await Self.page()
        #expect(html.contains("原表如此 \u{202E}𠮷\n第二行"))
        let css = PageTemplates.styleSheet
        #expect(css.contains(".said{white-space:pre-wrap}"))
        #expect(css.contains("bdi{unicode-bidi:isolate}"))
    }

    @Test func everyBoxForWrittenTextHoldsNoMoreThanTheNodeAccepts() async throws {
        let html = try await Self.page()
        let limit = "maxlength=\"\(ReportRepository.maxNoteLength)\""
        for box in ["id=\"comment-text\"", "id=\"answer-", "id=\"reason-"] {
            let start = try #require(html.range(of: box), "\(box)")
            let tag = html[start.lowerBound...].prefix { $0 != ">" }
            #expect(tag.contains(limit), "\(box)")
        }
        #expect(html.contains("最多 \(ReportRepository.maxNoteLength) 字"))
    }

    @Test func theReturnNoteBoxHoldsNoMoreThanTheNodeAccepts() async throws {
        let fixture = try await WebFixture.make()
        let head = fixture.revisions2024[1]
        try await fixture.repository.mark(head.id.hex, as: .submitted, author: "李四")
        try await fixture.test { client in
            let html = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            let start = try #require(html.range(of: "<textarea id=\"return-comment\""))
            let tag = html[start.lowerBound...].prefix { $0 != ">" }
            #expect(tag.contains("maxlength=\"\(ReportRepository.maxNoteLength)\""))
        }
    }
}
