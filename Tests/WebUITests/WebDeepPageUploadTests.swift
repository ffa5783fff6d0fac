import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A web page whose report sits 5,000 elements deep, uploaded: the refusal said the page had no text (rv102 F10).
/// It says the page nests too deeply to be read.
@Suite struct WebDeepPageUploadTests {
    @Test func aDeeplyNestedPageIsRefusedForItsNesting() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        let text = String(decoding: try WebUploadTests.fixture("qingshi-2024.txt"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
        let page =
            "<html><body>" + String(repeating: "<div>", count: 5_000) + text
            + String(repeating: "</div>", count: 5_000) + "</body></html>"
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let refused = try await WebUploadTests.upload(
                ("deep.html", Array(page.utf8)), to: "/reports/qingshi/2024/upload", session: reviewer, client: client)

            #expect(refused.status == .badRequest)
            let shown = Web.text(refused)
            #expect(shown.contains("“deep.html”无法作为年报读取：网页（HTML）的元素一层套一层，超过 250 层"), "\(shown.prefix(3000))")
            #expect(!shown.contains("没有任何文字"))
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }
}
