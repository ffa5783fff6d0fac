import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// How revisions shown together are told apart (``RevisionNames``): by office and person, then by the minute, and —
/// two computers of one office, one person, one minute — by the first digits of their ids, so that no two different
/// revisions ever read the same.
@Suite struct RevisionNamesTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let time = Date(timeIntervalSince1970: 1_736_300_000)

    static func revision(_ message: String, node: String, author: String, seconds: Double) -> Revision {
        Revision(
            RevisionContent(
                report: key, root: ObjectID.hashing(Array(message.utf8)), parents: [], author: author, node: node,
                time: time.addingTimeInterval(seconds), message: message))
    }

    @Test func revisionsOfOneNumberAreNeverNamedAlike() {
        let county = Self.revision("c", node: "县政务公开办", author: "王审核", seconds: 0)
        let first = Self.revision("a", node: "常张乡", author: "李明", seconds: 0)
        let second = Self.revision("b", node: "常张乡", author: "李明", seconds: 20)
        let later = Self.revision("d", node: "常张乡", author: "李明", seconds: 600)
        let all = [county, first, second, later]
        let words = RevisionNames.distinctions(
            all, generations: Dictionary(uniqueKeysWithValues: all.map { ($0.id, 2) }))
        #expect(words[county.id] == "县政务公开办 王审核")
        #expect(words[later.id] == "常张乡 李明，2025-01-08 09:43")
        #expect(words[first.id]?.hasPrefix("常张乡 李明，2025-01-08 09:33，修订 ") == true, "\(words)")
        #expect(words[second.id]?.hasPrefix("常张乡 李明，2025-01-08 09:33，修订 ") == true)
        #expect(Set(all.compactMap { words[$0.id] }).count == 4)
    }

    @Test func inEnglishTheWordsBetweenAreEnglish() {
        let first = Self.revision("a", node: "常张乡", author: "李明", seconds: 0)
        let second = Self.revision("b", node: "常张乡", author: "李明", seconds: 20)
        let later = Self.revision("d", node: "常张乡", author: "李明", seconds: 600)
        let all = [first, second, later]
        let words = RevisionNames.distinctions(
            all, generations: Dictionary(uniqueKeysWithValues: all.map { ($0.id, 2) }), language: .english)
        #expect(words[later.id] == "常张乡 李明, 2025-01-08 09:43")
        #expect(words[first.id] == "常张乡 李明, 2025-01-08 09:33, revision \(first.id.shortHex(8))", "\(words)")
        #expect(words[second.id] == "常张乡 李明, 2025-01-08 09:33, revision \(second.id.shortHex(8))")
    }
}
