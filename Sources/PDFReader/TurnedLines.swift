import CMuPDF
import PDFGeometry

/// The lines of a page set in another direction than its text (review wn99 F2, its second half): a table's header
/// cell written bottom to top, a text box turned to hold a figure, a line upside down.
///
/// MuPDF gives each of their characters on a baseline of its own (running up or down the page) or in reverse order
/// (upside down). Read as upright text, by baselines and then left to right, `286` running up its cell read `682`
/// (its digits, one above the other, joined as a number wrapped in a narrow cell), and each digit could join the
/// upright line beside it. Each such line of MuPDF's (a quarter or a half turn from the page's own direction; a
/// line set in vertical writing mode, upright characters stacked, is the page's own) is given its characters' places
/// in the order it reads, along its direction, and is then read as a line of its own
/// (``PDFGeometry/PageCharacter/turned``).
enum TurnedLines {
    /// The place of each character of `characters` in a turned line, or `nil` for one of the page's own direction.
    ///
    /// - Parameters:
    ///   - characters: The page's characters as MuPDF gives them.
    ///   - origins: Their baseline origins on the page turned upright.
    ///   - turn: The turn that sets the page's text upright (``PageTurn``).
    static func places(
        of characters: UnsafeBufferPointer<nb_pdf_char>, origins: [(x: Double, y: Double)], turn: PageTurn
    ) -> [TurnedPlace?] {
        var lines: [Int32: [(index: Int, along: Double)]] = [:]
        for (index, character) in characters.enumerated() where character.vertical == 0 {
            let direction = turn.direction(Double(character.dir_x), Double(character.dir_y))
            // Upright, or slanted (a diagonal stamp): read as before.
            guard direction.x <= 0.9, abs(direction.x) > 0.9 || abs(direction.y) > 0.9 else { continue }
            let origin = origins[index]
            lines[character.line, default: []].append((index, origin.x * direction.x + origin.y * direction.y))
        }
        var places = [TurnedPlace?](repeating: nil, count: characters.count)
        for (line, members) in lines {
            let ordered = members.sorted { ($0.along, $0.index) < ($1.along, $1.index) }
            for (order, member) in ordered.enumerated() {
                places[member.index] = TurnedPlace(line: Int(line), index: order)
            }
        }
        return places
    }
}
