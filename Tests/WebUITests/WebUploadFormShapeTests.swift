import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportRepository
import Testing

@testable import WebUI

/// An upload form of 300,000 tiny parts, or with a header line of megabytes, held a thread of the cooperative pool
/// for half a minute while MultipartKit read it byte by byte, and two such uploads stalled every page and sync of the
/// node (rv107 F4). A form with more parts or longer part headers than the upload form has is refused before it is
/// parsed, and the node answers other requests meanwhile.
@Suite struct WebUploadFormShapeTests {
    /// A form body: the anti-forgery token, then `parts` tiny fields, then `header` bytes of one more header line in
    /// the file's part, then a file.
    static func body(csrf: String, parts: Int, headerPadding: Int = 0, file: [UInt8]) -> ByteBuffer {
        let boundary = Multipart.boundary
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        for index in 0..<parts {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"f\(index)\"\r\n\r\nx\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n")
        if headerPadding > 0 { body.writeString("X-Padding: " + String(repeating: "a", count: headerPadding) + "\r\n") }
        body.writeString("Content-Type: text/plain\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        return body
    }

    @Test func aFormOfManyPartsOrLongHeadersIsRefusedWhileOtherPagesAnswer() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let head = try await repository.resolve("qingshi/2024")
        let file = try WebUploadFileNameTests.edited("本年度另行补充说明一条。")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: reviewer)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            // 20,000 parts (1.3 MB): refused, while the login page answers
            async let many = client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers(reviewer),
                body: Self.body(csrf: csrf, parts: 20_000, file: file))
            async let login = client.execute(uri: "/login", method: .get)
            let (refused, other) = try await (many, login)
            #expect(other.status == .ok)
            #expect(refused.status == .badRequest)
            #expect(Web.text(refused).contains("上传的表单格式有误"), "\(Web.text(refused).prefix(1500))")

            // One header line of 64 KB in the file's part
            let long = try await client.execute(
                uri: "/reports/qingshi/2024/upload", method: .post, headers: Multipart.headers(reviewer),
                body: Self.body(csrf: csrf, parts: 0, headerPadding: 64 * 1024, file: file))
            #expect(long.status == .badRequest)
            #expect(Web.text(long).contains("上传的表单格式有误"), "\(Web.text(long).prefix(1500))")
        }
        #expect(try await repository.resolve("qingshi/2024").id == head.id)
    }

    /// The limits: as many parts as the form may have pass, one more does not; so for a part's headers and the bytes
    /// before the first boundary.
    @Test func theLimitsAreThePartsAndHeadersAFormMayHave() throws {
        func fits(_ body: ByteBuffer) -> Bool {
            (try? UploadFormShape.check(body, boundary: Multipart.boundary)) != nil
        }
        let most = UploadFormShape.maximumParts
        #expect(fits(Self.body(csrf: "t", parts: most - 2, file: [65])))
        #expect(!fits(Self.body(csrf: "t", parts: most - 1, file: [65])))
        // (the file's part holds `Content-Disposition` and `Content-Type` besides the padding line)
        let padding = UploadFormShape.maximumHeaderBytes - 200
        #expect(fits(Self.body(csrf: "t", parts: 0, headerPadding: padding, file: [65])))
        #expect(!fits(Self.body(csrf: "t", parts: 0, headerPadding: padding + 400, file: [65])))
        var preamble = ByteBuffer(string: String(repeating: "p", count: UploadFormShape.maximumPreambleBytes + 1))
        preamble.writeImmutableBuffer(Self.body(csrf: "t", parts: 0, file: [65]))
        #expect(!fits(preamble))
        #expect(!fits(ByteBuffer(string: "no boundary at all")))
        // A file whose bytes hold line breaks and dashes, and what follows the closing boundary, are not parts.
        #expect(fits(Self.body(csrf: "t", parts: 0, file: Array(String(repeating: "\r\n--\r\n\r\n", count: 100).utf8))))
    }
}
