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

    /// The formats of chunks laid out in place; a chunk of another (RTF, a .docx, MHT) is left out unread.
    public enum Kind: Sendable {
        /// A web page (`.htm`, `.html`, `.xhtml`), laid out by the web page reader.
        case html
        /// Plain text (`.txt`), a paragraph a line.
        case text

        /// The kind of a part, told by its name's extension; `nil` for a part that is not laid out.
        public init?(partName: String) {
            let name = partName.lowercased()
            if [".htm", ".html", ".xhtml"].contains(where: name.hasSuffix) {
                self = .html
            } else if name.hasSuffix(".txt") {
                self = .text
            } else {
                return nil
            }
        }
    }
}
