// A Word file downloaded from Nianbao that the clerk keeps, edits and sends again, time after time: each sending is
// read against what the file held when she last sent it, not against the version it was downloaded from, so that an
// edit putting a place back to the downloaded text (5 → 0, a paragraph she added taken out again) is hers too.

import DocxReader
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The sender's newest revision on the draft's line since `named` that was committed from a Word file downloaded
    /// from `named` — an earlier sending of the same file — and holds what that file held (not merged beyond it with
    /// others' changes, ``Revision/isMergedBeyondItsFile``); `nil` when there is none among the sender's newest
    /// ``ownCopyCandidates`` revisions within ``ownCopyDepth``.
    ///
    /// A file sent again is then merged from that revision: what the file changed since it is the sender's new
    /// edits, a place put back to the downloaded text among them; what others changed since stays (rv105 F6: "改回0件"
    /// was answered "草稿里都已经有了" and the draft kept 5).
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
    /// Said when a file sent again holds exactly the text of the version it was downloaded from: the sender's edits
    /// since are put back as the file has them — what she meant by changing them back, or the unedited download
    /// picked by mistake, which the history undoes.
    func putBack(_ downloaded: ObjectID, since resent: ObjectID) async throws(RepositoryError) -> CommitWarning {
        let (from, last) = (try await versionNames(of: downloaded), try await versionNames(of: resent))
        return CommitWarning(
            "这份文件的内容与下载时的\(from.chinese)完全相同：你此后提交的修改（至\(last.chinese)）已按这份文件改回；如果选错了文件，请在历史里恢复\(last.chinese)",
            english:
                "This file's text is exactly \(from.english), which it was downloaded from: the changes you committed "
                + "since (up to \(last.english)) were put back as the file has them; if you picked the wrong file, "
                + "restore \(last.english) from the history")
    }
}
