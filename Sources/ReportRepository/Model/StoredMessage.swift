import Foundation
import ReportDiff
import ReportModel

/// The English of a stored message that Nianbao wrote with more after it: a merge with the places it decided
/// (`合并 … 推送的修订。五、第 1 段：保留 … 的，未采用 … 的修改` — the only notice that a change was not taken), a restore
/// with the places it put back, the notes a forced commit adds after its message (`\n\n（强制提交：…）`) and those of a
/// file merged with the draft's later changes (``MergedFileNote``) and of the draft's text sent in another file
/// (``CommitWarning/sameTextNewOriginal(_:file:)``). Each part
/// is read back exactly as Nianbao writes it, or left as stored: a person's message stays as written, and a note of a
/// shape not known here is shown in Chinese (user review ux98, J4). The stored history is never rewritten.
enum StoredMessage {
    /// The message in English, or `nil` when nothing in it is a text Nianbao writes.
    static func english(of message: String) -> String? {
        var head = message
        var notes: [String] = []
        while head.hasSuffix("）"), let open = head.range(of: "\n\n（", options: .backwards) {
            notes.insert(String(head[open.upperBound..<head.index(before: head.endIndex)]), at: 0)
            head = String(head[..<open.lowerBound])
        }
        let englishHead = RevisionMessage(recognizing: head)?.english ?? mergeWithDecisions(head) ?? restoreOver(head)
        let englishNotes = notes.map {
            forcedNote($0) ?? MergedFileNote.english(of: $0) ?? CommitWarning.sameTextNewOriginal(recognizing: $0)
                ?? fileDecisions($0)
        }
        guard englishHead != nil || englishNotes.contains(where: { $0 != nil }) else { return nil }
        return (englishHead ?? head)
            + zip(notes, englishNotes).map { note, english in english.map { "\n\n(\($0))" } ?? "\n\n（\(note)）" }
            .joined()
    }

    /// The decisions of a file a commit took over others' changes (``MergeDecisions/fileDecisionsNote(_:)``), in
    /// English: `五、paragraph 1: took the file of 小西镇 钱七, not the change of 长子县政务公开办 王审核`.
    static func fileDecisions(_ note: String) -> String? {
        let decisions = note.split(separator: "；").map(String.init)
        guard !decisions.isEmpty, decisions.allSatisfy(MergeDecisions.isFileDecision) else { return nil }
        let english = decisions.compactMap(MergeDecisions.english(of:))
        return english.count == decisions.count ? english.joined(separator: "; ") : nil
    }

    /// `合并 常张乡 推送的修订。一、第 1 段：保留 …` (``MergeDecisions/message(_:decisions:)`` after a merge's own message).
    static func mergeWithDecisions(_ message: String) -> String? {
        let (text, decisions) = MergeDecisions.parts(of: message)
        guard !decisions.isEmpty, text.hasSuffix("。"),
            let known = RevisionMessage(recognizing: String(text.dropLast())), case .merge = known
        else { return nil }
        let english = decisions.compactMap(MergeDecisions.english(of:))
        guard english.count == decisions.count else { return nil }
        return known.english + ". " + english.joined(separator: "; ")
    }

    /// `恢复为第 2 版（李四，… 保存），改回了别人之后的修改：五、第 1 段（第 9 版，王审核）`.
    static func restoreOver(_ message: String) -> String? {
        guard let restore = RevisionMessage.leadingRestore(of: message) else { return nil }
        let rest = message.dropFirst(restore.chinese.count)
        guard rest.hasPrefix(RevisionMessage.restoredOverPrefix) else { return nil }
        let places = rest.dropFirst(RevisionMessage.restoredOverPrefix.count).split(
            separator: "；", omittingEmptySubsequences: false
        ).map { ChangedPlace.english(of: String($0)) }
        guard !places.isEmpty, places.allSatisfy({ $0 != nil }) else { return nil }
        return restore.english + ", putting back others' later changes: "
            + places.compactMap { $0 }.joined(separator: "; ")
    }

    /// A forced commit's note: `强制提交：这份报告是 …`, or `已强制提交：这些地方改回了别人修改以前的内容：…（别人的修改仍在历史中）`.
    static func forcedNote(_ note: String) -> String? {
        if note.hasPrefix(mismatchPrefix),
            let mismatch = ReportMismatch(recognizing: String(note.dropFirst(mismatchPrefix.count)))
        {
            return "committed regardless: " + mismatch.description(in: .english)
        }
        for (chinese, english) in undoneNotes where note.hasPrefix(chinese.prefix) && note.hasSuffix(chinese.suffix) {
            let list = note.dropFirst(chinese.prefix.count).dropLast(chinese.suffix.count)
            let places = list.split(separator: "；", omittingEmptySubsequences: false).map {
                ChangedPlace.english(of: String($0))
            }
            guard !list.isEmpty, places.allSatisfy({ $0 != nil }) else { return nil }
            return english.prefix + places.compactMap { $0 }.joined(separator: "; ") + english.suffix
        }
        return nil
    }

    private static let mismatchPrefix = "强制提交："

    /// The mismatch a forced commit's note records (`（强制提交：这份报告是 …）` after the message, as a restore of it
    /// records it again), or `nil` when the message has no such note.
    static func forcedMismatch(in message: String) -> ReportMismatch? {
        var head = Substring(message)
        while head.hasSuffix("）"), let open = head.range(of: "\n\n（", options: .backwards) {
            let note = head[open.upperBound..<head.index(before: head.endIndex)]
            if note.hasPrefix(mismatchPrefix),
                let mismatch = ReportMismatch(recognizing: String(note.dropFirst(mismatchPrefix.count)))
            {
                return mismatch
            }
            head = head[..<open.lowerBound]
        }
        return nil
    }

    /// The notes of a commit forced over places others changed (``ReportRepository``'s own-copy check and
    /// `commit --resolve`), the places between their two parts.
    private static let undoneNotes:
        [(chinese: (prefix: String, suffix: String), english: (prefix: String, suffix: String))] = [
            (
                ("已强制提交：这些地方改回了别人修改以前的内容：", "（别人的修改仍在历史中）"),
                (
                    "Committed regardless: these places were put back to their text before others changed them: ",
                    " (the others' changes are still in the history)"
                )
            ),
            (
                ("已强制提交：这些地方改回了本人在别处修改以前的内容：", "（本人在别处的修改仍在历史中）"),
                (
                    "Committed regardless: these places were put back to their text before the committer's own changes "
                        + "on another node: ",
                    " (those changes are still in the history)"
                )
            ),
            (
                ("已强制提交：这些地方改回了另一条线修改以前的内容：", "（这些修改仍在历史中）"),
                (
                    "Committed regardless: these places were put back to their text before the other line changed them: ",
                    " (those changes are still in the history)"
                )
            ),
        ]
}

/// A place of a report with the version and person that changed it, as a restore or a forced commit names it
/// (`五、第 1 段（第 9 版，王审核）`), read back in English (`五、paragraph 1 (version 9, 王审核)`).
enum ChangedPlace {
    /// The English of one such place, or `nil` when the text is not of that shape.
    static func english(of text: String) -> String? {
        let pattern = #"^(.+)（(第 \d+ 版|修订 [0-9a-f]{4,64})，[^（）]+）$"#
        // (the person's name holds no brackets: the last opening one begins the version and person)
        guard text.range(of: pattern, options: .regularExpression) != nil, let opening = text.lastIndex(of: "（")
        else { return nil }
        let open = opening..<text.index(after: opening)
        let label = String(text[..<open.lowerBound])
        let inside = text[open.lowerBound...].dropFirst().dropLast()
        guard let comma = inside.firstIndex(of: "，") else { return nil }
        let revision = inside[..<comma]
        let author = inside[inside.index(after: comma)...]
        let english: String
        if revision.hasPrefix("第 "), revision.hasSuffix(" 版"), let number = Int(revision.dropFirst(2).dropLast(2)) {
            english = "version \(number)"
        } else if revision.hasPrefix("修订 ") {
            english = "revision " + revision.dropFirst(3)
        } else {
            return nil
        }
        return "\(PlaceWords.english(of: label)) (\(english), \(author))"
    }
}
