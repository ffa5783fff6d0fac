import ReportModel

/// What a section is known by when sections are aligned: its number, its title and, when needed, its text.
struct SectionFacts {
    let section: Section
    let shift: YearShift?
    let number: SectionNumber?
    let title: String
    let titleKey: String
    let topLevel: Bool

    init(_ section: Section, heading: Heading? = nil, topLevel: Bool, shift: YearShift?) {
        let heading = heading ?? Heading(section.heading)
        self.section = section
        self.shift = shift
        self.topLevel = topLevel
        number = heading.number
        title = heading.title
        titleKey = TextKey.make(heading.title, shift: shift)
    }

    /// The template section (1 to 6) a top-level section's title names, looked up when titles alone do not match.
    var slot: Int? { topLevel ? TemplateCatalog.standard.sectionSlot(forTitle: title) : nil }

    /// The title's bigrams, for titles that are not equal.
    var titleProfile: BigramProfile { BigramProfile(titleKey) }

    /// The comparison form of all the section's text, subsections included; computed only when the heading alone
    /// does not decide.
    ///
    /// - Complexity: O(n) in the section's text.
    func makeContentKey() -> String {
        section.allParagraphs.map { TextKey.make($0.text, shift: shift) }.joined()
    }

    /// Whether two numbers are the same value at the same kind of level (`（一）` and `(一)`; `1.` and `1、`).
    func sameNumber(as other: SectionFacts) -> Bool {
        guard let number, let otherNumber = other.number else { return false }
        return number.value == otherNumber.value && number.style.usualLevel == otherNumber.style.usualLevel
    }
}

/// A matched or unmatched section position: both sides when the section is in both reports.
struct SectionPairing: Sendable, Hashable {
    /// The index among the older siblings.
    var old: Int?
    /// The index among the newer siblings.
    var new: Int?
    /// Whether the pair is out of order relative to the other pairs.
    var isMoved: Bool
}

/// Aligns two lists of sibling sections by number and title, tolerant of renumbering, small title edits and a
/// changed numbering style.
///
/// Passes, each on what the earlier ones left: equal titles; the same template section (top level, by title
/// variant: `存在的主要问题及改进情况` typed without `五、` is still section 五); titles at least 60% alike; the same
/// number with text or title somewhat alike; text at least 60% alike whatever the heading.
enum SectionAligner {
    /// Pass 3: the least title likeness for two sections to be one section retitled. Titles are short (4–20
    /// characters), so one or two words changed (`政府信息公开工作情况` → `政府信息公开工作开展情况`) stay above it,
    /// while two different template titles, which share words like `政府信息公开`, stay below.
    static let alikeTitle = 0.6
    /// Pass 3: what sharing a number adds to the title likeness, so that of two equally alike titles the one
    /// under the same number wins. Small enough never to lift a pair past one whose titles are more alike.
    static let sameNumberBonus = 0.01
    /// Pass 4 (same number): the least title likeness that, with the number, makes one section. The number
    /// vouches for the place, so a title that keeps about a third of its bigrams is enough.
    static let sameNumberTitle = 0.3
    /// Pass 4 (same number): the least text likeness that, with the number, makes one section, however its
    /// title changed: a section rewritten for a new year keeps well over 40% of its text.
    static let sameNumberText = 0.4
    /// Pass 5: the least text likeness for two sections to be one section, whatever their headings (renumbered
    /// and retitled): with neither number nor title to vouch, most of the text must be the same.
    static let alikeText = 0.6
    /// Pass 5: the fewest characters of text an older section needs for pass 5 to consider it: the likeness of a
    /// near-empty section (`无。`) says nothing.
    static let alikeTextMinimumLength = 10

    /// Aligns sibling sections.
    ///
    /// - Returns: The pairings in reading order.
    /// - Complexity: O(n · m · l) for n and m siblings with headings and text of length l.
    static func align(
        old: [Section], new: [Section], topLevel: Bool, shift: YearShift?, oldHeadings: [Heading]? = nil,
        newHeadings: [Heading]? = nil
    ) -> [SectionPairing] {
        let oldFacts = old.indices.map {
            SectionFacts(old[$0], heading: oldHeadings?[$0], topLevel: topLevel, shift: shift)
        }
        let newFacts = new.indices.map {
            SectionFacts(new[$0], heading: newHeadings?[$0], topLevel: topLevel, shift: nil)
        }
        var oldFree = Set(old.indices)
        var newFree = Set(new.indices)
        var pairs: [(old: Int, new: Int)] = []
        func take(_ oldIndex: Int, _ newIndex: Int) {
            pairs.append((oldIndex, newIndex))
            oldFree.remove(oldIndex)
            newFree.remove(newIndex)
        }
        // 1. Equal titles, in order: each newer section with the first free older one of its title.
        var byTitle = FirstFree(old.indices.filter { !oldFacts[$0].titleKey.isEmpty }) { oldFacts[$0].titleKey }
        for newIndex in new.indices where !newFacts[newIndex].titleKey.isEmpty {
            if let oldIndex = byTitle.take(newFacts[newIndex].titleKey) { take(oldIndex, newIndex) }
        }
        // 2. The same template section.
        if topLevel, !oldFree.isEmpty, !newFree.isEmpty {
            var bySlot = FirstFree(oldFree.sorted().filter { oldFacts[$0].slot != nil }) { oldFacts[$0].slot ?? 0 }
            for newIndex in new.indices where newFree.contains(newIndex) {
                guard let slot = newFacts[newIndex].slot else { continue }
                if let oldIndex = bySlot.take(slot) { take(oldIndex, newIndex) }
            }
        }
        var oldKeys: [Int: String] = [:]
        var newKeys: [Int: String] = [:]
        func oldKey(_ o: Int) -> String {
            if let key = oldKeys[o] { return key }
            let key = oldFacts[o].makeContentKey()
            oldKeys[o] = key
            return key
        }
        func newKey(_ n: Int) -> String {
            if let key = newKeys[n] { return key }
            let key = newFacts[n].makeContentKey()
            newKeys[n] = key
            return key
        }
        var oldProfiles: [Int: BigramProfile] = [:]
        var newProfiles: [Int: BigramProfile] = [:]
        func contentSimilarity(_ o: Int, _ n: Int) -> Double {
            let (oldKey, newKey) = (oldKey(o), newKey(n))
            guard !oldKey.isEmpty || !newKey.isEmpty else { return 0 }
            if oldKey == newKey { return 1 }
            let oldProfile = oldProfiles[o] ?? BigramProfile(oldKey)
            let newProfile = newProfiles[n] ?? BigramProfile(newKey)
            oldProfiles[o] = oldProfile
            newProfiles[n] = newProfile
            return oldProfile.similarity(to: newProfile)
        }
        // 3. Alike titles; 4. the same number with something else alike; 5. alike text.
        let oldTitles = Dictionary(uniqueKeysWithValues: oldFree.map { ($0, oldFacts[$0].titleProfile) })
        let newTitles = Dictionary(uniqueKeysWithValues: newFree.map { ($0, newFacts[$0].titleProfile) })
        func titleSimilarity(_ o: Int, _ n: Int) -> Double {
            guard let oldTitle = oldTitles[o], let newTitle = newTitles[n] else { return 0 }
            return oldTitle.similarity(to: newTitle)
        }
        func greedy(_ score: (Int, Int) -> Double?) {
            guard !oldFree.isEmpty, !newFree.isEmpty else { return }
            for pair in GreedyPairing.pairs(old: oldFree.sorted(), new: newFree.sorted(), score: score) {
                take(pair.old, pair.new)
            }
        }
        greedy { o, n in
            let score = titleSimilarity(o, n)
            guard score >= alikeTitle else { return nil }
            return score + (oldFacts[o].sameNumber(as: newFacts[n]) ? sameNumberBonus : 0)
        }
        greedy { o, n in
            guard oldFacts[o].sameNumber(as: newFacts[n]) else { return nil }
            let title = titleSimilarity(o, n)
            let text = contentSimilarity(o, n)
            let bothEmpty = oldKey(o).isEmpty && newKey(n).isEmpty
            guard title >= sameNumberTitle || text >= sameNumberText || bothEmpty else { return nil }
            return title + text
        }
        greedy { o, n in
            guard oldKey(o).unicodeScalars.count >= alikeTextMinimumLength else { return nil }
            let text = contentSimilarity(o, n)
            return text >= alikeText ? text : nil
        }

        let moved = OrderCheck.movedPairs(pairs)
        var pairings = pairs.enumerated().map { index, pair in
            SectionPairing(old: pair.old, new: pair.new, isMoved: moved.contains(index))
        }
        pairings += oldFree.map { SectionPairing(old: $0, new: nil, isMoved: false) }
        pairings += newFree.map { SectionPairing(old: nil, new: $0, isMoved: false) }
        return ReadingOrder.arrange(pairings, old: \.old, new: \.new)
    }
}

/// The free older positions by a key, each key's in order: the first free one of a key is taken in constant time,
/// where looking along the whole list for it made a pass quadratic in the number of sections.
private struct FirstFree<Key: Hashable> {
    private var queues: [Key: ArraySlice<Int>] = [:]

    /// Keeps the positions, in the order given, under their keys.
    init(_ positions: [Int], key: (Int) -> Key) {
        for position in positions { queues[key(position), default: []].append(position) }
    }

    /// Takes the first position still kept under a key, if any.
    mutating func take(_ key: Key) -> Int? {
        queues[key]?.popFirst()
    }
}
