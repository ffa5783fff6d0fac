import ReportModel
import ReportRepository

/// How the pages name revisions and what is set on them: a revision's number, the draft, a mark, the note that goes
/// with it, who sent a revision by sync, where the revisions of an open conflict came from. Every page that shows
/// revisions reads these.
struct RevisionWords: Sendable {
    let language: Language
    /// `由 常张乡 同步送来，本节点收到于 …`: before the sender, and between the sender and the time.
    let receiptBefore: String
    let receiptBetween: String

    init(_ language: Language) {
        self.language = language
        receiptBefore = language.choose("由", "Sent by")
        receiptBetween = language.choose("同步送来，本节点收到于", "by sync, received here on")
    }

    /// A revision by its number (``DisplayFormat/revision(_:spaced:)``): `第 3 版`, `Version 3`; `修订` unknown.
    func revision(_ generation: Int?) -> String {
        language == .english ? generation.map { "Version \($0)" } ?? "Revision" : DisplayFormat.revision(generation)
    }

    /// A revision by its number, with what tells it apart from another of the same number (``RevisionNames``):
    /// `第 6 版（常张乡 李明）`.
    func revision(_ generation: Int?, distinguishedBy words: String?) -> String {
        let number = revision(generation)
        return words.map { language.choose("\(number)（\($0)）", "\(number) (\($0))") } ?? number
    }

    /// The report's latest revision (``DisplayFormat/head(of:)``): the draft, or the published version.
    func head(of status: ReportStatus) -> String {
        language == .english
            ? (status == .published ? "current version (published)" : "current draft") : DisplayFormat.head(of: status)
    }

    /// A mark as it is shown (``MarkState/label``): `已公开`, `已公开（强制）`.
    func label(_ mark: MarkState) -> String {
        guard language == .english else { return mark.label }
        let name =
            switch mark.mark {
            case .submitted: "submitted"
            case .returned: "returned"
            case .published: "published"
            }
        return mark.isForced ? "\(name) (forced)" : name
    }

    /// What goes with a mark (``MarkState/note``), the comment as written.
    func note(_ mark: MarkState) -> String? {
        language == .english ? mark.englishNote : mark.note
    }

    /// Where the revisions of a head waiting to be merged came from (``ConflictOrigin/revisions``).
    func waiting(_ origin: ConflictOrigin) -> String {
        language.choose("待合并：\(origin.revisions)", "to merge: \(origin.englishRevisions)")
    }

    /// The other line's revisions as a sentence names them (``ConflictOrigin/revisions``).
    func revisions(of origin: ConflictOrigin) -> String {
        language.choose(origin.revisions, origin.englishRevisions)
    }

    /// A report's name (``ReportNames``): `常张乡人民政府 2024 年度报告`, `常张乡人民政府 2024 report`.
    func name(of state: ReportSummary) -> String {
        language == .english ? ReportNames.english(state.report, agencyName: state.agencyName) : state.reportName
    }
}
