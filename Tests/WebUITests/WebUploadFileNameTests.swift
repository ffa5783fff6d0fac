import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportRepository
import RevisionStore
import Testing

@testable import WebUI

/// A `;` in an uploaded file's name cut it there, its opening quote kept: `常张乡2024年报（终稿;第二次修改）.docx` was
/// told and kept as `"常张乡2024年报（终稿` (rv102 F9). A quoted name is read whole now, and `filename*=UTF-8''…` when
/// a client sends it.
@Suite struct WebUploadFileNameTests {
    static func edited(_ line: String) throws -> [UInt8] {
        var text = String(decoding: try WebUploadTests.fixture("qingshi-2024.txt"), as: UTF8.self)
        text += "\n\(line)\n"
        return Array(text.utf8)
    }

    @Test func aSemicolonInTheNameIsPartOfIt() async throws {
        let people = try await WebUploadTests.make()
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let name = "常张乡2024年报（终稿;第二次修改）.txt"
            let response = try await WebUploadTests.upload(
                (name, try Self.edited("本年度另行补充说明一条。")), to: "/reports/qingshi/2024/upload", session: reviewer,
                client: client)
            #expect(response.status == .ok, "\(Web.text(response).prefix(1500))")
            #expect(Web.text(response).contains("已上传 <bdi>\(name)</bdi>：新修订"), "\(Web.text(response).prefix(3000))")

            // The extended name, as some clients send it beside a plain one
            let token = try #require(Web.csrf(in: Web.text(response)))
            let wanted = "青石镇年报（定稿;二）.txt"
            var body = ByteBuffer()
            let boundary = Multipart.boundary
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"qingshi.txt\"; "
                    + "filename*=UTF-8''\(Escape.query(wanted))\r\n"
                    + "Content-Type: text/plain\r\n\r\n")
            body.writeBytes(try Self.edited("本年度另行补充说明两条。"))
            body.writeString("\r\n--\(boundary)--\r\n")
            let extended = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers(reviewer), body: body)
            #expect(extended.status == .ok, "\(Web.text(extended).prefix(1500))")
            #expect(Web.text(extended).contains("已上传 <bdi>\(wanted)</bdi>：新修订"), "\(Web.text(extended).prefix(3000))")
        }
    }

    /// A right-to-left override and a closing isolate in the name went raw into the revision's message, the audit
    /// log and the board, turning their text round (rv107 F3): they are written out as their codes, as a refused
    /// name's are.
    @Test func formatCharactersInTheNameAreWrittenAsCodes() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let name = "青石镇\u{202E}稿定不请\u{2069}\u{200B}.txt"
            let response = try await WebUploadTests.upload(
                (name, try Self.edited("本年度另行补充说明一条。")), to: "/reports/qingshi/2024/upload", session: reviewer,
                client: client)
            let page = Web.text(response)
            #expect(response.status == .ok, "\(page.prefix(1500))")
            #expect(page.contains("青石镇&lt;U+202E&gt;稿定不请&lt;U+2069&gt;&lt;U+200B&gt;.txt"), "\(page.prefix(3000))")
            #expect(!page.contains("\u{202E}") && !page.contains("\u{2069}") && !page.contains("\u{200B}"))
            let head = try await repository.resolve("qingshi/2024")
            #expect(head.content.message == "上传 青石镇<U+202E>稿定不请<U+2069><U+200B>.txt")
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            #expect(!board.contains("\u{202E}"))
        }
        #expect(MultipartUpload.baseName("C:\\fakepath\\年\u{7}报.docx") == "年<U+0007>报.docx")
        #expect(MultipartUpload.baseName("/") == "上传的文件")
    }

    /// The rule: `;` and `=` inside quotes, an escaped quote, an old browser's folder, names without case.
    @Test func parametersAreSplitOutsideQuotesOnly() {
        let parameters = HeaderParameters(
            #"form-data; NAME="file"; filename="a;b=c \"d\".docx" ; size=12 ; empty="""#)
        #expect(parameters["name"] == "file")
        #expect(parameters["filename"] == #"a;b=c "d".docx"#)
        #expect(parameters["size"] == "12")
        #expect(parameters["empty"] == "")
        #expect(HeaderParameters(#"form-data; filename="C:\fakepath\年报.docx""#)["filename"] == #"C:\fakepath\年报.docx"#)
        #expect(
            HeaderParameters("form-data; filename*=UTF-8''%E5%B9%B4%3B.docx").extendedValue("filename*") == "年;.docx")
        #expect(HeaderParameters("form-data; filename*=GBK''%C4%EA.docx").extendedValue("filename*") == nil)
        #expect(HeaderParameters("multipart/form-data; boundary=\"a b\"")["boundary"] == "a b")
    }
}
