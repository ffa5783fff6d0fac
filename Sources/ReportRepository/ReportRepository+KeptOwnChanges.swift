// A Word file downloaded from Nianbao that the clerk keeps, edits and sends again, time after time: where she changed
// the draft since the download (in an earlier sending of the file, on the pages) and the file still has the
// downloaded text, the draft keeps her change and the warning names the place — she put it back in this file, or this
// is another copy of the same download, which cannot be told apart; either way it is said, never taken unseen.

import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// A file downloaded from `downloaded` merged onto the draft (`result`, ``rebased(_:to:basedOn:author:force:)``),
    /// with the places `sender` last changed since that the file has as downloaded — kept in the draft — named in its
    /// warning, each with the version that changed it, in place of "草稿里都已经有了" or "没有修改", which had been
    /// said of a file that put a figure back (rv105 F6). Taking the downloaded text there instead had silently undone
    /// a first copy's edits when a second copy of the same download came (rv106 F1): a figure put back is so a change
    /// not made, and said, never a wrong one made unseen.
    func keptOwnChanges(
        _ result: RebasedReport, file: Report, downloaded: Revision, head: Revision, sender: String
    ) async throws(RepositoryError) -> RebasedReport {
        let before = try await read { reader in try reader.report(root: downloaded.content.root) }
        let script = DiffEngine().diff(from: before, to: result.report)
        let (downloadedIndex, fileIndex) = (UnitIndex(before), UnitIndex(file))
        let asDownloaded = (script.changedParagraphs.map(\.unit) + script.changedCells.map(\.unit)).filter {
            UnitComparison.isSame($0, in: downloadedIndex, and: fileIndex)
        }
        guard !asDownloaded.isEmpty else { return result }
        let makers = try await lastChangeMakers(of: asDownloaded, at: head.id)
        let units = asDownloaded.filter { makers[$0]?.isBy(sender) == true }
        guard !units.isEmpty else { return result }
        let changing = try await lastChangingRevisions(of: units, at: head.id)
        var versions: [UnitID: BilingualText] = [:]
        for (unit, revision) in changing { versions[unit] = try await versionNames(of: revision.id) }
        let from = try await versionNames(of: downloaded.id)
        func places(_ language: Language) -> String {
            zip(units, UnitPlace.labels(of: units, in: result.report, language: language)).map { unit, label in
                guard let version = versions[unit] else { return label }
                return language == .english ? "\(label) (\(version.english))" : "\(label)（\(version.chinese)）"
            }
            .joined(separator: language == .english ? ", " : "、")
        }
        let kept = CommitWarning(
            "文件里的\(places(.chinese))还是下载时（\(from.chinese)）的内容，而你此后改过这些地方：草稿保留了你改过的内容。"
                + "如果是要改回，请下载当前草稿的 Word 文件，在上面改好再上传",
            english:
                "The file still has \(places(.english)) as downloaded (\(from.english)), which you changed since: the "
                + "draft keeps your changes. To change them back, download the current draft as a Word file, change "
                + "them there and upload it")
        var told = result
        told.warning =
            result.bringsNothing
            ? CommitWarning(
                kept.chinese + "；没有别的新修改，草稿没有改动。",
                english: kept.english + "; nothing else is new: the draft was not changed.")
            : CommitWarning.joined(result.warning, kept)
        return told
    }
}
