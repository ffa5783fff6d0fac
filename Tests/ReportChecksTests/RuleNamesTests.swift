import Foundation
import ReportChecks
import ReportFixtures
import Testing

/// People read a check by its name, never its code: every rule a source file of the checks names has one.
@Suite struct RuleNamesTests {
    @Test func everyRuleTheChecksReportHasAChineseName() throws {
        let folder = Corpus.packageRoot.appendingPathComponent("Sources/ReportChecks")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
        let pattern = try Regex(#"rule: "([a-z0-9-]+)""#)
        var rules = Set<String>()
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let code = match.output[1].substring { rules.insert(String(code)) }
            }
        }
        #expect(rules.count >= 30)
        for rule in rules.sorted() {
            let name = RuleNames.name(of: rule)
            #expect(name != rule, "\(rule) has no name")
            #expect(name.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(rule): \(name)")
        }
    }
}
