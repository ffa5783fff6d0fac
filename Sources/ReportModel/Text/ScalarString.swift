extension String {
    /// The text of a run of scalars, as `String(String.UnicodeScalarView(scalars))` makes it, written as UTF-8
    /// straight into the new string's storage: the view's initializer appends the scalars one by one through the
    /// standard library's unspecialized `append(contentsOf:)`, which was 14 % of a diff's instructions when the diff
    /// rebuilt each changed run of text that way.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        // A scalar is at most 4 bytes of UTF-8.
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The text of a list of scalars, made as for a slice of them.
    public init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }
}
