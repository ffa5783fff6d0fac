import DocumentLayout

/// Characters that share a baseline, left to right.
struct TextLine {
    var characters: [PageCharacter]
    var page: Int

    /// How wide a gap between two characters, in ems of the larger one, reads as a space: a column of a table drawn
    /// without rules, or a tab stop. Justified prose spreads its characters by far less (at most 0.3 em in the
    /// real reports measured).
    static let columnGap = 1.0
    /// The gap between two digits that reads as a space: the digits of one number are never spread apart, and
    /// two numbers read as one would be a wrong number.
    static let digitGap = 0.5

    /// The baseline (mean of the characters' origins).
    var baseline: Double { characters.map(\.originY).reduce(0, +) / Double(max(1, characters.count)) }
    /// The largest font size on the line.
    var size: Double { characters.map(\.size).max() ?? 0 }
    /// The left edge of the first visible character.
    var x0: Double {
        if isTurned { return characters.filter { !$0.isSpace }.map(\.x0).min() ?? 0 }
        return characters.first { !$0.isSpace }?.x0 ?? characters.first?.x0 ?? 0
    }
    /// The right edge of the last visible character.
    var x1: Double {
        if isTurned { return characters.filter { !$0.isSpace }.map(\.x1).max() ?? 0 }
        return characters.last { !$0.isSpace }?.x1 ?? characters.last?.x1 ?? 0
    }
    /// Whether the line is turned on its page (``PageCharacter/turned``): its characters in the order it reads, not
    /// left to right.
    var isTurned: Bool { characters.first?.turned != nil }

    /// The line's text: runs of white space made one space, none at either end. A gap of at least ``columnGap``
    /// between two characters (``digitGap`` between two digits) is a space too, so that the columns of a table
    /// drawn without rules (`规章  11  12  13`) never run together into one number. Characters set off the line (a
    /// footnote mark after a number, ``raisedIndices``) are kept in their superscript or subscript form
    /// (``RaisedText``), so that `2.35` with a raised `1` reads `2.35¹`; struck characters are kept struck (``StruckText``), so that `1̶3̶14` is no number.
    var text: String {
        let raised = raisedIndices
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: PageCharacter?
        var raisedPrevious = false
        for (index, character) in characters.enumerated() {
            if character.isSpace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if let previous, Self.isColumnGap(between: previous, and: character) { pendingSpace = true }
            // (a figure set smaller on a baseline of its own right after a label's last word is no part of it)
            if let previous, raised[index] == nil, !raisedPrevious, Self.isFigureBeside(previous, character) {
                pendingSpace = true
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            if let position = raised[index] {
                scalars += RaisedText.text(String(character.scalar), position).unicodeScalars
            } else {
                scalars.append(character.scalar)
            }
            if character.isStruck { scalars.append(StruckText.stroke) }
            previous = character
            raisedPrevious = raised[index] != nil
        }
        return String(scalars)
    }

    /// Whether the line has a gap of at least ``columnGap`` between two of its characters: a row of a table
    /// drawn without rules, or text set at tab stops.
    var hasColumnGap: Bool {
        let visible = characters.filter { !$0.isSpace }
        return zip(visible, visible.dropFirst()).contains { Self.isColumnGap(between: $0, and: $1) }
    }

    /// Whether of two characters next to each other one is a digit and the other a word's, of sizes and baselines
    /// clearly apart: a figure set smaller than a label, on a baseline of its own, right after (or before) it.
    static func isFigureBeside(_ left: PageCharacter, _ right: PageCharacter) -> Bool {
        let isDigit = { (character: PageCharacter) in ("0"..."9").contains(character.scalar) }
        let larger = max(left.size, right.size, 1)
        return isDigit(left) != isDigit(right) && min(left.size, right.size) < raisedSize * larger
            && abs(left.originY - right.originY) > sameBaseline * larger
    }

    /// Whether the space between two characters next to each other is a column gap.
    static func isColumnGap(between left: PageCharacter, and right: PageCharacter) -> Bool {
        let digits = ("0"..."9").contains(left.scalar) && ("0"..."9").contains(right.scalar)
        return right.x0 - left.x1 >= (digits ? digitGap : columnGap) * max(left.size, right.size, 1)
    }

    /// Groups characters into lines by baseline: sorted top to bottom, a character starts a new line when its
    /// baseline is more than half a font size below the line's first baseline. Each line is sorted left to right.
    ///
    /// The characters of a line turned on the page (``PageCharacter/turned``: running up or down it, or upside
    /// down) make a line of their own, in the order it reads, placed among the others by its middle: taken by their
    /// baselines, each would be a line of one character, read top to bottom or left to right (`286` running up the
    /// page read `682`), or joined to the upright line beside it.
    static func lines(of characters: [PageCharacter], page: Int) -> [TextLine] {
        var lines = uprightLines(of: characters.filter { $0.turned == nil }, page: page)
        let placed = characters.compactMap { character in character.turned.map { (place: $0, character: character) } }
        let turned = Dictionary(grouping: placed, by: \.place.line)
        for line in turned.keys.sorted() {
            let characters = (turned[line] ?? []).sorted { $0.place.index < $1.place.index }.map(\.character)
            guard characters.contains(where: { !$0.isSpace }) else { continue }
            let turnedLine = TextLine(characters: characters, page: page)
            let at = lines.firstIndex { $0.baseline > turnedLine.baseline } ?? lines.endIndex
            lines.insert(turnedLine, at: at)
        }
        return lines
    }

    /// The lines of characters set upright (``lines(of:page:)``).
    private static func uprightLines(of characters: [PageCharacter], page: Int) -> [TextLine] {
        let sorted = characters.sorted { ($0.originY, $0.originX) < ($1.originY, $1.originX) }
        var lines: [TextLine] = []
        var current: [PageCharacter] = []
        var first = 0.0
        for character in sorted {
            if let last = current.last, character.originY - first > 0.5 * max(last.size, character.size, 1) {
                lines.append(TextLine(characters: current.sorted { $0.originX < $1.originX }, page: page))
                current = []
            }
            if current.isEmpty { first = character.originY }
            current.append(character)
        }
        if !current.isEmpty {
            lines.append(TextLine(characters: current.sorted { $0.originX < $1.originX }, page: page))
        }
        return lines.filter { $0.characters.contains { !$0.isSpace } }
    }
}
