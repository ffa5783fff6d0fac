public import ReportModel

/// Whether a named unit reads the same in two documents.
public enum UnitComparison {
    /// Whether `unit` has the same content in both documents (whitespace and character width aside; a unit neither
    /// has counts as the same).
    public static func isSame(_ unit: UnitID, in one: Report, and other: Report) -> Bool {
        func form(_ report: Report) -> String? {
            UnitNaming.locate(unit, in: report).flatMap { UnitContent.fingerprint($0, in: report) }
        }
        return form(one) == form(other)
    }
}

extension UnitComparison {
    /// Whether `other` still holds a paragraph of `one` when the paragraphs of its section were split or joined
    /// between the two (their number differs, so that paragraph N is not the same paragraph in both): its text is
    /// looked for in the section's paragraphs of `other` read as one (whitespace and character width aside). `nil`
    /// when `unit` is not a paragraph of `one`, or its section has as many paragraphs in both (compared in place).
    public static func isKeptInRealignedSection(_ unit: UnitID, of one: Report, in other: Report) -> Bool? {
        guard case .paragraph = unit.components.last,
            case .block(let container, let index) = UnitNaming.locate(unit, in: one),
            let blocks = one.blocks(in: container), blocks.indices.contains(index),
            let paragraph = blocks[index].paragraph
        else { return nil }
        let section = UnitID(Array(unit.components.dropLast()))
        var others: [Block] = []
        if case .container(let found) = UnitNaming.locate(section, in: other) { others = other.blocks(in: found) ?? [] }
        let paragraphs = others.compactMap(\.paragraph)
        guard paragraphs.count != blocks.count(where: { $0.paragraph != nil }) else { return nil }
        return paragraphs.map { TextKey.make($0.text) }.joined().contains(TextKey.make(paragraph.text))
    }
}
