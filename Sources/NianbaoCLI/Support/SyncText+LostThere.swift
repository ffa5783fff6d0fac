import Foundation
import ReportModel
import ReportRepository
import SyncClient

// A pull that found the county's store gone back to a backup: what the township held that the county no longer has
// (rr99 F3), said in plain words.

extension SyncText {
    /// The lines of what the remote lost: a heading naming the county once, then each mark taken off here and each
    /// comment kept here; none when nothing was lost.
    func lostLines(for pull: PullReport) async -> [String] {
        let lost = pull.reports.compactMap { report in report.lostThere.map { (report.report, $0) } }
        guard !lost.isEmpty else { return [] }
        var lines = [LostThereMessage.heading(node: pull.node.isEmpty ? pull.remote : pull.node).text]
        for (report, there) in lost {
            for mark in there.marks {
                lines.append(
                    "  \(name(report))  "
                        + LostThereMessage.mark(
                            label: RevisionText.name(of: mark.mark), version: await number(mark.revision),
                            by: mark.comment?.author, time: BeijingTime.minute(mark.moved),
                            note: mark.comment.map { Self.cut($0.comment) }
                        ).text)
            }
            for note in there.notes {
                lines.append(
                    "  \(name(report))  "
                        + LostThereMessage.note(
                            author: note.author, time: BeijingTime.minute(note.time), text: Self.cut(note.text)
                        ).text)
            }
        }
        return lines
    }

    /// A comment on one line, cut to 60 characters.
    private static func cut(_ text: String) -> String {
        let line = TerminalText.line(text.split(separator: "\n").joined(separator: " "))
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
}

/// The words of ``SyncText/lostLines(for:)``, in Chinese, or in English with `--lang en`.
enum LostThereMessage {
    case heading(node: String)
    case mark(label: String, version: String, by: String?, time: String, note: String?)
    case note(author: String, time: String, text: String)
    /// A push's answers to comments the county lost, not sent (``PushReport/notesHeld``).
    case answersHeld(node: String, counts: String, reports: [String])

    /// The text in the process's language.
    var text: String {
        switch self {
        case .heading(let node):
            Language.pick(
                "  注意：\(node) 的仓库回到了以前的备份（县里从备份恢复过）。备份之后县里设的下列标记、写的下列批注，县里已经没有了；"
                    + "请告诉县里重新退回、公开或重写：",
                "  Note: \(node)'s repository went back to an earlier backup (it was restored from a backup). The marks"
                    + " and comments below, set there after that backup, are no longer there; tell the county to"
                    + " return, publish or write them again:")
        case .mark(let label, let version, let person, let time, let note):
            Language.pick(
                "\(label) \(version)（\(person.map { "\($0)，" } ?? "")\(time)\(note.map { "：\($0)" } ?? "")）"
                    + "：县里已没有；本节点也去掉了这个标记，现在显示县里的状态",
                "\(label) \(version) (\(person.map { "\($0), " } ?? "")\(time)\(note.map { ": \($0)" } ?? ""))"
                    + ": no longer at the county; taken off here too, this node shows the county's state")
        case .note(let author, let time, let text):
            Language.pick(
                "\(author) 的批注（\(time)）“\(text)”：县里已没有；本节点仍保留",
                "\(author)'s comment (\(time)) “\(text)”: no longer at the county; still kept here")
        case .answersHeld(let node, let counts, let reports):
            Language.pick(
                "  注意：你对县里批注写的 \(counts)（\(reports.joined(separator: "、"))）没有发送给 \(node)：县里从备份恢复后，"
                    + "已经没有被回复的那条批注（拉取时列为“县里已没有”）。回复保存在这台电脑上；请告诉县里重写批注，再回复县里重写的批注。",
                "  Note: the \(counts) you wrote to the county's comments (\(reports.joined(separator: ", "))) were not"
                    + " sent to \(node): after restoring a backup, the county no longer has the comment answered (the"
                    + " pull listed it as no longer at the county). The answers stay on this computer; tell the county"
                    + " to write its comment again, and answer the new one.")
        }
    }
}
