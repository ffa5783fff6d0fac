public import Foundation
public import ReportModel
public import RevisionStore

/// A mark of a report as it stands: which revision it is on, since when, and its comment (the correction request of
/// `returned`; the reason of a forced `published`).
public struct MarkState: Sendable, Hashable {
    /// Which mark.
    public var mark: Mark
    /// The revision it is on.
    public var revision: ObjectID
    /// When it was set.
    public var moved: Date
    /// Its comment, with who wrote it and when, if it has one.
    public var comment: MarkComment?
    /// When the mark came from another node: which token's office sent it and when this node received it (never
    /// the sender's own claim of who or when).
    public var receipt: MarkReceipt?
    /// Who set it, when the node knows: the person the audit log names for it (a mark set on the web pages), else
    /// its comment's author, else the office that sent it.
    public var person: String?

    /// Creates a mark state.
    public init(
        mark: Mark, revision: ObjectID, moved: Date, comment: MarkComment?, receipt: MarkReceipt? = nil,
        person: String? = nil
    ) {
        self.mark = mark
        self.revision = revision
        self.moved = moved
        self.comment = comment
        self.receipt = receipt
        self.person = person ?? comment?.author ?? receipt?.sender
    }

    /// Whether the mark was set against the rules (a forced `published`): its comment is then the reason.
    public var isForced: Bool { comment?.forced == true }

    /// The mark in Chinese as every place that shows it writes it: `已公开`, or `已公开（强制）` when it was forced.
    public var label: String { isForced ? "\(mark.label)（强制）" : mark.label }

    /// What goes with the mark, in Chinese, if anything: `退回意见：…` for `returned`, `强制理由：…` for a forced
    /// mark, the comment itself otherwise.
    public var note: String? {
        guard let comment else { return nil }
        if comment.forced { return "强制理由：\(comment.comment)" }
        return mark == .returned ? "退回意见：\(comment.comment)" : comment.comment
    }

    /// ``note`` in English, for `--lang en`: `correction request: …`, `reason for forcing it: …`, the comment itself
    /// otherwise; the comment as written.
    public var englishNote: String? {
        guard let comment else { return nil }
        if comment.forced { return "reason for forcing it: \(comment.comment)" }
        return mark == .returned ? "correction request: \(comment.comment)" : comment.comment
    }

    /// The marks a report's refs hold, with their comments, in the order submitted, returned, published.
    ///
    /// - Parameters:
    ///   - refs: The report's refs (heads are ignored).
    ///   - comments: The report's mark comments.
    ///   - receipts: The report's mark receipts (marks received from other nodes); one counts only while the mark is
    ///     still on the revision it was received for.
    public static func states(refs: [Ref], comments: [MarkComment], receipts: [MarkReceipt] = []) -> [MarkState] {
        [Mark.submitted, .returned, .published].compactMap { mark in
            guard let ref = refs.first(where: { $0.name == mark.refName }) else { return nil }
            return MarkState(
                mark: mark, revision: ref.revision, moved: ref.moved,
                comment: comments.last { $0.mark == mark },
                receipt: receipts.last { $0.mark == mark && $0.revision == ref.revision })
        }
    }
}
