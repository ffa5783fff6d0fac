import Foundation
import Testing

/// After a followed agency merge, `log` of the merged report listed two `第 1 版` side by side (rr90 F7): the county's
/// first version, and the copy without parents of the text the township's edit started from (the edit is its child,
/// 第 2 版). Both are 1 by the rule of numbers — a revision without parents is 第 1 版, on every node alike — so `log`
/// now tells them apart as every other list does (``RevisionNames``): by office and person.
@Suite struct MergedAwayLogTests {
    @Test func theLogTellsApartTheTwoFirstVersionsOfAFollowedMerge() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try await county.serveCountyMergingAfterATownshipEdit(township) { _ in
            // Given the clerk's edit under the old id, the county's other text under a new id, and the merge followed
            try await township.runServed(["sync"])  // (3: the edit is kept beside the county's text, a conflict)
            #expect(try await township.runServed(["merge", "czz/2024", "--take", "theirs"]).status == 0)

            // When the township lists the merged report's history
            let log = try await township.runServed(["log", "czz/2024"]).stdout
            let heads = log.split(separator: "\n").filter { $0.hasPrefix("第 ") }
            // Then no two of its versions read alike: the two 第 1 版 say whose each is
            let numbers = heads.map { $0.components(separatedBy: "  ")[0] }
            #expect(Set(numbers).count == numbers.count, "\(log)")
            #expect(heads.filter { $0.hasPrefix("第 1 版  ") }.isEmpty, "\(log)")
            // (the county's, pulled: said as sent from there)
            #expect(heads.contains { $0.hasPrefix("第 1 版（县政务公开办 王审核）  王审核（县政务公开办 同步送来）  修订 ") }, "\(log)")
            #expect(heads.contains { $0.hasPrefix("第 1 版（常张乡 李明）  李明  修订 ") }, "\(log)")
            #expect(heads.contains { $0.hasPrefix("第 2 版  李明  修订 ") }, "\(log)")
        }
    }
}
