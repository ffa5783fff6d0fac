public import Foundation
public import ReportModel

/// Who set a mark from another node and when this node received it: what the node knows for itself, never what the
/// sender claims (a township's push of `submitted` is recorded under its token's label, at the county's time).
public struct MarkReceipt: Sendable, Hashable, Codable {
    /// The report.
    public var report: ReportKey
    /// Which mark.
    public var mark: Mark
    /// The revision the mark was set to.
    public var revision: ObjectID
    /// The label of the token that sent it (the office the county issued it to).
    public var sender: String
    /// When this node received it.
    public var received: Date

    /// Creates a receipt.
    public init(report: ReportKey, mark: Mark, revision: ObjectID, sender: String, received: Date) {
        self.report = report
        self.mark = mark
        self.revision = revision
        self.sender = sender
        self.received = received
    }
}
