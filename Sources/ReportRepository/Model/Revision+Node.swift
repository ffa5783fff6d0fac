public import RevisionStore

extension Revision {
    /// The node it was made on, for showing beside its author; `nil` where the node bears the author's name (an
    /// office writing on its own node, as 县政务公开办 on the node 县政务公开办), which is then named once.
    public var distinctNode: String? {
        content.node == content.author ? nil : content.node
    }
}
