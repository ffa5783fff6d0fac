/// The 落款 that closes a report: the office's name on a line of its own (`常张乡人民政府`; a joint report has a
/// line per office) and the date it was signed (`2025年1月20日`, `2025 年 1 月 20 日`, `二〇二五年一月二十日`): the
/// last paragraphs of its last section.
///
/// The one home of what a signature is: the checks leave it out of section 六's own words (`section-prompt`) and
/// read the signing date from it (`late-signature`, `early-signature`), and the Word export sets it right-aligned
/// as GB/T 9704 lays it out. It only says which paragraphs the signature is: they stay text as written.
public struct SignatureBlock: Sendable, Hashable {
    /// A day of the calendar, as a date line writes it.
    public struct Day: Sendable, Hashable, Comparable {
        /// The year (`2025`).
        public var year: Int
        /// The month, 1 to 12.
        public var month: Int
        /// The day of the month, 1 to 31.
        public var day: Int

        /// Creates a day.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Whether the day comes before the other.
        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }

    /// The lines as written, top to bottom: the office line(s) and the date line.
    public var lines: [String]
    /// The day the date line says, when the block has one (the lowest one, when it has more).
    public var date: Day?
    /// How many paragraphs follow the signature: the attachments listed under it (`附件：1.王庄乡政务公开目录` and the
    /// numbered lines after it), which stay text as written; 0 when the signature ends the report.
    public var following = 0

    /// The most lines a signature has: three offices signing together, and the date.
    public static let maximumLines = 4

    /// The longest line that can be an office's name.
    static let maximumOfficeLength = 30

    /// How the name of an office ends (`人民政府`, `委员会`, `办公室`, `局`, `中心`, `街道办事处`, `乡`, `镇`…): a short line
    /// ending otherwise (`无`, `暂无`) is not an office signing.
    static let officeEndings: [String] = [
        "政府", "会", "委", "办", "室", "处", "局", "厅", "署", "院", "所", "站", "中心", "街道", "乡", "镇", "部", "队",
        "馆", "台", "联", "公司", "科",
    ]

    /// The signature at the end of a report: of the paragraphs that end its last section on the page
    /// (``Section/closingParagraphs``), or `nil` when they end with none.
    public init?(of report: Report) {
        guard let last = report.sections.last else { return nil }
        self.init(closing: last.closingParagraphs.map(\.text), agency: report.agency)
    }

    /// The signature that ends a run of paragraphs: the last lines (at most ``maximumLines``) that are each a date
    /// line or an office's name — short, without sentence punctuation, not a template prompt, ending as an office's
    /// name does or naming the report's agency — above the attachments listed at the end, if any
    /// (``attachmentLines(_:)``), or `nil` when the last paragraph above them is neither.
    ///
    /// - Parameters:
    ///   - texts: The paragraphs' texts in order, the last one last.
    ///   - agency: The report's agency as its text gives it (``Report/agency``), also accepted as an office line.
    public init?(closing texts: [String], agency: String? = nil) {
        var lines: [String] = []
        var date: Day?
        let following = Self.attachmentLines(texts)
        for text in texts.dropLast(following).reversed() {
            guard lines.count < Self.maximumLines else { break }
            if let day = YearMentions.dateLine(text) {
                date = date ?? Day(year: day.year, month: day.month, day: day.day)
            } else if !Self.isOfficeLine(text, agency: agency) {
                break
            }
            lines.insert(text, at: 0)
        }
        guard !lines.isEmpty else { return nil }
        self.lines = lines
        self.date = date
        self.following = following
    }

    /// The last section's paragraphs (of ``Section/allParagraphs``, or their texts) without the signature's lines —
    /// what the office wrote, the attachments listed under the signature included: the checks look for the office's own
    /// words in them, and the comparison with last year does not count an office's name and a date as copied text.
    public func removed<Element>(from paragraphs: [Element]) -> [Element] {
        let end = max(paragraphs.count - following, 0)
        let start = max(end - lines.count, 0)
        return Array(paragraphs[..<start] + paragraphs[end...])
    }

    /// The most paragraphs of attachments under a signature: the 附件 line and the numbered lines after it.
    static let maximumAttachmentLines = 6

    /// How many paragraphs at the end of `texts` follow a signature: the notes last (``isNoteLine(_:)``), and above
    /// them a list of attachments — a line naming them (`附件：…`, `附件1：…`, `附表`, ``isAttachmentLine(_:)``) and the
    /// numbered lines after it (`2.…`), up to the highest such line; 0 when the last paragraphs are none of these.
    static func attachmentLines(_ texts: [String]) -> Int {
        // (the notes a Word file's footnotes and endnotes give, `注1：…`, `尾注1：…`, come last: rv105 F1)
        let notes = texts.reversed().prefix { isNoteLine($0) }.count
        var count = notes
        var found = notes
        for text in texts.dropLast(notes).reversed().prefix(maximumAttachmentLines) {
            if isAttachmentLine(text) {
                count += 1
                found = count
            } else if isNumberedLine(text) {
                count += 1
            } else {
                break
            }
        }
        return found
    }

    /// Whether a paragraph starts a list of attachments: `附件` or `附表`, a number if any (`附件1`, `附件二`), then
    /// nothing or `：`, `:`, `、`, `.` (`附件：1.王庄乡政务公开目录`); not a sentence about them (`附件中所列…`).
    static func isAttachmentLine(_ text: String) -> Bool {
        guard let rest = AttachmentLabel.rest(of: text.removingLayoutSpace(), tables: true) else { return false }
        return rest.first.map { "：:、.．".contains($0) } ?? true
    }

    /// Whether a paragraph is a note under the text: `注：…`, or a Word file's footnote or endnote as the reader
    /// writes it, `注1：…`, `尾注2：…`.
    static func isNoteLine(_ text: String) -> Bool {
        let bare = text.removingLayoutSpace()
        let rest = bare.hasPrefix("尾注") ? bare.dropFirst(2) : bare.hasPrefix("注") ? bare.dropFirst() : nil
        guard let rest else { return false }
        let mark = rest.drop { $0.isASCII && $0.isNumber }
        return mark.first.map { "：:".contains($0) } ?? false
    }

    /// Whether a paragraph is a numbered line of a list (`2.王庄乡政务公开指南`, `2、…`, `2．…`).
    static func isNumberedLine(_ text: String) -> Bool {
        let bare = text.removingLayoutSpace()
        let rest = bare.drop { $0.isASCII && $0.isNumber }
        guard rest.count < bare.count, let mark = rest.first else { return false }
        return ".．、".contains(mark)
    }

    /// Whether a paragraph is an office's name as it signs a report (`常张乡人民政府`, `中共常张乡委员会`).
    static func isOfficeLine(_ text: String, agency: String?) -> Bool {
        let bare = text.removingLayoutSpace()
        guard (2...maximumOfficeLength).contains(bare.count),
            !bare.contains(where: { "。，；：,;:！？!?、".contains($0) }),
            TemplateCatalog.standard.prompt(openingParagraph: bare) == nil
        else { return false }
        if let agency = agency?.removingLayoutSpace(), !agency.isEmpty, bare.contains(agency) { return true }
        return officeEndings.contains { bare.hasSuffix($0) }
    }
}

extension Section {
    /// The paragraphs that end the section on the page: its last subsection's, when it has subsections, else the
    /// paragraphs after its last table (all of them when it has none); none when a table or a heading ends it.
    public var closingParagraphs: [Paragraph] {
        if let last = sections.last { return last.closingParagraphs }
        let trailing = blocks.reversed().prefix { $0.paragraph != nil }
        return trailing.reversed().compactMap(\.paragraph)
    }
}
