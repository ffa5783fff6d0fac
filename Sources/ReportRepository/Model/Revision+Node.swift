public import RevisionStore

extension Revision {
    /// The node it was made on, for showing beside its author; `nil` where the node bears the author's name (an
    /// office writing on its own node, as 县政务公开办 on the node 县政务公开办), which is then named once.
    public var distinctNode: String? {
        content.node == content.author ? nil : content.node
    }

    /// Whether the revision's text is more than its original file as it was sent: the file's edits were merged with
    /// what the draft changed since (its message says so, as the commit did), so the original lacks those changes.
    public var isMergedBeyondItsOriginal: Bool {
        content.original != nil
            && (content.message.contains(ReportRepository.mergedNote)
                || content.message.contains(ReportRepository.forcedMergeNote))
    }
}
