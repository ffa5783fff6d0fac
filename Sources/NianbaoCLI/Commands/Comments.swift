import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao comments REF [--format json]`: the comments (批注) of a report with their answers.
    struct Comments: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "comments", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "列出一份报告的批注（批注 1、批注 2……按写的先后编号，与网页上的相同）：位置、内容、谁写的、回复和是否已解决（北京时间）。",
                "List a report's comments (comment 1, comment 2 … numbered in the order written, as on the web pages):"
                    + " where, what, who wrote them, the replies and whether they are resolved (Beijing time)."))

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "报告或修订：机关编号/年度（如 changzhang/2024），或修订号的至少 4 位。",
                    "The report or revision: AGENCY/YEAR (as changzhang/2024), or ≥4 digits of an id.")))
        var ref: String

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let opened = try repository.open(.readOnly)
            let revision = try await opened.resolve(ref)
            // Each comment placed in the revision shown, followed there from the one it was written on
            let threads = try await opened.comments(of: revision.report, shownIn: revision.id)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    CommentsJSON(report: revision.report.description, comments: threads.map(CommentJSON.init)))
            case .text:
                if threads.isEmpty {
                    let name = try await opened.name(of: revision.report)
                    Output.print(Language.pick("\(name)还没有批注。", "\(name) has no comments yet."))
                }
                for thread in threads { Output.print(CommentText.render(thread)) }
            }
        }
    }

    /// `nianbao comment REF --at ANCHOR TEXT`, `--reply ID TEXT`, `--resolve ID [TEXT]`.
    struct Comment: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "comment", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "在报告的某一部分、某一段或表格的某一格写批注；或回复、解决一条批注。",
                "Write a comment on a section, a paragraph or a table cell of a report; or reply to or resolve one."),
            discussion: Language.pick(
                """
                位置写法：一格照输出（blame、history、diff）的写法，如 "三、表三 · 本年新收 · 自然人"；\
                或 section:三（一节）、section:三/paragraph:2（一段）、section:三/table:table3/cell:received:total\
                （一格），`nianbao blame REF --format json` 列出全部位置（unit）。回复或解决时写批注的序号（王审核的批注 2 就写 2；两人都有批注 2 时写 王审核的批注 2），见 `nianbao comments REF`；\
                也可以写批注编号的前几位（至少 4 位）。
                """,
                """
                Places: a cell as the outputs (blame, history, diff) print it, "三、表三 · 本年新收 · 自然人"; or \
                section:三 (a section), section:三/paragraph:2 (a paragraph), \
                section:三/table:table3/cell:received:total (a cell); `nianbao blame REF --format json` lists them all (unit). To reply to \
                or resolve a comment give its number (2 for comment 2), as `nianbao comments REF` lists them, or at \
                least 4 first digits of its id.
                """))

        @Argument(
            help: ArgumentHelp(
                Language.pick(
                    "报告或修订：机关编号/年度，或修订号的至少 4 位。批注写在这一修订上。",
                    "The report or revision: AGENCY/YEAR, or ≥4 digits of an id. The comment is on that revision.")))
        var ref: String

        @Argument(
            help: ArgumentHelp(
                Language.pick("批注、回复或解决说明的内容。", "The text of the comment, the reply or the resolution.")))
        var text: String = ""

        @Option(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "批注的位置：一格照输出的写法（\"三、表三 · 本年新收 · 自然人\"），或单元编号。",
                    "Where the comment goes: a cell's place as printed (\"三、表三 · 本年新收 · 自然人\"), or a unit id.")))
        var at: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "回复这条批注：它的序号（批注 2 写 2），或编号的前几位。",
                    "Reply to this comment: its number (2 for comment 2), or the first digits of its id.")))
        var reply: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                Language.pick(
                    "把这条批注标为已解决：它的序号（批注 2 写 2），或编号的前几位。",
                    "Mark this comment resolved: its number (2 for comment 2), or the first digits of its id.")))
        var resolve: String?

        @Option(help: OptionHelp.author.help)
        var author: String?

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func validate() throws {
            let chosen = [at, reply, resolve].compactMap { $0 }.count
            guard chosen == 1 else {
                throw ValidationError(
                    Language.pick(
                        "请在 --at 位置、--reply 序号、--resolve 序号 中选一个。",
                        "Give one of --at PLACE, --reply NUMBER and --resolve NUMBER."))
            }
        }

        func run() async throws {
            let opened = try repository.open()
            // (a person of the node named as the author writes what her role allows, rv108 F22 l)
            let principal = try await TerminalPerson.principal(author, in: opened)
            let revision = try await opened.resolve(ref)
            if let at {
                let thread = try await TerminalPerson.writing(as: principal) {
                    try await opened.addComment(on: ref, at: at, text: text, by: principal)
                }
                switch output.chosen {
                case .json: try Output.printJSON(CommentWrittenJSON(note: NoteJSON(thread.comment)))
                case .text:
                    Output.print(
                        Language.pick(
                            "已在 \(thread.place) 写\(CommentText.name(thread))。",
                            "Wrote \(CommentText.name(thread)) on \(thread.place)."))
                    // A township's own comment stays here: said when it is written, not only at the next push.
                    if let remote = try await opened.townshipRemote() {
                        Output.print(SyncMessage.commentStaysHere(remote).text)
                    }
                }
                return
            }
            let resolving = resolve != nil
            let note = try await TerminalPerson.writing(as: principal) {
                try await opened.answer(
                    comment: resolve ?? reply ?? "", in: revision.report, text: text, resolving: resolving,
                    by: principal)
            }
            switch output.chosen {
            case .json: try Output.printJSON(CommentWrittenJSON(note: NoteJSON(note)))
            case .text:
                let thread = try await opened.comments(of: revision.report).first { $0.id == note.target }
                let target = thread.map(CommentText.name) ?? ""
                Output.print(
                    resolving
                        ? Language.pick("\(target) 已标为解决。", "Resolved \(target).")
                        : Language.pick("已回复\(target)。", "Replied to \(target)."))
            }
        }
    }
}

/// The text form of a comment thread, for `comments` and `show`.
enum CommentText {
    /// `[未解决] 批注 2（3f2a91c0） 三、表三 · 本年新收 · 自然人 — 张三 2025-01-10 09:30：请核对` and its answers,
    /// indented.
    static func render(_ thread: CommentThread, indent: String = "") -> String {
        let state =
            thread.isResolved ? Language.pick("已解决", "resolved") : Language.pick("未解决", "open")
        var lines = [
            "\(indent)[\(state)] \(name(thread)) \(thread.place) — \(line(thread.comment))"
        ]
        let replied = Language.pick("回复", "reply")
        for reply in thread.replies { lines.append("\(indent)    \(replied) — \(line(reply))") }
        if let resolution = thread.resolution {
            lines.append("\(indent)    \(Language.pick("解决", "resolved")) — \(line(resolution))")
        }
        return lines.joined(separator: "\n")
    }

    /// How a person names a comment: by its writer and its number among theirs (``CommentThread/numbers(of:)``, as
    /// the pages number it), its short id beside for typing it back: `王审核的批注 2（3f2a91c0）`,
    /// `王审核's comment 2 (3f2a91c0)`.
    static func name(_ thread: CommentThread) -> String {
        let author = thread.comment.author
        return Language.pick(
            "\(author)的批注 \(thread.number)（\(thread.id.shortHex(8))）",
            "\(author)'s comment \(thread.number) (\(thread.id.shortHex(8)))")
    }

    /// `张三 2025-01-10 09:30：请核对`; for a note another node brought, who brought it and when beside the author
    /// it names: `王审核 2025-01-10 09:30（由 大庄乡 同步送来，本节点收到于 2025-01-11 08:00）：…`.
    private static func line(_ note: Note) -> String {
        let text = note.text.isEmpty ? "" : Language.pick("：", ": ") + TerminalText.line(note.text)
        let origin =
            note.via.map {
                Message.noteReceived(sender: $0, time: note.received.map { BeijingTime.minute($0) } ?? "").text
            }
            ?? ""
        return "\(note.author) \(BeijingTime.minute(note.time))\(origin)\(text)"
    }
}

/// A note in `--format json`.
struct NoteJSON: Encodable {
    let id: String
    let kind: String
    let report: String
    @NullEncodable var revision: String?
    let anchor: String
    @NullEncodable var target: String?
    @NullEncodable var verdict: String?
    let text: String
    let author: String
    let time: Date
    /// Where it came from when it arrived by sync (the token's owner or label, or the remote), or `null`.
    @NullEncodable var via: String?
    /// When this node received it by sync, or `null` for one written here.
    @NullEncodable var received: Date?

    init(_ note: Note) {
        id = note.id.hex
        kind = note.kind.rawValue
        report = note.report.description
        revision = note.revision?.hex
        anchor = note.anchor
        target = note.target?.hex
        verdict = note.verdict?.rawValue
        text = note.text
        author = note.author
        time = note.time
        via = note.via
        received = note.received
    }
}

/// A comment with its answers in `--format json`.
struct CommentJSON: Encodable {
    let id: String
    /// Its number among the report's comments (批注 2), as `--reply` and `--resolve` take it.
    let number: Int
    let anchor: String
    let place: String
    @NullEncodable var revision: String?
    let text: String
    let author: String
    let time: Date
    /// Where the comment came from when it arrived by sync, or `null`.
    @NullEncodable var via: String?
    /// When this node received it by sync, or `null`.
    @NullEncodable var received: Date?
    let resolved: Bool
    let replies: [NoteJSON]
    @NullEncodable var resolution: NoteJSON?

    init(_ thread: CommentThread) {
        id = thread.id.hex
        number = thread.number
        anchor = thread.anchor
        place = thread.place
        revision = thread.comment.revision?.hex
        text = thread.comment.text
        author = thread.comment.author
        time = thread.comment.time
        via = thread.comment.via
        received = thread.comment.received
        resolved = thread.isResolved
        replies = thread.replies.map(NoteJSON.init)
        resolution = thread.resolution.map(NoteJSON.init)
    }
}

/// `nianbao comments --format json`.
struct CommentsJSON: JSONOutput {
    let report: String
    let comments: [CommentJSON]
}

/// `nianbao comment --format json`.
struct CommentWrittenJSON: JSONOutput {
    let note: NoteJSON
}
