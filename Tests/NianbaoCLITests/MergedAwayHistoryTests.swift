import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// After a followed agency merge, the township's edit kept beside the county's text was a copy without parents, so
/// `history` said the clerk had added (新增) what they had only changed (a cell, a heading), on the township and on
/// the county alike. The copy is now the child of a copy of the text the edit started from (the conflict's 底稿), a revision of
/// the same report, which travels with the push: history says what the edit changed, on both nodes.
@Suite struct MergedAwayHistoryTests {
    @Test func theEditKeptByAFollowedMergeIsAChangeInHistoryOnBothNodes() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let old = ["--agency", "changzhang", "--year", "2024"]
        let new = ["--agency", "czz", "--year", "2024"]
        let report = SampleReport.make()
        @Sendable func write(_ name: String, _ edited: Report, in workspace: CLIWorkspace) throws -> String {
            let file = workspace.folder.path(name)
            try Data(ReportText.render(edited).utf8).write(to: file)
            return file.path
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try write("v1.txt", report, in: township)] + old + ["--author", "李明"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            // The clerk corrects a cell of table 3 without syncing; the county keeps another text (another cell
            // corrected) under a new id and merges the old one into it
            let edited = SampleReport.settingTable3Cell(of: report, index: 0, to: "37")
            try await township.runServed(
                ["commit", try write("a.txt", edited, in: township)] + old + ["--author", "李明"])
            try await county.runServed(["agency", "add", "czz", "--name", "长子县常张镇人民政府", "--kind", "township"])
            let kept = try write("kept.txt", SampleReport.settingTable3Cell(of: report, index: 2, to: "4"), in: county)
            try await county.runServed(["commit", kept, "--force"] + new + ["--author", "王审核"])
            try await county.runServed(["commit", kept, "--force"] + old + ["--author", "王审核"])
            #expect(try await county.runServed(["agency", "merge", "changzhang", "czz"]).status == 0)
            // The township follows the merge, merges its edit cleanly and pushes it
            let synced = try await township.runServed(["sync"])
            #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")

            for node in [township, county] {
                let blame = try await node.runServed(["blame", "czz/2024", "--all-cells", "--json"]).json()
                let entries = try #require(blame["entries"] as? [[String: Any]])
                let cell = try #require(
                    entries.first { ($0["kind"] as? String) == "cell" && ($0["content"] as? String) == "37" }?["unit"]
                        as? String)
                let history = try await node.runServed(["history", "czz/2024", "--unit", cell, "--json"])
                #expect(history.status == 0, "\(history.stderr)")
                let changes = try #require(try history.json()["changes"] as? [[String: Any]])
                let clerk = changes.filter { ($0["revision"] as? [String: Any])?["author"] as? String == "李明" }
                // the clerk's edit: the value it changed, against the text it started from, not a cell added
                #expect(clerk.last?["kind"] as? String == "modified", "\(changes)")
                #expect(clerk.last?["new"] as? String == "37", "\(changes)")
                #expect(clerk.last?["old"] as? String != nil, "\(changes)")
                let text = try await node.runServed(["history", "czz/2024", "--unit", cell]).stdout
                #expect(text.contains("李明  ") && text.contains(" → 37"), "\(text)")
                #expect(!text.contains("新增：37"), "\(text)")
            }
            #expect(try await county.runServed(["fsck"]).status == 0)
        }
    }
}
