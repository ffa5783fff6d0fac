/// Characters a page draws twice in nearly the same place: the "fake bold" (仿粗体) of producers whose font has no
/// bold face, which print bold text a second time a fraction of a point to the side. Each such character is one on
/// the page, and read twice it doubles every digit of a bold figure (106 → 110066). A character repeating one drawn
/// before it (the same character, the same size, at most ``nearest`` ems away across and down) is left out, as
/// poppler's `pdftotext` leaves it out. The digits of one number stand half an em apart or more, so none is lost.
enum RepeatedGlyphs {
    /// How near a repeat is, in ems, across and down.
    static let nearest = 0.15

    private struct Key: Hashable {
        var scalar: Unicode.Scalar
        var size: Double
        var column: Int
        var row: Int
    }

    /// The page without the characters that repeat one drawn before them.
    static func once(_ page: PageContent) -> PageContent {
        var kept: [Key: [PageCharacter]] = [:]
        var result = page
        result.characters = page.characters.filter { character in
            let step = nearest * character.size
            // (a character off any page, or of no size, is kept as it is)
            guard step > 0, step.isFinite, abs(character.originX / step) < 1e9, abs(character.originY / step) < 1e9
            else { return true }
            let column = Int((character.originX / step).rounded(.down))
            let row = Int((character.originY / step).rounded(.down))
            for dx in -1...1 {
                for dy in -1...1 {
                    let key = Key(scalar: character.scalar, size: character.size, column: column + dx, row: row + dy)
                    let repeated = kept[key]?.contains { other in
                        abs(other.originX - character.originX) <= step && abs(other.originY - character.originY) <= step
                    }
                    if repeated == true { return false }
                }
            }
            kept[Key(scalar: character.scalar, size: character.size, column: column, row: row), default: []]
                .append(character)
            return true
        }
        return result
    }
}
