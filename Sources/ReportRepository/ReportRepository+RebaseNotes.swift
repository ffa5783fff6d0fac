// The words a file merged with the draft's later changes is told by, and its revision's message says, kept in one
// place: the history reads them back (``Revision/isMergedBeyondItsFile``).

extension ReportRepository {
    /// The words of the warning of a file merged with what the draft changed since — and so of its revision's message
    /// — that say so (``Revision/isMergedBeyondItsFile``).
    static let mergedNote = "的修改合在一起提交"
    /// The same, for a file committed with `force` over changes the draft made at the same places.
    static let forcedMergeNote = "两边都改过的地方以文件为准"

    /// How the message of a revision merged from a person's own copy begins.
    static let ownCopyNote = "这份文件不是从本系统下载的"
    /// The same in English, for the warning.
    static let englishOwnCopyNote = "This file was not downloaded from Nianbao"
    /// The same for a Word file that names a revision not of the draft's line (last year's report brought up to date,
    /// another report's, a version made elsewhere), and how its refusal begins: what the file is, in a clerk's words.
    /// It says nothing the store holds: every such id is answered alike.
    public static let downloadedElsewhere = "这份文件是从本系统的另一份报告或别处下载的（例如去年的年报），不是这份报告草稿的某一版"
}
