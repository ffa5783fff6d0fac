import Foundation

// Byte-for-byte text equality: what two texts from two files share when nothing at all changed. `String`'s `==`
// compares canonical equivalence, which costs a normalisation pass on Chinese text; the diff's fast paths only
// need to know that the bytes are the same.

extension String {
    /// Whether the two texts have the same UTF-8 bytes.
    ///
    /// - Complexity: O(n), one `memcmp` for native strings.
    func hasSameBytes(as other: String) -> Bool {
        let result = utf8.withContiguousStorageIfAvailable { lhs in
            other.utf8.withContiguousStorageIfAvailable { rhs -> Bool in
                guard lhs.count == rhs.count else { return false }
                guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
                return memcmp(left, right, lhs.count) == 0
            }
        }
        if let result, let result { return result }
        return utf8.elementsEqual(other.utf8)
    }
}
