import Foundation
import Testing

/// After the county merges a township's edit of a cell with its own, `history` and `blame` list two revisions of the
/// same number (第 2 版, one made on each side). They were told apart by a hash (`第 2 版（修订 9f07e21820a7）`); now, as
/// everywhere else, by office and person.
@Suite struct HistorySameNumberTests {
    @Test func historyAndBlameTellTwoSameNumberedRevisionsApartByWhoMadeThem() async throws {
        try await TwoComputersScene.play(node: "常张乡") { scene in
            let county = scene.county
            _ = try await county.runServed(["merge", "changzhang/2024", "--take", "ours"])
            let units = try await county.runServed(["blame", "changzhang/2024", "--all-cells", "--json"]).json()
            let entries = try #require(units["entries"] as? [[String: Any]])
            let cell = try #require(
                entries.first { ($0["kind"] as? String) == "cell" && ($0["content"] as? String) == "4" }?["unit"]
                    as? String)
            let history = try await county.runServed(["history", "changzhang/2024", "--unit", cell]).stdout
            let lines = history.split(separator: "\n").filter { $0.hasPrefix("第 2 版") }
            #expect(lines.count == 2, "\(history)")
            #expect(lines.allSatisfy { !$0.contains("修订 ") && $0.contains("第 2 版（") }, "\(history)")
            #expect(lines.contains { $0.contains("常张乡") }, "\(history)")
            // A section's history is headed by its number and title, not by its number alone (`一、（2 次改动）`)
            let section = try await county.runServed(["history", "changzhang/2024", "--section", "一"]).stdout
            #expect(section.hasPrefix("一、总体情况（"), "\(section)")
        }
    }
}
