import DocumentLayout

/// The run properties that change what a run's text reads as: hidden (`w:vanish`), raised or lowered
/// (`w:vertAlign`, or moved off the line by `w:position`) and struck through (`w:strike`, `w:dstrike`), as one
/// `w:rPr` sets them — directly on a run or in a style. `nil` is "not set here".
struct RunProperties: Equatable {
    /// Where `w:vertAlign` puts a run.
    enum VerticalPosition: Equatable {
        case baseline
        case raised(RaisedText.Position)
    }

    /// `w:vanish`.
    var hidden: Bool?
    /// `w:vertAlign`.
    var position: VerticalPosition?
    /// `w:position`: how far the run is moved above (positive) or below (negative) the line, in half-points.
    var shift: Int?
    /// `w:strike`.
    var struck: Bool?
    /// `w:dstrike` (struck through twice).
    var doubleStruck: Bool?

    /// Reads a `w:vanish`, `w:vertAlign`, `w:position`, `w:strike` or `w:dstrike` element of a `w:rPr`; other
    /// elements change nothing.
    mutating func read(_ element: XMLElementView) {
        let value = element.attribute("val")
        switch element.name {
        case .vanish: hidden = Self.isOn(value)
        case .vertAlign:
            switch value {
            case "superscript": position = .raised(.superscript)
            case "subscript": position = .raised(.subscript)
            case "baseline": position = .baseline
            default: break
            }
        case .position: shift = value.flatMap(Self.halfPoints)
        case .strike: struck = Self.isOn(value)
        case .dstrike: doubleStruck = Self.isOn(value)
        default: break
        }
    }

    /// A signed measure in half-points (`ST_SignedHpsMeasure`): a whole number of half-points, or a number with a
    /// unit (`3pt`) as the strict schema allows; `nil` for anything else.
    static func halfPoints(_ value: String) -> Int? {
        Int(value) ?? ShiftedText.halfPoints(ofLength: value)
    }

    /// An on/off property's value (`ST_OnOff`): on when the element has no `w:val`, or one that is not
    /// `false`, `0` or `off`.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["false", "0", "off"].contains(value.lowercased())
    }
}

/// How a run's text is shown: hidden (left out of the text, as Word prints it), raised above or lowered
/// below the line (kept by ``RaisedText``), or struck through (kept by ``StruckText``).
struct RunFormat: Equatable {
    var isHidden = false
    var isStruck = false
    var raised: RaisedText.Position?
    /// How far `w:position` moves the run off the line, in half-points: raised or lowered only beside text of its
    /// paragraph that sits elsewhere (``ShiftedText``), since a whole paragraph moved is still on its own line.
    var shift = 0
}

/// The run properties of `styles.xml`'s paragraph and character styles, and how a run's format follows from its
/// direct formatting, its character style (`w:rStyle`) and its paragraph's style (`w:pStyle`), each following
/// `w:basedOn`.
///
/// Along a `w:basedOn` chain the nearest setting wins. `w:vanish`, `w:strike` and `w:dstrike` are toggle
/// properties (ECMA-376 Part 1, §17.7.3): the paragraph style and the character style that each turn one on turn it
/// off together, and direct formatting sets it outright. `w:vertAlign` and `w:position` are not: the character style's setting wins over the paragraph
/// style's.
struct RunStyles {
    /// A style's own run properties and the style it is based on.
    struct Style {
        var properties = RunProperties()
        var basedOn: String?
    }

    /// The styles by `w:styleId`.
    var styles: [String: Style] = [:]

    /// The format of a run.
    ///
    /// - Parameters:
    ///   - direct: The run's own `w:rPr`.
    ///   - characterStyle: Its `w:rStyle`, if any.
    ///   - paragraphStyle: Its paragraph's `w:pStyle`, if any.
    func format(of direct: RunProperties, characterStyle: String?, paragraphStyle: String?) -> RunFormat {
        let character = chain(from: characterStyle)
        let paragraph = chain(from: paragraphStyle)
        func toggle(_ property: KeyPath<RunProperties, Bool?>) -> Bool {
            let characterSets = character.lazy.compactMap { $0[keyPath: property] }.first ?? false
            let paragraphSets = paragraph.lazy.compactMap { $0[keyPath: property] }.first ?? false
            return direct[keyPath: property] ?? (characterSets != paragraphSets)
        }
        let hidden = toggle(\.hidden)
        let struck = toggle(\.struck) || toggle(\.doubleStruck)
        let position =
            direct.position ?? character.lazy.compactMap(\.position).first
            ?? paragraph.lazy.compactMap(\.position).first
        if case .raised(let raised) = position { return RunFormat(isHidden: hidden, isStruck: struck, raised: raised) }
        let shift =
            direct.shift ?? character.lazy.compactMap(\.shift).first ?? paragraph.lazy.compactMap(\.shift).first ?? 0
        return RunFormat(isHidden: hidden, isStruck: struck, raised: nil, shift: shift)
    }

    /// The properties of a style and of the styles it is based on, nearest first (at most 16, a loop cut).
    private func chain(from name: String?) -> [RunProperties] {
        var result: [RunProperties] = []
        var seen: Set<String> = []
        var name = name
        while let current = name, let style = styles[current], seen.count < 16, seen.insert(current).inserted {
            result.append(style.properties)
            name = style.basedOn
        }
        return result
    }
}

/// Reads the run properties of each style of `styles.xml` into ``RunStyles`` (the record of earlier formatting,
/// `w:rPrChange`, `w:pPrChange`, left out). Table styles are read like the others but never applied: a run or a
/// paragraph names a character or paragraph style, and the reader does not read a table's `w:tblStyle`.
final class RunStyleCollector: XMLPartHandler {
    private(set) var runStyles = RunStyles()
    private var styleID: String?
    private var style = RunStyles.Style()
    private var runPropertyDepth = 0

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        guard namespace == .word else { return .ignore }
        switch name {
        case .style, .basedOn, .rPr, .vanish, .vertAlign, .position, .strike, .dstrike: return .forward
        case .rPrChange, .pPrChange: return .skip
        default: return .ignore
        }
    }

    func start(_ element: XMLElementView) {
        switch element.name {
        case .style:
            styleID = element.attribute("styleId")
            style = RunStyles.Style()
        case .basedOn where styleID != nil: style.basedOn = element.attribute("val")
        case .rPr: runPropertyDepth += 1
        case .vanish, .vertAlign, .position, .strike, .dstrike:
            if styleID != nil, runPropertyDepth > 0 { style.properties.read(element) }
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        switch name {
        case .rPr: runPropertyDepth = max(0, runPropertyDepth - 1)
        case .style:
            if let styleID { runStyles.styles[styleID] = style }
            styleID = nil
        default: break
        }
    }
}
