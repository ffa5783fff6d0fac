/// One selector of a style sheet's rule, as the web page reader matches it: by its last compound selector (the
/// `span.fn` of `td > span.fn`), the element the rule styles.
///
/// What the reader cannot tell from an element alone — its ancestors and siblings (combinators), attributes other
/// than `class` and `id`, pseudo-classes (`:first-child`, `:not(…)`), a class or id matched only in another case —
/// makes a match ``Match/possibly``: such a rule may only move text, never put it back on the line, so a doubt reads a
/// footnote mark as raised (its number missing), never a raised mark as a digit (a wrong number). A selector of
/// generated content (`::before`, `::after`) or of a state the page is not read in (`:hover`, `:focus`) selects no
/// element's own text.
struct StyleSelector {
    /// How surely a selector selects an element.
    enum Match: Equatable {
        /// Only maybe (see ``StyleSelector``).
        case possibly
        /// Surely, as a browser would.
        case exactly
    }

    /// The element name, lower-cased; `nil` for any element (`*`, or none written).
    private(set) var type: String?
    /// The classes the element must have, as written.
    private(set) var classes: [String] = []
    /// The ids the element must have, as written.
    private(set) var ids: [String] = []
    /// ``classes`` and ``ids`` lower-cased, for a page matched in any case.
    private var folded: (classes: [String], ids: [String]) = ([], [])
    /// Whether a match of the last compound is only a maybe.
    private(set) var isApproximate = false
    /// The CSS specificity of the whole selector: ids, then classes, attributes and pseudo-classes, then element
    /// names, each counted up to 999.
    private(set) var specificity = 0

    /// The key the style sheet files the selector under: an id, else a class, else the element name (lower-cased,
    /// as ``StyledElement/keys`` gives an element's); `*` for a selector of any element.
    var key: String {
        if let id = ids.first { return "#" + id.lowercased() }
        if let first = classes.first { return "." + first.lowercased() }
        return type ?? "*"
    }

    /// The work of matching the selector against one element (``match(_:)``), in comparisons: one for the element,
    /// one for each class and id the selector names (each a look-up in the element's sets, ``StyledElement``), and
    /// one for every 64 bytes of the names it compares (a look-up hashes the name, a comparison reads it). `p` and
    /// `span.MsoFootnoteReference` cost 1 and 2; a rule naming 300 classes costs 301.
    var work: Int {
        let names = [type ?? ""] + classes + ids
        return 1 + classes.count + ids.count + names.reduce(0) { $0 + $1.utf8.count } / 64
    }

    private static let textless: Set<String> = [
        "before", "after", "marker", "placeholder", "selection", "backdrop", "file-selector-button", "cue",
        "grammar-error", "spelling-error", "target-text", "highlight", "hover", "active", "focus", "focus-visible",
        "focus-within",
    ]

    /// A selector as written (one of a selector list); `nil` when it selects no element's own text or is empty.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        var compounds: [Range<Int>] = []
        var index = 0
        var start: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") {
                if start == nil { start = index }
                let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
                index = (CSSText.next(close, in: bytes, from: index + 1, to: bytes.count) ?? bytes.count) + 1
            } else if byte <= 0x20 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "~")
            {
                if let begun = start { compounds.append(begun..<index) }
                start = nil
                index += 1
            } else {
                if start == nil { start = index }
                index += byte == .backslash ? 2 : 1
            }
        }
        if let begun = start { compounds.append(begun..<min(index, bytes.count)) }
        guard let last = compounds.last else { return nil }
        isApproximate = compounds.count > 1
        for compound in compounds.dropLast() {
            var ancestor = StyleSelector()
            guard ancestor.read(bytes, compound) else { return nil }
            specificity += ancestor.specificity
        }
        guard read(bytes, last) else { return nil }
        folded = (classes.map { $0.lowercased() }, ids.map { $0.lowercased() })
    }

    private init() {}

    /// How the selector selects an element; `nil` when it does not.
    ///
    /// - Complexity: O(``work``): one look-up in the element's sets for each class and id the selector names.
    func match(_ element: StyledElement) -> Match? {
        if let type, type != element.name { return nil }
        var isApproximate = self.isApproximate
        for (wanted, lowered) in zip(classes, folded.classes) where !element.classes.contains(wanted) {
            // A page without a doctype (Word's) is read in quirks mode, where class names match in any case.
            guard element.foldedClasses.contains(lowered) else { return nil }
            isApproximate = true
        }
        for (wanted, lowered) in zip(ids, folded.ids) where wanted != element.id {
            guard element.foldedID == lowered else { return nil }
            isApproximate = true
        }
        return isApproximate ? .possibly : .exactly
    }

    /// Reads a compound selector (`span.fn#a[lang]:first-child`, the `range` of `bytes`) into this one; `false`
    /// when it selects no element's own text.
    private mutating func read(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        var counts = (ids: 0, classes: 0, types: 0)
        defer {
            specificity += min(counts.ids, 999) * 1_000_000 + min(counts.classes, 999) * 1_000 + min(counts.types, 999)
        }
        func name() -> (text: String, isEscaped: Bool) {
            let begin = index
            var isEscaped = false
            while index < end, CSSText.isNameByte(bytes[index]) || bytes[index] == .backslash {
                if bytes[index] == .backslash { isEscaped = true }
                index += bytes[index] == .backslash ? 2 : 1
            }
            index = min(index, end)
            return (String(decoding: bytes[begin..<index], as: UTF8.self), isEscaped)
        }
        /// Past the bracket or parenthesis that closes the one just read.
        func skip(to close: UInt8) {
            index = (CSSText.next(close, in: bytes, from: index, to: end) ?? end) + 1
        }
        if index < end, bytes[index] == UInt8(ascii: "*") || CSSText.isNameByte(bytes[index]) {
            let written = bytes[index] == UInt8(ascii: "*") ? (text: "*", isEscaped: false) : name()
            if written.text == "*" { index += 1 }
            if index < end, bytes[index] == UInt8(ascii: "|") {
                // A namespace (`o|p`): the name after it is the element's.
                isApproximate = true
                return read(bytes, (index + 1)..<end)
            }
            if written.text != "*" {
                if written.isEscaped { isApproximate = true } else { type = written.text.lowercased() }
                counts.types += 1
            }
        }
        while index < end {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "#"):
                let written = name()
                if written.isEscaped || written.text.isEmpty {
                    isApproximate = true
                } else if byte == UInt8(ascii: ".") {
                    classes.append(written.text)
                } else {
                    ids.append(written.text)
                }
                if byte == UInt8(ascii: ".") { counts.classes += 1 } else { counts.ids += 1 }
            case UInt8(ascii: "["):
                // An attribute the reader does not keep: only maybe.
                isApproximate = true
                counts.classes += 1
                skip(to: UInt8(ascii: "]"))
            case UInt8(ascii: ":"):
                let isElement = index < end && bytes[index] == UInt8(ascii: ":")
                if isElement { index += 1 }
                let pseudo = name().text.lowercased()
                if Self.textless.contains(pseudo) { return false }
                if isElement || pseudo == "first-line" || pseudo == "first-letter" {
                    counts.types += 1
                } else if pseudo != "where" {
                    counts.classes += 1
                }
                isApproximate = true
                if index < end, bytes[index] == UInt8(ascii: "(") {
                    index += 1
                    skip(to: UInt8(ascii: ")"))
                }
            default:
                // Something the reader does not know: the selector only maybe selects the element.
                isApproximate = true
            }
        }
        return true
    }
}

extension UInt8 {
    fileprivate static let backslash = UInt8(ascii: "\\")
}
