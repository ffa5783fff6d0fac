/// A part of a Word file in another format that Word shows where it stands in the body (`w:altChunk`: an HTML or
/// text part, as some OA systems' exports and generated files carry sections 五 and 六), for the reader of its
/// format to lay out in its place (``LaidOutDocument/embeddedChunks``).
public struct EmbeddedChunk: Sendable, Hashable {
    /// The index in ``LaidOutDocument/blocks`` before which its content stands.
    public var index: Int
    /// The part's name in the package (`word/afchunk.htm`), whose extension tells its format.
    public var name: String
    /// The part's bytes.
    public var bytes: [UInt8]

    /// Creates a chunk.
    public init(index: Int, name: String, bytes: [UInt8]) {
        self.index = index
        self.name = name
        self.bytes = bytes
    }
}
