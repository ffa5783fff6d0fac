import Foundation
public import ReportModel
public import RevisionStore

/// A comment (批注) on a unit of a report, with its answers and whether it is resolved.
public struct CommentThread: Sendable, Hashable, Identifiable {
    /// The comment.
    public var comment: Note
    /// Where it is, in Chinese (`三、… › 第2段`), read in the revision it is attached to.
    public var place: String
    /// The answers, oldest first.
    public var replies: [Note]
    /// The resolution, if it is resolved.
    public var resolution: Note?
    /// The comment's unit in the revision it is shown with (``ReportRepository/comments(of:scope:shownIn:)``): the
    /// unit it was written on, followed through the edits since; `nil` when that revision no longer has it.
    public var shownAnchor: String?

    /// Creates a thread.
    public init(comment: Note, place: String, replies: [Note] = [], resolution: Note? = nil) {
        self.comment = comment
        self.place = place
        self.replies = replies
        self.resolution = resolution
        shownAnchor = comment.anchor
    }

    /// The comment's name.
    public var id: ObjectID { comment.id }

    /// The comment's unit id (`section:三/paragraph:2`).
    public var anchor: String { comment.anchor }

    /// Whether it is resolved.
    public var isResolved: Bool { resolution != nil }

    /// The threads of a report's notes: each comment with the replies and first resolution that point to it, in
    /// the order the comments were written.
    ///
    /// - Parameter place: The place of an anchor in Chinese.
    public static func threads(of notes: [Note], place: (Note) -> String) -> [CommentThread] {
        var replies: [ObjectID: [Note]] = [:]
        var resolutions: [ObjectID: Note] = [:]
        for note in notes {
            guard let target = note.target else { continue }
            switch note.kind {
            case .reply: replies[target, default: []].append(note)
            case .resolve: if resolutions[target] == nil { resolutions[target] = note }
            case .comment, .decision: break
            }
        }
        return notes.filter { $0.kind == .comment }.map { comment in
            CommentThread(
                comment: comment, place: place(comment), replies: replies[comment.id] ?? [],
                resolution: resolutions[comment.id])
        }
    }
}
