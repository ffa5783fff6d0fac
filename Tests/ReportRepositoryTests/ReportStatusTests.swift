import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The status rule, case by case: an open conflict wins; else the mark set last decides; `returned` stands until
/// the report is submitted again; `submitted` and `published` only while the draft is still what they mark.
@Suite struct ReportStatusTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let head = ObjectID.hashing(Array("head".utf8))
    static let older = ObjectID.hashing(Array("older".utf8))

    /// A ref named `name` on `revision`, moved at `second`.
    static func ref(_ name: RefName, _ revision: ObjectID, _ second: Int) -> Ref {
        Ref(report: key, name: name, revision: revision, moved: Date(timeIntervalSince1970: TimeInterval(second)))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let refs: [Ref]
        let conflicted: Bool
        let status: ReportStatus
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "no marks", refs: [ref(.draft, head, 1)], conflicted: false, status: .draft),
        Case(
            label: "submitted head", refs: [ref(.draft, head, 1), ref(.submitted, head, 2)], conflicted: false,
            status: .submitted),
        Case(
            label: "edited since submitted", refs: [ref(.draft, head, 3), ref(.submitted, older, 2)],
            conflicted: false, status: .draft),
        Case(
            label: "returned after submitted",
            refs: [ref(.draft, head, 1), ref(.submitted, head, 2), ref(.returned, head, 3)], conflicted: false,
            status: .returned),
        Case(
            label: "returned, then edited: still returned",
            refs: [ref(.draft, head, 4), ref(.submitted, older, 2), ref(.returned, older, 3)], conflicted: false,
            status: .returned),
        Case(
            label: "submitted again after a return",
            refs: [ref(.draft, head, 4), ref(.returned, older, 3), ref(.submitted, head, 5)], conflicted: false,
            status: .submitted),
        Case(
            label: "published head", refs: [ref(.draft, head, 1), ref(.submitted, head, 2), ref(.published, head, 3)],
            conflicted: false, status: .published),
        Case(
            label: "published in the same second as submitted",
            refs: [ref(.draft, head, 1), ref(.submitted, head, 2), ref(.published, head, 2)], conflicted: false,
            status: .published),
        Case(
            label: "edited since published",
            refs: [ref(.draft, head, 4), ref(.submitted, older, 2), ref(.published, older, 3)], conflicted: false,
            status: .draft),
        // (rr99 F8: a late township's submission of the very text the county published is no news)
        Case(
            label: "the published text submitted again later: still published",
            refs: [ref(.draft, head, 1), ref(.published, head, 3), ref(.submitted, head, 4)], conflicted: false,
            status: .published),
        Case(
            label: "returned after publication, the same text submitted again: submitted",
            refs: [ref(.draft, head, 1), ref(.published, head, 3), ref(.returned, head, 4), ref(.submitted, head, 5)],
            conflicted: false, status: .submitted),
        Case(
            label: "a conflict recorded by sync", refs: [ref(.draft, head, 1), ref(.published, head, 3)],
            conflicted: true, status: .conflict),
        Case(
            label: "a second head",
            refs: [ref(.draft, head, 1), ref(RefName(kind: .head, name: "county"), older, 2)], conflicted: false,
            status: .conflict),
    ]

    /// A draft changed after publication and changed back has the published text: still 已公开. The same holds for
    /// no other mark, and not when a later mark decides.
    @Test func aDraftWithThePublishedTextAgainIsPublished() {
        let published = [
            Self.ref(.draft, Self.head, 4), Self.ref(.submitted, Self.older, 2), Self.ref(.published, Self.older, 3),
        ]
        #expect(
            ReportStatus.of(refs: published, head: Self.head, conflicted: false, sameText: [.published]) == .published)
        #expect(ReportStatus.of(refs: published, head: Self.head, conflicted: false, sameText: []) == .draft)
        let submittedLater = [
            Self.ref(.draft, Self.head, 5), Self.ref(.published, Self.older, 3), Self.ref(.submitted, Self.older, 4),
        ]
        #expect(
            ReportStatus.of(refs: submittedLater, head: Self.head, conflicted: false, sameText: [.published]) == .draft)
        // Two lines of one text merged on their own: the county's 已公开 and the township's later 已报送 of the same text
        let late = [
            Self.ref(.draft, Self.head, 6), Self.ref(.published, Self.older, 3), Self.ref(.submitted, Self.older, 5),
        ]
        #expect(
            ReportStatus.of(refs: late, head: Self.head, conflicted: false, sameText: [.published, .submitted])
                == .published)
    }

    @Test(arguments: cases)
    func theStatusOfARepositorysRefs(_ example: Case) {
        #expect(ReportStatus.of(refs: example.refs, head: Self.head, conflicted: example.conflicted) == example.status)
    }
}
