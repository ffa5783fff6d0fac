import DocumentLayout

/// The run properties that change what a run's text reads as: hidden (`w:vanish`, `w:specVanish`), hidden in a web
/// view only (`w:webHidden`), raised or lowered
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
    /// `w:specVanish`: hidden even where hidden text is shown.
    var alwaysHidden: Bool?
    /// `w:webHidden`: hidden in a web view (and by LibreOffice), printed by Word.
    var webHidden: Bool?
    /// `w:color`: the text's colour (`.some(nil)`: automatic, which Word shows against any background).
    var colour: TextColour??
    /// `w:shd` or `w:highlight`: what lies behind the run (`.some(nil)`: nothing of its own).
    var background: TextColour.Background??
    /// `w:vertAlign`.
    var position: VerticalPosition?
    /// `w:position`: how far the run is moved above (positive) or below (negative) the line, in half-points.
    var shift: Int?
    /// `w:strike`.
    var struck: Bool?
    /// `w:dstrike` (struck through twice).
    var doubleStruck: Bool?

    /// Reads a `w:vanish`, `w:specVanish`, `w:webHidden`, `w:vertAlign`, `w:position`, `w:strike` or `w:dstrike`
    /// element of a `w:rPr`; other elements change nothing.
    mutating func read(_ element: XMLElementView) {
        let value = element.attribute("val")
        switch element.name {
        case .vanish: hidden = Self.isOn(value)
        case .specVanish: alwaysHidden = Self.isOn(value)
        case .webHidden: webHidden = Self.isOn(value)
        case .color: colour = .some(value.flatMap { $0 == "auto" ? nil : TextColour("#" + $0) })
        case .shd: background = .some(Self.shading(element))
        case .highlight: background = .some(value.flatMap { Self.highlights[$0] }.map { .colour($0) })
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

    /// What a `w:shd` puts behind text: its fill when clear (`nil` for none or `auto`), its pattern's colour when
    /// solid, and a colour the reader cannot tell for other patterns (`pct50`…).
    static func shading(_ element: XMLElementView) -> TextColour.Background? {
        func colour(_ name: String) -> TextColour.Background? {
            guard let value = element.attribute(name), value != "auto" else { return nil }
            return TextColour("#" + value).map { .colour($0) } ?? .unknown
        }
        switch element.attribute("val") {
        case nil, "clear": return colour("fill")
        case "nil": return nil
        case "solid": return colour("color") ?? .colour(.black)
        default: return .unknown
        }
    }

    /// The colours of `w:highlight` (`ST_HighlightColor`); `none` is none.
    static let highlights: [String: TextColour] =
        ([
            "black": "#000000", "blue": "#0000ff", "cyan": "#00ffff", "green": "#00ff00", "magenta": "#ff00ff",
            "red": "#ff0000", "yellow": "#ffff00", "white": "#ffffff", "darkBlue": "#000080", "darkCyan": "#008080",
            "darkGreen": "#008000", "darkMagenta": "#800080", "darkRed": "#800000", "darkYellow": "#808000",
            "darkGray": "#808080", "lightGray": "#c0c0c0",
        ] as [String: String]).compactMapValues(TextColour.init)

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
/// below the line (kept by ``RaisedText``), struck through (kept by ``StruckText``), or hidden in a web view only
/// (kept, but uncertain in a table cell: ``UncertainText``).
struct RunFormat: Equatable {
    var isHidden = false
    var isWebHidden = false
    /// The text's colour (`nil`: automatic, which shows on any background) and what the run puts behind itself
    /// (`nil`: nothing).
    var colour: TextColour?
    var background: TextColour.Background?
    var isStruck = false
    var raised: RaisedText.Position?
    /// How far `w:position` moves the run off the line, in half-points: raised or lowered only beside text of its
    /// paragraph that sits elsewhere (``ShiftedText``), since a whole paragraph moved is still on its own line.
    var shift = 0
}

extension RunFormat {
    /// A run's text as read against what lies behind it (``TextColour/shown(_:on:)``), and why the reader is not sure
    /// it is shown, if it is not (``UncertainText``); `nil` when it is not shown at all. Hidden text is left out, text
    /// of the colour of its background (white on white) too but for its spaces, which still stand between the text
    /// around it; struck and raised text are kept in their forms (``StruckText``, ``RaisedText``).
    func read(_ text: String, on background: TextColour.Background) -> (text: String, uncertain: UncertainText.Reason?)?
    {
        guard !isHidden else { return nil }
        var text = text
        var reason: UncertainText.Reason? = isWebHidden ? .webHidden : nil
        // Text of no colour of its own is Word's automatic colour, black on a light background and white on a dark
        // one: it shows on any (a table style's dark fill behind a header's plain text).
        switch colour.map({ TextColour.shown($0, on: background) }) ?? .shown {
        case .hidden:
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter(\.properties.isWhitespace)))
            guard !text.isEmpty else { return nil }
        case .uncertain: reason = reason ?? .faint
        case .shown: break
        }
        let struck = isStruck ? StruckText.text(text) : text
        return (raised.map { RaisedText.text(struck, $0) } ?? struck, reason)
    }
}

/// The run properties of `styles.xml`'s paragraph and character styles, and how a run's format follows from its
/// direct formatting, its character style (`w:rStyle`) and its paragraph's style (`w:pStyle`), each following
/// `w:basedOn`.
///
/// Along a `w:basedOn` chain the nearest setting wins. `w:vanish`, `w:strike` and `w:dstrike` are toggle
/// properties (ECMA-376 Part 1, §17.7.3): the paragraph style and the character style that each turn one on turn it
/// off together, and direct formatting sets it outright. `w:vertAlign`, `w:position`, `w:specVanish` and `w:webHidden`
/// are not: the character style's setting wins over the paragraph style's.
struct RunStyles {
    /// A style's own run properties and the style it is based on; for a table style, the shading it gives the
    /// whole table's cells (`w:tcPr/w:shd`, else `w:tblPr/w:shd`), and whether a conditional format of it
    /// (`w:tblStylePr`: the header row, banded rows, the first column…) shades some cells.
    struct Style {
        var properties = RunProperties()
        var basedOn: String?
        var cellShading: TextColour.Background??
        var tableShading: TextColour.Background??
        var shadesSomeCells = false
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
        func nearest<Value>(_ property: KeyPath<RunProperties, Value?>) -> Value? {
            direct[keyPath: property] ?? character.lazy.compactMap { $0[keyPath: property] }.first
                ?? paragraph.lazy.compactMap { $0[keyPath: property] }.first
        }
        let hidden = toggle(\.hidden) || nearest(\.alwaysHidden) == true
        let webHidden = nearest(\.webHidden) == true
        let struck = toggle(\.struck) || toggle(\.doubleStruck)
        var format = RunFormat(isHidden: hidden, isWebHidden: webHidden, isStruck: struck)
        format.colour = nearest(\.colour) ?? nil
        format.background = nearest(\.background) ?? nil
        if case .raised(let raised) = nearest(\.position) {
            format.raised = raised
        } else {
            format.shift = nearest(\.shift) ?? 0
        }
        return format
    }

    /// What a table style (`w:tblStyle`, following `w:basedOn`) puts behind the cells of its table that set no
    /// shading of their own: `.unknown` when a conditional format shades some of them (which ones depends on the
    /// table's `w:tblLook` and the cell's place: the reader does not work it out, so light text there is not sure to
    /// show), else the nearest whole-table shading; `nil` for none.
    func tableBackground(of name: String?) -> TextColour.Background? {
        let styles = chainOfStyles(from: name)
        if styles.contains(where: \.shadesSomeCells) { return .unknown }
        return (styles.lazy.compactMap(\.cellShading).first ?? nil)
            ?? (styles.lazy.compactMap(\.tableShading).first ?? nil)
    }

    /// The properties of a style and of the styles it is based on, nearest first (at most 16, a loop cut).
    private func chain(from name: String?) -> [RunProperties] {
        chainOfStyles(from: name).map(\.properties)
    }

    /// A style and the styles it is based on, nearest first (at most 16, a loop cut).
    private func chainOfStyles(from name: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var name = name
        while let current = name, let style = styles[current], seen.count < 16, seen.insert(current).inserted {
            result.append(style)
            name = style.basedOn
        }
        return result
    }
}

/// Reads the run properties of each style of `styles.xml` into ``RunStyles`` (the record of earlier formatting,
/// `w:rPrChange`, `w:pPrChange`, `w:tblPrChange`, `w:tcPrChange` and the like, left out), and the shading of each table style
/// (``RunStyles/tableBackground(of:)``): the run properties of a table style are read like the others but never
/// applied, since a run or a paragraph names a character or paragraph style.
final class RunStyleCollector: XMLPartHandler {
    private(set) var runStyles = RunStyles()
    private var styleID: String?
    private var style = RunStyles.Style()
    private var runPropertyDepth = 0
    /// The cell or table properties (`w:tcPr`, `w:tblPr`) the reader is in, and whether in a conditional format.
    private var tableProperties: XMLName?
    private var inConditionalFormat = false

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        guard namespace == .word else { return .ignore }
        switch name {
        case .style, .basedOn, .rPr, .vanish, .specVanish, .webHidden, .vertAlign, .position, .strike, .dstrike,
            .color, .shd, .highlight, .tcPr, .tblPr, .tblStylePr:
            return .forward
        case .rPrChange, .pPrChange, .tblPrChange, .tcPrChange, .trPrChange, .tblPrExChange: return .skip
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
        case .tcPr, .tblPr: tableProperties = element.name
        case .tblStylePr: inConditionalFormat = true
        case .shd where styleID != nil && runPropertyDepth == 0:
            let shading = RunProperties.shading(element)
            if inConditionalFormat {
                if shading != nil { style.shadesSomeCells = true }
            } else if tableProperties == .tcPr {
                style.cellShading = .some(shading)
            } else if tableProperties == .tblPr {
                style.tableShading = .some(shading)
            }
        case .vanish, .specVanish, .webHidden, .vertAlign, .position, .strike, .dstrike, .color, .shd, .highlight:
            if styleID != nil, runPropertyDepth > 0 { style.properties.read(element) }
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        switch name {
        case .tcPr, .tblPr: tableProperties = nil
        case .tblStylePr: inConditionalFormat = false
        case .rPr: runPropertyDepth = max(0, runPropertyDepth - 1)
        case .style:
            if let styleID { runStyles.styles[styleID] = style }
            styleID = nil
        default: break
        }
    }
}
