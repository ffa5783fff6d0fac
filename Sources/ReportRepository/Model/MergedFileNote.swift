import Foundation
import ReportDiff

/// The English of the note a file merged with the draft's later changes leaves after its revision's message
/// (``ReportRepository`` `merged`, `\n\n（…）`): a person's own copy checked against the version they committed
/// (`这份文件不是从本系统下载的，按刘主任提交过的第 5 版核对，…合在一起提交`), a file downloaded from an earlier version, and
/// either committed with `force`. The note stayed Chinese in English pages and `log --lang en` while the messages
/// around it were read in English (rv108 F5). Each shape is read back exactly as Nianbao writes it, or left as
/// stored (``StoredMessage``); the versions, people and places are said as English says them elsewhere.
enum MergedFileNote {
    /// The note in English, or `nil` when it is not of a shape Nianbao writes.
    static func english(of note: String) -> String? {
        // (a forced commit over others' changes adds its own note after this one: `…；已强制提交：这些地方改回了…`)
        if let forced = note.range(of: "；已强制提交：这些地方改回了") {
            let first = String(note[..<forced.lowerBound])
            let second = String(note[note.index(after: forced.lowerBound)...])
            guard let head = english(of: first), let tail = StoredMessage.forcedNote(second) else { return nil }
            return head + "; " + tail
        }
        if let match = Self.match(ownMerged, note) {
            let who = name(match[2])
            return "\(ownNote(match[1])); checked against \(version(match[3])), which \(who) committed, the draft has "
                + "others' changes since (\(since(match[4]))): the file's changes and those of \(versions(match[5])) "
                + "were committed together"
                + (match[6].isEmpty ? "" : "; others' later changes that the file lacks were all kept")
                + retaken(who: match[7], places: match[8])
        }
        if let match = Self.match(ownMergedNamed, note) {
            let who = name(match[2])
            return "\(ownNote(match[1])); checked against \(who)'s \(version(match[3])), the draft has others' changes "
                + "since (\(namedSince(match[4]))): the file's changes and theirs were committed together"
                + (match[5].isEmpty ? "" : "; others' later changes that the file lacks were all kept")
                + retaken(who: match[6], places: match[7])
        }
        if let match = Self.match(forced, note) {
            let file =
                match[1].isEmpty
                ? "\(ownNote(match[2])); checked against \(version(match[4])), which \(name(match[3])) committed"
                : "This file was edited from \(version(match[1]))"
            return file + ", and the draft has had \(version(match[5])) since: committed regardless, the file's text "
                + "taken where both changed a place; the other changes of \(versions(match[6])) are kept (and still in "
                + "the history)"
        }
        if let match = Self.match(downloadedMerged, note) {
            let now = version(match[2])
            return "This file was edited from \(version(match[1])), and the draft has had \(now) (\(name(match[3]))) "
                + "since: the file's changes and those of \(version(match[4])) were committed together"
                + retaken(who: match[5], places: match[6])
        }
        return nil
    }

    /// A version as the notes name it: `第 3 版`, or `修订 0123abcd…` for one that is no version of a report.
    private static let versionPattern = #"(?:第 \d+ 版|修订 [0-9a-f]{4,64})"#
    /// What the file is, for a person's own copy.
    private static let ownPattern =
        "(" + NSRegularExpression.escapedPattern(for: ReportRepository.ownCopyNote) + "|"
        + NSRegularExpression.escapedPattern(for: ReportRepository.downloadedElsewhere) + ")"
    /// The places the sender changed again since, where the file's text was taken.
    private static let retakenPattern = "(?:；(.+?)此后自己改过的(.+)以这份文件为准)?"

    /// A person's own copy merged with others' later changes.
    private static let ownMerged =
        "^\(ownPattern)，按(.+?)提交过的(\(versionPattern))核对，草稿此后有别人的修改（(.+)）："
        + "已把文件的修改和(\(versionPattern)(?:、\(versionPattern))*)\(ReportRepository.mergedNote)"
        + "(；文件里没有的、别人此后的修改都保留了)?\(retakenPattern)$"
    /// The same, each version named with whose it is (`按钱七的第 3 版核对，…（王审核（… 同步送来） 的第 3 版）`): two
    /// revisions of one number had read alike (rv118 M4).
    private static let ownMergedNamed =
        "^\(ownPattern)，按(.+?)的(\(versionPattern))核对，草稿此后有别人的修改（(.+)）："
        + "已把文件的修改和(?:这一版|这几版)\(ReportRepository.mergedNote)"
        + "(；文件里没有的、别人此后的修改都保留了)?\(retakenPattern)$"
    /// A file committed with `force` where both it and the draft changed a place.
    private static let forced =
        "^(?:这份文件是在(\(versionPattern))上修改的|\(ownPattern)，按(.+?)提交过的(\(versionPattern))核对)，"
        + "草稿此后已有(\(versionPattern))；已强制提交：\(ReportRepository.forcedMergeNote)，"
        + "(\(versionPattern)(?:、\(versionPattern))*)的其他修改都保留（仍在历史中）$"
    /// A file downloaded from an earlier version merged with the draft's later changes.
    private static let downloadedMerged =
        "^这份文件是在(\(versionPattern))上修改的，草稿此后已有(\(versionPattern))（(.+)）："
        + "已把文件的修改和(\(versionPattern))\(ReportRepository.mergedNote)\(retakenPattern)$"

    /// The groups of the whole of `text` matched by `pattern` (`""` for a group that took no part), or `nil`.
    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (0..<found.numberOfRanges).map { group in
            Range(found.range(at: group), in: text).map { String(text[$0]) } ?? ""
        }
    }

    private static func ownNote(_ chinese: String) -> String {
        chinese == ReportRepository.ownCopyNote
            ? ReportRepository.englishOwnCopyNote : RepositoryError.downloadedElsewhere
    }

    /// `第 3 版` → `version 3`, `修订 0123abcd` → `revision 0123abcd`.
    static func version(_ chinese: String) -> String {
        if chinese.hasPrefix("第 "), chinese.hasSuffix(" 版"), let number = Int(chinese.dropFirst(2).dropLast(2)) {
            return "version \(number)"
        }
        return chinese.hasPrefix("修订 ") ? "revision " + chinese.dropFirst(3) : chinese
    }

    private static func versions(_ chinese: String) -> String {
        chinese.components(separatedBy: "、").map(version).joined(separator: ", ")
    }

    /// A person as ``ChangeMaker/name(in:)`` writes them: `王审核（常张乡 同步送来）` → `王审核 (from 常张乡 by sync)`.
    static func name(_ chinese: String) -> String {
        guard chinese.hasSuffix("同步送来）"), let open = chinese.lastIndex(of: "（") else { return chinese }
        let author = chinese[..<open]
        let sender = chinese[chinese.index(after: open)...].dropLast("同步送来）".count)
            .trimmingCharacters(in: .whitespaces)
        return sender.isEmpty ? "\(author) (by sync)" : "\(author) (from \(sender) by sync)"
    }

    /// `第 2 版，王审核；第 3 版，赵六` → `version 2, 王审核; version 3, 赵六`.
    private static func since(_ chinese: String) -> String {
        chinese.components(separatedBy: "；").map { entry in
            guard let comma = entry.firstIndex(of: "，") else { return entry }
            return version(String(entry[..<comma])) + ", " + name(String(entry[entry.index(after: comma)...]))
        }.joined(separator: "; ")
    }

    /// `王审核 的第 2 版；赵六 的第 3 版` → `version 2 by 王审核; version 3 by 赵六`.
    private static func namedSince(_ chinese: String) -> String {
        chinese.components(separatedBy: "；").map { entry in
            guard let of = entry.range(of: " 的", options: .backwards) else { return entry }
            return version(String(entry[of.upperBound...])) + " by " + name(String(entry[..<of.lowerBound]))
        }.joined(separator: "; ")
    }

    private static func retaken(who: String, places: String) -> String {
        guard !who.isEmpty, !places.isEmpty else { return "" }
        return "; where \(name(who)) changed \(placeList(places)) themselves since, this file's text was taken"
    }

    /// Places joined by `、` (`一、第 1 段、三、表三 · 本年新收`), each in English: a section's number (`一`) is the start of
    /// the place after it.
    private static func placeList(_ chinese: String) -> String {
        var places: [String] = []
        var number = ""
        for piece in chinese.components(separatedBy: "、") {
            if !piece.isEmpty, piece.allSatisfy({ "〇零一二三四五六七八九十百千".contains($0) }) {
                number += piece + "、"
            } else {
                places.append(PlaceWords.english(of: number + piece))
                number = ""
            }
        }
        if !number.isEmpty { places.append(String(number.dropLast())) }
        return places.joined(separator: ", ")
    }
}
