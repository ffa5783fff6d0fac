import Foundation
public import ReportModel

/// A revision message Nianbao writes itself — `上传 年报.docx`, `合并 常张乡 推送的修订`, `恢复为第 2 版（李四，2025-01-08
/// 17:30 保存）` — the one home of its words in Chinese (what is stored) and in English (what an English page or
/// `--lang en` shows), so that a stored message is read in the reader's language without rewriting the history.
///
/// The store keeps a message as one text, in Chinese. A message is shown in English only when it is wholly one of these
/// (``init(recognizing:)``); one a person typed, or one with more after it (the places a merge decided, the notes of a
/// forced commit, the places a restore put back), is shown as stored. The names in it — files, offices, people — stay
/// as written.
public enum RevisionMessage: Sendable, Hashable {
    /// A file uploaded on the web page: `上传 年报.docx`.
    case upload(file: String)
    /// A file committed at the command line without a message of its own: `提交 年报.docx`.
    case commit(file: String)
    /// A file imported from a folder: `导入 年报.docx`.
    case importFile(String)
    /// The merge of the other line of a sync conflict: `合并 常张乡 推送的修订`, with `（网页，王审核）` after it when made
    /// on the conflict page.
    case merge(ConflictOrigin, onTheWebBy: String?)
    /// An earlier revision made the draft again: `恢复为第 2 版（李四，2025-01-08 17:30 保存）` (`version` `nil`: the
    /// store had no number, and the revision is named `修订 ` and its short id, `revision`).
    case restore(version: Int?, revision: String, author: String, saved: String)
    /// A report of an agency merged into another (`agency merge`), copied under the other:
    /// `机关合并：由 大庄乡人民政府（编号 dazhuang）2024 年报告第 3 版并入 大庄镇人民政府` (`version` `nil`: `…年报告报告并入…`, the
    /// store had no number).
    case agencyMerge(from: String, id: String, year: Int, version: Int?, into: String)

    /// Reads a stored message; `nil` for one that is not wholly a message Nianbao writes.
    public init?(recognizing message: String) {
        func after(_ prefix: String) -> String? {
            guard message.hasPrefix(prefix) else { return nil }
            let rest = String(message.dropFirst(prefix.count))
            return rest.isEmpty || rest.contains("\n") ? nil : rest
        }
        if let file = after(Self.uploadPrefix) {
            self = .upload(file: file)
        } else if let file = after(Self.commitPrefix) {
            self = .commit(file: file)
        } else if let file = after(Self.importPrefix) {
            self = .importFile(file)
        } else if let rest = after(Self.mergePrefix), let merge = Self.parsedMerge(rest) {
            self = merge
        } else if let rest = after(Self.restorePrefix), let restore = Self.parsedRestore(rest) {
            self = restore
        } else if let rest = after(Self.agencyMergePrefix), let merge = Self.parsedAgencyMerge(rest) {
            self = merge
        } else {
            return nil
        }
    }

    /// The message in a language.
    public func text(in language: Language) -> String {
        language == .english ? english : chinese
    }

    /// The message as stored.
    public var chinese: String {
        switch self {
        case .upload(let file): Self.uploadPrefix + file
        case .commit(let file): Self.commitPrefix + file
        case .importFile(let file): Self.importPrefix + file
        case .merge(let origin, let person):
            Self.mergePrefix + origin.revisions + (person.map { Self.webOpen + $0 + Self.webClose } ?? "")
        case .restore(let version, let revision, let author, let saved):
            Self.restorePrefix + (version.map { "第 \($0) 版" } ?? Self.revisionPrefix + revision)
                + "（\(author)，\(saved) 保存）"
        case .agencyMerge(let from, let id, let year, let version, let into):
            Self.agencyMergePrefix + "\(from)（编号 \(id)）\(year) 年报告" + (version.map { "第 \($0) 版" } ?? "报告")
                + "并入 \(into)"
        }
    }

    /// The message in English: `Upload 年报.docx`, `Merge revisions pushed by 常张乡 (on the web, 王审核)`, `Restore
    /// version 2 (saved by 李四, 2025-01-08 17:30)`.
    public var english: String {
        switch self {
        case .upload(let file): "Upload \(file)"
        case .commit(let file): "Commit \(file)"
        case .importFile(let file): "Import \(file)"
        case .merge(let origin, let person):
            "Merge \(origin.englishRevisions)" + (person.map { " (on the web, \($0))" } ?? "")
        case .restore(let version, let revision, let author, let saved):
            "Restore " + (version.map { "version \($0)" } ?? "revision \(revision)") + " (saved by \(author), \(saved))"
        case .agencyMerge(let from, let id, let year, let version, let into):
            "Agency merge: the \(year) report of \(from) (id \(id))" + (version.map { ", version \($0)," } ?? "")
                + " merged into \(into)"
        }
    }

    /// The restore a stored message begins with, the places it put back after it or not (`恢复为第 2 版（…保存），改回了别人之后的
    /// 修改：…`): what the push line says of the revision.
    public static func leadingRestore(of message: String) -> RevisionMessage? {
        guard message.hasPrefix(restorePrefix), let end = message.range(of: " 保存）") else { return nil }
        return parsedRestore(
            String(message[message.index(message.startIndex, offsetBy: restorePrefix.count)..<end.upperBound]))
    }

    /// A stored message in a language: in English when it is wholly one Nianbao writes; when it is one with more after
    /// it that Nianbao wrote too (the places a merge decided or a restore put back, a forced commit's notes), each part
    /// read back exactly in English (``StoredMessage``); else as stored.
    public static func text(of message: String, in language: Language) -> String {
        guard language == .english else { return message }
        return RevisionMessage(recognizing: message)?.english ?? StoredMessage.english(of: message) ?? message
    }

    /// What a restore's message says after it of the places it put back (``ReportRepository/restore(_:author:scope:time:audit:refusingPublished:refusingUndone:)``):
    /// `，改回了别人之后的修改：五、第 1 段（第 9 版，王审核）`; nothing for none.
    public static func restoredOver(_ places: [String]) -> String {
        places.isEmpty ? "" : restoredOverPrefix + places.joined(separator: "；")
    }

    static let restoredOverPrefix = "，改回了别人之后的修改："

    /// A merge's message without its decisions (``MergeDecisions/parts(of:)``: `合并 常张乡 推送的修订。`) in a
    /// language: `Merge revisions pushed by 常张乡.` in English when it is one Nianbao writes, else as stored.
    public static func textBeforeDecisions(of text: String, in language: Language) -> String {
        guard language == .english, text.hasSuffix("。"),
            let known = RevisionMessage(recognizing: String(text.dropLast()))
        else { return Self.text(of: text, in: language) }
        return known.english + "."
    }

    private static let uploadPrefix = "上传 "
    private static let commitPrefix = "提交 "
    private static let importPrefix = "导入 "
    private static let mergePrefix = "合并 "
    private static let restorePrefix = "恢复为"
    private static let revisionPrefix = "修订 "
    private static let agencyMergePrefix = "机关合并：由 "
    private static let webOpen = "（网页，"
    private static let webClose = "）"

    /// `常张乡 推送的修订（网页，王审核）` after `合并 `.
    private static func parsedMerge(_ text: String) -> RevisionMessage? {
        var text = text
        var person: String?
        if text.hasSuffix(webClose), let open = text.range(of: webOpen, options: .backwards) {
            person = String(text[open.upperBound..<text.index(before: text.endIndex)])
            text = String(text[..<open.lowerBound])
            // (a name holds no brackets nor a full stop: `（网页，王审核）。一、…（… 的在前）` is a merge with decisions
            // after it, not a merge by a person named `王审核）。一、…`)
            if person?.contains(where: { "（）。".contains($0) }) == true { return nil }
        }
        let origins: [(prefix: String, suffix: String, make: (String) -> ConflictOrigin)] = [
            ("", " 推送的修订", { .pushed(by: $0) }), ("从 ", " 拉取的修订", { .pulled(from: $0) }),
            ("本机在 ", " 名下的修订", { .agencyMerge(from: $0) }), ("", " 的修订", { .other($0) }),
        ]
        for origin in origins where text.hasPrefix(origin.prefix) && text.hasSuffix(origin.suffix) {
            let name = text.dropFirst(origin.prefix.count).dropLast(origin.suffix.count)
            guard !name.isEmpty, text.count > origin.prefix.count + origin.suffix.count else { continue }
            let merge = RevisionMessage.merge(origin.make(String(name)), onTheWebBy: person)
            // (only what reads back to the very text: `从 甲 拉取的修订` is not the `other` origin `从 甲 拉取`)
            return merge.chinese == mergePrefix + text + (person.map { webOpen + $0 + webClose } ?? "") ? merge : nil
        }
        return nil
    }

    /// `第 2 版（李四，2025-01-08 17:30 保存）` after `恢复为`.
    private static func parsedRestore(_ text: String) -> RevisionMessage? {
        guard text.hasSuffix(" 保存）"), let open = text.firstIndex(of: "（") else { return nil }
        let name = text[..<open]
        let inside = text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -" 保存）".count)]
        guard let comma = inside.lastIndex(of: "，") else { return nil }
        let author = String(inside[..<comma])
        let saved = String(inside[inside.index(after: comma)...])
        let minute = #"^\d{4}-\d\d-\d\d \d\d:\d\d( UTC([+-]\d+(:\d\d)?)?)?$"#
        guard !author.isEmpty, saved.range(of: minute, options: .regularExpression) != nil else { return nil }
        let restore: RevisionMessage
        if name.hasPrefix("第 "), name.hasSuffix(" 版"), let number = Int(name.dropFirst(2).dropLast(2)) {
            restore = .restore(version: number, revision: "", author: author, saved: saved)
        } else if name.hasPrefix(revisionPrefix), name.count > revisionPrefix.count {
            restore = .restore(
                version: nil, revision: String(name.dropFirst(revisionPrefix.count)), author: author, saved: saved)
        } else {
            return nil
        }
        return restore.chinese == restorePrefix + text ? restore : nil
    }

    /// `大庄乡人民政府（编号 dazhuang）2024 年报告第 3 版并入 大庄镇人民政府` after `机关合并：由 `.
    private static func parsedAgencyMerge(_ text: String) -> RevisionMessage? {
        let pattern = #"^(.+)（编号 ([^（）]+)）(\d{4}) 年报告(第 (\d+) 版|报告)并入 (.+)$"#
        guard text.range(of: pattern, options: .regularExpression) != nil,
            let open = text.range(of: "（编号 ", options: .backwards),
            let close = text.range(of: "）", range: open.upperBound..<text.endIndex),
            let reported = text.range(of: " 年报告", range: close.upperBound..<text.endIndex),
            let year = Int(text[close.upperBound..<reported.lowerBound]),
            let into = text.range(of: "并入 ", range: reported.upperBound..<text.endIndex)
        else { return nil }
        let named = text[reported.upperBound..<into.lowerBound]
        let version = named.hasPrefix("第 ") ? Int(named.dropFirst(2).dropLast(2)) : nil
        let merge = RevisionMessage.agencyMerge(
            from: String(text[..<open.lowerBound]), id: String(text[open.upperBound..<close.lowerBound]), year: year,
            version: version, into: String(text[into.upperBound...]))
        return merge.chinese == agencyMergePrefix + text ? merge : nil
    }
}
