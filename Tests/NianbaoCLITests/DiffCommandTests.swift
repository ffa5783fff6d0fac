import ArgumentParser
import ReportDiff
import Testing

@testable import NianbaoCLI

/// `nianbao diff` and `nianbao merge3` parse their arguments as documented.
@Suite struct DiffCommandTests {
    @Test func diffTakesTwoReportsAFormatAndTheYearMode() throws {
        let command = try #require(
            try Nianbao.parseAsRoot(["diff", "a.txt", "b.txt", "--format", "html", "--no-years"]) as? Nianbao.Diff)
        #expect(command.old == "a.txt" && command.new == "b.txt")
        #expect(command.format == .html)
        #expect(command.years == false)
        let defaults = try #require(try Nianbao.parseAsRoot(["diff", "a.txt", "b.txt"]) as? Nianbao.Diff)
        #expect(defaults.format == .text && defaults.years == nil && !defaults.json)
        let forced = try #require(
            try Nianbao.parseAsRoot(["diff", "a.txt", "b.txt", "--years", "--json"]) as? Nianbao.Diff)
        #expect(forced.years == true && forced.json)
    }

    @Test func merge3TakesASideForUnits() throws {
        let command = try #require(
            try Nianbao.parseAsRoot([
                "merge3", "base.txt", "ours.txt", "theirs.txt", "--take", "theirs", "--unit",
                "section:三/table:table3/cell:received:total", "--unit", "title",
            ]) as? Nianbao.Merge3)
        #expect(command.take.map { "\($0)" } == "theirs")
        #expect(command.unit.map(\.description) == ["section:三/table:table3/cell:received:total", "title"])
    }

    @Test func merge3RefusesAUnitWithoutASideAndAMalformedUnit() {
        #expect(throws: (any Error).self) {
            try Nianbao.parseAsRoot(["merge3", "b", "o", "t", "--unit", "title"])
        }
        #expect(throws: (any Error).self) {
            try Nianbao.parseAsRoot(["merge3", "b", "o", "t", "--take", "ours", "--unit", "cell:x"])
        }
    }
}
