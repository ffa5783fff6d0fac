// A Word file downloaded from Nianbao that the clerk keeps, edits and sends again, time after time: each sending is
// read against what the file held when she last sent it, not against the version it was downloaded from, so that an
// edit putting a place back to the downloaded text (5 → 0, a paragraph she added taken out again) is hers too.

import DocxReader
import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The sender's newest revision on the draft's line since `named` that was committed from a Word file downloaded
    /// from `named` — an earlier sending of the same file — and holds what that file held (not merged beyond it with
    /// others' changes, ``Revision/isMergedBeyondItsFile``); `nil` when there is none among the sender's newest
    /// ``ownCopyCandidates`` revisions within ``ownCopyDepth``.
    ///
    /// What the file has as downloaded where that sending changed the report is named when the file is sent
    /// (``keptFromEarlierSending(_:file:downloaded:sent:)``).
    func resentBase(
        named: ObjectID, by sender: String, head: Revision
    ) async throws(RepositoryError) -> Revision? {
        let candidates = try await read { reader -> [Revision] in
            let walked = try reader.recentRevisions(from: head.id, limit: Self.ownCopyDepth)
            // (the sender's by ``ChangeMaker``: one another node brought naming her is not her earlier sending)
            let makers = try Self.changeMakers(of: walked, in: reader)
            var found: [Revision] = []
            for header in walked.filter({ makers[$0.id]?.isBy(sender) == true && $0.id != named })
                .sorted(by: { $0.time > $1.time })
            {
                guard found.count < Self.ownCopyCandidates else { break }
                let revision = header.id == head.id ? head : try reader.requireRevision(header.id)
                guard Self.mayBeFromDownloadedWordFile(revision), !revision.isMergedBeyondItsFile,
                    try RevisionGraph.isAncestor(named, of: revision.id, in: reader)
                else { continue }
                found.append(revision)
            }
            return found
        }
        for revision in candidates {
            let file = try await original(of: revision.id.hex).file
            if DocxReader.exportedRevision(of: file.bytes) == named.hex { return revision }
        }
        return nil
    }
}

extension ReportRepository {
    /// A file sent again merged as any file downloaded from `downloaded` is (``rebased(_:to:basedOn:author:force:)``),
    /// with the places her earlier sending (`sent`) changed that this file still has as downloaded — and the result
    /// keeps as she sent them — named in its warning: she changed them back in this file, or this is another copy
    /// of the same download (a colleague's, another computer's), which cannot be told apart; the draft keeps what
    /// she sent, and she is told where and how to change it back on the current draft. Said, not guessed: "草稿里都
    /// 已经有了" and "没有修改" had been said of a file that put a figure back (rv105 F6), and taking the put-back
    /// places had silently undone a first copy's edits when a second copy of the same download came (rv106 F1).
    func keptFromEarlierSending(
        _ result: RebasedReport, file: Report, downloaded: Revision, sent: Revision
    ) async throws(RepositoryError) -> RebasedReport {
        let (before, earlier) = try await read { reader in
            (try reader.report(root: downloaded.content.root), try reader.report(root: sent.content.root))
        }
        let script = DiffEngine().diff(from: before, to: earlier)
        let units = (script.changedParagraphs.map(\.unit) + script.changedCells.map(\.unit)).filter { unit in
            UnitComparison.isSame(unit, in: before, and: file)
                && UnitComparison.isSame(unit, in: earlier, and: result.report)
                && !UnitComparison.isSame(unit, in: before, and: earlier)
        }
        guard !units.isEmpty else { return result }
        let (from, last) = (try await versionNames(of: downloaded.id), try await versionNames(of: sent.id))
        let chinese = UnitPlace.labels(of: units, in: result.report, language: .chinese).joined(separator: "、")
        let english = UnitPlace.labels(of: units, in: result.report, language: .english).joined(separator: ", ")
        let kept = CommitWarning(
            "文件里的\(chinese)还是下载时（\(from.chinese)）的内容，而你在\(last.chinese)改过这些地方：草稿保留了你改过的内容。"
                + "如果是要改回，请下载当前草稿的 Word 文件，在上面改好再上传",
            english:
                "The file still has \(english) as downloaded (\(from.english)), which you changed in \(last.english): the "
                + "draft keeps your change. To change them back, download the current draft as a Word file, change them "
                + "there and upload it")
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
