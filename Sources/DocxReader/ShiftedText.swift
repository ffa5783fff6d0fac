import DocumentLayout

/// A paragraph's text as it is built run by run, with how far `w:position` moves each run off the line.
///
/// Word and WPS can raise a footnote mark with 字符位置「提升」 (`w:position`) instead of 上标 (`w:vertAlign`).
/// Joined as ordinary characters, a `1` raised after `2.35` would read as the number `2.351`: a wrong number. So a
/// run sitting higher or lower than the paragraph's line is kept in its raised form by ``RaisedText``, as
/// `w:vertAlign` is. The line is where most of the paragraph's characters sit (on a tie, the place nearest the unmoved line), so a
/// paragraph moved as a whole, or a cell nudged up to centre it, reads as written.
struct ShiftedText {
    private var pieces: [(text: String, shift: Int)] = []

    /// Text already read as it stands (a paragraph carried over, a list label).
    init(_ text: String = "") {
        if !text.isEmpty { pieces = [(text, 0)] }
    }

    /// Adds a run's text, moved `shift` half-points above the line (below when negative).
    mutating func append(_ text: String, shift: Int) {
        if let last = pieces.last, last.shift == shift {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append((text, shift))
        }
    }

    /// The text as read: runs off the paragraph's line in their raised or lowered form.
    var text: String {
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
}
