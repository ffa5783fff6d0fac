import Foundation

/// A colour a document gives text or what lies behind it (a web page's `#fff`, `#1f3864`, `rgb(255, 255, 255)`,
/// `white`; Word's `FFFFFF`), and the one rule every reader tells text hidden by its colour by (``shown(_:on:)``).
public struct TextColour: Sendable, Hashable {
    /// The channels, 0 to 1.
    public let red: Double
    public let green: Double
    public let blue: Double
    /// The opacity, 0 to 1: 0 for a transparent colour (`transparent`, `rgba(…, 0)`, `#fff0`).
    public let alpha: Double

    public static let white = TextColour(red: 1, green: 1, blue: 1)
    public static let black = TextColour(red: 0, green: 0, blue: 0)

    /// Creates a colour from its channels.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour as written in CSS or an HTML attribute; `nil` for one the reader does not know (a name outside
    /// ``named``, `currentcolor`, a function other than `rgb`/`rgba`).
    public init?(_ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            let digits = Array(value.dropFirst())
            guard [3, 4, 6, 8].contains(digits.count), digits.allSatisfy(\.isHexDigit) else { return nil }
            let short = digits.count <= 4
            let channels = stride(from: 0, to: digits.count, by: short ? 1 : 2).compactMap { index in
                Int(String(short ? [digits[index], digits[index]] : [digits[index], digits[index + 1]]), radix: 16)
            }.map { Double($0) / 255 }
            self.init(
                red: channels[0], green: channels[1], blue: channels[2], alpha: channels.count == 4 ? channels[3] : 1)
            return
        }
        if value.hasPrefix("rgb(") || value.hasPrefix("rgba("), value.hasSuffix(")") {
            let inside = value.drop { $0 != "(" }.dropFirst().dropLast()
            let parts = inside.split { $0 == "," || $0 == " " || $0 == "/" }.map(String.init)
            guard parts.count == 3 || parts.count == 4 else { return nil }
            let numbers = parts.compactMap { part -> Double? in
                part.hasSuffix("%") ? Double(part.dropLast()).map { $0 / 100 * 255 } : Double(part)
            }
            guard numbers.count == parts.count else { return nil }
            let alpha = parts.count == 4 ? (parts[3].hasSuffix("%") ? numbers[3] / 255 : numbers[3]) : 1
            self.init(
                red: min(255, numbers[0]) / 255, green: min(255, numbers[1]) / 255, blue: min(255, numbers[2]) / 255,
                alpha: alpha)
            return
        }
        guard let named = Self.named[value] else { return nil }
        self = named
    }

    /// The basic colour names, and the pale ones that hide text on a white page.
    static let named: [String: TextColour] = [
        "white": .white, "black": .black, "transparent": TextColour(red: 0, green: 0, blue: 0, alpha: 0),
        "silver": TextColour("#c0c0c0"), "gray": TextColour("#808080"), "grey": TextColour("#808080"),
        "red": TextColour("#ff0000"), "maroon": TextColour("#800000"), "yellow": TextColour("#ffff00"),
        "olive": TextColour("#808000"), "lime": TextColour("#00ff00"), "green": TextColour("#008000"),
        "aqua": TextColour("#00ffff"), "teal": TextColour("#008080"), "blue": TextColour("#0000ff"),
        "navy": TextColour("#000080"), "fuchsia": TextColour("#ff00ff"), "purple": TextColour("#800080"),
        "snow": TextColour("#fffafa"), "ivory": TextColour("#fffff0"), "whitesmoke": TextColour("#f5f5f5"),
        "ghostwhite": TextColour("#f8f8ff"), "floralwhite": TextColour("#fffaf0"), "mintcream": TextColour("#f5fffa"),
        "azure": TextColour("#f0ffff"), "aliceblue": TextColour("#f0f8ff"), "honeydew": TextColour("#f0fff0"),
        "seashell": TextColour("#fff5ee"), "linen": TextColour("#faf0e6"), "oldlace": TextColour("#fdf5e6"),
        "lightyellow": TextColour("#ffffe0"), "lavenderblush": TextColour("#fff0f5"), "beige": TextColour("#f5f5dc"),
        "cornsilk": TextColour("#fff8dc"), "gainsboro": TextColour("#dcdcdc"), "lightgray": TextColour("#d3d3d3"),
        "lightgrey": TextColour("#d3d3d3"),
    ].compactMapValues { $0 }

    /// The relative luminance (WCAG 2): 0 for black, 1 for white.
    public var luminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.039_28 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio of two colours (WCAG 2): 1 for the same colour, 21 for black on white.
    public func contrast(with other: TextColour) -> Double {
        let (light, dark) = luminance > other.luminance ? (luminance, other.luminance) : (other.luminance, luminance)
        return (light + 0.05) / (dark + 0.05)
    }

    /// What lies behind text: a colour, or something the reader cannot tell the colour of (a picture, a gradient, a
    /// pattern).
    public enum Background: Sendable, Hashable {
        case colour(TextColour)
        case unknown
    }

    /// How a document shows text of a colour.
    public enum Shown: Sendable, Hashable {
        case shown, hidden, uncertain
    }

    /// How text of a colour (`nil`: the default, black) shows on a background: hidden when it is transparent or its
    /// contrast ratio with the background is under 1.1 (white on white); not sure when under 1.5 (white on a light
    /// grey, `#ddd` on white), or when it is light (luminance over 0.5) on a background the reader does not know;
    /// else shown.
    public static func shown(_ colour: TextColour?, on background: Background) -> Shown {
        let text = colour ?? .black
        if text.alpha < 0.1 { return .hidden }
        switch background {
        case .unknown:
            return text.luminance > 0.5 ? .uncertain : .shown
        case .colour(let colour):
            let contrast = text.contrast(with: colour)
            return contrast < 1.1 ? .hidden : contrast < 1.5 ? .uncertain : .shown
        }
    }
}
