/// An optional property that a JSON form writes as `null` when it has no value, instead of leaving its key out.
///
/// Synthesized `Encodable` leaves a `nil` optional out (`encodeIfPresent`). nianbao's JSON forms promise every key,
/// `null` included (`Schema/report-json.md`, `Schema/store.md` "CLI JSON"), so a reader never has to tell "absent"
/// from "unknown". Mark such a property `@NullEncodable` and keep the synthesized conformance:
///
/// ```swift
/// struct MarkJSON: Encodable {
///     let report: String
///     @NullEncodable var previous: String?
/// }
/// // {"previous":null,"report":"changzhang/2024"}
/// ```
///
/// Decoding accepts `null` and a missing key alike (see the `KeyedDecodingContainer` extension below).
@propertyWrapper
public struct NullEncodable<Wrapped> {
    /// The value, or `nil` (written as `null`).
    public var wrappedValue: Wrapped?

    /// Wraps a value.
    public init(wrappedValue: Wrapped?) {
        self.wrappedValue = wrappedValue
    }
}

extension NullEncodable: Encodable where Wrapped: Encodable {
    /// Writes the value, or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension NullEncodable: Decodable where Wrapped: Decodable {
    /// Reads the value, or `nil` from `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Wrapped.self)
    }
}

extension KeyedDecodingContainer {
    /// Reads a ``NullEncodable`` property: a missing key is `nil`, like `null`.
    public func decode<Wrapped: Decodable>(
        _ type: NullEncodable<Wrapped>.Type, forKey key: Key
    ) throws
        -> NullEncodable<Wrapped>
    {
        NullEncodable(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension NullEncodable: Sendable where Wrapped: Sendable {}
extension NullEncodable: Equatable where Wrapped: Equatable {}
extension NullEncodable: Hashable where Wrapped: Hashable {}
