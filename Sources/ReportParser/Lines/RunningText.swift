import ReportModel

/// Cuts lines of running text — a web page's text run together, a whole report on one line — where a section
/// heading, the title or a table caption stands inside them, so that each starts a line of its own and is found
/// as it is at the start of a line.
///
/// Only the six sections' headings with their numeral (`二、主动公开政府信息情况`, or a title variant) are cut out, and
/// only where they stand after a space or the end of a sentence, never inside quotation marks or brackets: a
/// sentence that names a section (`详见“二、主动公开政府信息情况”`) is left whole.
enum RunningText {
    /// `一、总体情况` … `六、其他需要报告的事项` and every title variant, longest first.
    static let headings: [[Unicode.Scalar]] = TemplateCatalog.standard.sections
        .flatMap { section in
            ([section.title] + section.variants).map { Array("\(section.numeral)、\($0)".unicodeScalars) }
        }
        .sorted { $0.count > $1.count }

    /// Table 2's captions (`第二十条第（一）项`) start tables inside running text.
    static let captionText = "第二十条第"

    /// ``captionText``'s scalars, for cutting a line at each caption.
    static let caption = Array(captionText.unicodeScalars)

    /// Whether a numeral a heading starts with stands right before a `、` (`二、`), the only place a heading can start
    /// (``headingCuts(_:into:)``): found on the bytes, each `、` by its first byte, before the line's scalars are
    /// copied out.
    static func mayHoldHeading(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var start = 0
            while let lead = ByteSearch.firstIndex(of: 0xE3, in: bytes, from: start) {
                start = lead + 1
                // 、 is E3 80 81.
                guard lead > 0, lead + 2 < bytes.count, bytes[lead + 1] == 0x80, bytes[lead + 2] == 0x81 else {
                    continue
                }
                if let (value, _) = UTF8Scalars.decode(bytes, at: UTF8Scalars.start(before: lead, in: bytes)),
                    let scalar = Unicode.Scalar(value), numerals.contains(scalar)
                {
                    return true
                }
            }
            return false
        }
    }

    /// The numerals the six headings start with.
    static let numerals: Set<Unicode.Scalar> = Set(headings.compactMap(\.first))

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", "：", ";", "!", "?", ":"]

    /// The lines with running text cut at the headings, title and captions inside them, and a note for each line cut.
    static func split(_ lines: [SourceLine]) -> (lines: [SourceLine], diagnostics: [Diagnostic]) {
        var result: [SourceLine] = []
        var diagnostics: [Diagnostic] = []
        let firstText = lines.firstIndex { !$0.isBlank }
        for (index, line) in lines.enumerated() {
            let hasComma = mayHoldHeading(line.text)
            let hasCaption = line.text.containsBytes(captionText)
            guard hasComma || hasCaption || index == firstText, !line.text.hasAtMostScalars(11) else {
                result.append(line)
                continue
            }
            let text = Array(line.text.unicodeScalars)
            var cuts: Set<Int> = []
            let found = hasComma ? headingCuts(text, into: &cuts) : []
            if index == firstText { titleCut(text, into: &cuts) }
            if hasCaption { captionCuts(text, of: line.text, into: &cuts) }
            guard !cuts.isEmpty else {
                result.append(line)
                continue
            }
            // Where each scalar starts in the line's text, and its end: each piece is a slice of the text.
            let scalars = line.text.unicodeScalars
            let positions = Array(scalars.indices) + [scalars.endIndex]
            var start = 0
            for cut in cuts.sorted() + [text.count] where cut > start {
                let piece = String(scalars[positions[start]..<positions[cut]]).trimmingLayoutSpace()
                if !piece.isEmpty { result.append(SourceLine(number: line.number, raw: piece)) }
                start = cut
            }
            if let heading = found.first {
                diagnostics.append(
                    Diagnostic(
                        .note, line: line.number, code: .headingInText,
                        "标题在一行文字之中，已从标题处分行：\(found.joined(separator: "、"))",
                        subject: DiagnosticSubject(text: heading)))
            }
        }
        return (result, diagnostics)
    }

    /// Cuts before and after each section heading that stands inside the text; returns the headings found.
    private static func headingCuts(_ text: [Unicode.Scalar], into cuts: inout Set<Int>) -> [String] {
        var found: [(offset: Int, heading: String)] = []
        // Where a numeral and 、 stand (`二、`): the only places a heading can start.
        let starts = text.indices.dropLast().filter { text[$0 + 1] == "、" && numerals.contains(text[$0]) }
        guard !starts.isEmpty else { return [] }
        var taken = [Bool](repeating: false, count: text.count)
        for heading in headings {
            for index in starts where index + heading.count <= text.count {
                guard text[index] == heading[0], !taken[index],
                    text[index..<(index + heading.count)].elementsEqual(heading)
                else { continue }
                var end = index + heading.count
                while end < text.count, "。：:".unicodeScalars.contains(text[end]) { end += 1 }
                let before = index > 0 ? text[index - 1] : nil
                let after = end < text.count ? text[end] : nil
                let opensLine =
                    before == nil || before?.isLayoutSpace == true || before.map(sentenceEnds.contains) == true
                let quoted = after.map { "”」》）)】’\"".unicodeScalars.contains($0) } ?? false
                let rest = text[end...]
                // A heading at the start of a line is cut from its text only when that text keeps the line from
                // reading as a heading (a sentence, or a long text).
                let restIsText = rest.count > 20 || rest.contains { "。；！？".unicodeScalars.contains($0) }
                if opensLine, !quoted, index > 0 || restIsText {
                    if index > 0 { cuts.insert(index) }
                    if end < text.count { cuts.insert(end) }
                    for position in index..<end { taken[position] = true }
                    found.append((index, String(scalars: heading)))
                }
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.heading)
    }

    /// A long first line that opens with the title (`…政府信息公开工作年度报告 根据…`): cut after the title.
    private static func titleCut(_ text: [Unicode.Scalar], into cuts: inout Set<Int>) {
        guard text.count > 80 else { return }
        let marker = Array("年度报告".unicodeScalars)
        let limit = min(60, text.count - marker.count)
        guard limit > 0 else { return }
        for index in 0..<limit where text[index..<(index + marker.count)].elementsEqual(marker) {
            let end = index + marker.count
            if end < text.count, text[end].isLayoutSpace { cuts.insert(end) }
            return
        }
    }

    /// Table 2's captions inside a text that holds table numbers: cut before each and after its `项`.
    private static func captionCuts(_ text: [Unicode.Scalar], of string: String, into cuts: inout Set<Int>) {
        let numbers = string.pieces(separatedBy: UInt8(ascii: " ")).filter { !$0.isEmpty && CellText.isNumber($0) }
            .count
        guard numbers >= 3 else { return }
        var index = 0
        while index + caption.count <= text.count {
            guard text[index..<(index + caption.count)].elementsEqual(caption) else {
                index += 1
                continue
            }
            if index > 0 { cuts.insert(index) }
            let searchEnd = min(text.count, index + caption.count + 6)
            if let item = text[(index + caption.count)..<searchEnd].firstIndex(of: "项"), item + 1 < text.count {
                cuts.insert(item + 1)
            }
            index += caption.count
        }
    }
}
