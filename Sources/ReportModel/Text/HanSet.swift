/// A set of Han characters (U+3400 to U+9FFF, the CJK ideographs of report text) as a bitmap: membership is two
/// array reads, with no hashing.
struct HanSet: Sendable {
    private static let range: ClosedRange<UInt32> = 0x3400...0x9FFF
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
        range.contains(scalar.value)
    }

    /// Whether the set holds the scalar (false for a scalar outside the range).
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard Self.covers(scalar) else { return false }
        let offset = Int(scalar.value - Self.range.lowerBound)
        return words[offset / 64] & (1 << UInt64(offset % 64)) != 0
    }
}
