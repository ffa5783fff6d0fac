extension Unicode.Scalar {
    /// The values of the Han characters of report text: the CJK ideographs from U+3400 to U+9FFF (extension A and
    /// the unified block).
    @inlinable public static var hanIdeographValues: ClosedRange<UInt32> { 0x3400...0x9FFF }

    /// Whether this is a Han character of report text (``hanIdeographValues``). Loose keys keep these, and a cell
    /// holding one is a label, not a number.
    @inlinable public var isHanIdeograph: Bool {
        Self.hanIdeographValues.contains(value)
    }
}

/// A set of Han characters (``Unicode/Scalar/isHanIdeograph``) as a bitmap: membership is two array reads, with no
/// hashing.
struct HanSet: Sendable {
    private static let range = Unicode.Scalar.hanIdeographValues
    private var words: [UInt64]

    /// The Han characters among `scalars`; the others are left out.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        words = [UInt64](repeating: 0, count: (Self.range.count + 63) / 64)
        for scalar in scalars where Self.covers(scalar) {
            let offset = Int(scalar.value - Self.range.lowerBound)
            words[offset / 64] |= 1 << UInt64(offset % 64)
        }
    }

    /// Whether a scalar is in the range this set can hold.
    static func covers(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHanIdeograph
    }

    /// Whether the set holds the scalar (false for a scalar outside the range).
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard Self.covers(scalar) else { return false }
        let offset = Int(scalar.value - Self.range.lowerBound)
        return words[offset / 64] & (1 << UInt64(offset % 64)) != 0
    }
}
