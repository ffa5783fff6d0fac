import Foundation

/// The templates built into the program from `Schema/templates/`: the six sections and tables 2, 3 and 4
/// in the 2021 format and the 2019 trial format.
public struct TemplateCatalog: Sendable {
    /// The six sections.
    public let sections: [SectionTemplate]
    /// Every table template.
    public let tables: [TableTemplate]

    /// The catalog built from `Schema/templates/`: the templates as Swift values written from those files
    /// (`StandardTemplates.swift`), which every process builds in a few hundred thousand instructions, where decoding
    /// the JSON took seven million — a tenth of a short command. `StandardTemplatesTests` fails when the two differ.
    public static let standard = TemplateCatalog(
        sections: StandardTemplates.sections, tables: StandardTemplates.tables)

    /// Reads a catalog from template files (`sections.json` and `table*.json`).
    public init(files: [String: String]) throws {
        let decoder = JSONDecoder()
        struct SectionsFile: Decodable { let sections: [SectionTemplate] }
        guard let sectionsText = files["sections.json"] else {
            throw ModelError.templateUnreadable(file: "sections.json", reason: "missing")
        }
        let sections: [SectionTemplate]
        do {
            sections = try decoder.decode(SectionsFile.self, from: Data(sectionsText.utf8)).sections
        } catch {
            throw ModelError.templateUnreadable(file: "sections.json", reason: "\(error)")
        }
        var tables: [TableTemplate] = []
        for name in files.keys.sorted() where name.hasPrefix("table") && name.hasSuffix(".json") {
            do {
                tables.append(try decoder.decode(TableTemplate.self, from: Data(files[name, default: ""].utf8)))
            } catch {
                throw ModelError.templateUnreadable(file: name, reason: "\(error)")
            }
        }
        self.init(sections: sections, tables: tables)
    }

    /// A catalog of the given sections and tables (the tables in the order of their files' names).
    init(sections: [SectionTemplate], tables: [TableTemplate]) {
        self.sections = sections
        self.tables = tables
        columnUnits = Dictionary(
            tables.flatMap { table in table.columns.map { ($0.key, $0.unit) } }, uniquingKeysWith: { first, _ in first }
        )
        titleSlots = Dictionary(
            sections.flatMap { section in section.titleKeys.map { ($0, section.slot) } },
            uniquingKeysWith: { first, _ in first }
        )
        titleIdeographs = HanSet(titleSlots.keys.flatMap(\.text.unicodeScalars))
        var seen = Set<String>()
        promptForms = sections.compactMap(\.prompt).filter { seen.insert($0).inserted }.map {
            (prompt: $0, key: Self.promptKey($0))
        }
    }

    /// The prompts (``prompts``) with the form in which paragraphs are compared with them, made once: the checks
    /// compare every paragraph of a report.
    let promptForms: [(prompt: String, key: String)]

    private let titleSlots: [LabelKey: Int]
    /// Column key → its unit. A key names the same figure in every template (`Schema/templates.md`), so it has one
    /// unit in all of them.
    private let columnUnits: [String: ColumnUnit]

    /// The unit of the column with a key in any template, or `nil` for a key no template has (a plain grid's).
    public func unit(ofColumn key: String) -> ColumnUnit? { columnUnits[key] }
    /// Every Han character of the section titles and their variants.
    private let titleIdeographs: HanSet

    /// The template with an id.
    public func table(id: String) -> TableTemplate? { tables.first { $0.id == id } }

    /// The templates of a table number, newest format first.
    public func tables(number: Int) -> [TableTemplate] {
        tables.filter { $0.table == number }.sorted { $0.format > $1.format }
    }

    /// The section template of a slot.
    public func section(slot: Int) -> SectionTemplate? { sections.first { $0.slot == slot } }

    /// The slot (1 to 6) whose title or variant the given title is, ignoring spaces and punctuation width.
    public func sectionSlot(forTitle title: String) -> Int? {
        guard mayBeSectionTitle(title) else { return nil }
        return titleSlots[LabelKey(title)]
    }

    /// Whether a text without a section number may be a section's title or variant as far as its Han characters
    /// tell: a key keeps every Han character as typed, so a text with one that no title has is none of them, whatever
    /// spaces and punctuation are stripped from it (a number such as `一、` is Han too: take it off first), and a text
    /// without any (a number, a table rule) is none either: every title is Han. Most lines of a report are told so at
    /// their first or second character.
    public func mayBeSectionTitle(_ text: String) -> Bool {
        var hasTitleCharacter = false
        for scalar in text.unicodeScalars where HanSet.covers(scalar) {
            guard titleIdeographs.contains(scalar) else { return false }
            hasTitleCharacter = true
        }
        return hasTitleCharacter
    }
}
