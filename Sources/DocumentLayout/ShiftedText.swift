import Foundation

/// A paragraph's text as it is built run by run, with how far each run is moved off the line: the one rule the
/// readers keep text moved by a distance by (Word's `w:position`, a web page's `vertical-align: 3pt`,
/// `position: relative; top: -3pt` or Word's `mso-text-raise`).
///
/// Word and WPS can raise a footnote mark with 字符位置「提升」 instead of 上标, and a page saved from Word keeps it as
/// a distance. Joined as ordinary characters, a `1` raised after `2.35` would read as the number `2.351`: a wrong
/// number. So a run sitting higher or lower than the paragraph's line is kept in its raised form by ``RaisedText``, as
/// 上标 is. The line is where most of the paragraph's characters sit (on a tie, the place nearest the unmoved line), so a
/// paragraph moved as a whole, or a cell nudged up to centre it, reads as written.
public struct ShiftedText: Sendable {
    private var pieces: [(text: String, shift: Int)] = []

    /// Text already read as it stands (a paragraph carried over, a list label).
    public init(_ text: String = "") {
        if !text.isEmpty { pieces = [(text, 0)] }
    }

    /// The farthest a run is taken to be moved, in half-points: 10,000 points, taller than any page (an A4 page is
    /// 842). A file may say any distance; one farther is taken as this far, in the same direction, which keeps it off
    /// the line and keeps the arithmetic on it from overflowing.
    static let farthest = 20_000

    /// Adds a run's text, moved `shift` half-points (of a point) above the line, below when negative.
    public mutating func append(_ text: String, shift: Int) {
        let shift = min(max(shift, -Self.farthest), Self.farthest)
        if let last = pieces.last, last.shift == shift {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append((text, shift))
        }
    }

    /// The text as read: runs off the paragraph's line in their raised or lowered form.
    public var text: String {
        guard pieces.contains(where: { $0.shift != pieces[0].shift }) else { return pieces.map(\.text).joined() }
        var weights: [Int: Int] = [:]
        for piece in pieces {
            weights[piece.shift, default: 0] += piece.text.unicodeScalars.count { !$0.properties.isWhitespace }
        }
        let line = weights.max { ($0.value, -abs($0.key), -$0.key) < ($1.value, -abs($1.key), -$1.key) }?.key ?? 0
        return pieces.map { piece in
            piece.shift == line
                ? piece.text : RaisedText.text(piece.text, piece.shift > line ? .superscript : .subscript)
        }.joined()
    }

    /// A length with its unit (`3pt`, `-0.5mm`, `4px`, `0.3em`, `33%`) in half-points, as Word's strict schema and a
    /// page's style write it (`0` needs no unit); `nil` for anything else. An `em` (and a `rem`) is taken as 12 points,
    /// the size of a report's table text, and a percentage (of the line's height) as one of 12 points.
    public static func halfPoints(ofLength length: String) -> Int? {
        let pointsPerUnit: [Substring: Double] = [
            "pt": 1, "pc": 12, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54, "q": 72 / 101.6, "px": 0.75, "em": 12,
            "rem": 12, "ex": 6, "ch": 6, "%": 0.12,
        ]
        let trimmed = length.trimmingCharacters(in: .whitespaces).lowercased()
        let unitStart = trimmed.firstIndex { $0.isLetter || $0 == "%" } ?? trimmed.endIndex
        guard let number = Double(trimmed[..<unitStart]), number.isFinite, abs(number) < 10_000 else { return nil }
        guard let points = unitStart == trimmed.endIndex && number == 0 ? 0 : pointsPerUnit[trimmed[unitStart...]]
        else { return nil }
        return Int((number * points * 2).rounded())
    }
}
