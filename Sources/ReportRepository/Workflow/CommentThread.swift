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
    /// Its number among the comments of its report (批注 1, 批注 2 …): ``numbers(of:)``; 0 for a thread made alone.
    public var number: Int
    /// The comment's unit in the revision it is shown with (``ReportRepository/comments(of:scope:shownIn:)``): the
    /// unit it was written on, followed through the edits since; `nil` when that revision no longer has it.
    public var shownAnchor: String?

    /// Creates a thread.
    public init(comment: Note, place: String, number: Int = 0, replies: [Note] = [], resolution: Note? = nil) {
        self.comment = comment
        self.number = number
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

    /// The numbers clerks and reviewers name the comments of a report by (批注 1, 批注 2 …): 1 for the first written,
    /// in the order the comments were written (their time, then their name), which is the order the report page and
    /// `nianbao comments` list them in. It is computed from the notes alone, so every node holding the same comments
    /// gives the same numbers, and a comment keeps its number while no comment written before it arrives later.
    ///
    /// - Parameter notes: The notes of one report (any kinds, any order).
    /// - Returns: Each comment's number, by its name.
    public static func numbers(of notes: [Note]) -> [ObjectID: Int] {
        let comments = notes.filter { $0.kind == .comment }.sorted { ($0.time, $0.id.hex) < ($1.time, $1.id.hex) }
        var numbers: [ObjectID: Int] = [:]
        for (index, comment) in comments.enumerated() { numbers[comment.id] = index + 1 }
        return numbers
    }

    /// The comment a person names among a report's notes: by its number (`3`, `批注 3`, `批注3`; ``numbers(of:)``), or
    /// by the first digits of its name (at least 4), as before numbers. A number of 1 to 3 digits is never read as a
    /// name's digits, which are at least 4.
    ///
    /// - Throws: ``WorkflowError/commentNotFound(_:)``, ``WorkflowError/ambiguousComment(_:)``.
    public static func named(_ text: String, among notes: [Note]) throws(WorkflowError) -> Note {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbered = trimmed.hasPrefix("批注") || trimmed.hasPrefix("#")
        let digits = trimmed.drop { $0 == "批" || $0 == "注" || $0 == "#" || $0 == " " }
        if numbered || (1...3).contains(digits.count), !digits.isEmpty, digits.allSatisfy(\.isASCII),
            let number = Int(digits)
        {
            guard let id = numbers(of: notes).first(where: { $0.value == number })?.key,
                let found = notes.first(where: { $0.id == id })
            else { throw .commentNotFound(trimmed) }
            return found
        }
        let prefix = trimmed.lowercased()
        let matches = notes.filter { $0.kind == .comment && $0.id.hex.hasPrefix(prefix) }
        guard prefix.count >= 4, let first = matches.first else { throw .commentNotFound(trimmed) }
        guard matches.count == 1 else { throw .ambiguousComment(trimmed) }
        return first
    }

    /// The threads of a report's notes: each comment with the replies and first resolution that point to it, in
    /// the order the comments were written, numbered (``numbers(of:)``).
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
        let numbers = numbers(of: notes)
        return notes.filter { $0.kind == .comment }.sorted { (numbers[$0.id] ?? 0) < (numbers[$1.id] ?? 0) }.map {
            comment in
            CommentThread(
                comment: comment, place: place(comment), number: numbers[comment.id] ?? 0,
                replies: replies[comment.id] ?? [], resolution: resolutions[comment.id])
        }
    }
}
