import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportRepository
import Testing

@testable import WebUI

/// A file sent with a name the form's reader cannot read (GBK bytes, as an old program sends it, or `filename*=` in
/// another encoding), or a form cut off before its end, was answered 请选择要上传的报告文件 — the person had chosen
/// one (rv107 F14). Now they are told what was wrong: the name could not be read (rename the file and send it
/// again), or the upload did not arrive whole.
@Suite struct WebUnreadableFileNameTests {
    /// A form of the anti-forgery token and a file part whose `Content-Disposition` parameters after `name="file"`
    /// are the bytes given; `closed: false` leaves out the closing boundary.
    static func body(csrf: String, disposition: [UInt8], closed: Bool = true) -> ByteBuffer {
        let boundary = Multipart.boundary
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; ")
        body.writeBytes(disposition)
        body.writeString("\r\nContent-Type: text/plain\r\n\r\n一、总体情况\r\n")
        if closed { body.writeString("\r\n--\(boundary)--\r\n") }
        return body
    }

    /// `常张乡年报.txt` in GBK.
    static let gbkName: [UInt8] = [0xB3, 0xA3, 0xD5, 0xC5, 0xCF, 0xE7, 0xC4, 0xEA, 0xB1, 0xA8] + Array(".txt".utf8)

    static func parse(_ body: ByteBuffer) throws(WebError) -> MultipartUpload {
        try MultipartUpload.parse(body, boundary: Multipart.boundary, fileField: "file")
    }

    @Test func aFileWhoseNameCannotBeReadIsToldSo() throws {
        let unreadable: [[UInt8]] = [
            Array("filename=\"".utf8) + Self.gbkName + Array("\"".utf8),
            Array("filename*=UTF-8''%FF%FE%B3%A3.txt".utf8),
            Array("filename*=GBK''%B3%A3%D5%C5.txt".utf8),
        ]
        for disposition in unreadable {
            let upload = try Self.parse(Self.body(csrf: "t", disposition: disposition))
            #expect(upload.file == nil)
            #expect(upload.hasUnreadableFileName, "\(String(decoding: disposition, as: UTF8.self))")
        }
        // A name in UTF-8, plain or extended, is read as before
        for disposition in ["filename=\"常张乡年报.txt\"", "filename*=UTF-8''%E5%B8%B8%E5%BC%A0.txt"] {
            let upload = try Self.parse(Self.body(csrf: "t", disposition: Array(disposition.utf8)))
            #expect(!upload.hasUnreadableFileName)
            #expect(upload.file?.name.hasPrefix("常") == true)
        }
        // A form cut off before its closing boundary did not arrive whole
        #expect(throws: MultipartUpload.incomplete) {
            try Self.parse(Self.body(csrf: "t", disposition: Array("filename=\"a.txt\"".utf8), closed: false))
        }
    }

    @Test func theUploadPageSaysTheNameCouldNotBeReadNotChooseAFile() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: reviewer)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            let refused = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers(reviewer),
                body: Self.body(csrf: csrf, disposition: Array("filename=\"".utf8) + Self.gbkName + [34]))
            #expect(refused.status == .badRequest)
            let text = Web.text(refused)
            #expect(text.contains("上传的文件的文件名无法识别"), "\(text.prefix(1500))")
            #expect(!text.contains("请选择要上传的报告文件"))
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }
}
