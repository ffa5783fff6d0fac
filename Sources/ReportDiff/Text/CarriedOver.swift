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
    /// ``DiffOptions`` decides whether the two are two years). The national format's standard sentences
    /// (``Boilerplate/standard``) are not counted at all. Headings and tables are not text here.
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
            for sentence in sentences(of: paragraph.text) { known.insert(TextKey.make(sentence, shift: shift)) }
        }
        let names = UnitNaming.names(of: new.sections)
        return new.sections.enumerated().map { index, section in
            var characters = 0
            var carried = 0
            for paragraph in section.allParagraphs {
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
            for sentence in sentences(of: paragraph) where !boilerplate.matches(sentence) {
                length += TextKey.key(sentence).count
                if length >= options.carriedOverMinimumLength { return true }
            }
        }
        return false
    }

    /// The sentences of a paragraph: each up to and with its `。`, `！` or `？`, and what follows the last one.
    static func sentences(of text: String) -> [String] {
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
