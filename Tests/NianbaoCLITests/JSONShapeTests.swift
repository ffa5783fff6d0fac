import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import SyncServer
import Testing

/// Every documented JSON shape of the CLI, produced by a day of work between a county and a township node and
/// checked against its golden example in `Fixtures/`: every key present, nulls included, and `version` in each.
@Suite struct JSONShapeTests {
    static let logger: Logger = {
        var logger = Logger(label: "nianbao.test.cli")
        logger.logLevel = .critical
        return logger
    }()

    @Test func everyShapeHasEveryKeyNullsIncluded() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        var checked = Set<String>()
        // Files: a real report without a title line, and 常张乡's report with two edits of one cell
        let untitled = Corpus.packageRoot.appendingPathComponent("Scripts/samples/001_7458bd74f5b9c7f3.txt").path
        let first = try township.writeSample("changzhang.txt")
        let second = try township.writeSample("v2.txt", table3Cell: "2")
        let countyEdit = try county.writeSample("c.txt", table3Cell: "4")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")

        // The file commands
        let parse = try JSONShape.expect(
            try township.runOnFiles(["parse", untitled, "--format", "json"]), is: "parse", checked: &checked)
        #expect(parse["title"] is NSNull)
        try JSONShape.expect(try township.runOnFiles(["check", untitled, "--json"]), is: "check", checked: &checked)
        try JSONShape.expect(
            try township.run(["merge3", first, townshipEdit, countyEdit, "--json"]), is: "merge3", status: 1,
            checked: &checked)
        // The repository commands, on the township's node
        try JSONShape.expect(
            try township.run(["init", "--node", "changzhang", "--json"]), is: "init", checked: &checked)
        try JSONShape.expect(
            try township.run(["config", "author", "常张乡党政办", "--json"]), is: "config", checked: &checked)
        let committed = try JSONShape.expect(
            try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "--json"]), is: "commit",
            checked: &checked)
        #expect((committed["revision"] as? [String: Any])?["generation"] as? Int == 1)
        try township.run(["commit", second, "--agency", "changzhang", "--year", "2024"])
        try JSONShape.expect(
            try township.run(["mark", "changzhang/2024", "submitted", "--json"]), is: "mark", checked: &checked)
        let log = try JSONShape.expect(
            try township.run(["log", "changzhang/2024", "--json"]), is: "log", checked: &checked)
        #expect((log["revisions"] as? [[String: Any]])?.map { $0["generation"] as? Int } == [2, 1])
        try JSONShape.expect(
            try township.run(["comment", "changzhang/2024", "--at", "section:一", "请核对", "--json"]), is: "comment",
            checked: &checked)
        try JSONShape.expect(
            try township.run(["comments", "changzhang/2024", "--json"]), is: "comments", checked: &checked)
        try JSONShape.expect(try township.run(["show", "changzhang/2024", "--json"]), is: "show", checked: &checked)
        try JSONShape.expect(
            try township.run(["export", "changzhang/2024", "--json"]), is: "export", checked: &checked)
        let reports = try JSONShape.expect(try township.run(["reports", "--json"]), is: "reports", checked: &checked)
        let head = (reports["reports"] as? [[String: Any]])?.first?["head"] as? [String: Any]
        #expect(head?["generation"] as? Int == 2)
        try JSONShape.expect(try township.run(["fsck", "--json"]), is: "fsck", checked: &checked)
        try JSONShape.expect(
            try township.run(["backup", township.folder.path("备份.sqlite").path, "--json"]), is: "backup",
            checked: &checked)
        let history = try JSONShape.expect(
            try township.run(["history", "changzhang/2024", "--cell", "3", "received", "natural-person", "--json"]),
            is: "history", checked: &checked)
        #expect((history["changes"] as? [[String: Any]])?.first?["old"] is NSNull)
        let changedBy = (history["changes"] as? [[String: Any]])?.map {
            ($0["revision"] as? [String: Any])?["generation"]
        }
        #expect(changedBy?.map { $0 as? Int } == [1, 2])
        let blame = try JSONShape.expect(
            try township.run(["blame", "changzhang/2024", "--json"]), is: "blame", checked: &checked)
        #expect(blame["entries"] is [Any])
        let blamed = (blame["entries"] as? [[String: Any]])?.compactMap {
            ($0["revision"] as? [String: Any])?["generation"] as? Int
        }
        #expect(Set(blamed ?? []) == [1, 2])
        // The text names the revisions by number, not by id
        let firstID = try #require((committed["revision"] as? [String: Any])?["id"] as? String)
        let blameText = try township.run(["blame", "changzhang/2024"]).stdout
        #expect(blameText.contains("第 1 版  ") && !blameText.contains(firstID.prefix(10)), "\(blameText)")
        // The county's node: an import, tokens, and its server
        try county.run(["init", "--node", "county"])
        try county.run(["config", "author", "县政务公开办"])
        let (folder, _) = try county.writeReports("reports", count: 2)
        try JSONShape.expect(try county.run(["import", folder.path, "--json"]), is: "import", checked: &checked)
        // Each report the import committed is in the audit log, under the author, with its file
        let audit = try county.run(["audit"]).stdout
        #expect(audit.components(separatedBy: "\t导入报告\t").count == 3, "\(audit)")
        #expect(audit.contains("命令行导入 report-0.txt"), "\(audit)")
        try county.run(["agency", "add", "zhangzi", "--name", "长子县人民政府", "--kind", "government"])
        try county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        try JSONShape.expect(try county.run(["agency", "list", "--json"]), is: "agencies", checked: &checked)
        let token = try JSONShape.expect(
            try county.run(["token", "create", "--agency", "changzhang", "--label", "常张乡", "--json"]), is: "token",
            checked: &checked)
        try JSONShape.expect(try county.run(["token", "list", "--json"]), is: "tokens", checked: &checked)
        let secret = try #require(token["token"] as? String)
        let node = try ReportRepository.open(at: county.repository, logger: Self.logger)
        let app = buildNodeApplication(repository: node, configuration: .init(port: 0, logger: Self.logger))
        let served = try await app.test(.live) { client -> Set<String> in
            var checked = Set<String>()
            let port = try #require(client.port)
            try await township.runServed(["remote", "add", "county", "http://127.0.0.1:\(port)", "--token", secret])
            try JSONShape.expect(
                try await township.runServed(["remote", "list", "--json"]), is: "remotes", checked: &checked)
            // Push, then both change the same cell: a sync opens a conflict, the merge lists it, then takes ours
            try JSONShape.expect(try await township.runServed(["push", "--json"]), is: "sync", checked: &checked)
            // The county's `show` says who pushed it and when it arrived, beside what the revision says
            let shown = try await county.runServed(["show", "changzhang/2024"]).stdout
            #expect(shown.contains("收到：由 常张乡 同步送来，本节点收到于 "), "\(shown)")
            let logged = try await county.runServed(["log", "changzhang/2024"]).stdout
            #expect(logged.components(separatedBy: "收到：由 常张乡 同步送来").count - 1 == 2, "\(logged)")
            try await county.runServed(["commit", countyEdit, "--agency", "changzhang", "--year", "2024"])
            try await township.runServed(["commit", townshipEdit, "--agency", "changzhang", "--year", "2024"])
            try JSONShape.expect(
                try await township.runServed(["sync", "--json"]), is: "sync", status: 3, checked: &checked)
            try JSONShape.expect(
                try await township.runServed(["conflicts", "--json"]), is: "conflicts", status: 3, checked: &checked)
            try JSONShape.expect(
                try await township.runServed(["merge", "changzhang/2024", "--json"]), is: "merge", status: 3,
                checked: &checked)
            let merged = try JSONShape.expect(
                try await township.runServed(["merge", "changzhang/2024", "--take", "ours", "--json"]), is: "merge",
                checked: &checked)
            // Both lines were at 第 3 版 (the county's edit and the township's, each on 第 2 版): the merge is 第 4 版
            #expect((merged["revision"] as? [String: Any])?["generation"] as? Int == 4)
            try JSONShape.expect(try await township.runServed(["pull", "--json"]), is: "sync", checked: &checked)
            return checked
        }
        checked.formUnion(served)
        // And every golden example was checked against a real output
        #expect(checked == (try JSONShape.fixtureNames()))
    }
}
