import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// An upload to a published report (已公开), on a real server on 127.0.0.1: the form says before the file is chosen
/// that the report is published — which version, who published it and when — and that an upload makes a draft to be
/// submitted and published again, and asks for a confirmation, which the server checks too: an upload without it
/// (the board's form, or a page opened before the report was published) is not stored, and the form is shown again.
/// A report that is not published asks for nothing.
@Suite struct WebPublishedUploadTests {
    /// What the store holds that a refused upload must leave as it was.
    struct Snapshot: Equatable {
        let statistics: StoreStatistics
        let states: [ReportState]
        let audit: [AuditEntry]

        static func of(_ repository: ReportRepository) async throws -> Snapshot {
            Snapshot(
                statistics: try await repository.statistics(), states: try await repository.reportStates(),
                audit: try await repository.auditLog())
        }
    }

    /// The people fixture with 常张乡 2024's draft (第 2 版) submitted by 李四 and published by 王审核.
    static func published() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        try await repository.mark("changzhang/2024", as: .published, author: "王审核", overriding: "县政府已审定")
        #expect(try await repository.report(WebFixture.changzhang2024)?.status == .published)
        return people
    }

    /// A Word file of 常张乡 2024's draft with a cell of table 3 changed.
    static func edited(_ repository: ReportRepository) async throws -> [UInt8] {
        let draft = try await repository.report(at: "changzhang/2024")
        return [UInt8](try DocxWriter.write(SampleReport.settingTable3Cell(of: draft, index: 0, to: "42")))
    }

    @Test func aPublishedReportsUploadIsConfirmedBeforeAndCheckedByTheServer() async throws {
        let people = try await Self.published()
        let repository = people.fixture.repository
        let published = try await repository.resolve("changzhang/2024")
        let bytes = try await Self.edited(repository)
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            // Before choosing a file: the report is published, which version, by whom; a required confirmation.
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: clerk))
            let told = try #require(page.range(of: "这份报告<strong>已公开</strong>：公开的是第 2 版（<bdi>王审核</bdi> "))
            let confirm = try #require(
                page.range(
                    of:
                        "<input type=\"checkbox\" name=\"confirmPublished\" value=\"1\" required> 我知道这份报告已公开，上传的修改需重新报送、公开"
                ))
            let field = try #require(page.range(of: "<input id=\"upload-file\" type=\"file\""))
            #expect(told.lowerBound < confirm.lowerBound && confirm.lowerBound < field.lowerBound)
            #expect(page.contains("上传新文件会生成新的草稿，公开的仍是第 2 版；改好后须重新报送，由县里重新公开。"))

            // Without the confirmation, from the report's form and from the board's: refused, the form shown again
            // with why, and the store exactly as it was.
            let before = try await Snapshot.of(repository)
            for (path, fields) in [
                ("/reports/changzhang/2024/upload", [(String, String)]()),
                ("/upload", [("report", "changzhang/2024")]),
            ] {
                let refused = try await WebUploadTests.upload(
                    ("常张乡2024年报.docx", bytes), to: path, fields: fields, session: clerk, client: client)
                let text = Web.text(refused)
                #expect(refused.status == .conflict, "\(path)")
                #expect(text.contains("没有上传“常张乡2024年报.docx”：这份报告已公开"), "\(path)")
                #expect(text.contains("草稿没有改动。"))
                #expect(text.contains("name=\"confirmPublished\" value=\"1\" required"), "\(path)")
                #expect(!text.contains("已上传"))
                #expect(try await Snapshot.of(repository) == before, "\(path)")
            }

            // Confirmed: a new draft, the published version still standing, and the form no longer asks.
            let taken = try await WebUploadTests.upload(
                ("常张乡2024年报.docx", bytes), to: "/reports/changzhang/2024/upload",
                fields: [("confirmPublished", "1")], session: clerk, client: client)
            let text = Web.text(taken)
            #expect(taken.status == .ok)
            #expect(text.contains("已上传 <bdi>常张乡2024年报.docx</bdi>：新修订（第 3 版）已成为草稿。"))
            let summary = try #require(try await repository.report(WebFixture.changzhang2024))
            #expect(summary.head.id != published.id)
            #expect(summary.head.parents == [published.id])
            #expect(summary.published == published.id)
            #expect(summary.isChangedSincePublished)
            #expect(!text.contains("name=\"confirmPublished\""))
            #expect(text.contains("公开的仍是第 2 版（<bdi>王审核</bdi> "))
            // … and the next upload to that draft is taken without one.
            let again = try await WebUploadTests.upload(
                (
                    "常张乡2024年报-2.txt",
                    Array(
                        ReportText.render(
                            SampleReport.settingTable3Cell(
                                of: try await repository.report(at: "changzhang/2024"), index: 0, to: "43")
                        ).utf8)
                ),
                to: "/reports/changzhang/2024/upload", session: clerk, client: client)
            #expect(again.status == .ok)
            #expect(Web.text(again).contains("新修订（第 4 版）已成为草稿。"))
        }
    }

    @Test func aReportNotPublishedAsksForNoConfirmation() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let bytes = try await Self.edited(repository)
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: reviewer))
            #expect(page.contains("<input id=\"upload-file\" type=\"file\""))
            #expect(!page.contains("confirmPublished"))
            #expect(!page.contains("upload-published"))
            let response = try await WebUploadTests.upload(
                ("常张乡2024年报.docx", bytes), to: "/reports/changzhang/2024/upload", session: reviewer,
                client: client)
            #expect(response.status == .ok)
            #expect(Web.text(response).contains("新修订（第 3 版）已成为草稿。"))
        }
    }
}
