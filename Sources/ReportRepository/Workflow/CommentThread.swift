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
    /// Its number among its writer's comments on its report (王审核's 批注 2): ``numbers(of:)``; 0 for a thread made
    /// alone.
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

    /// The numbers clerks and reviewers name the comments of a report by: each person's comments numbered 1, 2 …
    /// in the order they wrote them (their time, then their name) — 王审核's 批注 2 is the second comment 王审核 wrote on
    /// the report. A person writes their comments one after another, so a number never changes when comments of
    /// others arrive by sync, and every node holding a person's comments gives them the same numbers (numbering all
    /// comments together by time renumbered the county's 批注 2 as 批注 3 on a township that held a note of its own,
    /// and a comment synced late renumbered every later one). It is computed from the notes alone.
    ///
    /// - Parameter notes: The notes of one report (any kinds, any order).
    /// - Returns: Each comment's number, by its name.
    public static func numbers(of notes: [Note]) -> [ObjectID: Int] {
        let comments = notes.filter { $0.kind == .comment }.sorted { ($0.time, $0.id.hex) < ($1.time, $1.id.hex) }
        var numbers: [ObjectID: Int] = [:]
        var written: [String: Int] = [:]
        for comment in comments {
            written[comment.author, default: 0] += 1
            numbers[comment.id] = written[comment.author]
        }
        return numbers
    }

    /// The comment a person names among a report's notes: by its number (``numbers(of:)``) — `2`, `批注 2`, `#2`,
    /// full-width digits too, with the writer's name where two people have a 批注 2 (`王审核 2`, `王审核的批注 2`) — or by
    /// the first digits of its name (at least 4), as before numbers. A number of 1 to 3 digits is never read as a
    /// name's digits, which are at least 4.
    ///
    /// - Throws: ``WorkflowError/commentNotFound(_:)``, ``WorkflowError/ambiguousComment(_:)`` (also for a number two
    ///   people's comments have, written without a name: ``WorkflowError/sameNumber(_:authors:)``).
    public static func named(_ text: String, among notes: [Note]) throws(WorkflowError) -> Note {
        let trimmed = String(
            text.trimmingCharacters(in: .whitespaces).unicodeScalars.map { scalar in
                // (full-width digits, as a Chinese input method types them)
                (0xFF10...0xFF19).contains(scalar.value)
                    ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar) : Character(scalar)
            })
        let digits = String(trimmed.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        var writer = String(trimmed.dropLast(digits.count)).trimmingCharacters(in: .whitespaces)
        for word in ["批注", "#"] where writer.hasSuffix(word) {
            writer = String(writer.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
        }
        if writer.hasSuffix("的") { writer = String(writer.dropLast()).trimmingCharacters(in: .whitespaces) }
        // (an id's first digits are 4 or more hexadecimal digits; a number is 1 to 3 digits, or has words beside)
        let isIDPrefix = trimmed.count >= 4 && trimmed.allSatisfy { $0.isASCII && $0.isHexDigit }
        if !isIDPrefix, let number = Int(digits), !digits.isEmpty {
            let numbers = numbers(of: notes)
            let candidates = notes.filter {
                $0.kind == .comment && numbers[$0.id] == number && (writer.isEmpty || $0.author == writer)
            }
            guard let first = candidates.first else { throw .commentNotFound(trimmed) }
            guard candidates.count == 1 else {
                throw .sameNumber(number, authors: candidates.map(\.author).sorted(by: AgencyOrder.people))
            }
            return first
        }
        let prefix = trimmed.lowercased()
        let matches = notes.filter { $0.kind == .comment && $0.id.hex.hasPrefix(prefix) }
        guard prefix.count >= 4, let first = matches.first else { throw .commentNotFound(trimmed) }
        guard matches.count == 1 else { throw .ambiguousComment(trimmed) }
        return first
    }

    /// The threads of a report's notes: each comment with the replies and first resolution that point to it, in
    /// the order the comments were written, each numbered among its writer's (``numbers(of:)``). A thread's replies
    /// are in the order this node got them (``arrival(of:)``), so that an answer written on a computer whose clock is
    /// behind this node's does not read above the answer it replies to.
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
        for target in replies.keys {
            replies[target]?.sort { (arrival(of: $0), $0.id.hex) < (arrival(of: $1), $1.id.hex) }
        }
        let numbers = numbers(of: notes)
        return notes.filter { $0.kind == .comment }.sorted { ($0.time, $0.id.hex) < ($1.time, $1.id.hex) }.map {
            comment in
            CommentThread(
                comment: comment, place: place(comment), number: numbers[comment.id] ?? 0,
                replies: replies[comment.id] ?? [], resolution: resolutions[comment.id])
        }
    }

    /// When this node got a note, by its own clock: when it received it by sync, else when it was written here. Two
    /// computers' clocks may differ by minutes; the times a note claims are each its writer's computer's, so they
    /// order the notes of one writer (``numbers(of:)``) but not one node's conversation with another.
    static func arrival(of note: Note) -> Date { note.received ?? note.time }
}
