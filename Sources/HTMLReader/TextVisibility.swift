import DocumentLayout

/// Whether a page shows the text of an element, as the styles and attributes of it and of the elements around it say:
/// the rule the web page reader leaves hidden text out by, and notes text it cannot be sure of (``UncertainText``).
///
/// Hidden: `display: none`, `opacity: 0` and Word's `mso-hide: all` on the element or around it (the walker leaves
/// such an element out, ``InlineStyle/removesText``), `visibility: hidden`, a font size of 0, and text of the colour
/// of what lies behind it (white on a white page or cell: a contrast ratio under 1.1, or a transparent colour). Not
/// sure: text of a colour close to its background (a contrast ratio under 1.5: white on a light grey cell), light
/// text on a background the reader does not know (a picture, a gradient), and text a style sheet's rule hides or
/// colours only if it applies (``StyleSelector/Match/possibly``). Everything else is shown.
struct TextVisibility: Equatable {
    /// `visibility: hidden` (or `collapse`), inherited until `visibility: visible`.
    private var invisible = false
    /// A font size of 0, inherited until a size that is not relative to it.
    private var sizeless = false
    /// The text's colour; `nil` is the page's default, black.
    private var colour: TextColour?
    /// The nearest background set around the text; a page with none is white.
    private var background = TextColour.Background.colour(.white)
    /// A style sheet's rule that may or may not apply hides or colours the text.
    private var possiblyHidden = false

    /// The visibility of the text inside an element with this style.
    func entering(_ style: InlineStyle) -> TextVisibility {
        var inside = self
        switch style.visibility {
        case "hidden", "collapse": inside.invisible = true
        case "visible": inside.invisible = false
        default: break
        }
        if let size = style.fontSize {
            if let halfPoints = ShiftedText.halfPoints(ofLength: size) {
                // A size relative to the parent's (`2em`, `150%`; `larger` reads as no length) of a size of 0 is 0.
                let relative = ["em", "%", "ex", "ch"].contains { size.hasSuffix($0) } && !size.hasSuffix("rem")
                if halfPoints == 0 {
                    inside.sizeless = true
                } else if !relative {
                    inside.sizeless = false
                }
            } else if ["xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large"].contains(size) {
                inside.sizeless = false
            }
        }
        if let text = style.colour {
            // A colour the reader does not know (`currentcolor`, an unknown name) is taken as the default's.
            inside.colour = TextColour(text)
        }
        if let text = style.background {
            inside.background = Self.background(text) ?? inside.background
        }
        if style.possiblyHides { inside.possiblyHidden = true }
        return inside
    }

    /// How the page shows text with this visibility.
    var shown: TextColour.Shown {
        if invisible || sizeless { return .hidden }
        let shown = TextColour.shown(colour, on: background)
        return shown == .shown && possiblyHidden ? .uncertain : shown
    }

    /// A background as a `background` or `background-color` value or a `bgcolor` attribute gives it: a colour, no
    /// change (`nil`: `none`, `transparent`, `inherit`), or unknown (a picture, a gradient, a value the reader does
    /// not read).
    static func background(_ value: String) -> TextColour.Background? {
        if ContentFinder.has("url(", in: value) || ContentFinder.has("gradient(", in: value) { return .unknown }
        let tokens = value.split(separator: " ").map(String.init)
        if let colour = tokens.lazy.compactMap(TextColour.init).first {
            return colour.alpha < 0.1 ? nil : .colour(colour)
        }
        let plain: Set<String> = [
            "none", "transparent", "inherit", "initial", "unset", "revert", "no-repeat", "repeat",
        ]
        return tokens.allSatisfy { plain.contains($0) } ? nil : .unknown
    }
}
