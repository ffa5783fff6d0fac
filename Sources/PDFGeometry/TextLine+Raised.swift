// Which characters of a line a PDF sets as superscript: a footnote mark after a number (`2.35¹`, `100²`).

extension TextLine {
    /// How much smaller than the line's body a raised character is at most (Word and LibreOffice set superscript
    /// at about 58–67 %).
    static let raisedSize = 0.8
    /// How far above the body's baseline, in ems of the body, a raised character's baseline is at least (Word and
    /// LibreOffice raise superscript by about a third of an em).
    static let raisedShift = 0.15

    /// The indexes of the characters set clearly smaller than the line's body and above its baseline.
    ///
    /// The body is the line's largest characters; its baseline is theirs (the middle one), so that the raised
    /// characters themselves do not move it.
    var raisedIndices: Set<Int> {
        // A turned line's characters stand one above (or beside) the other: none is raised.
        guard characters.first?.turned == nil else { return [] }
        let body = size
        let baselines = characters.filter { !$0.isSpace && $0.size >= Self.raisedSize * body }.map(\.originY).sorted()
        guard body > 0, !baselines.isEmpty else { return [] }
        let baseline = baselines[baselines.count / 2]
        return Set(
            characters.indices.filter { index in
                let character = characters[index]
                return !character.isSpace && character.size < Self.raisedSize * body
                    && character.originY <= baseline - Self.raisedShift * body
            })
    }
}
