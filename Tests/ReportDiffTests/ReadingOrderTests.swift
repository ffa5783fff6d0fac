import ReportFixtures
import Testing

@testable import ReportDiff

/// Two versions of a section that share few of their thousands of paragraphs put each paragraph only in the older
/// one after the one before it without scanning the list for each: the scan was a fifth of a commit's time over a
/// history of 4,000-paragraph versions (rv107 F7). Where nothing moved, the order is the scan's.
@Suite struct ReadingOrderTests {
    /// Items of two versions in which nothing moved: `count` positions of the older side, each kept (with the
    /// newer index it has there), removed, or followed by an added item, in a seeded order of entries.
    static func unmoved(_ count: Int, seed: UInt64) -> (olds: [Int?], news: [Int?]) {
        var random = SeededRandom(seed: seed)
        var items: [(old: Int?, new: Int?)] = []
        var new = 0
        for old in 0..<count {
            switch random.next() % 4 {
            case 0:
                items.append((old, nil))
            case 1:
                items.append((nil, new))
                new += 1
                items.append((old, new))
                new += 1
            default:
                items.append((old, new))
                new += 1
            }
        }
        // (the entries come in any order: the permutation is of their positions)
        for index in items.indices.reversed() {
            items.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        return (items.map(\.old), items.map(\.new))
    }

    @Test(arguments: 1...40)
    func whereNothingMovedTheOrderIsTheScans(seed: Int) {
        let (olds, news) = Self.unmoved(seed * 5, seed: UInt64(seed))
        var scanned = 0
        let order = ReadingOrder.permutation(old: olds, new: news, scanned: &scanned)
        let kept = news.indices.filter { news[$0] != nil }.sorted { news[$0] ?? 0 < news[$1] ?? 0 }
        let removed = news.indices.filter { news[$0] == nil }.sorted { olds[$0] ?? 0 < olds[$1] ?? 0 }
        var ignored = 0
        #expect(order == ReadingOrder.inserting(removed, into: kept, old: olds, new: news, scanned: &ignored))
    }

    @Test func twoLongVersionsSharingFewAreOrderedWithoutAScan() {
        // Given 4,000 older positions, a quarter removed, and added paragraphs among them
        let (olds, news) = Self.unmoved(4_000, seed: 7)
        var scanned = 0
        // When they are ordered, counting the items looked at to place the removed ones
        let order = ReadingOrder.permutation(old: olds, new: news, scanned: &scanned)
        // Then every item is placed, none by scanning the list (about 1,000 × 5,000 looked at before)
        #expect(order.sorted() == Array(olds.indices))
        #expect(scanned == 0)
    }

    @Test func anItemThatMovedIsStillPlacedByTheScan() {
        // Older 0, 1, 2 with 1 removed; 2 moved before 0 on the newer side
        var scanned = 0
        let order = ReadingOrder.permutation(old: [0, 1, 2], new: [1, nil, 0], scanned: &scanned)
        #expect(order == [2, 0, 1])
        #expect(scanned > 0)
    }
}
