import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The report committed again in another file whose text is the draft's (saved again from Word, rv115 F11): a
/// revision that keeps the new file, and the commit's answer and the revision's message say the text is unchanged;
/// the very same bytes again make nothing.
@Suite struct SameTextNewOriginalCommandTests {
    static let fixtures = Corpus.packageRoot.appendingPathComponent("Tests/ReportParserTests/Fixtures")

    @Test func theSameTextInAnotherFileSaysOnlyTheOriginalWasKept() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let bytes = try Data(contentsOf: Self.fixtures.appendingPathComponent("qingshi-2024.cms.html"))
        let first = workspace.folder.path("青石镇2024年报.html")
        try bytes.write(to: first)
        let resaved = workspace.folder.path("青石镇2024年报-另存.html")
        try (bytes + Data("\n<!-- 另存 -->\n".utf8)).write(to: resaved)
        let arguments = ["--agency", "qingshi", "--year", "2024"]
        try #require(try workspace.run(["commit", first.path] + arguments).status == 0)

        let again = try workspace.run(["commit", resaved.path] + arguments)

        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("已提交"), "\(again.stdout)")
        #expect(again.stderr.contains("文字与第 1 版相同，只保存了新的原件（青石镇2024年报-另存.html）"), "\(again.stderr)")
        let log = try workspace.run(["log", "qingshi/2024"]).stdout
        #expect(log.contains("文字与第 1 版相同，只保存了新的原件（青石镇2024年报-另存.html）"), "\(log)")
        let english = try workspace.run(["log", "qingshi/2024", "--lang", "en"]).stdout
        #expect(
            english.contains("the text is the same as version 1's: only the new original was kept (青石镇2024年报-另存.html)"),
            "\(english)")
        // The very same bytes again, under another name: nothing new
        let copy = workspace.folder.path("副本.html")
        try (bytes + Data("\n<!-- 另存 -->\n".utf8)).write(to: copy)
        let same = try workspace.run(["commit", copy.path] + arguments)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(!same.stdout.hasPrefix("已提交"), "\(same.stdout)")
        #expect(!same.stderr.contains("文字与"), "\(same.stderr)")
    }
}
