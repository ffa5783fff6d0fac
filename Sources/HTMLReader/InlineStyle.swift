import DocumentLayout

/// Where an element's text sits, as its style says (its `style` attribute and the page's style sheet, cascaded by
/// ``StyleSheet``): raised or lowered like `<sup>` and `<sub>` (`vertical-align: super`), or moved off the line by a
/// distance (`vertical-align: 3pt` or `33%`, `position: relative; top: -3pt` or `bottom: 3pt`, or Word's
/// `mso-text-raise: 3pt` in a page saved from Word).
struct InlineStyle: Equatable {
    /// The properties that move text, and those that hide it (``TextVisibility``): the only ones the reader
    /// cascades.
    static let properties: Set<String> = [
        "vertical-align", "mso-text-raise", "position", "top", "bottom", "display", "visibility", "opacity", "mso-hide",
        "font-size", "color", "background", "background-color", "left", "right", "clip", "clip-path", "width",
        "height", "overflow", "text-indent",
    ]

    /// `vertical-align: super` or `sub`; `nil` otherwise (`baseline` sets an element on its parent's line, which may
    /// itself be raised: it takes nothing back).
    var raised: RaisedText.Position?
    /// How far the element's text is moved above its parent's line, in half-points (below when negative).
    var shift = 0
    /// `display: none`, `opacity: 0` or Word's `mso-hide: all`: the element and all in it is not shown; nor is text
    /// set for screen readers only (``isScreenReaderOnly(_:)``).
    var removesText = false
    /// `visibility`, `font-size` and `color` as set for the element, and its background (`background-color`, else
    /// `background`), as written; `nil` where not set.
    var visibility: String?
    var fontSize: String?
    var colour: String?
    var background: String?
    /// Whether a rule that only maybe selects the element hides it or sets its colour or background.
    var possiblyHides = false

    /// The style the winning value of each of ``properties`` gives.
    init(_ values: [String: String] = [:]) {
        switch values["vertical-align"] {
        case "super": raised = .superscript
        case "sub": raised = .subscript
        default: break
        }
        let length = { (property: String) in values[property].flatMap(ShiftedText.halfPoints(ofLength:)) }
        // `top` moves a relatively positioned element down; `bottom` up, where `top` is not set.
        let offset = values["position"] == "relative" ? length("top").map { -$0 } ?? length("bottom") : nil
        // Word writes a raised run as `position:relative;top:-3.0pt;mso-text-raise:3.0pt`: one move, not two.
        shift =
            [length("vertical-align"), length("mso-text-raise"), offset].lazy.compactMap { $0 }.first { $0 != 0 } ?? 0
        removesText =
            values["display"] == "none" || values["mso-hide"] == "all"
            || values["opacity"].flatMap { Double($0) }.map { $0 <= 0 } == true || Self.isScreenReaderOnly(values)
        visibility = values["visibility"]
        fontSize = values["font-size"]
        colour = values["color"]
        background = values["background-color"] ?? values["background"]
    }

    /// Whether styles set text where no one sees it, as sites do for screen readers (`.sr-only`, wn99 M3): placed
    /// far off the page (`position: absolute; left: -9999px`), clipped to nothing (`clip: rect(0 0 0 0)`,
    /// `clip-path: inset(50%)` on an absolutely placed element), in a box at most 1px wide that hides what overflows
    /// it (`width: 0; overflow: hidden`), or indented far off its line (`text-indent: -9999px`).
    static func isScreenReaderOnly(_ values: [String: String]) -> Bool {
        func farOff(_ property: String) -> Bool {
            guard let value = values[property] else { return false }
            let number = value.prefix { "+-.0123456789".contains($0) }
            return Double(number).map { $0 <= -999 } ?? false
        }
        func tiny(_ property: String) -> Bool {
            guard let value = values[property], let length = ShiftedText.halfPoints(ofLength: value) else {
                return false
            }
            return length <= 2
        }
        let placed = values["position"] == "absolute" || values["position"] == "fixed"
        if placed, farOff("left") || farOff("top") || farOff("right") { return true }
        let clip = values["clip"]?.filter { !$0.isWhitespace && $0 != "," }
        if placed, clip == "rect(0000)" || clip == "rect(0px0px0px0px)" || clip == "rect(1px1px1px1px)" {
            return true
        }
        if placed, values["clip-path"]?.filter({ !$0.isWhitespace }) == "inset(50%)" { return true }
        // (not a height of 0 alone: a collapsed block a page opens with a click holds text the reader should keep)
        if values["overflow"] == "hidden", tiny("width") { return true }
        return farOff("text-indent")
    }

    /// Whether a declaration may hide text or change what it shows against (``TextVisibility``).
    static func mayHide(_ declaration: StyleDeclaration) -> Bool {
        switch declaration.property {
        case "display": declaration.value == "none"
        case "mso-hide": declaration.value == "all"
        case "visibility": declaration.value != "visible"
        case "opacity", "font-size", "color", "background", "background-color": true
        default: false
        }
    }

    /// Whether a declaration on its own moves text (`vertical-align: super`, `top: -3pt`, `position: relative`),
    /// rather than put it back on the line (`vertical-align: baseline`, `top: 0`).
    static func moves(_ declaration: StyleDeclaration) -> Bool {
        switch declaration.property {
        case "vertical-align":
            declaration.value == "super" || declaration.value == "sub"
                || (ShiftedText.halfPoints(ofLength: declaration.value) ?? 0) != 0
        case "position": declaration.value == "relative"
        default: (ShiftedText.halfPoints(ofLength: declaration.value) ?? 0) != 0
        }
    }
}
