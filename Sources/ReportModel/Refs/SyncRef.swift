/// A ref that nodes exchange: a report's draft or one of its marks. On the wire it is the string `draft`,
/// `submitted`, `returned` or `published` (Schema/sync-protocol.md); any other string is refused when decoded.
public enum SyncRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The report's draft head.
    case draft
    /// A mark.
    case mark(Mark)

    /// The ref a wire name names, if it is one this program knows.
    public init?(name: String) {
        if name == "draft" {
            self = .draft
        } else if let mark = Mark(rawValue: name) {
            self = .mark(mark)
        } else {
            return nil
        }
    }

    /// `draft` or the mark's name, as the wire and the store write it.
    public var name: String {
        switch self {
        case .draft: "draft"
        case .mark(let mark): mark.rawValue
        }
    }

    /// The mark, when the ref is one.
    public var mark: Mark? {
        if case .mark(let mark) = self { mark } else { nil }
    }

    /// The ref in Chinese: 草稿, or the mark's label (已报送, 已退回, 已公开).
    public var label: String { mark?.label ?? "草稿" }

    public var description: String { name }

    /// The draft first, then the marks in the order of their names.
    public static func < (lhs: SyncRef, rhs: SyncRef) -> Bool {
        switch (lhs, rhs) {
        case (.draft, .draft): false
        case (.draft, .mark): true
        case (.mark, .draft): false
        case (.mark(let left), .mark(let right)): left < right
        }
    }
}

extension SyncRef: Codable {
    /// Decodes `draft` or a mark's name; refuses any other string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let ref = SyncRef(name: name) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "`\(name)` is not a ref: draft, submitted, returned or published")
        }
        self = ref
    }

    /// Encodes the ref's name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
