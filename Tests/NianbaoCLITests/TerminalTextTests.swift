import Foundation
import Testing

/// A township's token pushed a mark comment holding a line break and a forged, tab-separated audit line, a
/// clear-screen escape and a right-to-left override; the county's `reports`, `log` and `show` printed it raw: a fake
/// "已公开" line, and escape codes sent to the operator's terminal (review rr95, finding 7). What people wrote is now
/// printed with each control or format character written out and, on one line, each line break shown as ⏎.
@Suite struct TerminalTextTests {
    static let forged = "请审核。\n2026-12-06 15:41\t管理员\t设置标记\tdazhuang/2024\t已公开（管理员）\u{1B}[2J\u{202E}"

    @Test func aCommentFromElsewhereCannotForgeALineOrSteerTheTerminal() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.run(["init", "--node", "县政务公开办"])
        try workspace.run(
            ["commit", try workspace.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"]
                + ["--author", "李明", "-m", "初稿\n2026-12-06 15:41\t管理员\u{1B}[31m"])
        try workspace.run(
            ["mark", "changzhang/2024", "submitted", "--comment", Self.forged, "--author", "常张乡"])
        for command in [["reports"], ["log", "changzhang/2024"], ["show", "changzhang/2024"]] {
            let printed = try workspace.run(command).stdout
            #expect(!printed.contains("\u{1B}") && !printed.contains("\u{202E}"), "\(command): \(printed)")
            #expect(printed.contains("<U+001B>"), "\(command): \(printed)")
            let lines = printed.split(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("2026-12-06 15:41") }, "\(command): \(printed)")
        }
        #expect(try workspace.run(["reports"]).stdout.contains("请审核。 ⏎ 2026-12-06 15:41<U+0009>管理员"))
        // The JSON keeps what was written, for programs
        #expect(try workspace.run(["reports", "--format", "json"]).stdout.contains("\\u001b[2J"))
    }
}
