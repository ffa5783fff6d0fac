import Foundation
import Testing

/// After the county's `agency rename`, what the township sends is named by the office's new name: the token's label,
/// defaulted from the office's old name, had kept naming it `李四（常张乡人民政府 同步送来）` beside the new name in
/// `reports`, and `token list` said `常张乡人民政府 可用于 常张镇人民政府` (user review rv117, M15).
@Suite struct RenamedOfficeTokenTests {
    @Test func theTownshipsPushesAreNamedByTheNewName() async throws {
        let (county, township) = (try CLIWorkspace(), try CLIWorkspace())
        defer {
            county.remove()
            township.remove()
        }
        let key = ["--agency", "changzhang", "--year", "2024"]
        try #require(township.run(["init", "--node", "常张乡"]).status == 0)
        // Given the township's token labelled by default with the office's name
        try await county.serveCounty(to: township, label: nil) { _ in
            // When the county renames the office (撤乡设镇) and the township sends its report
            let renamed = try await county.runServed(["agency", "rename", "changzhang", "常张镇人民政府"])
            try #require(renamed.status == 0, "\(renamed.stderr)")
            let file = try township.writeSample("v1.txt")
            #expect(try await township.runServed(["commit", file] + key + ["--author", "李四"]).status == 0)
            let pushed = try await township.runServed(["push"])
            #expect(pushed.status == 0, "\(pushed.stderr)")

            // Then the county names it by the new name, in reports and in its token list
            let reports = try await county.runServed(["reports"]).stdout
            #expect(reports.contains("李四（常张镇人民政府 同步送来）"), "\(reports)")
            #expect(!reports.contains("（常张乡人民政府 同步送来）"), "\(reports)")
            let tokens = try await county.runServed(["token", "list"]).stdout
            #expect(tokens.contains("\t常张镇人民政府\t可用于 常张镇人民政府\t"), "\(tokens)")
        }
    }

    /// `token create --lang en` names a token of several offices `A, B` (`A、B` in Chinese): after a rename of one
    /// of them the English label kept the old name while the Chinese one took the new.
    @Test(arguments: [["--lang", "en"], []])
    func aDefaultLabelOfSeveralOfficesFollowsTheRename(language: [String]) throws {
        let county = try CLIWorkspace()
        defer { county.remove() }
        try #require(county.run(["init", "--node", "县政务公开办"]).status == 0)
        try #require(county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府"]).status == 0)
        try #require(county.run(["agency", "add", "dazhuang", "--name", "大庄乡人民政府"]).status == 0)
        // Given a token of both offices, labelled by default
        let created = try county.run(
            ["token", "create", "--agency", "changzhang", "--agency", "dazhuang", "--json"] + language)
        try #require(created.status == 0, "\(created.stderr)")
        let label = try #require(try created.json()["label"] as? String)
        #expect(label.contains("常张乡人民政府") && label.contains("大庄乡人民政府"), "\(label)")
        // When the county renames one of them
        try #require(county.run(["agency", "rename", "changzhang", "常张镇人民政府"]).status == 0)
        // Then the label names it by its new name, in the language it was made in
        let listed = try county.run(["token", "list", "--json"])
        let tokens = try #require(try listed.json()["tokens"] as? [[String: Any]], "\(listed.stdout)")
        #expect(tokens.first?["label"] as? String == label.replacingOccurrences(of: "常张乡人民政府", with: "常张镇人民政府"))
    }
}
