extension String {
    /// The number of characters, exactly as `count` gives it, without the grapheme-cluster walk `count` makes for
    /// any text that is not ASCII: report text (Han characters, CJK and full-width punctuation, ASCII) is made of
    /// scalars that each stand as a character of their own, and for such text the scalar count is the answer.
    /// Any other scalar (a combining mark, a joiner, a variation selector, CR, an emoji flag) falls back to `count`.
    @inlinable public var characterCount: Int {
        let simple: Int? = withUTF8Bytes { bytes in
            var scalars = 0
            var index = 0
            while index < bytes.count {
                // ASCII text and U+4000…U+9FFF (Han, lead bytes E4–E9) answered on their lead byte.
                let lead = bytes[index]
                if lead >= 0x20, lead <= 0x7E {
                    scalars += 1
                    index += 1
                    continue
                }
                if lead >= 0xE4, lead <= 0xE9 {
                    scalars += 1
                    index += 3
                    continue
                }
                guard let (value, length) = UTF8Scalars.decode(bytes, at: index) else { break }
                index += length
                switch value {
                // Ranges whose every scalar has the grapheme-break property Other or Control (never CR or LF): no
                // rule joins them to a neighbour. The commonest first: Han, ASCII, full-width and CJK punctuation.
                case 0x4E00...0x9FFF, 0x20...0x7E, 0xFF01...0xFF5F, 0x3000...0x3029, 0x2010...0x2027, 0x09, 0xA0...0xFF,
                    0x2030...0x205E, 0x2460...0x24FF, 0x2E80...0x2FDF, 0x3030...0x303F, 0x3200...0x32FF,
                    0x3400...0x4DBF,
                    0xFE30...0xFE4F:
                    scalars += 1
                default:
                    return nil
                }
            }
            return scalars
        }
        return simple ?? count
    }
}
