import NIOCore
import ReportModel

/// The shape an upload form can have, checked on its raw body before MultipartKit reads it: a few parts (the
/// anti-forgery token, the file, the report, the confirmation box) with headers of a few lines each, and the first
/// boundary at its start.
///
/// MultipartKit reads a body byte by byte in the request's task, on Swift's cooperative pool (one thread a core): a
/// 20 MiB form of 300,000 tiny parts, or one header line of 15 MB, held a thread for 15–45 s, and two such uploads
/// stalled every page and every sync of the node (rv107 F4). The check finds the boundaries with `memchr`
/// (``ReportModel/ByteSearch``), which reads 20 MiB in milliseconds, and stops at the first part or header past its
/// limit.
enum UploadFormShape {
    /// The most parts a form may have. The pages' upload forms have four fields; a browser sends each once.
    static let maximumParts = 16
    /// The most bytes of one part's headers (`Content-Disposition` with a long file name, `Content-Type`): a file
    /// name of 200 Chinese characters, percent-encoded twice over, is under 4 KiB.
    static let maximumHeaderBytes = 8 * 1024
    /// The most bytes before the first boundary. A browser sends none.
    static let maximumPreambleBytes = 1024

    /// Refuses a body with more parts, longer part headers or a longer preamble than an upload form has.
    ///
    /// - Throws: ``WebError/badRequest(_:english:)`` (the malformed form's words, ``MultipartUpload/malformed``).
    static func check(_ body: ByteBuffer, boundary: String) throws(WebError) {
        let fits = body.withUnsafeReadableBytes { raw in
            Self.fits(raw.bindMemory(to: UInt8.self), delimiter: Array("\r\n--\(boundary)".utf8))
        }
        guard fits else { throw MultipartUpload.malformed }
    }

    /// Whether the bytes hold at most ``maximumParts`` parts, each with headers of at most ``maximumHeaderBytes``,
    /// after at most ``maximumPreambleBytes`` (a body without its boundary there is no form). What follows the
    /// closing boundary is not read (nor is it by MultipartKit).
    static func fits(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: [UInt8]) -> Bool {
        guard delimiter.count > 2 else { return true }
        let end = bytes.count
        // The first boundary may come without the line break before it.
        let opening = Array(delimiter.dropFirst(2))
        guard let first = find(opening, in: bytes, from: 0, to: min(end, maximumPreambleBytes + opening.count)) else {
            return false
        }
        var position = first + opening.count
        var parts = 0
        while true {
            // After a boundary: `--` closes the form, a line break opens a part.
            if position + 2 <= end, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") {
                return true
            }
            parts += 1
            guard parts <= maximumParts else { return false }
            let headersEnd = min(end, position + 2 + maximumHeaderBytes + 4)
            guard let headers = find(Array("\r\n\r\n".utf8), in: bytes, from: position, to: headersEnd) else {
                // (a part cut off at the end of the body is MultipartKit's to refuse)
                return headersEnd == end
            }
            guard let next = find(delimiter, in: bytes, from: headers + 4, to: end) else { return true }
            position = next + delimiter.count
        }
    }

    /// The offset of the first `needle` in `bytes[from..<to]`, or `nil`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard to - from >= needle.count else { return nil }
        let window = UnsafeBufferPointer(rebasing: bytes[from..<to])
        return needle.withUnsafeBufferPointer { pattern in
            ByteSearch.firstEnd(of: pattern, in: window, from: 0).map { from + $0 - needle.count }
        }
    }
}
