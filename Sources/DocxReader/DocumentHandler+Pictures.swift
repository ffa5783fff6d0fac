import DocumentLayout

// The pictures of a Word document's body, as `DocumentHandler` notes them: a table pasted as a picture (粘贴为图片) shows
// its figures on the page, and none of them can be read (review rv112 F22).
extension DocumentHandler {
    /// Notes a picture (DrawingML's `a:blip`, VML's `v:imagedata`: in a `w:drawing`, a `w:pict`, or the picture an
    /// embedded object shows) where it stands: the index of the block being read, which holds it. One not shown (in a
    /// tracked deletion) is not noted; each block is noted once.
    func notePicture() {
        guard deletedDepth == 0, fieldCodes.allSatisfy({ !$0 }), pictures.last != blocks.count else { return }
        pictures.append(blocks.count)
    }
}
