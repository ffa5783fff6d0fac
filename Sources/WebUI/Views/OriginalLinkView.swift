import ReportModel
import ReportRepository

/// The report page's link to the original file of the revision shown ("下载原件"), with its name and format.
struct OriginalLinkView {
    let href: String
    let name: String
    let format: String
    /// After the file's name: `（Word 文档（.docx））`.
    let formatNote: String
    /// Whether the revision has more than the file (its edits were merged with what the draft changed since):
    /// the page says that the file lacks those changes.
    let differs: Bool

    /// The link for a revision, or `nil` when it keeps no original (committed from plain text, or a merge).
    init?(_ revision: Revision, isHead: Bool, language: Language = .chinese) {
        guard let original = revision.content.original else { return nil }
        href = ReportAddress.href(revision.report, "original") + (isHead ? "" : "?rev=" + revision.id.hex)
        name = original.name
        format = language == .english ? original.englishFormatName : original.formatName
        formatNote = language == .english ? " (\(format))" : "（\(format)）"
        differs = revision.isMergedBeyondItsOriginal
    }
}
