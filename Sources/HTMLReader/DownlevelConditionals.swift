import ReportModel

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
    ///
    /// Each `<` is found with `memchr` (``ByteSearch``) and the bytes between are copied whole, so that a page is read
    /// at the speed of memory: read a byte at a time, a 7 MB page of 900,000 paragraphs took 42 s before the element
    /// count could refuse it.
    ///
    /// - Complexity: O(n) in the length of the page.
    static func removed(from bytes: [UInt8]) -> [UInt8] {
        scanned(bytes).page
    }

    /// The page without its downlevel-revealed markers (``removed(from:)``), and how many start tags (`<` and a
    /// letter) it may have, so that a page of far too many elements is refused before it is parsed (``HTMLReader``).
    ///
    /// Every `<` and letter is counted, also in comments, scripts, style sheets and attribute values: the parser
    /// makes no element of a start tag without one, and whatever it takes for markup the count is never short. A
    /// count of only those outside comments and raw text, as this scan reads the page, was cut short by one
    /// attribute: `<p title="<script>">` is an attribute to libxml2 but a script to the scan, whose raw text ran to
    /// the end of the page, so that 900,000 paragraphs were parsed, 355 MB, before they were refused (review rr99
    /// F6). Word's XML in its conditional comments adds a few hundred to a page's count.
    ///
    /// - Complexity: O(n) in the length of the page.
    static func scanned(_ bytes: [UInt8]) -> (page: [UInt8], startTags: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            let startTags = possibleStartTags(in: bytes)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            // The first byte not yet copied, and the place to look for the next `<` from.
            var copied = 0
            var index = 0
            while let open = ByteSearch.firstIndex(of: lessThan, in: bytes, from: index) {
                // Only `<!` (a comment, a marker) and `<s` (`<script`, `<style`) are looked at further.
                let next = open + 1 < bytes.count ? lowercased(bytes[open + 1]) : 0
                if next != UInt8(ascii: "!"), next != UInt8(ascii: "s") {
                    index = open + 1
                } else if has(commentOpen, at: open, in: bytes) {
                    index = end(of: commentClose, from: open + commentOpen.count, in: bytes)
                } else if let name = rawTextElements.first(where: { hasTag($0, at: open, in: bytes) }) {
                    index = end(of: closingTags[name] ?? [], from: open + 1 + name.count, in: bytes)
                } else if let markerEnd = markerEnd(at: open, in: bytes) {
                    result.append(contentsOf: bytes[copied..<open])
                    copied = markerEnd
                    index = markerEnd
                } else {
                    index = open + 1
                }
            }
            result.append(contentsOf: bytes[copied...])
            return (result, startTags)
        }
    }

    /// How many `<` followed by a letter the page holds, wherever they stand (``scanned(_:)``).
    private static func possibleStartTags(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while let open = ByteSearch.firstIndex(of: lessThan, in: bytes, from: index) {
            if open + 1 < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(bytes[open + 1])) {
                count += 1
            }
            index = open + 1
        }
        return count
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let markerWords = [Array("<![if".utf8), Array("<![endif".utf8)]
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]
    /// The bytes that end a tag's name.
    private static let tagNameEnds: Set<UInt8> = [
        greaterThan, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "/"),
    ]
    /// The end tag that closes each raw-text element (`</script`, `</style`).
    private static let closingTags = Dictionary(
        uniqueKeysWithValues: rawTextElements.map { ($0, Array("</".utf8) + $0) })

    /// Where a downlevel-revealed marker that begins at `index` ends (just after its `]>`), or `nil` when none
    /// begins there.
    private static func markerEnd(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let word = markerWords.first(where: { has($0, at: index, in: bytes) }) else { return nil }
        var position = index + word.count
        while position < bytes.count, bytes[position] != lessThan, bytes[position] != greaterThan { position += 1 }
        guard position < bytes.count, bytes[position] == greaterThan, bytes[position - 1] == UInt8(ascii: "]")
        else { return nil }
        return position + 1
    }

    /// The position just after the first `pattern` (ASCII, matched without regard to case) at or after `start`, or
    /// the end of the bytes when there is none. The pattern's first byte (`-`, `<`) has no case: it is found with
    /// `memchr`.
    private static func end(of pattern: [UInt8], from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = pattern.first else { return start }
        var position = start
        while let found = ByteSearch.firstIndex(of: first, in: bytes, from: position) {
            guard found + pattern.count <= bytes.count else { break }
            if has(pattern, at: found, in: bytes) { return found + pattern.count }
            position = found + 1
        }
        return bytes.count
    }

    /// Whether an element's start tag (`<style>`, `<STYLE type=…>`) begins at `index`.
    private static func hasTag(_ name: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let after = index + 1 + name.count
        guard after < bytes.count, has(name, at: index + 1, in: bytes) else { return false }
        return tagNameEnds.contains(bytes[after])
    }

    /// Whether `pattern` (ASCII) stands at `index`, letters in either case.
    private static func has(_ pattern: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where lowercased(bytes[index + offset]) != byte { return false }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
