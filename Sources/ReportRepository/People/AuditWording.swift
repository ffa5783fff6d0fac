import Foundation
public import ReportModel
public import RevisionStore

/// The words of the audit log's details, in Chinese as the log keeps them and in English for `--lang en`: one home
/// for each, so that what a command or a page writes is what the English reading recognises.
///
/// A wording is a text with `{}` for each part that is a name or content (a person, an office, a file, a place in a
/// report, a comment): `登记机关 {}（编号 {}）` and `registered the agency {} (id {})`. The parts stay as written in both
/// languages. A detail no wording reads (one written by an older version, a merge message a person wrote) is shown as
/// kept.
public struct AuditWording: Sendable, Hashable {
    /// The wording in Chinese, as the log keeps it.
    public let chinese: String
    /// The wording in English.
    public let english: String

    /// Creates a wording; both have as many `{}` as the detail has parts.
    init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The detail the log keeps: the Chinese wording with its parts.
    ///
    /// - Parameter parts: The names or content, in order.
    public func detail(_ parts: String...) -> String {
        Self.filling(chinese, with: parts)
    }

    /// The parts of a detail kept in this wording, or `nil` when it is not in this wording.
    func parts(of detail: String) -> [String]? {
        let literals = chinese.components(separatedBy: "{}")
        guard detail.hasPrefix(literals[0]) else { return nil }
        var rest = Substring(detail.dropFirst(literals[0].count))
        var parts: [String] = []
        for (index, literal) in literals.dropFirst().enumerated() {
            let isLast = index == literals.count - 2
            if isLast {
                guard rest.hasSuffix(literal), rest.count >= literal.count else { return nil }
                parts.append(String(rest.dropLast(literal.count)))
                rest = ""
            } else {
                guard let range = rest.range(of: literal) else { return nil }
                parts.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
        }
        return literals.count == 1 && !rest.isEmpty ? nil : parts
    }

    static func filling(_ wording: String, with parts: [String]) -> String {
        let literals = wording.components(separatedBy: "{}")
        var text = literals[0]
        for (index, literal) in literals.dropFirst().enumerated() {
            text += (index < parts.count ? parts[index] : "") + literal
        }
        return text
    }

    /// A detail in the process's language: in English with `--lang en` where a wording reads it, else as kept.
    public static func spoken(_ detail: String) -> String {
        Language.pick(detail, english(of: detail) ?? detail)
    }

    /// A detail in English, where a wording reads it: its parts in the English wording.
    public static func english(of detail: String) -> String? {
        for wording in all {
            guard var parts = wording.parts(of: detail) else { continue }
            // (the line of what made a version, `命令行提交 a.docx → 第 2 版`: its first part is a line of its own)
            if wording == uploadedVersion, let first = parts.first { parts[0] = english(of: first) ?? first }
            return filling(wording.english, with: parts)
        }
        return nil
    }
}

extension AuditWording {
    /// `命令行提交 FILE`.
    public static let commandLineCommit = AuditWording("命令行提交 {}", "committed {} on the command line")
    /// `命令行导入 FILE`: a folder's file imported.
    public static let commandLineImport = AuditWording("命令行导入 {}", "imported {} on the command line")
    /// `命令行合并`, `命令行合并 HEAD`.
    public static let commandLineMerge = AuditWording("命令行合并", "merged on the command line")
    /// `命令行合并 HEAD`.
    public static let commandLineMergeHead = AuditWording("命令行合并 {}", "merged {} on the command line")
    /// `命令行恢复为第 3 版`.
    public static let commandLineRestore = AuditWording("命令行恢复为第 {} 版", "restored version {} on the command line")
    /// `命令行恢复为修订 a39066c42200`: a revision without a number.
    public static let commandLineRestoreRevision = AuditWording(
        "命令行恢复为修订 {}", "restored revision {} on the command line")
    /// `恢复为第 3 版` (the pages).
    public static let restore = AuditWording("恢复为第 {} 版", "restored version {}")
    /// `登记机关 NAME（编号 ID）`.
    public static let agencyAdded = AuditWording("登记机关 {}（编号 {}）", "registered the agency {} (id {})")
    /// `给机关 NAME 加别名 A、B`.
    public static let agencyAliases = AuditWording("给机关 {} 加别名 {}", "gave the agency {} the aliases {}")
    /// `删去机关 NAME 的别名 A、B`.
    public static let agencyAliasesRemoved = AuditWording(
        "删去机关 {} 的别名 {}", "removed from the agency {} the aliases {}")
    /// `机关 OLD（编号 ID）改名为 NEW`.
    public static let agencyRenamed = AuditWording("机关 {}（编号 {}）改名为 {}", "renamed the agency {} (id {}) to {}")
    /// `机关 OLD（编号 ID）改名为 NEW（随 REMOTE 同步）`.
    public static let agencyRenamedBySync = AuditWording(
        "机关 {}（编号 {}）改名为 {}（随 {} 同步）", "renamed the agency {} (id {}) to {} (synced from {})")
    /// `停用用户 NAME`.
    public static let personDisabled = AuditWording("停用用户 {}", "disabled {}")
    /// `重设用户 NAME 的密码`.
    public static let passwordReset = AuditWording("重设用户 {} 的密码", "reset the password of {}")
    /// `重设用户 NAME 的密码并重新启用`: a disabled person's.
    public static let passwordResetEnabled = AuditWording(
        "重设用户 {} 的密码并重新启用", "reset the password of {} and enabled them again")
    /// `从 ADDRESS 修改本人的密码`: a person changed her own password on the pages.
    public static let ownPasswordChanged = AuditWording("从 {} 修改本人的密码", "changed their own password from {}")
    /// `签发令牌 LABEL（编号 ID）`.
    public static let tokenIssued = AuditWording("签发令牌 {}（编号 {}）", "issued the token {} (number {})")
    /// `吊销令牌 LABEL（编号 ID）`.
    public static let tokenRevoked = AuditWording("吊销令牌 {}（编号 {}）", "revoked the token {} (number {})")
    /// `批注 PLACE`.
    public static let comment = AuditWording("批注 {}", "comment on {}")
    /// `回复批注 PLACE`.
    public static let reply = AuditWording("回复批注 {}", "replied to the comment on {}")
    /// `解决批注 PLACE`.
    public static let resolution = AuditWording("解决批注 {}", "resolved the comment on {}")
    /// `从 ADDRESS 登录网页`.
    public static let login = AuditWording("从 {} 登录网页", "signed in on the web pages from {}")

    /// `添加用户 NAME（乡镇填报员）`, one per role.
    public static func personAdded(_ role: PersonRole) -> AuditWording {
        AuditWording("添加用户 {}（\(role.label)）", "added {} (\(role.englishLabel))")
    }

    /// `命令行：已报送`, one per mark.
    public static func commandLineMark(_ mark: Mark) -> AuditWording {
        AuditWording("命令行：\(mark.label)", "\(mark.rawValue) on the command line")
    }

    /// `命令行：已退回：COMMENT`, one per mark.
    public static func commandLineMarkSaying(_ mark: Mark) -> AuditWording {
        AuditWording("命令行：\(mark.label)：{}", "\(mark.rawValue) on the command line: {}")
    }

    /// `已报送` (the pages), one per mark.
    public static func pageMark(_ mark: Mark) -> AuditWording { AuditWording(mark.label, mark.rawValue) }

    /// `已报送（批量）` (the overview's batch), one per mark.
    public static func batchMark(_ mark: Mark) -> AuditWording {
        AuditWording("\(mark.label)（批量）", "\(mark.rawValue) (in a batch)")
    }

    /// `代为报送（批量）`: the overview's batch 报送, of revisions the county uploaded for the townships.
    public static let submittedOnBehalf = AuditWording(
        "代为报送（批量）", "submitted on the township's behalf (in a batch)")

    /// `已公开（强制：REASON）` (the pages), one per mark.
    public static func forcedMark(_ mark: Mark) -> AuditWording {
        AuditWording("\(mark.label)（强制：{}）", "\(mark.rawValue) by force: {}")
    }

    /// `收到草稿，第 3 版：AUTHOR（在 NODE 节点提交）` and the like, for each thing a sync brings; for a revision without a
    /// number (``receivedDetail(_:number:author:node:merged:)``), without it: `收到草稿：AUTHOR（在 NODE 节点提交）`.
    ///
    /// - Parameters:
    ///   - merged: The revision was merged with this node's draft of the same text (`已自动合并为第 N 版`).
    ///   - numbered: The revision has a number; `mergeNumbered`: the merge has one.
    public static func received(
        _ what: ReceivedThing, merged: Bool = false, numbered: Bool = true, mergeNumbered: Bool = true
    ) -> AuditWording {
        let (chinese, english) = what.words
        let version = numbered ? ("，第 {} 版", ", version {}") : ("", "")
        let merge =
            !merged
            ? ("", "")
            : mergeNumbered
                ? ("；文字与本节点的草稿相同，已自动合并为第 {} 版", "; the same text as this node's draft, merged as version {}")
                : ("；文字与本节点的草稿相同，已自动合并", "; the same text as this node's draft, merged")
        return AuditWording(
            "收到\(chinese)\(version.0)：{}（在 {} 节点提交）" + merge.0,
            "received \(english)\(version.1): {} (committed on {})" + merge.1)
    }

    /// The audit line of what a sync brought (``received(_:merged:numbered:mergeNumbered:)``): `收到标记“已公开”，第 3 版：
    /// 王审核（在 县政务公开办 节点提交）`. A revision without a number (第 N 版; a store without numbers) is not named by a
    /// made-up one — the line leaves the number out.
    ///
    /// - Parameters:
    ///   - setter: Who set the mark there (``ReceivedThing/markSet(_:)``): `收到标记“已公开”（王审核 设置），第 3 版：…`.
    ///   - number: The revision's number, when it has one.
    ///   - merged: The number of the merge made of it, when it was merged with this node's draft (`.some(nil)`: merged,
    ///     the merge without a number).
    public static func receivedDetail(
        _ what: ReceivedThing, setter: String? = nil, number: Int?, author: String, node: String, merged: Int?? = nil
    ) -> String {
        let wording = received(
            what, merged: merged != nil, numbered: number != nil, mergeNumbered: merged.flatMap { $0 } != nil)
        let parts = [setter, number.map(String.init), author, node, merged.flatMap { $0 }.map(String.init)].compactMap {
            $0
        }
        return filling(wording.chinese, with: parts)
    }

    /// What a sync brought, as ``received(_:merged:numbered:mergeNumbered:)`` names it.
    public enum ReceivedThing: Sendable, Hashable {
        case draft, conflict
        case mark(Mark)
        /// A mark with who set it there, the line's first part.
        case markSet(Mark)

        var words: (String, String) {
            switch self {
            case .draft: ("草稿", "the draft")
            case .conflict: ("草稿的另一版本（冲突）", "another version of the draft (a conflict)")
            case .mark(let mark): ("标记“\(mark.label)”", "the mark “\(mark.englishLabel)”")
            case .markSet(let mark): ("标记“\(mark.label)”（{} 设置）", "the mark “\(mark.englishLabel)” (set by {})")
            }
        }
    }

    /// A comment, a reply or a resolution a sync brought: `收到批注 PLACE，署名 AUTHOR`.
    public static func receivedNote(_ kind: NoteKind) -> AuditWording {
        switch kind {
        case .comment: AuditWording("收到批注 {}，署名 {}", "received a comment on {}, signed {}")
        case .reply: AuditWording("收到回复批注 {}，署名 {}", "received a reply to the comment on {}, signed {}")
        case .resolve: AuditWording("收到解决批注 {}，署名 {}", "received the resolution of the comment on {}, signed {}")
        case .decision: AuditWording("收到检查问题的处理 {}（{}），署名 {}", "received a decision on a finding {} ({}), signed {}")
        }
    }

    /// A decision on a finding a sync brought, one per verdict: `收到检查问题的处理 已确认（KEY），署名 AUTHOR`.
    public static func receivedDecision(_ verdict: FindingVerdict) -> AuditWording {
        AuditWording(
            "收到检查问题的处理 \(verdict.label)（{}），署名 {}",
            "received a decision on a finding, \(verdict.rawValue) ({}), signed {}")
    }

    /// `已确认：MESSAGE`: a decision on a finding, one per verdict; the finding as the checks word it, in Chinese.
    public static func decision(_ verdict: FindingVerdict) -> AuditWording {
        AuditWording("\(verdict.label)：{}", "\(verdict.rawValue): {}")
    }

    /// A county mark a township took off because the county's store went back to a backup without it (rr99 F3), one
    /// per mark: `对方的仓库回到了备份，已没有标记“已退回”：本节点也去掉了；原来的说明：表三请改`.
    public static func lostThere(_ mark: Mark) -> AuditWording {
        AuditWording(
            "对方的仓库回到了备份，已没有标记“\(mark.label)”：本节点也去掉了；原来的说明：{}",
            "the other node's repository went back to a backup and no longer has the mark “\(mark.englishLabel)”: "
                + "taken off here too; its note was: {}")
    }

    /// The audit detail of ``lostThere(_:)``: the mark's comment, or `（无）` (`(none)`) without one.
    static func lostThereDetail(_ mark: Mark, comment: String?) -> String {
        lostThere(mark).detail(comment ?? "（无）")
    }

    /// `把机关 NAME（编号 ID）合并到 NAME`.
    public static let agencyMerged = AuditWording("把机关 {}（编号 {}）合并到 {}", "merged the agency {} (id {}) into {}")
    /// `把机关 NAME（编号 ID）合并到 NAME（随 REMOTE 同步）`.
    public static let agencyMergedBySync = AuditWording(
        "把机关 {}（编号 {}）合并到 {}（随 {} 同步）", "merged the agency {} (id {}) into {} (synced from {})")

    /// Every wording, the longest first where one begins another (`命令行合并 {}` before `命令行合并`).
    static let all: [AuditWording] = {
        var wordings: [AuditWording] = versionedMarks + [uploadedVersion]
        wordings += [
            .commandLineCommit, .commandLineImport, .commandLineMergeHead, .commandLineMerge, .commandLineRestore,
            .commandLineRestoreRevision,
            .restore, .agencyAdded, .agencyAliases, .agencyAliasesRemoved, .agencyRenamedBySync, .agencyRenamed,
            .personDisabled,
            .passwordResetEnabled, .passwordReset, .ownPasswordChanged, .submittedOnBehalf, .tokenIssued, .tokenRevoked,
            .reply, .resolution,
            .comment, .login,
        ]
        wordings += PersonRole.allCases.map(personAdded)
        for mark in Mark.allCases {
            wordings += [
                commandLineMarkSaying(mark), commandLineMark(mark), batchMark(mark), forcedMark(mark), pageMark(mark),
            ]
        }
        let things =
            [ReceivedThing.draft, .conflict] + Mark.allCases.map(ReceivedThing.markSet)
            + Mark.allCases.map(ReceivedThing.mark)
        for thing in things {
            for numbered in [true, false] {
                wordings += [
                    received(thing, merged: true, numbered: numbered),
                    received(thing, merged: true, numbered: numbered, mergeNumbered: false),
                    received(thing, numbered: numbered),
                ]
            }
        }
        wordings += FindingVerdict.allCases.map(receivedDecision) + FindingVerdict.allCases.map(decision)
        wordings += [NoteKind.comment, .reply, .resolve, .decision].map(receivedNote)
        wordings += [agencyMergedBySync, agencyMerged, restoredBackup] + Mark.allCases.map(lostThere)
        return wordings
    }()
}
