import Foundation
import ReportFixtures
import Testing

/// The county kept its own text where the township had changed the same place; the township's `pull` printed the
/// merge's message on its report's line, cut at 40 characters — just before the words that say whose change was
/// not taken, the one thing the clerk needed to read (user review ux98, finding E). The decisions are printed whole
/// on lines of their own, and the clerk is told her text is no longer in the draft.
@Suite struct PullDecisionLinesTests {
    /// The scene of these tests: the township's 第 1 版 pushed; the county sets table 3's first cell to 5, the township
    /// to 3 and pushes (a conflict at the county); the county merges keeping its own (`merge … --take ours` and
    /// `merge`'s further words). `body` gets the township while the county still serves it; the token's label is
    /// `label` (nil: the office's name, as `token create` gives it).
    static func countyKeepsItsTable(
        label: String? = "常张乡", merge: [String] = [], _ body: @escaping @Sendable (CLIWorkspace) async throws -> Void
    ) async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿"])
        try await county.serveCounty(to: township, label: label) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            try await county.runServed([
                "commit", try county.writeSample("c.txt", table3Cell: "5"), "--agency", "changzhang", "--year", "2024",
                "-m", "县改",
            ])
            try await township.runServed(["commit", townshipEdit, "--agency", "changzhang", "--year", "2024"])
            _ = try await township.runServed(["push"])
            let merged = try await county.runServed(["merge", "changzhang/2024", "--take", "ours"] + merge)
            #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
            try await body(township)
        }
    }

    @Test func aPulledMergeSaysWholeWhoseChangeWasNotTaken() async throws {
        try await Self.countyKeepsItsTable(merge: ["-m", "合并 常张乡 推送的修订，按县里核实的数字保留县里的表三，请乡里核对后再报送"]) {
            township in
            let pulled = try await township.runServed(["pull"])

            #expect(pulled.status == 0, "\(pulled.stderr)")
            let lines = pulled.stdout.split(separator: "\n").map(String.init)
            let decision = try #require(lines.first { $0.contains("：保留 ") }, "\(pulled.stdout)")
            #expect(decision.hasPrefix("    三、"), "\(decision)")
            #expect(decision.hasSuffix("：保留 县政务公开办 测试员 的，未采用 常张乡 测试员 的修改"), "\(decision)")
            // The report's line cuts only the merge's own words
            let line = try #require(lines.first { $0.contains("更新") }, "\(pulled.stdout)")
            #expect(!line.contains("：保留 "), "\(line)")
            #expect(line.contains("合并 常张乡 推送的修订，按县里核实的数字保留县里的表三"), "\(line)")
            #expect(
                lines.contains("    注意：上面有地方未采用你的修改，草稿里那里现在不是你写的文字；如仍需要，请在草稿上重新改好后提交。"),
                "\(pulled.stdout)")
            // The same words as the revision records
            let log = try await township.runServed(["log", "changzhang/2024", "-n", "1"])
            #expect(log.stdout.contains(decision.trimmingCharacters(in: .whitespaces)), "\(log.stdout)")
        }
    }

    /// A township set up as the README says — its token labelled by `token create` with the office's name, its node
    /// named 常张乡 — was never told: the county records what it pushed under the token's label
    /// (`常张乡人民政府 测试员`), which the pull did not take for this node's author (user review rv117, F8).
    @Test func theNoteShowsWhenTheCountyRecordsTheSideUnderTheTokensLabel() async throws {
        try await Self.countyKeepsItsTable(label: nil) { township in
            let pulled = try await township.runServed(["pull"])

            #expect(pulled.stdout.contains("未采用 常张乡人民政府 测试员 的修改"), "\(pulled.stdout)")
            #expect(pulled.stdout.contains("    注意：上面有地方未采用你的修改"), "\(pulled.stdout)")
        }
    }

    /// The same in English (`--lang en`): the merge's message and its decisions read in English from the history as
    /// stored — the decision that tells the clerk her change was not taken had stayed Chinese (user review ux98, J4).
    @Test func aPulledMergesDecisionsReadInEnglish() async throws {
        try await Self.countyKeepsItsTable { township in
            let pulled = try await township.runServed(["pull", "--lang", "en"])

            #expect(pulled.status == 0, "\(pulled.stderr)")
            let lines = pulled.stdout.split(separator: "\n").map(String.init)
            let decision = try #require(lines.first { $0.contains(": kept the text of ") }, "\(pulled.stdout)")
            #expect(decision.hasPrefix("    三、Table 3 · "), "\(decision)")
            #expect(
                decision.hasSuffix(": kept the text of 县政务公开办 测试员, not the change of 常张乡 测试员"), "\(decision)")
            #expect(!pulled.stdout.contains("保留") && !pulled.stdout.contains("合并"), "\(pulled.stdout)")
            #expect(pulled.stdout.contains("Merge revisions pushed by 常张乡."), "\(pulled.stdout)")
            // `log` says the message whole in English, from the history as stored
            let log = try await township.runServed(["log", "changzhang/2024", "-n", "1", "--lang", "en"])
            #expect(
                log.stdout.contains("Merge revisions pushed by 常张乡. " + decision.trimmingCharacters(in: .whitespaces)),
                "\(log.stdout)")
            let chinese = try await township.runServed(["log", "changzhang/2024", "-n", "1"])
            #expect(chinese.stdout.contains("合并 常张乡 推送的修订。三、"), "\(chinese.stdout)")
        }
    }
}
