import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
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
