import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

@testable import WebUI

/// 导出文本 was LF-only UTF-8 without a BOM, while the batch export's 说明.txt was CRLF: older Notepad showed the
/// report as one line and could guess its encoding wrong (rv103 F13). The download is a Windows text file now (BOM,
/// CRLF); uploaded back unedited it is the same report, and nothing is made of it. `nianbao export`'s text stays the
/// canonical one, byte for byte.
@Suite struct WebExportTextTests {
    @Test func theDownloadedTextIsAWindowsFileAndUploadsBackUnchanged() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("changzhang/2024")
        let canonical = try await repository.exportText("changzhang/2024")
        #expect(!canonical.utf8.contains(13) && !canonical.utf8.starts(with: WindowsText.byteOrderMark))
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/export", method: .get, headers: clerk)
            #expect(response.status == .ok)
            let bytes = Array(buffer: response.body)

            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let lineFeeds = bytes.indices.filter { bytes[$0] == 10 }
            #expect(!lineFeeds.isEmpty && lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 13 })
            #expect(bytes.count == 3 + canonical.utf8.count + lineFeeds.count)

            let uploaded = try await WebUploadTests.upload(
                ("常张乡人民政府2024年报-第2版.txt", bytes), to: "/reports/changzhang/2024/upload", session: clerk,
                client: client)
            #expect(uploaded.status == .ok)
            let page = Web.text(uploaded)
            #expect(page.contains("：内容与当前草稿相同，没有新建修订。"), "\(page.prefix(4000))")
        }
        #expect(try await repository.resolve("changzhang/2024").id == head.id)
        #expect(
            try ReportParser.parse(WindowsText.bytes(canonical)).report
                == (try await repository.report(at: head.id.hex)))
    }

    /// Every line end, whatever it was, becomes one CRLF.
    @Test func lineEndsBecomeCRLF() {
        #expect(WindowsText.bytes("一\n二\r\n三\r四") == [0xEF, 0xBB, 0xBF] + Array("一\r\n二\r\n三\r\n四".utf8))
    }
}
