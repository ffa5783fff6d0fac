public import ReportModel

/// Whether a named unit reads the same in two documents.
public enum UnitComparison {
    /// Whether `unit` has the same content in both documents (whitespace and character width aside; a unit neither
    /// has counts as the same).
    ///
    /// - Complexity: O(n) for documents of n sections and blocks (their ``UnitIndex``): for many units, the form that
    ///   takes the documents' indices.
    public static func isSame(_ unit: UnitID, in one: Report, and other: Report) -> Bool {
        isSame(unit, in: UnitIndex(one), and: UnitIndex(other))
    }

    /// Whether `unit` has the same content in both indexed documents, as ``isSame(_:in:and:)`` tells: for the many
    /// units of one report, each found in constant time.
    public static func isSame(_ unit: UnitID, in one: UnitIndex, and other: UnitIndex) -> Bool {
        func form(_ index: UnitIndex) -> String? {
            index.location(of: unit).flatMap { UnitContent.fingerprint($0, in: index.report) }
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
        isKeptInRealignedSection(unit, of: UnitIndex(one), in: UnitIndex(other))
    }

    /// Whether `other` still holds a paragraph of `one` (``isKeptInRealignedSection(_:of:in:)``), the units found and
    /// the paragraphs counted in the documents' indices: a section of as many paragraphs in both is told in constant
    /// time.
    public static func isKeptInRealignedSection(_ unit: UnitID, of one: UnitIndex, in other: UnitIndex) -> Bool? {
        isKeptInRealignedSection(
            unit, of: (one.report, one.location(of:), one.paragraphCount(in:)),
            in: (other.report, other.location(of:), other.paragraphCount(in:)))
    }

    /// A document, how to find a unit in it, and how to count a container's paragraphs.
    private typealias Side = (
        report: Report, locate: (UnitID) -> UnitLocation?, paragraphs: (BlockContainer) -> Int
    )

    private static func isKeptInRealignedSection(_ unit: UnitID, of one: Side, in other: Side) -> Bool? {
        guard case .paragraph = unit.components.last,
            case .block(let container, let index) = one.locate(unit),
            let blocks = one.report.blocks(in: container), blocks.indices.contains(index),
            let paragraph = blocks[index].paragraph
        else { return nil }
        let section = UnitID(Array(unit.components.dropLast()))
        var found: BlockContainer?
        if case .container(let container) = other.locate(section) { found = container }
        // (a section `other` lacks has no paragraphs there)
        guard (found.map(other.paragraphs) ?? 0) != one.paragraphs(container) else { return nil }
        let paragraphs = (found.flatMap { other.report.blocks(in: $0) } ?? []).compactMap(\.paragraph)
        return paragraphs.map { TextKey.make($0.text) }.joined().contains(TextKey.make(paragraph.text))
    }
}
