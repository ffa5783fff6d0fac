import Foundation
import ReportFixtures
import Testing

/// The county's reviewer correcting a submitted report on the county's node was told 「县里看到的也是草稿；改好后请重新
/// 报送」 — a township's words: at the county the warning says what the change means there (user review rv117, M3).
@Suite struct CountyResubmitWordingTests {
    @Test func aCommitOnTheCountysNodeAfterASubmissionSaysWhatItMeansThere() throws {
        let county = try CLIWorkspace()
        defer { county.remove() }
        let first = try county.writeSample("v1.txt")
        let corrected = try county.writeSample("v2.txt", table3Cell: "3")
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿", "--author", "李四"])
        try county.run(["mark", "changzhang/2024", "submitted", "--author", "李四"])

        let committed = try county.run([
            "commit", corrected, "--agency", "changzhang", "--year", "2024", "--author", "王审核",
        ])

        #expect(committed.status == 0, "\(committed.stderr)")
        #expect(
            committed.stderr.contains(
                "警告：这份报告已报送的是第 1 版：这次的修改是新的草稿，报告从“已报送”变回“草稿”（报送单位同步后看到的也是草稿）；"
                    + "要公开改好的草稿，须由报送单位重新报送或由县里代为报送，否则公开时须写明理由。"),
            "\(committed.stderr)")
        #expect(!committed.stderr.contains("县里看到的也是草稿"), "\(committed.stderr)")
    }
}
