import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import ReportModel

/// A submitted upload form (`multipart/form-data`, parsed by MultipartKit): its text fields and its one file.
///
/// The body is refused with 413 before it is read when its `Content-Length` says it is larger than ``maxBytes``,
/// and reading stops as soon as it passes that limit when it comes without a length.
struct MultipartUpload: Sendable {
    /// The largest upload body the pages accept: 20 MiB (a Word or PDF report with its pictures is a few MiB).
    static let maxBytes = 20 * 1024 * 1024

    /// A file sent in the form.
    struct File: Sendable {
        /// The file's name as the browser sent it, without any folder.
        var name: String
        /// The file's bytes.
        var bytes: [UInt8]
    }

    /// The text fields, in order.
    var fields: FormFields
    /// The first file field that holds a file, if any.
    var file: File?
    /// Whether a file was sent whose name cannot be read: a name in GBK bytes (as an old program sends it), or
    /// `filename*=` in another encoding than UTF-8 or with escapes that make no UTF-8. MultipartKit reads such a
    /// part's header as empty, so that the file had been dropped and the person told to choose one (rv107 F14).
    var hasUnreadableFileName = false

    /// Reads the upload form a request carries.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - fileField: The name of the form's file field.
    ///   - limit: The most bytes of the body.
    /// - Throws: ``WebError/uploadTooLarge(limit:)`` for a body larger than `limit`; ``WebError/badRequest(_:)`` for
    ///   one that is not a multipart form.
    static func read(
        _ request: Request, fileField: String = "file", limit: Int = maxBytes
    ) async throws(WebError) -> MultipartUpload {
        let boundary = try Self.boundary(of: request)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw .uploadTooLarge(limit: limit)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .uploadTooLarge(limit: limit)
        } catch {
            throw incomplete
        }
        return try parse(body, boundary: boundary, fileField: fileField)
    }

    /// The boundary of a `multipart/form-data` request.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for another content type, or a boundary that cannot be one.
    static func boundary(of request: Request) throws(WebError) -> String {
        let type = request.headers[.contentType] ?? ""
        let mediaType = type.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
        guard mediaType.lowercased() == "multipart/form-data", let boundary = HeaderParameters(type)["boundary"],
            (1...70).contains(boundary.utf8.count)
        else {
            throw .badRequest(
                "请通过页面上的“上传报告”表单选择文件后提交（multipart/form-data）。",
                english: "Choose the file with the page's \"Upload a report\" form and send it (multipart/form-data).")
        }
        return boundary
    }

    /// Parses a whole body.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for a body that is not a complete multipart form, or has more parts or
    ///   longer part headers than an upload form (``UploadFormShape``).
    static func parse(_ body: ByteBuffer, boundary: String, fileField: String) throws(WebError) -> MultipartUpload {
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = []
            bytes = []
        }
        // (more parts or longer headers than the form has are refused before MultipartKit reads them byte by byte)
        try UploadFormShape.check(body, boundary: boundary)
        do {
            try parser.execute(body)
        } catch {
            throw malformed
        }
        // (a part begun and not ended: the body stopped before the form's closing boundary, an upload cut off)
        guard headers.isEmpty, bytes.isEmpty else { throw incomplete }
        var upload = MultipartUpload(fields: FormFields(""), file: nil)
        for part in parts {
            let disposition = part.headers.first { $0.0.lowercased() == "content-disposition" }?.1
            // (a header MultipartKit could not read as UTF-8 comes as empty: only a file's name is other than ASCII)
            if disposition == "", !part.body.isEmpty { upload.hasUnreadableFileName = true }
            let parameters = HeaderParameters(disposition ?? "")
            guard let name = parameters["name"] else { continue }
            // (`filename*=UTF-8''…` when sent says the name in full; the quoted `filename` is read whole, `;` and all)
            let filename = parameters.extendedValue("filename*") ?? parameters["filename"]
            if filename == nil, parameters["filename*"] != nil {
                upload.hasUnreadableFileName = upload.hasUnreadableFileName || name == fileField
                continue
            }
            if let filename {
                if name == fileField, upload.file == nil, !filename.isEmpty || !part.body.isEmpty {
                    upload.file = File(name: Self.baseName(filename), bytes: part.body)
                }
            } else {
                upload.fields.pairs.append((name, String(decoding: part.body, as: UTF8.self)))
            }
        }
        return upload
    }

    /// The refusal of a body that did not arrive whole: the connection dropped, or the form stops before its end.
    static let incomplete = WebError.badRequest(
        "上传的内容没有完整收到，请重新上传。", english: "The upload did not arrive whole: please upload it again.")

    /// The refusal of a file sent with a name that cannot be read (``hasUnreadableFileName``).
    static let unreadableFileName = WebError.badRequest(
        "上传的文件的文件名无法识别，文件没有收到。请把文件改成简单的名字（如“2024年报.docx”）后重新上传。",
        english: "The uploaded file's name could not be read, so the file was not taken. Rename the file to a plain "
            + "name (say, \"2024 report.docx\") and upload it again.")

    /// The refusal of a body that is not an upload form as the pages send it.
    static let malformed = WebError.badRequest(
        "上传的表单格式有误，请在页面上重新选择文件后提交。",
        english: "The upload form is malformed: choose the file again on the page and send it.")

    /// A file name without any folder a browser may send (`C:\fakepath\报告.docx`), its first 200 characters, with
    /// each control or format character written out as its code (`常张乡<U+202E>稿定.txt`,
    /// ``Swift/String/showingInvisibleCharacters``, the rule names of people and offices keep): the name goes into
    /// the revision's message, the audit log and the pages, and a right-to-left override or a zero-width space in it
    /// turned the board's and history's text round or hid what it was (rv107 F3).
    static func baseName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return last.isEmpty ? "上传的文件" : String(last.prefix(200)).showingInvisibleCharacters
    }
}
