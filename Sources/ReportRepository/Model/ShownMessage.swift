import Foundation
public import ReportModel
public import RevisionStore

/// A revision's message as the pages and the commands show it: Nianbao's own notice (``RevisionMessage``) read in the
/// reader's language only when the revision bears it out, and a message a person typed shown exactly as typed.
///
/// The words alone prove nothing: a clerk may type `恢复为第 1 版（王审核，2026-12-06 10:00 保存）` on new text (rr99 F4).
/// A restore notice is Nianbao's only when the revision has one parent and the text (root) of an earlier revision of
/// its report, the one it names (its number, author and minute — or short id); a merge notice only when the revision
/// has two parents or more. A message that reads like one of these and is not borne out is shown as typed, named as
/// its author's (`李四 写的说明：“恢复为第 1 版（…）”`), never translated, and the push line does not call it a restore.
public struct ShownMessage: Sendable, Hashable {
    /// The message as stored.
    public var stored: String
    /// The revision's author.
    public var author: String
    /// The restore or merge notice the message begins with, when the revision bears it out.
    public var notice: RevisionMessage?
    /// Whether the message reads like Nianbao's restore or merge notice that the revision does not bear out.
    public var imitatesNotice: Bool

    /// Reads a revision's message.
    ///
    /// - Parameters:
    ///   - revision: The revision.
    ///   - sameText: Revisions with the revision's root (its text) and their numbers, the revision itself among them
    ///     or not: what a restore notice must name one of (``ReportRepository/shownMessages(of:)`` reads them).
    public init(_ revision: Revision, sameText: [(revision: Revision, generation: Int?)] = []) {
        stored = revision.content.message
        author = revision.content.author
        notice = nil
        imitatesNotice = false
        guard let claim = Self.claim(of: stored) else { return }
        if Self.bearsOut(claim, revision: revision, sameText: sameText) {
            notice = claim
        } else {
            imitatesNotice = true
        }
    }

    /// The message in a language: Nianbao's notice read in it (``RevisionMessage/text(of:in:)``), a person's message
    /// as typed, and one imitating a notice as typed and named as its author's.
    public func text(in language: Language) -> String {
        guard imitatesNotice else { return RevisionMessage.text(of: stored, in: language) }
        return language == .english ? "Message typed by \(author): “\(stored)”" : "\(author) 写的说明：“\(stored)”"
    }

    /// The restore the revision is, borne out: what the push and pull lines say of it (`恢复为第 2 版`).
    public var restore: RevisionMessage? {
        if case .restore? = notice { return notice }
        return nil
    }

    /// For a restore (borne out) of a revision once committed with `force`, what the person restoring it is told
    /// (``CommitWarning/restoredMismatch(_:)``: `恢复的这一版当初是强制提交的：这份报告是 …`), read from the note its
    /// message records: the web page's notice of the restore says it as the command line does (rv116 F1).
    public var restoredMismatch: CommitWarning? {
        guard restore != nil, let mismatch = StoredMessage.forcedMismatch(in: stored) else { return nil }
        return .restoredMismatch(mismatch)
    }

    /// The restore or merge notice a stored message claims to begin with (before a merge's decisions, a restore's
    /// places, a forced commit's notes); `nil` for any other message. An upload's, commit's, import's or agency
    /// merge's words claim nothing about other revisions and are read by their words (``RevisionMessage``).
    static func claim(of message: String) -> RevisionMessage? {
        var head = message
        if let notes = head.range(of: "\n\n（") { head = String(head[..<notes.lowerBound]) }
        if let restore = RevisionMessage.leadingRestore(of: head) { return restore }
        let whole = RevisionMessage(recognizing: head)
        if case .merge? = whole { return whole }
        let text = MergeDecisions.parts(of: head).text
        if text.hasSuffix("。"), case .merge? = RevisionMessage(recognizing: String(text.dropLast())) {
            return RevisionMessage(recognizing: String(text.dropLast()))
        }
        return nil
    }

    private static func bearsOut(
        _ claim: RevisionMessage, revision: Revision, sameText: [(revision: Revision, generation: Int?)]
    ) -> Bool {
        switch claim {
        case .merge:
            return revision.parents.count >= 2
        case .restore(let version, let short, let named, let saved):
            guard revision.parents.count == 1, let zone = zone(of: saved) else { return false }
            return sameText.contains { earlier, generation in
                earlier.id != revision.id && earlier.report == revision.report
                    && earlier.root == revision.root && earlier.content.author == named
                    && BeijingTime.minute(earlier.content.time, in: zone) == saved
                    && (version.map { number in generation.map { $0 == number } ?? true }
                        ?? earlier.id.hex.hasPrefix(short))
            }
        default:
            return true
        }
    }

    /// The zone a restore notice's minute is written in: Beijing time, or the one named after it (`UTC`, `UTC+9`,
    /// `UTC-3:30`: ``BeijingTime/minute(_:in:)``).
    private static func zone(of saved: String) -> TimeZone? {
        guard let mark = saved.range(of: " UTC") else { return BeijingTime.zone }
        let offset = saved[mark.upperBound...]
        guard !offset.isEmpty else { return TimeZone(secondsFromGMT: 0) }
        let sign = offset.hasPrefix("-") ? -1 : 1
        let parts = offset.dropFirst().split(separator: ":")
        guard let hours = parts.first.flatMap({ Int($0) }) else { return nil }
        let minutes = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
