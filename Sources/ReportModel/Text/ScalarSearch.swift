/// A set of scalars looked for in text by their UTF-8 (``contains(in:)``): sentence punctuation in every line.
public struct ScalarSearch: Sendable {
    /// The scalars' UTF-8, grouped by their first byte.
    @usableFromInline let byLead: [(lead: UInt8, encodings: [[UInt8]])]

    /// A search for any of `scalars`.
    public init(_ scalars: [Unicode.Scalar]) {
        var byLead: [(lead: UInt8, encodings: [[UInt8]])] = []
        for scalar in scalars {
            let encoding = Array(String(scalar).utf8)
            if let index = byLead.firstIndex(where: { $0.lead == encoding[0] }) {
                byLead[index].encodings.append(encoding)
            } else {
                byLead.append((encoding[0], [encoding]))
            }
        }
        self.byLead = byLead
    }

    /// Whether the text holds one of the scalars.
    ///
    /// Each first byte is found with `memchr` and the bytes after it compared: a first byte of CJK punctuation
    /// (E3, EF) starts no Han character, so it is rare in report text, and a first byte never stands inside another
    /// scalar's UTF-8. Stepping through `unicodeScalars` costs about twenty instructions a scalar.
    @inlinable public func contains(in text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            for (lead, encodings) in byLead {
                var start = 0
                while let index = ByteSearch.firstIndex(of: lead, in: bytes, from: start) {
                    for encoding in encodings
                    where index + encoding.count <= bytes.count
                        && bytes[index..<(index + encoding.count)].elementsEqual(encoding)
                    {
                        return true
                    }
                    start = index + 1
                }
            }
            return false
        }
    }
}
