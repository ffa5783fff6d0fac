import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// The report page links to the original file of the revision it shows; the download gives it byte for byte, and
/// answers anything outside the session's reach exactly as a report that does not exist. The page's findings are
/// those `nianbao check` gives for the file that was committed, reading problems included.
@Suite struct WebOriginalTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")
    static let qingshi = ReportKey(agency: "qingshi", year: 2024)

    static func commitWordFile(to fixture: WebFixture) async throws -> (revision: Revision, bytes: [UInt8]) {
        let path = fixtures.appendingPathComponent("qingshi-2024.docx").path
        let committed = try await fixture.repository.commit(
            fileAt: path, to: qingshi, author: "王芳", time: Date(timeIntervalSince1970: 1_736_300_000))
        return (committed.outcome.revision, [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func theReportPageOffersTheOriginalAndTheDownloadIsByteForByte() async throws {
        let fixture = try await WebFixture.make()
        let word = try await Self.commitWordFile(to: fixture)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/qingshi/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("href=\"/reports/qingshi/2024/original\" download=\"qingshi-2024.docx\""))
            #expect(page.contains(">下载原件</a>"))
            #expect(page.contains("qingshi-2024.docx（Word 文档（.docx））"))
            let download = try await client.execute(
                uri: "/reports/qingshi/2024/original", method: .get, headers: Web.cookie(fixture.county))
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == word.bytes)
            #expect(
                download.headers[.contentType]
                    == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(download.headers[.contentDisposition]?.contains("filename*=UTF-8''qingshi-2024.docx") == true)
            // An older revision's original by `rev`
            let byRevision = try await client.execute(
                uri: "/reports/qingshi/2024/original?rev=\(word.revision.id.shortHex(8))", method: .get,
                headers: Web.cookie(fixture.county))
            #expect(Array(byRevision.body.readableBytesView) == word.bytes)
            // A revision committed from text has no link and no original
            let textPage = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(!textPage.contains("下载原件"))
            let none = try await client.execute(
                uri: "/reports/changzhang/2024/original", method: .get, headers: Web.cookie(fixture.county))
            #expect(none.status == .notFound)
            #expect(Web.text(none).contains("没有保存原件"))
        }
    }

    @Test func anotherAgencysOriginalAnswersAsAReportThatDoesNotExist() async throws {
        let fixture = try await WebFixture.make()
        let word = try await Self.commitWordFile(to: fixture)
        try await fixture.test { client in
            // 常张乡's session asks for 青石镇's original: the answer is that of an agency that does not exist
            let other = try await client.execute(
                uri: "/reports/qingshi/2024/original", method: .get, headers: Web.cookie(fixture.township))
            let none = try await client.execute(
                uri: "/reports/nosuchagency/2024/original", method: .get, headers: Web.cookie(fixture.township))
            #expect(other.status == .notFound)
            #expect(other.status == none.status)
            #expect(Web.text(other).replacingOccurrences(of: "qingshi", with: "nosuchagency") == Web.text(none))
            // … and through its own report, a prefix of 青石镇's revision is a revision that does not exist
            let prefix = word.revision.id.shortHex(8)
            let foreign = try await client.execute(
                uri: "/reports/changzhang/2024/original?rev=\(prefix)", method: .get,
                headers: Web.cookie(fixture.township))
            let nothing = try await client.execute(
                uri: "/reports/changzhang/2024/original?rev=00000000", method: .get,
                headers: Web.cookie(fixture.township))
            #expect(foreign.status == .notFound)
            #expect(foreign.status == nothing.status)
            #expect(Web.text(foreign).replacingOccurrences(of: prefix, with: "00000000") == Web.text(nothing))
            #expect(!Web.text(foreign).contains("qingshi"))
        }
    }

    @Test func thePageListsTheFindingsCheckGivesForTheCommittedFile() async throws {
        // Given a text with reading problems (table 4 scrambled), committed as a file
        let fixture = try await WebFixture.make()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("scrambled.txt").path
        let generated = ReportGenerator(numbers: .balanced).make(seed: 7)
        try Data(LayoutRenderer(layout: .scrambled, seed: 7).render(generated).utf8).write(
            to: URL(fileURLWithPath: path))
        let parsed = try ReportRepository.readReport(at: path)
        let key = ReportKey(agency: "scrambled", year: try #require(parsed.report.year))
        // (an office of its own: the generated report names 常张乡, whose name another agency has)
        try await fixture.repository.addAgency(id: "scrambled", name: "测试乡人民政府", by: "管理员")
        _ = try await fixture.repository.commit(
            fileAt: path, to: key, author: "王芳", time: Date(timeIntervalSince1970: 1_736_300_000), force: true)
        // What `nianbao check FILE` lists for it
        let checked = ReportRepository.findings(of: parsed.report, previous: nil, diagnostics: parsed.diagnostics)
        let unreadable = try #require(checked.first { $0.rule == "table-unreadable" })
        try await fixture.test { client in
            let html = Web.text(
                try await client.execute(
                    uri: "/reports/\(key.agency)/\(key.year)", method: .get,
                    headers: Web.cookie(fixture.county)))
            // Then the page lists the same findings: each message, and the same counts
            #expect(html.contains(Self.escaped(unreadable.message)))
            for finding in checked {
                #expect(html.contains(Self.escaped(finding.message)), "\(finding.rule)")
            }
            let reading = checked.filter { $0.kind == .reading }.count
            let own = checked.filter { $0.kind == .report }
            #expect(html.contains("读取问题 <strong class=\"n-reading\">\(reading)</strong>"))
            #expect(
                html.contains("错误 <strong class=\"n-error\">\(own.filter { $0.severity == .error }.count)</strong>"))
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
