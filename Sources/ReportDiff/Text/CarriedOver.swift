public import ReportModel

/// How much of one section's text is last year's word for word: the share of a section "carried over".
public struct CarriedOverShare: Sendable, Hashable, Codable {
    /// The section, as the newer report names it.
    public var unit: UnitID
    /// Its number as typed (`三、`), or its title when it has none.
    public var number: String
    /// Its title, without the number.
    public var title: String
    /// The characters of its text that count (whitespace and the national format's standard sentences aside).
    public var characters: Int
    /// Of those, the characters of sentences that are last year's word for word (the year moving on aside).
    public var carriedOver: Int

    /// Creates a share.
    public init(unit: UnitID, number: String, title: String, characters: Int, carriedOver: Int) {
        self.unit = unit
        self.number = number
        self.title = title
        self.characters = characters
        self.carriedOver = carriedOver
    }

    /// The share carried over, from 0 to 1 (0 for a section with no text that counts).
    public var share: Double {
        characters == 0 ? 0 : Double(carriedOver) / Double(characters)
    }
}

/// Measures, section by section, how much of a report's text is last year's report word for word, so that the
/// county can see a report copied from last year at a glance.
///
/// ```swift
/// for share in CarriedOver.shares(from: report2023, to: report2024) where share.share > 0.8 {
///     print(share.number, share.title, Int(share.share * 100), "% 照搬上年")
/// }
/// ```
public enum CarriedOver {
    /// The share of each top-level section of the newer report that is text of the older report.
    ///
    /// The text is cut into sentences (up to `。！？` or the end of a paragraph); a sentence counts as carried over
    /// when the older report has the same sentence anywhere, whitespace, width and the year moving on aside (as
    /// ``DiffOptions`` decides whether the two are two years) — or the same sentence with its years not moved on. The national format's standard sentences
    /// (``Boilerplate/standard``) are not counted at all, nor the 落款 that signs the report (``SignatureBlock``).
    /// Headings and tables are not text here.
    ///
    /// - Parameters:
    ///   - old: Last year's report.
    ///   - new: This year's report.
    ///   - options: How the two are compared (the year shift).
    ///   - boilerplate: The sentences not to count.
    /// - Returns: One share per top-level section of the newer report, in order.
    /// - Complexity: O(n) in the reports' text.
    public static func shares(
        from old: Report, to new: Report, options: DiffOptions = DiffOptions(), boilerplate: Boilerplate = .standard
    ) -> [CarriedOverShare] {
        let shift = options.yearShift(from: old, to: new)
        var known = Set<String>()
        for paragraph in old.preamble.compactMap(\.paragraph) + old.sections.flatMap(\.allParagraphs) {
            for sentence in sentences(of: paragraph.text) {
                known.insert(TextKey.make(sentence, shift: shift))
                // (and as written: a sentence that kept last year's years is last year's word for word too — it read
                // 0 % 与上年相同 for a section the findings call 与上年报告一字不差, rv119 F10)
                if shift != nil { known.insert(TextKey.make(sentence)) }
            }
        }
        let names = UnitNaming.names(of: new.sections)
        // (the 落款 under the last section, an office's name and a date, is the same every year by nature)
        let signature = SignatureBlock(of: new)
        return new.sections.enumerated().map { index, section in
            var characters = 0
            var carried = 0
            let paragraphs = section.allParagraphs
            let written =
                index == new.sections.count - 1 ? signature?.removed(from: paragraphs) ?? paragraphs : paragraphs
            for paragraph in written {
                for sentence in sentences(of: paragraph.text) where !boilerplate.matches(sentence) {
                    let key = TextKey.make(sentence)
                    let length = key.unicodeScalars.count
                    characters += length
                    if known.contains(key) { carried += length }
                }
            }
            let heading = Heading(section.heading)
            return CarriedOverShare(
                unit: UnitID([.section(names[index])]), number: heading.number?.text ?? heading.title,
                title: heading.title, characters: characters, carriedOver: carried)
        }
    }

    /// Whether paragraphs the newer report has from the older word for word make a 照搬上年 finding of the
    /// comparison: their text outside the national format's standard sentences (``Boilerplate/standard``, which
    /// ``shares(from:to:options:boilerplate:)`` does not count either) is at least
    /// ``DiffOptions/carriedOverMinimumLength`` characters. A paragraph made only of standard sentences (the
    /// statistics period, the 信息处理费 0 元 sentence) is the same every year by design, and no finding.
    ///
    /// - Parameters:
    ///   - paragraphs: The newer report's paragraphs (one, or the several aligned with one older paragraph).
    ///   - options: The comparison's options (the minimum length).
    ///   - boilerplate: The sentences not to count.
    /// - Complexity: O(p · n) for p patterns and n characters of text.
    static func isFinding(
        _ paragraphs: [String], options: DiffOptions, boilerplate: Boilerplate = .standard
    ) -> Bool {
        var length = 0
        for paragraph in paragraphs {
            for sentence in sentences(of: paragraph) {
                let key = TextKey.utf8(sentence)
                guard !boilerplate.matches(comparisonForm: key) else { continue }
                // (its characters: the scalars of the form, counted by their lead bytes)
                length += key.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                if length >= options.carriedOverMinimumLength { return true }
            }
        }
        return false
    }

    /// The sentences of a paragraph: each up to and with its `。`, `！` or `？`, and what follows the last one.
    ///
    /// Plain text (``Swift/StringProtocol/isPlainText``, as reports are) is cut at the marks' bytes: each of its
    /// scalars is a character, so the cuts are those of the character-by-character way, which any other text takes.
    ///
    /// - Complexity: O(n) in the text's length.
    static func sentences(of text: String) -> [String] {
        let cut: [String]? = text.withUTF8Bytes { bytes in
            guard UTF8Scalars.arePlain(bytes) else { return nil }
            var sentences: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let end = sentenceMarkEnd(in: bytes, at: index)
                if let end {
                    sentences.append(String(decoding: bytes[start..<end], as: UTF8.self))
                    start = end
                }
                index = end ?? index + 1
            }
            // (a sentence ending with its mark is never only whitespace)
            let last = UnsafeBufferPointer(rebasing: bytes[start...])
            if !last.isEmpty, !String(decoding: last, as: UTF8.self).isLayoutBlank {
                sentences.append(String(decoding: last, as: UTF8.self))
            }
            return sentences
        }
        return cut ?? sentencesByCharacter(of: text)
    }

    /// Where the sentence mark whose UTF-8 starts at `index` ends: `!` and `?`, `。` (E3 80 82), `！` (EF BC 81) and
    /// `？` (EF BC 9F); `nil` when no mark starts there.
    private static func sentenceMarkEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            return index + 1
        case 0xE3:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 else { return nil }
            return index + 3
        case 0xEF:
            guard index + 2 < bytes.count, bytes[index + 1] == 0xBC,
                bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F
            else { return nil }
            return index + 3
        default:
            return nil
        }
    }

    /// ``sentences(of:)`` character by character, for text that is not plain.
    private static func sentencesByCharacter(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if "。！？!?".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingLayoutSpace().isEmpty { sentences.append(current) }
        return sentences.filter { !TextKey.make($0).isEmpty }
    }
}
