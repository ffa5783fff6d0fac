/// One of the six sections every report has, as data.
public struct SectionTemplate: Sendable, Hashable, Decodable {
    /// The section's place, 1 to 6.
    public let slot: Int
    /// Its numeral (`一`).
    public let numeral: String
    /// The canonical title (`总体情况`).
    public let title: String
    /// Other titles real reports use.
    public let variants: [String]
    /// The number of the template table the section holds, if any.
    public let table: Int?
    /// The prompt the blank template prints under the heading for the office to replace with its own text
    /// (`（文字描述）`), if the template has one.
    public let prompt: String?

    enum CodingKeys: String, CodingKey { case slot, numeral, title, variants, table, prompt }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        slot = try container.decode(Int.self, forKey: .slot)
        numeral = try container.decode(String.self, forKey: .numeral)
        title = try container.decode(String.self, forKey: .title)
        variants = try container.decodeIfPresent([String].self, forKey: .variants) ?? []
        table = try container.decodeIfPresent(Int.self, forKey: .table)
        prompt = try container.decodeIfPresent(String.self, forKey: .prompt)
    }

    /// A section from its parts.
    init(slot: Int, numeral: String, title: String, variants: [String], table: Int?, prompt: String?) {
        self.slot = slot
        self.numeral = numeral
        self.title = title
        self.variants = variants
        self.table = table
        self.prompt = prompt
    }

    /// The canonical heading (`一、总体情况`).
    public var heading: String { "\(numeral)、\(title)" }

    /// The title and its variants, as keys.
    public var titleKeys: [LabelKey] { ([title] + variants).map(LabelKey.init) }
}
