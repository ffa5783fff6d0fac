public import RevisionStore

extension Revision {
    /// The node it was made on, for showing beside its author; `nil` where the node bears the author's name (an
    /// office writing on its own node, as 县政务公开办 on the node 县政务公开办), which is then named once.
    public var distinctNode: String? {
        content.node == content.author ? nil : content.node
    }

    /// Whether the revision's text is more than its original file as it was sent: the file's edits were merged with
    /// what the draft changed since (its message says so, as the commit did), so the original lacks those changes.
    ///
    /// Read from the message because the revision's structure does not tell: a merged upload has one parent, the
    /// draft it was merged onto, as a plain upload has, and the revision keeps neither the revision the file was
    /// exported from nor the text the file was read as. Reading the original again and comparing its text would
    /// name every revision whose file a later parser reads a little differently as merged (the parser has no version
    /// recorded in the revision), and would read a Word or PDF file for each page shown; telling it by structure
    /// needs the revision object to record it (a change of the revision format).
    /// ``ReportRepository/mergedNote`` and ``ReportRepository/forcedMergeNote`` are the words the commit writes.
    public var isMergedBeyondItsOriginal: Bool {
        content.original != nil && isMergedBeyondItsFile
    }

    /// Whether the revision's text is more than the file it was committed from (a Word file, or a text file, which
    /// is kept as no original): the file's edits were merged with what the draft changed since, as its message says.
    /// Such a text is not what the person's copy of the file holds (``ReportRepository`` looks for the revision a
    /// file naming none came from among the others).
    public var isMergedBeyondItsFile: Bool {
        content.message.contains(ReportRepository.mergedNote)
            || content.message.contains(ReportRepository.forcedMergeNote)
    }
}
