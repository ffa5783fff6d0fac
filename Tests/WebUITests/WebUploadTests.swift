import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing
import ZIPFoundation

/// Uploading a report file on the pages, on a real server on 127.0.0.1: each format becomes a new revision of the
/// draft with its original kept and its findings on the page; a file too large, of another agency or year, of
/// another type or not a report is refused with a message in Chinese and nothing stored; the form needs its
/// anti-forgery token; a viewer never uploads, and a clerk's upload to another agency is answered as one to an
/// agency that does not exist.
@Suite struct WebUploadTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")
    static let qingshi = ReportKey(agency: "qingshi", year: 2024)

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// The people fixture with 青石镇 2024 committed from its text.
    static func make() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        _ = try await people.fixture.repository.commit(
            fileAt: fixtures.appendingPathComponent("qingshi-2024.txt").path, to: qingshi, author: "王芳",
            time: Date(timeIntervalSince1970: 1_736_300_000))
        return people
    }

    /// Posts an upload as a session, with the anti-forgery token of its pages unless `csrf` is given.
    static func upload(
        _ file: (name: String, bytes: [UInt8])?, to path: String, fields: [(String, String)] = [],
        session: HTTPFields, csrf: String? = nil, client: any TestClientProtocol
    ) async throws -> TestResponse {
        var token = csrf ?? ""
        if csrf == nil {
            let page = try await client.execute(uri: "/", method: .get, headers: session)
            token = try #require(Web.csrf(in: Web.text(page)))
        }
        return try await client.execute(
            uri: path, method: .post, headers: Multipart.headers(session),
            body: Multipart.body([("csrf", token)] + fields, file: file))
    }

    @Test func eachFormatBecomesARevisionWithItsOriginalAndFindings() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        var text = String(decoding: try Self.fixture("qingshi-2024.txt"), as: UTF8.self)
        let stop = try #require(text.range(of: "。"))
        text.insert(contentsOf: "本年度另行补充说明一条。", at: stop.upperBound)
        let edited = text
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let uploads: [(name: String, bytes: [UInt8], original: String?)] = [
                ("qingshi-2024-修改.txt", Array(edited.utf8), nil),
                ("qingshi-2024.docx", try Self.fixture("qingshi-2024.docx"), "docx"),
                ("qingshi-2024.pdf", try Self.fixture("qingshi-2024.pdf"), "pdf"),
                ("qingshi-2024.cms.html", try Self.fixture("qingshi-2024.cms.html"), "html"),
            ]
            for upload in uploads {
                let before = try await repository.resolve("qingshi/2024")
                let response = try await Self.upload(
                    (upload.name, upload.bytes), to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
                let page = Web.text(response)
                #expect(response.status == .ok, "\(upload.name): \(page)")
                #expect(page.contains("已上传 <bdi>\(upload.name)</bdi>：新修订"), "\(upload.name)")
                #expect(page.contains("检查结果"))
                let head = try await repository.resolve("qingshi/2024")
                #expect(head.id != before.id, "\(upload.name)")
                #expect(head.parents == [before.id])
                #expect(head.content.author == "王审核")
                let number = try #require(try await repository.generations(of: [head.id])[head.id])
                #expect(page.contains("已上传 <bdi>\(upload.name)</bdi>：新修订（第 \(number) 版）已成为草稿。"), "\(upload.name)")
                if let format = upload.original {
                    let original = try await repository.original(of: head.id.hex)
                    #expect(original.file.bytes == upload.bytes)
                    #expect(original.file.name == upload.name)
                    #expect(head.content.original?.format == format)
                } else {
                    #expect(head.content.original == nil)
                }
            }
        }
    }

    @Test func aClerkUploadsFromTheBoardToItsOwnReport() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: clerk))
            #expect(board.contains("上传报告"))
            #expect(board.contains("enctype=\"multipart/form-data\""))
            #expect(board.contains("<option value=\"changzhang/2024\""))
            #expect(!board.contains("<option value=\"dazhuang/2024\""))
            // A Word file of the first revision's very text made elsewhere (it names no revision it was downloaded
            // from) would put back what 李明 changed in 第 2 版: nothing is committed, and it is said as what it is —
            // 第 1 版's text, older than the draft (rv103 F3; an edited older copy is refused, naming the places, the
            // version and him: OwnCopyBaseTests). (The page's own download of it would be merged with what changed
            // since, and, unedited, change nothing: RebaseTests.)
            let old = people.fixture.revisions2024[0].id.hex
            let stale = try await Self.upload(
                ("常张乡2024年报.docx", [UInt8](try DocxWriter.write(try await repository.report(at: old)))),
                to: "/upload", fields: [("report", "changzhang/2024")], session: clerk, client: client)
            #expect(stale.status == .ok)
            #expect(Web.text(stale).contains("这份文件就是第 1 版（"), "\(Web.text(stale))")
            #expect(Web.text(stale).contains("的内容，比当前草稿（第 2 版）旧：没有提交，草稿没有改动。"))
            #expect(try await repository.resolve("changzhang/2024").id == people.fixture.revisions2024[1].id)
            // The draft's text with a cell changed, made elsewhere: a new revision of the draft, by the clerk
            let edited = SampleReport.settingTable3Cell(
                of: try await repository.report(at: "changzhang/2024"), index: 1, to: "4")
            let bytes = [UInt8](try DocxWriter.write(edited))
            let response = try await Self.upload(
                ("常张乡2024年报.docx", bytes), to: "/upload", fields: [("report", "changzhang/2024")], session: clerk,
                client: client)
            #expect(response.status == .ok)
            #expect(Web.text(response).contains("已上传 <bdi>常张乡2024年报.docx</bdi>"))
            let head = try await repository.resolve("changzhang/2024")
            #expect(head.content.author == "李四")
            #expect(head.parents == [people.fixture.revisions2024[1].id])
            #expect(try await repository.report(at: head.id.hex) == edited)
            // … and to another agency's report from the board: as to one that does not exist.
            let other = try await Self.upload(
                ("a.docx", bytes), to: "/upload", fields: [("report", "dazhuang/2024")], session: clerk,
                client: client)
            let none = try await Self.upload(
                ("a.docx", bytes), to: "/upload", fields: [("report", "nosuchagency/2024")], session: clerk,
                client: client)
            #expect(other.status == .notFound)
            #expect(Web.text(other).replacingOccurrences(of: "dazhuang", with: "nosuchagency") == Web.text(none))
        }
    }

    /// RFC 2046 lets a boundary hold spaces when the header quotes it; the form is read all the same.
    @Test func aQuotedBoundaryWithSpacesIsReadAsTheForm() async throws {
        let people = try await Self.make()
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            let token = try #require(Web.csrf(in: board))
            var text = String(decoding: try Self.fixture("qingshi-2024.txt"), as: UTF8.self)
            text += "\n本年度另行补充说明一条。\n"
            let boundary = "nianbao test boundary"
            let response = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post,
                headers: Multipart.headers(reviewer, boundary: "\"\(boundary)\""),
                body: Multipart.body([("csrf", token)], file: ("a.txt", Array(text.utf8)), boundary: boundary))
            #expect(response.status == .ok, "\(Web.text(response).prefix(1500))")
            #expect(Web.text(response).contains("已上传 <bdi>a.txt</bdi>：新修订"))
        }
    }

    @Test func aBodyTooLargeIsRefusedBeforeOrWhileItIsRead() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        let county = people.fixture.county
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            // Its Content-Length says more than 20 MiB: refused before it is read.
            let large = [UInt8](repeating: 65, count: 20 * 1024 * 1024 + 1)
            let response = try await Self.upload(
                ("big.txt", large), to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
            #expect(response.status == .contentTooLarge)
            #expect(Web.text(response).contains("超过 20 MB"))
            // Without a length, in chunks: reading stops at the limit.
            let port = try #require(client.port)
            let answer = await ChunkedUpload.post(
                port: port, path: "/reports/qingshi/2024/upload",
                headers: [
                    ("Authorization", "Bearer \(county)"),
                    ("Content-Type", "multipart/form-data; boundary=\(Multipart.boundary)"),
                ], chunks: 24, chunkSize: 1024 * 1024)
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
            #expect(answer.contains("超过 20 MB"))
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }

    @Test func anotherAgencysOrYearsFileIsRefusedNamingBoth() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let response = try await Self.upload(
                ("dazhuang-2023.docx", try Self.fixture("dazhuang-2023.docx")), to: "/reports/qingshi/2024/upload",
                session: reviewer, client: client)
            let page = Web.text(response)
            #expect(response.status == .badRequest)
            #expect(page.contains("大庄乡人民政府"))
            #expect(page.contains("2023 年"))
            #expect(page.contains("不是 青石镇人民政府 2024 年的报告"), "\(page)")
            #expect(!page.contains("不是 qingshi/2024"))
            #expect(page.contains("草稿没有改动"))
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }

    /// The official blank template (a clerk's slip: the file beside the report in the same folder) names no agency
    /// and no year: refused, the draft as it was.
    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
    func theBlankTemplateDoesNotReplaceTheDraft() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        let template = [UInt8](try Corpus.data("files/template-2021.docx"))
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("王审核", client: client)
            let response = try await Self.upload(
                ("template-2021.docx", template), to: "/reports/qingshi/2024/upload", session: clerk, client: client)
            let page = Web.text(response)
            #expect(response.status == .badRequest)
            #expect(page.contains("没有写明机关名称和年度"))
            #expect(page.contains("空白模板"))
            #expect(page.contains("草稿没有改动"))
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }

    /// The clerk downloads 第 1 版 as Word, the county corrects a cell meanwhile (第 2 版), the clerk uploads the
    /// edited file: both changes are in 第 3 版, and the page says so; an edit of the cell the county corrected is
    /// refused, naming both versions, and the draft stays.
    @Test func aWordFileEditedFromAnOlderVersionIsMergedNotLaidOver() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let first = try await repository.resolve("qingshi/2024")
        let downloaded = try await repository.report(at: first.id.hex)
        // (corrected by another person than the one uploading: her own later change would be hers to change again,
        // ResentDownloadTests)
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: downloaded, index: 0, to: "41"), to: Self.qingshi, author: "刘主任",
            message: "县里更正")
        let edited = SampleReport.settingTable3Cell(of: downloaded, index: 1, to: "42")
        let clash = SampleReport.settingTable3Cell(of: downloaded, index: 0, to: "43")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let refused = try await Self.upload(
                ("青石镇年报.docx", [UInt8](try DocxWriter.write(clash, revision: first.id))),
                to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
            #expect(refused.status == .badRequest)
            #expect(
                Web.text(refused).contains(
                    "是在这份报告的第 1 版上修改的，草稿此后已有第 2 版，这份文件和 刘主任 改了同样的地方：")
            )
            // (the two values of the cell both changed, rv120 M1)
            #expect(Web.text(refused).contains("（草稿里是 41，文件里是 43）"), "\(Web.text(refused))")
            #expect(Web.text(refused).contains("请下载当前草稿（第 2 版）"))
            #expect(!Web.text(refused).contains("--force"))
            #expect(try await repository.resolve("qingshi/2024").id == county.revision.id)
            let response = try await Self.upload(
                ("青石镇年报.docx", [UInt8](try DocxWriter.write(edited, revision: first.id))),
                to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
            #expect(response.status == .ok)
            #expect(Web.text(response).contains("已把文件的修改和第 2 版的修改合在一起提交"))
        }
        let merged = try await repository.report(at: "qingshi/2024")
        #expect(merged == SampleReport.settingTable3Cell(of: edited, index: 0, to: "41"))
    }

    @Test func aFileOfAnotherTypeOrNotAReportIsRefused() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        let png: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64)
        let archive = try Archive(data: Data(), accessMode: .create)
        let note = Data("这不是 Word 文档".utf8)
        try archive.addEntry(
            with: "note.txt", type: .file, uncompressedSize: Int64(note.count),
            provider: { position, size in note.subdata(in: Int(position)..<Int(position) + size) })
        let zip = [UInt8](try #require(archive.data))
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            for (name, bytes, message) in [
                ("照片.png", png, "不是能读取的报告文件"),
                ("材料.zip", zip, "不是能读取的报告文件"),
                ("通知.txt", Array("关于做好年终工作的通知\n请各单位按时报送。\n".utf8), "无法作为年报读取"),
            ] {
                let response = try await Self.upload(
                    (name, bytes), to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
                let page = Web.text(response)
                #expect(response.status == .badRequest, "\(name)")
                #expect(page.contains(message), "\(name): \(page)")
                #expect(page.contains("草稿没有改动"), "\(name)")
            }
            // No file chosen
            let empty = try await Self.upload(
                nil, to: "/reports/qingshi/2024/upload", session: reviewer, client: client)
            #expect(empty.status == .badRequest)
            #expect(Web.text(empty).contains("请选择要上传的报告文件"))
            // Not a multipart form
            let form = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Web.form(nil, extra: reviewer),
                body: Web.body([("file", "x")]))
            #expect(form.status == .badRequest)
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }

    @Test func theFormNeedsItsTokenAndTheRightPerson() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        let heads = (
            try await repository.resolve("qingshi/2024").id, try await repository.resolve("changzhang/2024").id
        )
        let docx = try Self.fixture("qingshi-2024.docx")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let forged = try await Self.upload(
                ("qingshi-2024.docx", docx), to: "/reports/qingshi/2024/upload", session: reviewer, csrf: "forged",
                client: client)
            #expect(forged.status == .forbidden)
            let missing = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers(reviewer),
                body: Multipart.body([], file: ("qingshi-2024.docx", docx)))
            #expect(missing.status == .forbidden)
            #expect(Web.text(missing).contains("防伪令牌"))
            // A viewer never uploads: not on the report page, not on the board, and the form is refused.
            let viewer = try await WebPeopleTests.session("赵领导", client: client)
            let page = Web.text(try await client.execute(uri: "/reports/qingshi/2024", method: .get, headers: viewer))
            #expect(!page.contains("上传报告"))
            #expect(!Web.text(try await client.execute(uri: "/", method: .get, headers: viewer)).contains("上传报告"))
            for path in ["/reports/qingshi/2024/upload", "/upload"] {
                let refused = try await Self.upload(
                    ("qingshi-2024.docx", docx), to: path, fields: [("report", "qingshi/2024")], session: viewer,
                    client: client)
                #expect(refused.status == .forbidden, "\(path)")
            }
            // A clerk's upload to another agency's report is answered as one to an agency that does not exist.
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let other = try await Self.upload(
                ("qingshi-2024.docx", docx), to: "/reports/qingshi/2024/upload", session: clerk, client: client)
            let none = try await Self.upload(
                ("qingshi-2024.docx", docx), to: "/reports/nosuchagency/2024/upload", session: clerk, client: client)
            #expect(other.status == .notFound)
            #expect(other.status == none.status)
            #expect(Web.text(other).replacingOccurrences(of: "qingshi", with: "nosuchagency") == Web.text(none))
            // Without a login: 401
            let anonymous = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers([:]),
                body: Multipart.body([], file: ("qingshi-2024.docx", docx)))
            #expect(anonymous.status == .unauthorized)
        }
        #expect(try await repository.resolve("qingshi/2024").id == heads.0)
        #expect(try await repository.resolve("changzhang/2024").id == heads.1)
    }
}

/// A township's first report of a year is started in the browser: the board offers its 未报送 report to upload to,
/// and the first upload makes 第 1 版. Only an awaited report of the person's own agency is started; any other is
/// answered as a report that does not exist.
@Suite struct WebFirstUploadTests {
    static func make() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.addAgency(id: "qingshi", name: "青石镇人民政府", kind: .township, by: "管理员")
        _ = try await repository.addPerson(
            name: "钱七", role: .clerk, agencies: ["qingshi"], password: WebPeopleTests.People.password, by: "管理员")
        return people
    }

    @Test func aClerkStartsTheirTownshipsReportOfTheYearByUploadingIt() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("钱七", client: client)
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: clerk))
            #expect(
                board.contains("<option value=\"qingshi/2024\" selected>青石镇人民政府 2024 年度报告（未报送，上传后为第 1 版）</option>"),
                "\(board)")
            let response = try await WebUploadTests.upload(
                ("青石镇2024年报.docx", try WebUploadTests.fixture("qingshi-2024.docx")), to: "/upload",
                fields: [("report", "qingshi/2024")], session: clerk, client: client)
            let page = Web.text(response)
            #expect(response.status == .ok, "\(page)")
            #expect(page.contains("新修订（第 1 版）已成为草稿"), "\(page)")
            let head = try await repository.resolve("qingshi/2024")
            #expect(head.content.author == "钱七")
            #expect(head.parents.isEmpty)
        }
    }

    @Test func onlyAnAwaitedReportOfOnesOwnAgencyIsStarted() async throws {
        let people = try await Self.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let file = ("青石镇2024年报.docx", try WebUploadTests.fixture("qingshi-2024.docx"))
            // Another township's clerk: the same answer as for an agency that does not exist
            let other = try await WebPeopleTests.session("李四", client: client)
            let foreign = try await WebUploadTests.upload(
                file, to: "/reports/qingshi/2024/upload", session: other, client: client)
            let unknown = try await WebUploadTests.upload(
                file, to: "/reports/nosuch/2024/upload", session: other, client: client)
            #expect(foreign.status == .notFound && unknown.status == .notFound)
            // A year to come is awaited by no one (it would become everyone's board)
            let clerkFirst = try await WebPeopleTests.session("钱七", client: client)
            let future = try await WebUploadTests.upload(
                file, to: "/upload", fields: [("report", "qingshi/2031")], session: clerkFirst, client: client)
            #expect(future.status == .notFound)
            // A year the county does not expect 青石镇 to report: no report is started
            try await repository.setExpectedAgencies(["changzhang"], year: 2024)
            let clerk = try await WebPeopleTests.session("钱七", client: client)
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: clerk))
            #expect(!board.contains("未报送，上传后为第 1 版"))
            let refused = try await WebUploadTests.upload(
                file, to: "/upload", fields: [("report", "qingshi/2024")], session: clerk, client: client)
            #expect(refused.status == .notFound, "\(Web.text(refused))")
            #expect(try await repository.report(ReportKey(agency: "qingshi", year: 2024)) == nil)
        }
    }
}
