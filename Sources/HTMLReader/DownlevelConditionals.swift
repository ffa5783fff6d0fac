/// Word's conditional comments in a page it saved as HTML, made plain for an HTML parser.
///
/// Word writes two kinds:
/// - *downlevel-hidden*, `<!--[if gte mso 9]>…<![endif]-->`: an ordinary comment, whose content (Word's own XML,
///   the VML drawing of a picture, a field's code `=SUM(LEFT)`) is not the page's text. It is left as it is, for the
///   parser to drop as the comment it is; what follows its `-->` (a field's result `106`, the rest of the page) is
///   the page's.
/// - *downlevel-revealed*, `<![if !supportLists]>一、<![endif]>`: markers around content a browser shows (a list's
///   number, a picture's `<img>`), which an HTML parser would read as text. The markers are removed, the content
///   kept.
///
/// The bytes are read as the parser reads them: a comment runs from `<!--` to the first `-->`, and the raw text of
/// `<script>` and `<style>` to its end tag; only a marker outside both, closed by `]>` before any other `<` or `>`, is
/// removed. Nothing else is touched.
enum DownlevelConditionals {
    /// The page without its downlevel-revealed markers.
    static func removed(from bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == lessThan else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let skipTo: Int
            if has(commentOpen, at: index, in: bytes) {
                skipTo = end(of: commentClose, from: index + commentOpen.count, in: bytes)
            } else if let name = rawTextElements.first(where: { hasTag($0, at: index, in: bytes) }) {
                skipTo = end(of: Array("</".utf8) + name, from: index + 1 + name.count, in: bytes)
            } else if let markerEnd = markerEnd(at: index, in: bytes) {
                index = markerEnd
                continue
            } else {
                skipTo = index + 1
            }
            result += bytes[index..<skipTo]
            index = skipTo
        }
        return result
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let markerWords = [Array("<![if".utf8), Array("<![endif".utf8)]
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]

    /// Where a downlevel-revealed marker that begins at `index` ends (just after its `]>`), or `nil` when none
    /// begins there.
    private static func markerEnd(at index: Int, in bytes: [UInt8]) -> Int? {
        guard let word = markerWords.first(where: { has($0, at: index, in: bytes) }) else { return nil }
        var position = index + word.count
        while position < bytes.count, bytes[position] != lessThan, bytes[position] != greaterThan { position += 1 }
        guard position < bytes.count, bytes[position] == greaterThan, bytes[position - 1] == UInt8(ascii: "]")
        else { return nil }
        return position + 1
    }

    /// The position just after the first `pattern` (ASCII, matched without regard to case) at or after `start`, or
    /// the end of the bytes when there is none.
    private static func end(of pattern: [UInt8], from start: Int, in bytes: [UInt8]) -> Int {
        var position = start
        while position + pattern.count <= bytes.count {
            if has(pattern, at: position, in: bytes) { return position + pattern.count }
            position += 1
        }
        return bytes.count
    }

    /// Whether an element's start tag (`<style>`, `<STYLE type=…>`) begins at `index`.
    private static func hasTag(_ name: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        let after = index + 1 + name.count
        guard after < bytes.count, has(name, at: index + 1, in: bytes) else { return false }
        return [
            greaterThan, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
            UInt8(ascii: "/"),
        ].contains(bytes[after])
    }

    /// Whether `pattern` (ASCII) stands at `index`, letters in either case.
    private static func has(_ pattern: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where lowercased(bytes[index + offset]) != byte { return false }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
