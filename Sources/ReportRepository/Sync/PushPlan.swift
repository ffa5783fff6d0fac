// What a push will do: the refs to move on a remote, the objects it may lack, and what stays unsent.

import Foundation
public import ReportModel
public import RevisionStore

/// What a push will ask of a remote.
public struct PushPlan: Sendable, Hashable {
    /// The ref moves: drafts that moved on here, marks set here since the remote was last seen.
    public var updates: [RefUpdate]
    /// The objects the updates need that the remote's known refs do not bring, every object after what it refers
    /// to. The remote may still hold some of them (an interrupted push): ask it which it lacks.
    public var objects: [ObjectID]
    /// Drafts and marks that moved here but that the token may not send, and why: they stay here.
    public var unsent: [UnsentRef] = []
    /// Notes of the reports the token reaches that the remote did not list, of the kinds the token's role may
    /// write (comments and finding decisions only with the county's scope,
    /// ``ReportRepository/notesToSend(_:listed:scope:listedWhole:)``); none for a remote that keeps no notes.
    public var notes: [Note] = []
    /// Notes written here that the remote did not list and that the token's role may not send: a township's own
    /// comments (and finding decisions), and the answers to those comments. They stay on this node; the push says
    /// so (``ReportRepository/notesToSend(_:listed:scope:listedWhole:)``).
    public var keptNotes: [Note] = []
    /// Answers written here to a comment of the remote's that the remote no longer lists (its store went back to a
    /// backup: the county restored one): not sent, for the remote would refuse the whole push for an answer to a
    /// comment it does not have, and a township's token may not send the comment back. They stay here; the push says
    /// so (``ReportRepository/notesToSend(_:listed:scope:listedWhole:)``).
    public var heldNotes: [Note] = []
    /// This node's change sequence when the plan was made: the plan sends every change here up to it.
    public var localSequence: Int64 = 0
}

/// A draft or mark a push does not send because the remote's token may not write it.
public struct UnsentRef: Sendable, Hashable, CustomStringConvertible {
    /// Why it is not sent.
    public enum Reason: String, Sendable, Hashable {
        /// The token does not reach the agency's reports.
        case outOfReach = "out-of-reach"
        /// Only the county may set this mark (`published`, `returned`).
        case countyOnly = "county-only"
    }

    /// The report.
    public var report: ReportKey
    /// The draft or the mark.
    public var ref: SyncRef
    /// Why.
    public var reason: Reason

    /// Creates an unsent ref.
    public init(report: ReportKey, ref: SyncRef, reason: Reason) {
        self.report = report
        self.ref = ref
        self.reason = reason
    }

    /// In Chinese: `changzang/2024 的草稿没有发送：对方给本节点的令牌不能写这个机关的报告…`.
    public var description: String { described(as: report.description) }

    /// What was not sent and why, in the process's language, the report named as a person reads it
    /// (`长子县大庄乡人民政府 2024 年度报告 的草稿没有发送：县里发给这台电脑的令牌不能写这个机关的报告…`).
    public func described(as name: String) -> String {
        let what =
            ref.mark.map { Language.pick("“\($0.label)”标记", "\($0.rawValue) mark") } ?? Language.pick("草稿", "draft")
        switch reason {
        case .outOfReach:
            return Language.pick(
                "\(name) 的\(what)没有发送：对方发给这台电脑的令牌不能写这个机关的报告（提交时机关是否写错？请与县政务公开办核对）",
                "The \(what) of \(name) was not sent: the token the other node gave this computer cannot write this"
                    + " agency's reports (was the agency mistyped when committing? check with the county's office)")
        case .countyOnly:
            return Language.pick(
                "\(name) 的\(what)没有发送：只有县里才能设置“已退回”和“已公开”",
                "The \(what) of \(name) was not sent: only the county sets returned and published")
        }
    }
}
