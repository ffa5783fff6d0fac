import Foundation

/// CSS text read as a browser reads it, as far as the web page reader needs: a style sheet's rules and a
/// declaration block's declarations, past comments, strings, and the `<!--` `-->` a page wraps its style sheet in
/// (Word's "save as web page" does).
enum CSSText {
    /// A rule of a style sheet: its selector list as written (`span.MsoFootnoteReference, .fn`) and its declarations.
    struct Rule {
        let selectors: String
        let declarations: [StyleDeclaration]
    }

    /// The at-rules whose block holds rules that apply to the page (`@media print { … }`); the blocks of the
    /// others (`@page`, `@font-face`, Word's `@list`, `@keyframes`) hold no rule for an element.
    static let groupingRules: Set<String> = ["media", "supports", "layer", "container", "document", "-moz-document"]

    /// The rules of a style sheet, in its order, those inside `@media` and the other grouping at-rules included.
    static func rules(of sheet: String) -> [Rule] {
        let bytes = withoutComments(Array(sheet.utf8))
        var rules: [Rule] = []
        collectRules(bytes, in: 0..<bytes.count, depth: 0, into: &rules)
        return rules
    }

    /// The declarations of a declaration block or a `style` attribute (`vertical-align: super !important; top:0`),
    /// each property lower-cased.
    static func declarations(of block: String) -> [StyleDeclaration] {
        let bytes = withoutComments(Array(block.utf8))
        return declarations(bytes, in: 0..<bytes.count)
    }

    /// The pieces of a text between `separator`s outside strings, brackets and parentheses: the selectors of a
    /// selector list (`a, b:is(c, d)`).
    static func split(_ text: String, at separator: UInt8) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var start = 0
        while start <= bytes.count {
            let end = next(separator, in: bytes, from: start, to: bytes.count) ?? bytes.count
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end + 1
        }
        return pieces
    }

    private static func collectRules(_ bytes: [UInt8], in range: Range<Int>, depth: Int, into rules: inout [Rule]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn || byte == .formFeed
                || byte == .closingBrace || byte == .semicolon
            {
                index += 1
                continue
            }
            if byte == .at {
                var nameEnd = index + 1
                while nameEnd < range.upperBound, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self).lowercased()
                let end = next(.semicolon, orBlockIn: bytes, from: nameEnd, to: range.upperBound)
                guard end < range.upperBound, bytes[end] == .openingBrace else {
                    index = end + 1
                    continue
                }
                let close = closingBrace(bytes, from: end, to: range.upperBound)
                if groupingRules.contains(name), depth < 32 {
                    collectRules(bytes, in: (end + 1)..<close, depth: depth + 1, into: &rules)
                }
                index = close + 1
                continue
            }
            guard let open = next(.openingBrace, in: bytes, from: index, to: range.upperBound) else { return }
            let close = closingBrace(bytes, from: open, to: range.upperBound)
            rules.append(
                Rule(
                    selectors: String(decoding: bytes[index..<open], as: UTF8.self),
                    declarations: declarations(bytes, in: (open + 1)..<close)))
            index = close + 1
        }
    }

    private static func declarations(_ bytes: [UInt8], in range: Range<Int>) -> [StyleDeclaration] {
        var declarations: [StyleDeclaration] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = next(.semicolon, in: bytes, from: start, to: range.upperBound) ?? range.upperBound
            if let colon = next(.colon, in: bytes, from: start, to: end) {
                let property = trimmed(bytes[start..<colon]).lowercased()
                var value = trimmed(bytes[(colon + 1)..<end]).lowercased()
                var isImportant = false
                if let bang = value.lastIndex(of: "!"),
                    value[value.index(after: bang)...].trimmingCharacters(in: .whitespacesAndNewlines) == "important"
                {
                    isImportant = true
                    value = value[..<bang].trimmingCharacters(in: .whitespacesAndNewlines)
                }
                if !property.isEmpty {
                    declarations.append(StyleDeclaration(property: property, value: value, isImportant: isImportant))
                }
            }
            start = end + 1
        }
        return declarations
    }

    /// The text without comments (`/* … */`) and without `<!--` and `-->`; strings kept as written.
    static func withoutComments(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .quote || byte == .apostrophe {
                let end = endOfString(bytes, from: index, to: bytes.count)
                result += bytes[index..<end]
                index = end
            } else if byte == .slash, index + 1 < bytes.count, bytes[index + 1] == .asterisk {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == .asterisk && bytes[end + 1] == .slash) { end += 1 }
                index = min(bytes.count, end + 2)
                result.append(.space)
            } else if bytes[index...].starts(with: [.lessThan, .exclamation, .hyphen, .hyphen]) {
                index += 4
                result.append(.space)
            } else if bytes[index...].starts(with: [.hyphen, .hyphen, .greaterThan]) {
                index += 3
                result.append(.space)
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    /// Where the first `target` outside strings, brackets and parentheses is; `nil` when there is none.
    static func next(_ target: UInt8, in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var depth = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == .quote || byte == .apostrophe {
                index = endOfString(bytes, from: index, to: end)
                continue
            }
            if depth == 0, byte == target { return index }
            if byte == .openingParenthesis || byte == .openingBracket {
                depth += 1
            } else if byte == .closingParenthesis || byte == .closingBracket {
                depth = max(0, depth - 1)
            }
            index += 1
        }
        return nil
    }

    /// Where an at-rule's prelude ends: its `;`, or the `{` of its block (`end` when neither comes).
    private static func next(_ semicolon: UInt8, orBlockIn bytes: [UInt8], from start: Int, to end: Int) -> Int {
        let semicolon = next(semicolon, in: bytes, from: start, to: end) ?? end
        let brace = next(.openingBrace, in: bytes, from: start, to: end) ?? end
        return min(semicolon, brace)
    }

    /// The `}` that closes the block opened at `open` (`end` when the sheet ends first), nested blocks skipped.
    private static func closingBrace(_ bytes: [UInt8], from open: Int, to end: Int) -> Int {
        var depth = 0
        var index = open
        while index < end {
            let byte = bytes[index]
            if byte == .quote || byte == .apostrophe {
                index = endOfString(bytes, from: index, to: end)
                continue
            }
            if byte == .openingBrace {
                depth += 1
            } else if byte == .closingBrace {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return end
    }

    /// The index after the string that opens at `start`: past its closing quote, or its line's end (a string CSS
    /// leaves unclosed ends there).
    private static func endOfString(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < end {
            switch bytes[index] {
            case .backslash: index += 2
            case quote: return index + 1
            case .newline: return index
            default: index += 1
            }
        }
        return end
    }

    /// Whether a byte may be part of a CSS name (ASCII letters, digits, `-`, `_`, and every byte of a non-ASCII
    /// character).
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), .hyphen, UInt8(ascii: "_"), 0x80...:
            true
        default: false
        }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A declaration of a style (`vertical-align: super !important`).
struct StyleDeclaration: Equatable {
    /// The property, lower-cased.
    let property: String
    /// The value, lower-cased, without `!important`.
    let value: String
    /// Whether it was marked `!important`.
    let isImportant: Bool
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let formFeed: UInt8 = 0x0C
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let apostrophe = UInt8(ascii: "'")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let asterisk = UInt8(ascii: "*")
    fileprivate static let lessThan = UInt8(ascii: "<")
    fileprivate static let greaterThan = UInt8(ascii: ">")
    fileprivate static let exclamation = UInt8(ascii: "!")
    fileprivate static let hyphen = UInt8(ascii: "-")
    fileprivate static let at = UInt8(ascii: "@")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let semicolon = UInt8(ascii: ";")
    fileprivate static let openingBrace = UInt8(ascii: "{")
    fileprivate static let closingBrace = UInt8(ascii: "}")
    fileprivate static let openingParenthesis = UInt8(ascii: "(")
    fileprivate static let closingParenthesis = UInt8(ascii: ")")
    fileprivate static let openingBracket = UInt8(ascii: "[")
    fileprivate static let closingBracket = UInt8(ascii: "]")
}
