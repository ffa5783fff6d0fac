public import ReportModel

/// An office whose reports the repository keeps: township, department or county.
public struct Agency: Sendable, Hashable, Codable {
    /// A stable ASCII id: a slug (`changzhang`, or `ag-1f3a9c0d` in older stores) or the 18-character 统一社会信用代码.
    public var id: String
    /// The name as reports write it (`常张乡人民政府`).
    public var name: String
    /// The id of the office above it (the county), if known.
    public var parent: String?
    /// What kind of office it is, if somebody said.
    public var kind: AgencyKind?
    /// Other names reports give it (常张乡, 长子县常张乡人民政府).
    public var aliases: [String]

    /// Creates an agency.
    public init(id: String, name: String, parent: String? = nil, kind: AgencyKind? = nil, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.parent = parent
        self.kind = kind
        self.aliases = aliases
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, parent, kind, aliases
    }

    /// Decodes an agency; `kind` and `aliases` may be missing (older files).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        kind = try container.decodeIfPresent(AgencyKind.self, forKey: .kind)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    /// Whether a text can be an agency id: 1 to 64 ASCII letters, digits, `-`, `_` or `.`, starting with a letter or
    /// digit, so that it never clashes with the `/`, `~` and `@` of a REF.
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return isAlphanumeric(first)
            && text.unicodeScalars.allSatisfy { isAlphanumeric($0) || "-_.".unicodeScalars.contains($0) }
    }
}
