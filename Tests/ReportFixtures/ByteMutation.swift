/// Random edits of a byte string, as a broken link or a hostile peer would make them: for fuzzing decoders.
public enum ByteMutation {
    /// Applies one random edit: flip a byte, cut the tail, insert `0xFF` bytes, or set a big-endian 32-bit field at
    /// one of `fields` (offsets of lengths and counts) to an extreme value.
    public static func mutate(_ bytes: inout [UInt8], fields: [Int] = [], using random: inout SeededRandom) {
        guard !bytes.isEmpty else { return }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<(fields.isEmpty ? 3 : 4), using: &random) {
        case 0:
            bytes[at] ^= UInt8.random(in: 1...255, using: &random)
        case 1:
            bytes.removeSubrange(at...)
        case 2:
            bytes.insert(contentsOf: Array(repeating: 0xFF, count: Int.random(in: 1...8, using: &random)), at: at)
        default:
            let offset = fields[Int.random(in: 0..<fields.count, using: &random)]
            guard offset + 4 <= bytes.count else { return }
            let extremes: [UInt32] = [0, 1, 0x7FFF_FFFF, 0xFFFF_FFFF, 20_000]
            let value = extremes[Int.random(in: 0..<extremes.count, using: &random)]
            bytes.replaceSubrange(
                offset..<(offset + 4),
                with: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
        }
    }

    /// `count` random bytes.
    public static func noise(_ count: Int, using random: inout SeededRandom) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    }
}
