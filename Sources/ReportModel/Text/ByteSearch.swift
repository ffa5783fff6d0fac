extension String {
    /// Whether the text's UTF-8 holds a byte (an ASCII mark such as a space, a tab or `|`), searched in the string's
    /// contiguous storage: the generic `utf8.contains` steps through the view an index at a time.
    @inlinable public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
