/// An office whose reports the repository keeps: township, department or county.
public struct Agency: Sendable, Hashable, Codable {
    /// A stable ASCII id: a slug (`changzhang`, `ag-1f3a9c0d`) or the 18-character 统一社会信用代码.
    public var id: String
    /// The name as reports write it (`常张乡人民政府`).
    public var name: String
    /// The id of the office above it (the county), if known.
    public var parent: String?

    /// Creates an agency.
    public init(id: String, name: String, parent: String? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
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
