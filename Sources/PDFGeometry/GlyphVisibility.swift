import DocumentLayout

/// Tells the characters a page does not show by their colour: white text on the white page (a clerk who made an old
/// figure white instead of deleting it: the page shows `2`, the file holds `92`). The rule is
/// ``TextColour/shown(_:on:)``, the one every reader keeps; what lies behind a light character is the last large
/// filled rectangle under it (a cell's shading) or else the white page (not known on a page with pictures), and dark
/// text is shown. A hidden character is left out; one the rule is not
/// sure of (light text on a fill close to its colour) is kept and marked uncertain, so that a table cell holding it
/// says what it reads without it and its figure is missing (``UncertainText``).
enum GlyphVisibility {
    /// The most fills a page's light characters are looked up among; behind the light text of a page drawing more
    /// (no report does), the colour is taken as unknown.
    static let mostBackgrounds = 5_000

    /// The page without the characters it does not show, and with the ones it may not show marked.
    static func shown(_ page: PageContent) -> PageContent {
        // Fills that can lie behind text: larger than a rule, and opaque enough to be seen.
        let backgrounds = page.segments.filter { segment in
            segment.kind == .fill && segment.colour.alpha >= 0.5
                && abs(segment.x1 - segment.x0) > RuleFinder.thinFill
                && abs(segment.y1 - segment.y0) > RuleFinder.thinFill
        }
        var result = page
        result.characters = []
        result.characters.reserveCapacity(page.characters.count)
        for var character in page.characters {
            // Dark text is taken as shown wherever it lies, as on a background the rule does not know.
            guard character.colour.luminance > 0.5 else {
                result.characters.append(character)
                continue
            }
            // Under no fill: the white page, unless the page draws pictures (white text on a banner).
            let fill = backgrounds.count > mostBackgrounds ? nil : background(of: character, among: backgrounds)
            let unknown = backgrounds.count > mostBackgrounds || (fill == nil && page.imageCount > 0)
            let behind: TextColour.Background = unknown ? .unknown : .colour(fill ?? .white)
            switch TextColour.shown(character.colour, on: behind) {
            case .hidden: continue
            case .uncertain: character.isUncertain = true
            case .shown: break
            }
            result.characters.append(character)
        }
        return result
    }

    /// The colour of the last fill under the character's body, if any.
    private static func background(of character: PageCharacter, among fills: [PageSegment]) -> TextColour? {
        let x = character.midX
        let y = character.bodyY
        return fills.last { fill in
            x >= min(fill.x0, fill.x1) && x <= max(fill.x0, fill.x1) && y >= min(fill.y0, fill.y1)
                && y <= max(fill.y0, fill.y1)
        }?.colour
    }
}
