import ArgumentParser
import Foundation
import ReportDiff
import ReportModel
import ReportRepository

/// Revisions and tables as terminal text.
enum RevisionText {
    /// A revision as `log` and `show` print it: its number as the web pages give it and who made it first, with its
    /// short id for typing it back (`第 2 版  李明  修订 891873186728（草稿）`; the full id is in `--format json`), then
    /// the marks on it and their notes (the correction request of `returned`, the reason of a forced `published`).
    ///
    /// - Parameters:
    ///   - generations: The numbers of revisions it names (a merge's parents), when known.
    ///   - parents: A merge's parents, when known: two of one number are told apart as the pages tell them apart
    ///     (``RevisionNames``), `第 1 版（瓦岗寨乡 孙明，修订 a1768ba1594f）`.
    ///   - reportName: How reports are named for people (``ReportNames``): `常张乡人民政府 2024 年度报告`.
    ///   - apart: What tells it apart from another revision of its number listed with it (``RevisionNames``), said
    ///     after its number: `第 1 版（县政务公开办 王审核）`.
    ///   - message: Its message as shown (``ReportRepository/shownMessages(of:)``).
    static func entry(
        _ revision: Revision, message: ShownMessage, reportName: (ReportKey) -> String, generation: Int? = nil,
        refs: [RefName] = [],
        marks: [MarkState] = [],
        generations: [ObjectID: Int] = [:], parents: [Revision] = [], receipt: RevisionReceipt? = nil,
        apart: String? = nil
    ) -> String {
        let labels =
            refs.isEmpty
            ? ""
            : Language.pick("（", " (") + refs.map(name(of:)).joined(separator: Language.pick("、", ", "))
                + Language.pick("）", ")")
        var lines = [
            Message.revisionLine(
                id: revision.id.shortHex(), author: ChangeMaker(revision, receipt: receipt).name(), labels: labels,
                generation: generation,
                apart: apart
            ).text,
            Message.reportLine(reportName(revision.report)).text,
            Message.authorLine(author: revision.content.author, node: revision.distinctNode).text,
            Message.dateLine(BeijingTime.minute(revision.content.time)).text,
        ]
        if let receipt {
            lines.append(
                Message.receivedLine(sender: receipt.sender, time: BeijingTime.minute(receipt.received)).text)
        }
        if revision.parents.count > 1 {
            let words = RevisionNames.distinctions(
                parents, generations: generations, shown: revision.report, reportName: reportName)
            lines.append(
                Message.mergeLine(
                    revision.parents.map { parent in
                        words[parent].map {
                            Message.revisionNameBy(id: parent.shortHex(), generation: generations[parent], words: $0)
                                .text
                        } ?? name(parent, generation: generations[parent])
                    }
                    .joined(separator: Language.pick("、", ", "))
                ).text)
        }
        for mark in marks where mark.revision == revision.id { lines.append(Message.markLine(self.mark(mark)).text) }
        lines.append("")
        lines += TerminalText.lines(message.text(in: .current)).map { "    \($0)" }
        return lines.joined(separator: "\n")
    }

    /// `第 2 版` (`version 2`) when a revision restored that earlier version (its message says so and its text bears
    /// it out: ``ShownMessage``), else `nil`.
    static func restoredVersion(_ id: ObjectID, in repository: ReportRepository) async -> String? {
        guard let revision = try? await repository.resolve(id.hex),
            case .restore(let version, let short, _, _)? = await repository.shownMessage(of: revision).restore
        else { return nil }
        return version.map { Language.pick("第 \($0) 版", "version \($0)") }
            ?? Language.pick("修订 \(short)", "revision \(short)")
    }

    /// A merge's parents as ``entry(_:reportName:generation:refs:marks:generations:parents:receipt:)`` takes them, to tell apart
    /// two of one number (two sides of a sync conflict, an agency merge's copy beside the draft); none for a revision
    /// of one parent or none.
    static func parents(of revision: Revision, in repository: ReportRepository) async -> [Revision] {
        guard revision.parents.count > 1 else { return [] }
        var found: [Revision] = []
        for parent in revision.parents {
            if let read = try? await repository.resolve(parent.hex) { found.append(read) }
        }
        return found
    }

    /// How the commands name a revision: by the number the web pages give it, with its short id for a REF —
    /// `第 5 版（修订 a39066c42200）`, `version 5 (a39066c42200)`; by its short id alone in a file without numbers.
    static func name(_ id: ObjectID, generation: Int?) -> String {
        Message.revisionName(id: id.shortHex(), generation: generation).text
    }

    /// A revision's number alone (`第 5 版`, `version 5`), where its id is given beside it or not needed; its short
    /// id in a file without numbers.
    static func number(_ id: ObjectID, generation: Int?) -> String {
        Message.revisionNumber(id: id.shortHex(), generation: generation).text
    }

    /// How the commands name revisions they show together (the draft and the marks in `reports`, a conflict's sides
    /// and base, a merge's parents): ``number(_:generation:)``, and where two of them share a number, what tells them
    /// apart beside it, by the rule the pages use (``RevisionNames/distinctions(_:generations:shown:reportName:time:)``):
    /// `第 3 版（县政务公开办 王审核）` beside `第 3 版（常张乡 李明）`.
    ///
    /// - Returns: The name of each revision by id; one not among `revisions` is named by its number alone.
    static func numbers(
        _ revisions: [Revision], generations: [ObjectID: Int], shown: ReportKey? = nil,
        reportName: (ReportKey) -> String = { $0.description }
    ) -> (ObjectID) -> String {
        let words = RevisionNames.distinctions(
            revisions, generations: generations, shown: shown, reportName: reportName)
        return { id in
            let plain = number(id, generation: generations[id])
            return words[id].map { Message.told(plain, apart: $0).text } ?? plain
        }
    }

    /// How `history` and `blame` name the revisions they list (by hexadecimal id): by number, and where two of them
    /// share a number — the two lines a merge joined — by the rule of every other list
    /// (``numbers(_:generations:shown:reportName:)``): `第 3 版（县政务公开办 王审核）` beside `第 3 版（常张乡 李明）`. Only
    /// the revisions that share a number are read; an id that is not a revision's is named by its first 12 digits.
    ///
    /// - Returns: Each id's label.
    static func numbers(
        hex ids: [String], generations: [ObjectID: Int], in repository: ReportRepository
    ) async -> [String: String] {
        var sharing: [Int: Set<ObjectID>] = [:]
        for id in ids.compactMap(ObjectID.init(hex:)) {
            if let generation = generations[id] { sharing[generation, default: []].insert(id) }
        }
        var shared: [Revision] = []
        for id in sharing.values.filter({ $0.count > 1 }).flatMap({ $0 }) {
            if let revision = try? await repository.resolve(id.hex) { shared.append(revision) }
        }
        let named = numbers(shared, generations: generations)
        var labels: [String: String] = [:]
        for hex in ids { labels[hex] = ObjectID(hex: hex).map(named) ?? String(hex.prefix(12)) }
        return labels
    }

    /// A mark as the CLI prints it, with who set it and when (Beijing time; for a mark another node sent, when it
    /// arrived here), as the pages' workflow does: `已报送（常张乡党政办，2025-01-06 10:00）`,
    /// `已退回 退回意见：请核对表三（王审核，2025-01-08 17:30）`.
    static func mark(_ mark: MarkState) -> String {
        let label = Language.pick(mark.label, mark.isForced ? "\(mark.mark.rawValue) (forced)" : mark.mark.rawValue)
        let time = BeijingTime.minute(mark.receipt?.received ?? mark.moved)
        let when =
            mark.person.map { Language.pick("（\($0)，\(time)）", " (\($0), \(time))") }
            ?? Language.pick("（\(time)）", " (\(time))")
        guard let note = note(of: mark) else { return label + when }
        return "\(label) \(note)\(when)"
    }

    /// What goes with a mark (``MarkState/note``: `退回意见：…`, `强制理由：…`) in the process's language, on one line
    /// (its line breaks as ` ⏎ `, ``TerminalText/line(_:)``): the one home of how `reports`, `log` and `pull` print it;
    /// `pull` had broken a reason of two lines at the margin (user review rv117, M9).
    static func note(of mark: MarkState) -> String? {
        mark.note.map { TerminalText.line(Language.pick($0, mark.englishNote ?? $0)) }
    }

    /// A mark's name: `已报送`, `已退回`, `已公开`, or `submitted` … in English.
    static func name(of mark: Mark) -> String { Language.pick(mark.label, mark.rawValue) }

    /// A ref's name: `草稿` for the draft, a mark's name, or a second head's name as kept (`county`, `from-常张乡`).
    static func name(of ref: RefName) -> String {
        if ref == .draft { return Language.pick("草稿", "draft") }
        if ref.kind == .mark, let mark = Mark(rawValue: ref.name) { return name(of: mark) }
        return ref.name
    }

    /// A ref sync moves, named as the refs of a report are: `草稿`, `已报送`.
    static func name(of ref: SyncRef) -> String {
        switch ref {
        case .draft: name(of: RefName.draft)
        case .mark(let mark): name(of: mark)
        }
    }

    /// Rows as columns padded to the display width of their widest cell (CJK characters count two).
    static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - displayWidth(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Terminal columns a text takes: ReportDiff's `DisplayWidth.of`, the one width rule.
    static func displayWidth(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// Bytes for a person: `812 B`, `1.2 KB`, `24.1 MB`.
    static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        if count < 1024 * 1024 { return String(format: "%.1f KB", Double(count) / 1024) }
        return String(format: "%.1f MB", Double(count) / (1024 * 1024))
    }
}
