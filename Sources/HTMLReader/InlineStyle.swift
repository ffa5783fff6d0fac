import DocumentLayout
import Foundation

/// What an element's `style` attribute says about where its text sits: raised or lowered like `<sup>` and `<sub>`
/// (`vertical-align: super`), or moved off the line by a distance (`vertical-align: 3pt`,
/// `position: relative; top: -3pt`, or Word's `mso-text-raise: 3pt` in a page saved from Word).
struct InlineStyle: Equatable {
    /// `vertical-align: super` or `sub`; `.some(nil)` for `baseline`; `nil` when not set.
    var raised: RaisedText.Position??
    /// How far the element's text is moved above the line, in half-points (below when negative); `nil` when not set.
    var shift: Int?

    /// The style of an element's `style` attribute (`nil`: no style).
    init(_ style: String?) {
        guard let style, style.contains(":") else { return }
        var isRelative = false
        var top: Int?
        for declaration in style.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let property = declaration[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = declaration[declaration.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                .lowercased()
            switch property {
            case "vertical-align":
                switch value {
                case "super": raised = .some(.superscript)
                case "sub": raised = .some(.subscript)
                case "baseline": raised = .some(nil)
                default: if let length = ShiftedText.halfPoints(ofLength: value) { shift = length }
                }
            case "mso-text-raise": if let length = ShiftedText.halfPoints(ofLength: value) { shift = length }
            case "position": isRelative = value == "relative"
            case "top": top = ShiftedText.halfPoints(ofLength: value)
            default: break
            }
        }
        // Word writes a raised run as `position:relative;top:-3.0pt;mso-text-raise:3.0pt`: one move, not two.
        if shift == nil, isRelative, let top { shift = -top }
    }
}
