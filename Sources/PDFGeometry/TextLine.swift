/// Characters that share a baseline, left to right.
struct TextLine {
    var characters: [PageCharacter]
    var page: Int

    /// The baseline (mean of the characters' origins).
    var baseline: Double { characters.map(\.originY).reduce(0, +) / Double(max(1, characters.count)) }
    /// The largest font size on the line.
    var size: Double { characters.map(\.size).max() ?? 0 }
    /// The left edge of the first visible character.
    var x0: Double { characters.first { !$0.isSpace }?.x0 ?? characters.first?.x0 ?? 0 }
    /// The right edge of the last visible character.
    var x1: Double { characters.last { !$0.isSpace }?.x1 ?? characters.last?.x1 ?? 0 }

    /// The line's text: runs of white space made one space, none at either end.
    var text: String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for character in characters {
            if character.isSpace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(character.scalar)
        }
        return String(scalars)
    }

    /// Groups characters into lines by baseline: sorted top to bottom, a character starts a new line when its
    /// baseline is more than half a font size below the line's first baseline. Each line is sorted left to right.
    static func lines(of characters: [PageCharacter], page: Int) -> [TextLine] {
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
