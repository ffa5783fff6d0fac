import Foundation
import ReportFixtures
import Testing

/// A pull says which office it registered here and which it renamed (rv118 M3: the first pull, which registers the
/// township's own office, said only 已是最新; rv117 M11: after the county's `agency rename` the township's pull said
/// only 已是最新, though the new name arrived).
@Suite struct PullOfficeLinesTests {
    @Test func theFirstPullNamesThisNodesOfficeAndARenameIsSaid() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { _ in
            let sample = try county.writeSample("常张乡2024.txt")
            let committed = try await county.runServed(
                ["commit", sample, "--agency", "changzhang", "--year", "2024", "--author", "王审核"])
            try #require(committed.status == 0, "\(committed.stderr)")
            // The first pull registers the township's own office: said with the id its commits take
            let first = try await township.runServed(["pull"])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("本节点的单位：常张乡人民政府（changzhang）"), "\(first.stdout)")
            #expect(!first.stdout.contains("已是最新"))
            // Nothing new: up to date, no office line
            let again = try await township.runServed(["pull"])
            #expect(again.stdout.contains("已是最新"), "\(again.stdout)")
            #expect(!again.stdout.contains("本节点的单位"))
            // 撤乡设镇 at the county: the township's pull says the new name
            let renamed = try await county.runServed(["agency", "rename", "changzhang", "常张镇人民政府"])
            try #require(renamed.status == 0, "\(renamed.stderr)")
            let after = try await township.runServed(["pull"])
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stdout.contains("常张乡人民政府 已改名为 常张镇人民政府"), "\(after.stdout)")
            #expect(try await township.runServed(["agency", "list"]).stdout.contains("changzhang\t常张镇人民政府"))
        }
    }

    /// `pull --format json` carries what those lines say, as `agencies`: it had no word of the office registered or
    /// renamed.
    @Test func theJSONOfAPullCarriesTheOfficesRegisteredAndRenamed() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { _ in
            // The first pull registers the township's own office: in JSON, registered and its own
            let first = try await township.runServed(["pull", "--format", "json"])
            #expect(first.status == 0, "\(first.stderr)")
            let registered = try Self.agencies(of: first)["registered"] as? [[String: Any]]
            #expect(registered?.count == 1, "\(first.stdout)")
            #expect(registered?.first?["id"] as? String == "changzhang")
            #expect(registered?.first?["name"] as? String == "常张乡人民政府")
            #expect(registered?.first?["own"] as? Bool == true)
            #expect((try Self.agencies(of: first)["renamed"] as? [Any])?.isEmpty == true)
            // 撤乡设镇 at the county (a report of the office there, whose record brings the new name)
            let sample = try county.writeSample("常张乡2024.txt")
            let committed = try await county.runServed(
                ["commit", sample, "--agency", "changzhang", "--year", "2024", "--author", "王审核"])
            try #require(committed.status == 0, "\(committed.stderr)")
            let renamed = try await county.runServed(["agency", "rename", "changzhang", "常张镇人民政府"])
            try #require(renamed.status == 0, "\(renamed.stderr)")
            // The township's pull: in JSON, the rename, and nothing registered
            let after = try await township.runServed(["pull", "--format", "json"])
            #expect(after.status == 0, "\(after.stderr)")
            let changes = try Self.agencies(of: after)
            #expect((changes["registered"] as? [Any])?.isEmpty == true, "\(after.stdout)")
            let rename = try #require((changes["renamed"] as? [[String: Any]])?.first, "\(after.stdout)")
            #expect(rename["id"] as? String == "changzhang")
            #expect(rename["old"] as? String == "常张乡人民政府")
            #expect(rename["new"] as? String == "常张镇人民政府")
            #expect(rename["byMerge"] as? Bool == false)
        }
    }

    /// `pull.agencies` of a `pull --format json`.
    static func agencies(of result: NianbaoProcess.Result) throws -> [String: Any] {
        let pull = try #require(try result.json()["pull"] as? [String: Any], "\(result.stdout)")
        return try #require(pull["agencies"] as? [String: Any], "\(result.stdout)")
    }
}
