/// The name of one unit of a report — a field, a section, a section's heading, a paragraph, a table or a cell —
/// that diff, merge, history and blame speak of.
///
/// Its string form is a path of components separated by `/`, usable on the command line as `--unit ID`:
///
/// | unit | string form |
/// | --- | --- |
/// | the title, the agency, the year | `title`, `agency`, `year` |
/// | the blocks before the first section | `preamble` |
/// | section 三, its subsection （二） | `section:三`, `section:三/section:二` |
/// | a section without a number | `section:存在的主要问题及改进情况` |
/// | the heading of a section | `section:三/heading` |
/// | the 2nd paragraph of a section | `section:一/paragraph:2` |
/// | table 3, a grid that matches no template | `section:三/table:table3`, `section:六/table:grid1` |
/// | a second table 3 in the section (last year's left above) | `section:三/table:table3#2` |
/// | one cell of table 3 | `section:三/table:table3/cell:received:total` |
/// | the order of a section's parts | `section:五/order` |
///
/// A section is named by its number's value (Chinese numerals for `一、` and `（一）`, digits for `1.` and `（1）`),
/// by its title when it has no number, and with `#2`, `#3` … when siblings share a name. Paragraphs count from 1
/// among the paragraphs of their section. Within a value, `%`, `/` and `:` are written `%25`, `%2F` and `%3A`.
public struct UnitID: Sendable, Hashable, Comparable, Codable, LosslessStringConvertible {
    /// The components from the report down.
    public var components: [Component]

    /// Creates a unit id from its components.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// One step of a unit's path.
    public enum Component: Sendable, Hashable {
        /// The report's title.
        case title
        /// The report's agency name.
        case agency
        /// The report's year.
        case year
        /// The blocks before the first section.
        case preamble
        /// A section, by its name among its siblings.
        case section(String)
        /// The heading of the section above.
        case heading
        /// A paragraph, by its 1-based place among the paragraphs of its section.
        case paragraph(Int)
        /// A table: `table2`, `table3`, `table4` for template tables (`table3#2` for a second table 3 of the
        /// section), `grid1`, `grid2` … for other tables (``TableUnitName``).
        case table(String)
        /// A cell, by its row key and column key.
        case cell(row: String, column: String)
        /// The order of the parts of the section above (a merge conflict when both sides reordered them).
        case order
    }

    /// The report's root: the empty path.
    public static let report = UnitID([])

    /// This unit with one more component.
    public func appending(_ component: Component) -> UnitID {
        UnitID(components + [component])
    }

    /// The unit above this one, or `nil` for the report itself.
    public var parent: UnitID? {
        components.isEmpty ? nil : UnitID(Array(components.dropLast()))
    }

    /// The string form, e.g. `section:三/table:table3/cell:received:total`.
    public var description: String {
        components.map(\.description).joined(separator: "/")
    }

    /// Reads the string form; `nil` when it is not one.
    public init?(_ description: String) {
        guard !description.isEmpty else {
            self.init([])
            return
        }
        var components: [Component] = []
        for part in description.split(separator: "/", omittingEmptySubsequences: false) {
            guard let component = Component(String(part)) else { return nil }
            components.append(component)
        }
        self.init(components)
    }

    /// Orders unit ids by their string form.
    public static func < (lhs: UnitID, rhs: UnitID) -> Bool { lhs.description < rhs.description }

    /// Reads a unit id from its string form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = UnitID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a unit id: \(text)"))
        }
        self = id
    }

    /// Writes the string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension UnitID.Component: CustomStringConvertible {
    /// The component's string form (`section:三`, `cell:received:total`).
    public var description: String {
        switch self {
        case .title: "title"
        case .agency: "agency"
        case .year: "year"
        case .preamble: "preamble"
        case .heading: "heading"
        case .order: "order"
        case .section(let name): "section:" + UnitIDEscaping.escape(name)
        case .paragraph(let ordinal): "paragraph:\(ordinal)"
        case .table(let name): "table:" + UnitIDEscaping.escape(name)
        case .cell(let row, let column): "cell:" + UnitIDEscaping.escape(row) + ":" + UnitIDEscaping.escape(column)
        }
    }

    /// Reads one component's string form; `nil` when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts[0], parts.count) {
        case ("title", 1): self = .title
        case ("agency", 1): self = .agency
        case ("year", 1): self = .year
        case ("preamble", 1): self = .preamble
        case ("heading", 1): self = .heading
        case ("order", 1): self = .order
        case ("section", 2):
            guard let name = UnitIDEscaping.unescape(parts[1]), !name.isEmpty else { return nil }
            self = .section(name)
        case ("paragraph", 2):
            guard let ordinal = Int(parts[1]), ordinal >= 1 else { return nil }
            self = .paragraph(ordinal)
        case ("table", 2):
            guard let name = UnitIDEscaping.unescape(parts[1]), !name.isEmpty else { return nil }
            self = .table(name)
        case ("cell", 3):
            guard let row = UnitIDEscaping.unescape(parts[1]), let column = UnitIDEscaping.unescape(parts[2]),
                !row.isEmpty, !column.isEmpty
            else { return nil }
            self = .cell(row: row, column: column)
        default:
            return nil
        }
    }
}

/// Percent-escaping of the three characters that separate a unit id's parts.
enum UnitIDEscaping {
    static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "%" || $0 == "/" || $0 == ":" }) else { return value }
        var result = ""
        for character in value {
            switch character {
            case "%": result += "%25"
            case "/": result += "%2F"
            case ":": result += "%3A"
            default: result.append(character)
            }
        }
        return result
    }

    static func unescape(_ value: String) -> String? {
        guard value.contains("%") else { return value }
        var result = ""
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == "%" {
                let end = value.index(index, offsetBy: 3, limitedBy: value.endIndex) ?? value.endIndex
                switch value[index..<end].uppercased() {
                case "%25": result += "%"
                case "%2F": result += "/"
                case "%3A": result += ":"
                default: return nil
                }
                index = end
            } else {
                result.append(value[index])
                index = value.index(after: index)
            }
        }
        return result
    }
}
