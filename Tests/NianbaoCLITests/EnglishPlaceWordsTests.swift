import Foundation
import Testing

/// With `--lang en`, every command names a place of the report with the same English words: `log` and `restore`
/// said `一、paragraph 1` while `diff` said `~ 第 1 段` and `blame` `一、第 1 段`, `三、表三 · 本年新收 · 自然人` in the same
/// session (user review rv117, M2). The report's own numbers and labels stay as written.
@Suite struct EnglishPlaceWordsTests {
    @Test func diffAndBlameSayPlacesInEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let key = ["--agency", "changzhang", "--year", "2024"]
        // Given 常张乡 2024 whose second version changes a paragraph of 一、（一） and a cell of table 3
        #expect(try workspace.run(["init", "--node", "常张乡"]).status == 0)
        #expect(try workspace.run(["commit", try workspace.writeSample("v1.txt")] + key).status == 0)
        let second = try workspace.writeSample("v2.txt", table3Cell: "7")
        let text = try String(contentsOfFile: second, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "第1项工作稳步推进", with: "第1项工作扎实推进").utf8)
            .write(to: URL(fileURLWithPath: second))
        #expect(try workspace.run(["commit", second] + key).status == 0)

        // When diff and blame speak English
        let diff = try workspace.run(["diff", "changzhang/2024#1", "changzhang/2024#2", "--lang", "en"])
        let blame = try workspace.run(["blame", "changzhang/2024", "--lang", "en"])

        // Then their places read as log's do: `paragraph 1`, `Table 3`
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("~ paragraph 1  "), "\(diff.stdout)")
        #expect(diff.stdout.contains("Table 3 ["), "\(diff.stdout)")
        #expect(blame.status == 0, "\(blame.stderr)")
        #expect(blame.stdout.contains("一、（一）paragraph 1"), "\(blame.stdout)")
        #expect(blame.stdout.contains("三、Table 3 · "), "\(blame.stdout)")
        for output in [diff.stdout, blame.stdout] {
            #expect(!output.contains("第 1 段") && !output.contains("表三"), "\(output)")
        }
        // And in Chinese as before
        let chinese = try workspace.run(["blame", "changzhang/2024"])
        #expect(chinese.stdout.contains("一、（一）第 1 段") && chinese.stdout.contains("三、表三 · "), "\(chinese.stdout)")
    }

    /// A remote's refusal is worded by this computer in the session's language, not relayed in the remote's:
    /// `The remote county refused the token: 这个令牌无效：…` (rv117 M2).
    @Test func aRemotesRefusalIsWordedInTheSessionsLanguage() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { port in
            // (`remote add` tries the token at once: its refusal is the remote's, worded here)
            let adding = ["remote", "add", "old", "http://127.0.0.1:\(port)", "--token", "nbt_mistyped"]
            let english = try await township.runServed(adding + ["--lang", "en"])
            let chinese = try await township.runServed(adding)

            #expect(english.status != 0)
            #expect(
                english.stderr.contains(
                    "The remote old refused the token: the node that issues tokens does not know it (mistyped), or it"
                        + " was revoked. Ask its office"),
                "\(english.stderr)")
            #expect(EnglishOutputTests.chineseRuns(english.stderr).isEmpty, "\(english.stderr)")
            #expect(chinese.status != 0)
            #expect(
                chinese.stderr.contains("远程节点 old 不接受这个令牌：发放令牌的节点不认识它（写错了），或它已被吊销。"),
                "\(chinese.stderr)")
        }
    }

    /// A push that meets a conflict on the county says so in an English sentence (rv117 M2: `county's draft has
    /// changes this node does not have yet and yours version 8 both changed since version 7`).
    @Test func aPushConflictReadsAsEnglish() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let key = ["--agency", "changzhang", "--year", "2024"]
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + key)
        try await county.serveCounty(to: township) { _ in
            // Given the township's 第 1 版 at the county, which changed it there after
            #expect(try await township.runServed(["push"]).status == 0)
            let corrected = try county.writeSample("c2.txt", table3Cell: "8")
            #expect(try await county.runServed(["commit", corrected] + key).status == 0)
            // When the township pushes its own change of 第 1 版
            let own = try township.writeSample("t2.txt", table3Cell: "9")
            #expect(try await township.runServed(["commit", own] + key).status == 0)
            let pushed = try await township.runServed(["push", "--lang", "en"])

            // Then the conflict is one sentence in English
            #expect(
                pushed.stdout.contains(
                    "CONFLICT  county's draft has changes this node does not have yet: it and your version 2 both"
                        + " changed since version 1; yours is kept there too"),
                "\(pushed.stdout)")
            #expect(!pushed.stdout.contains("and yours version"), "\(pushed.stdout)")
        }
    }
}
