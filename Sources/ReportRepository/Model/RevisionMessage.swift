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
        }
    }

    /// The restore a stored message begins with, the places it put back after it or not (`恢复为第 2 版（…保存），改回了别人之后的
    /// 修改：…`): what the push line says of the revision.
    public static func leadingRestore(of message: String) -> RevisionMessage? {
        guard message.hasPrefix(restorePrefix), let end = message.range(of: " 保存）") else { return nil }
        return parsedRestore(
            String(message[message.index(message.startIndex, offsetBy: restorePrefix.count)..<end.upperBound]))
    }

    /// A stored message in a language: in English when it is wholly one Nianbao writes, else as stored.
    public static func text(of message: String, in language: Language) -> String {
        guard language == .english, let known = RevisionMessage(recognizing: message) else { return message }
        return known.english
    }

    private static let uploadPrefix = "上传 "
    private static let commitPrefix = "提交 "
    private static let importPrefix = "导入 "
    private static let mergePrefix = "合并 "
    private static let restorePrefix = "恢复为"
    private static let revisionPrefix = "修订 "
    private static let webOpen = "（网页，"
    private static let webClose = "）"

    /// `常张乡 推送的修订（网页，王审核）` after `合并 `.
    private static func parsedMerge(_ text: String) -> RevisionMessage? {
        var text = text
        var person: String?
        if text.hasSuffix(webClose), let open = text.range(of: webOpen, options: .backwards) {
            person = String(text[open.upperBound..<text.index(before: text.endIndex)])
            text = String(text[..<open.lowerBound])
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
}
