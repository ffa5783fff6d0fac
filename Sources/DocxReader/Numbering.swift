import DocumentLayout
import Foundation

/// Automatic numbering of a .docx: `numbering.xml`'s lists and the numbering styles give paragraphs numbers that
/// are not in their text (`一、`, `（一）`, `1.`). The reader puts them back in front of the text.
struct Numbering {
    /// One level of a list: its format (`chineseCounting`), its text (`（%1）`), its first number, and whether Word
    /// puts a tab or a space between the label and the paragraph's text (`w:suff`: a tab unless it says `space` or
    /// `nothing`).
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
        var separated = true
    }

    /// A paragraph's text after its list label: joined as before, but for a label and a text that would read as
    /// one number where Word shows them apart (`1.` and `5`, shown `1.⇥5`: not 1.5; `1.` and `2024年…`): a space
    /// between them then (wn99 F12). Only that case, so that the headings' `一、总体情况` read as they always have.
    static func labelled(_ text: String, label: String, separated: Bool) -> String {
        guard separated, let last = label.last, last.isASCII, last.isNumber || last == ".",
            let first = text.first, first.isASCII, first.isNumber
        else { return label + text }
        return label + " " + text
    }

    /// Levels of each abstract list.
    var abstractLevels: [String: [Int: Level]] = [:]
    /// Each list instance's abstract list and start overrides.
    var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// Paragraph styles' numbering (`numId`, `ilvl`) and the style they are based on.
    var styles: [String: (numId: String?, level: Int?, basedOn: String?)] = [:]
    /// The ids of the paragraph style that marks a paragraph as written (``LayoutParagraph/asWrittenStyle``), and of
    /// a style named as it is (``LayoutParagraph/asWrittenStyleName``): the file saved again in another format (.doc,
    /// then .docx) keeps the name under another id (rv105 F14).
    var asWrittenStyles: Set<String> = [LayoutParagraph.asWrittenStyle]
    /// Counters per list instance and level.
    private var counters: [String: [Int: Int]] = [:]

    /// The numbering of a paragraph from its own properties or its style (following `basedOn`).
    func resolve(numId: String?, level: Int?, style: String?) -> (numId: String, level: Int)? {
        var numId = numId
        var level = level
        var style = style
        var depth = 0
        while numId == nil || level == nil, let name = style, let definition = styles[name], depth < 16 {
            numId = numId ?? definition.numId
            level = level ?? definition.level
            style = definition.basedOn
            depth += 1
        }
        guard let numId, numId != "0" else { return nil }
        return (numId, level ?? 0)
    }

    /// The largest number a list may start at, as Word's own dialog allows it (设置编号值): a file may say any
    /// number, and counting on from `Int.max` would overflow.
    static let largestStart = 32_767

    /// A list's start as the file gives it (`w:start`, `w:startOverride`), or `nil` when it is not a number Word
    /// would start a list at.
    static func start(_ value: String) -> Int? {
        Int(value).flatMap { (0...largestStart).contains($0) ? $0 : nil }
    }

    /// The label of the next paragraph of a list at a level (`二、`), counting it, and whether Word sets it apart
    /// from the text (``Level``); `nil` for bullets and `none`.
    mutating func nextLabel(numId: String, level: Int) -> (text: String, separated: Bool)? {
        guard let instance = instances[numId], let levels = abstractLevels[instance.abstract] else { return nil }
        var counts = counters[numId] ?? [:]
        let start = instance.starts[level] ?? levels[level]?.start ?? 1
        counts[level] = counts[level].map { $0 + 1 } ?? start
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[numId] = counts
        guard let definition = levels[level], definition.format != "bullet", definition.format != "none" else {
            return nil
        }
        var label = definition.text
        for index in 0...8 {
            let placeholder = "%\(index + 1)"
            guard label.contains(placeholder) else { continue }
            let value = counts[index] ?? instance.starts[index] ?? levels[index]?.start ?? 1
            label = label.replacingOccurrences(
                of: placeholder, with: Self.format(value, as: levels[index]?.format ?? "decimal"))
        }
        return (label, definition.separated)
    }

    /// A number written in a list format.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
            "japaneseCounting", "taiwaneseCounting":
            return chinese(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            guard (1...20).contains(value), let scalar = Unicode.Scalar(0x245F + value) else { return String(value) }
            return String(Character(scalar))
        case "decimalEnclosedParen":
            return "(\(value))"
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return (1...10).contains(value) ? String(stems[value - 1]) : String(value)
        case "upperLetter", "lowerLetter":
            guard value >= 1 else { return String(value) }
            let base = format == "upperLetter" ? 64 : 96
            let letter = Character(Unicode.Scalar(UInt8(base + (value - 1) % 26 + 1)))
            return String(repeating: letter, count: (value - 1) / 26 + 1)
        case "upperRoman", "lowerRoman":
            let roman = Self.roman(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        default:
            return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
    static func chinese(_ value: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100
        let tens = value / 10 % 10
        let units = value % 10
        var result = ""
        if hundreds > 0 { result += "\(digits[hundreds])百" }
        if tens > 0 {
            if !(hundreds == 0 && tens == 1) { result.append(digits[tens]) }
            result += "十"
        } else if hundreds > 0, units > 0 {
            result += "零"
        }
        if units > 0 { result.append(digits[units]) }
        return result
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }
}

/// Reads `numbering.xml` and `styles.xml` into a ``Numbering``.
final class NumberingCollector: XMLPartHandler {
    var numbering = Numbering()
    private var abstractID: String?
    private var levelIndex: Int?
    private var level = Numbering.Level()
    private var numID: String?
    private var overrideLevel: Int?
    private var styleID: String?
    private var styleNumID: String?
    private var styleLevel: Int?
    private var styleBase: String?

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        switch name {
        case .abstractNum, .lvl, .numFmt, .lvlText, .start, .num, .abstractNumId, .lvlOverride, .startOverride, .style,
            .basedOn, .numId, .ilvl, .suff, .name:
            .forward
        default: .ignore
        }
    }

    func start(_ element: XMLElementView) {
        var value: String? { element.attribute("val") }
        switch element.name {
        case .abstractNum: abstractID = element.attribute("abstractNumId")
        case .lvl:
            levelIndex = element.attribute("ilvl").flatMap { Int($0) }
            level = Numbering.Level()
        case .numFmt where levelIndex != nil: level.format = value ?? "decimal"
        case .lvlText where levelIndex != nil: level.text = value ?? ""
        case .suff where levelIndex != nil: level.separated = value != "nothing"
        case .start where levelIndex != nil: level.start = value.flatMap(Numbering.start) ?? 1
        case .num: numID = element.attribute("numId")
        case .abstractNumId where numID != nil:
            if let numID, let value { numbering.instances[numID] = (value, [:]) }
        case .lvlOverride: overrideLevel = element.attribute("ilvl").flatMap { Int($0) }
        case .startOverride:
            if let numID, let overrideLevel, let start = value.flatMap(Numbering.start) {
                numbering.instances[numID]?.starts[overrideLevel] = start
            }
        case .style:
            styleID = element.attribute("styleId")
            styleNumID = nil
            styleLevel = nil
            styleBase = nil
        case .basedOn where styleID != nil: styleBase = value
        case .name where styleID != nil && value == LayoutParagraph.asWrittenStyleName:
            if let styleID { numbering.asWrittenStyles.insert(styleID) }
        case .numId where styleID != nil: styleNumID = value
        case .ilvl where styleID != nil: styleLevel = value.flatMap { Int($0) }
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        switch name {
        case .lvl:
            if let abstractID, let levelIndex { numbering.abstractLevels[abstractID, default: [:]][levelIndex] = level }
            levelIndex = nil
        case .abstractNum: abstractID = nil
        case .num: numID = nil
        case .style:
            if let styleID { numbering.styles[styleID] = (styleNumID, styleLevel, styleBase) }
            styleID = nil
        default: break
        }
    }
}
