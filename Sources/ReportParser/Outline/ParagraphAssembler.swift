import ReportModel

/// Joins the lines of one paragraph: text wrapped by a PDF converter, or broken across a blank line.
///
/// A line continues the paragraph above when that one stops mid-sentence (no 。！？；： at its end), is long
/// enough to have been wrapped, and the new line is not indented as a paragraph start nor a date. Two blank
/// lines always end a paragraph, and so does one after a closing bracket (`…取得了新进展。（全年召开专题会议2次）`): a
/// remark in brackets is how many paragraphs end, and a paragraph wrapped by a converter breaks at a line's end,
/// not after a blank line (review rr96 F4a: the two paragraphs had been read as one).
struct ParagraphAssembler {
    private var lines: [SourceLine] = []
    private var blanks = 0
    private(set) var diagnostics: [Diagnostic] = []

    /// Notes a blank line.
    mutating func blank() {
        if !lines.isEmpty { blanks += 1 }
    }

    /// How many characters of the line after a broken paragraph's blank line its diagnostic keeps: the words that
    /// tell one break from another (a reviewer's decision on one is not the other's).
    static let subjectLength = 24

    /// Adds a line of text; returns the paragraph it ended, if the line starts a new one.
    mutating func add(_ line: SourceLine) -> (paragraph: Paragraph, line: Int)? {
        defer { blanks = 0 }
        guard let last = lines.last else {
            lines = [line]
            return nil
        }
        if blanks <= 1, Self.continues(last, with: line, afterBlank: blanks == 1) {
            if blanks == 1 {
                diagnostics.append(
                    Diagnostic(
                        .warning, line: line.number, code: .paragraphJoined,
                        "第\(last.number)行的段落在句子中间断开，空行后接续，已读作一段（请检查是否缺少文字）",
                        subject: DiagnosticSubject(text: String(line.text.prefix(Self.subjectLength)))))
            }
            lines.append(line)
            return nil
        }
        let ended = flush()
        lines = [line]
        return ended
    }

    /// Ends the current paragraph.
    mutating func flush() -> (paragraph: Paragraph, line: Int)? {
        guard let first = lines.first else { return nil }
        var text = ""
        for line in lines {
            if let lastScalar = text.unicodeScalars.last, let firstScalar = line.text.unicodeScalars.first,
                Self.isLatin(lastScalar), Self.isLatin(firstScalar)
            {
                text += " "
            }
            text += line.text
        }
        lines = []
        blanks = 0
        return (Paragraph(text), first.number)
    }

    static func continues(_ last: SourceLine, with line: SourceLine, afterBlank: Bool = false) -> Bool {
        guard !last.text.isEmpty, !SentenceEnd.isAtEnd(of: last.text) else { return false }
        if afterBlank, let end = last.text.unicodeScalars.last, closingBrackets.contains(end) { return false }
        guard last.measuredLength >= 16 else { return false }
        if line.indent >= 2, line.indent > last.indent { return false }
        return !isDate(line.text)
    }

    /// Brackets a paragraph's closing remark ends with.
    static let closingBrackets: Set<Unicode.Scalar> = ["）", ")", "】", "〕", "］", "]"]

    /// `2025年1月8日`, `（2026年1月23日）`: a date on its own line (a signature).
    static func isDate(_ text: String) -> Bool {
        text.hasAtMostScalars(20) && YearMentions.dateLine(text) != nil
    }

    /// Latin letters: words wrapped across lines get their space back; Chinese text and digits join as they are.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !characters.contains($0) }),
            let end = scalars.lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
