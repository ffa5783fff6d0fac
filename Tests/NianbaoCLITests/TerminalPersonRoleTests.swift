import Foundation
import Testing

/// A person of the node named as the author at the terminal writes only what her role allows (PersonRules), as on
/// the pages: `nianbao comment … --author 赵主任`, a viewer, wrote 赵主任的批注 1 (rv108 F22 l) where the README says
/// a viewer writes nothing. A name that is no person's acts as the node's administrator, as before.
@Suite struct TerminalPersonRoleTests {
    @Test func aViewerNamedAtTheTerminalWritesNoCommentAndAReviewerDoes() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        for (name, role) in [("赵主任", "viewer"), ("王审核", "reviewer")] {
            let added = try UserCommandTests.run(
                ["user", "add", name, "--role", role, "--password-stdin"], input: "pw-\(role)-2024", in: workspace)
            #expect(added.status == 0, "\(added.stderr)")
        }
        // A viewer's comment is refused, naming her and her role; nothing is written
        let refused = try workspace.run(
            ["comment", "changzhang/2024", "--at", "section:一", "请补充", "--author", "赵主任"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("“赵主任”是本节点的用户（只读查看），不能写批注"), "\(refused.stderr)")
        #expect(try workspace.run(["comments", "changzhang/2024"]).stdout.contains("还没有批注"))
        // Her decision on a finding is refused too
        let decided = try workspace.run(
            ["decide", "changzhang/2024", "t3-identity-0000000000", "confirmed", "--author", "赵主任"])
        #expect(decided.status != 0)
        #expect(decided.stderr.contains("“赵主任”是本节点的用户（只读查看），不能处理检查发现的问题"), "\(decided.stderr)")
        // The reviewer comments, and a name that is no person's (the terminal's author) still does
        let reviewer = try workspace.run(
            ["comment", "changzhang/2024", "--at", "section:一", "请补充", "--author", "王审核"])
        #expect(reviewer.status == 0, "\(reviewer.stderr)")
        #expect(reviewer.stdout.contains("王审核的批注 1"), "\(reviewer.stdout)")
        let terminal = try workspace.run(["comment", "changzhang/2024", "--at", "section:二", "请核对"])
        #expect(terminal.status == 0, "\(terminal.stderr)")
    }

    /// `mark` too: a viewer named at the terminal had returned a report under her name (review rv113 F8).
    @Test func aViewerNamedAtTheTerminalSetsNoMark() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let added = try UserCommandTests.run(
            ["user", "add", "赵主任", "--role", "viewer", "--password-stdin"], input: "pw-viewer-2024", in: workspace)
        #expect(added.status == 0, "\(added.stderr)")
        let refused = try workspace.run(
            ["mark", "changzhang/2024", "returned", "--comment", "请改表三", "--author", "赵主任"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("“赵主任”是本节点的用户（只读查看），不能"), "\(refused.stderr)")
        #expect(!(try workspace.run(["reports"]).stdout.contains("已退回")))
        // The terminal's own author still marks
        let marked = try workspace.run(["mark", "changzhang/2024", "returned", "--comment", "请改表三"])
        #expect(marked.status == 0, "\(marked.stderr)")
    }
}
