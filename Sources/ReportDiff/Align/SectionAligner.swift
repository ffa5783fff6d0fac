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
        // 1. Equal titles, in order.
        for newIndex in new.indices where !newFacts[newIndex].titleKey.isEmpty {
            if let oldIndex = old.indices.first(where: {
                oldFree.contains($0) && oldFacts[$0].titleKey == newFacts[newIndex].titleKey
            }) {
                take(oldIndex, newIndex)
            }
        }
        // 2. The same template section.
        if topLevel, !oldFree.isEmpty, !newFree.isEmpty {
            let oldSlots = Dictionary(uniqueKeysWithValues: oldFree.map { ($0, oldFacts[$0].slot) })
            for newIndex in new.indices.sorted() where newFree.contains(newIndex) {
                guard let slot = newFacts[newIndex].slot else { continue }
                if let oldIndex = old.indices.first(where: { oldFree.contains($0) && oldSlots[$0] == slot }) {
                    take(oldIndex, newIndex)
                }
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
        greedy(oldFree: oldFree, newFree: newFree, take: take) { o, n in
            let score = titleSimilarity(o, n)
            guard score >= 0.6 else { return nil }
            return score + (oldFacts[o].sameNumber(as: newFacts[n]) ? 0.01 : 0)
        }
        greedy(oldFree: oldFree, newFree: newFree, take: take) { o, n in
            guard oldFacts[o].sameNumber(as: newFacts[n]) else { return nil }
            let title = titleSimilarity(o, n)
            let text = contentSimilarity(o, n)
            let bothEmpty = oldKey(o).isEmpty && newKey(n).isEmpty
            guard title >= 0.3 || text >= 0.4 || bothEmpty else { return nil }
            return title + text
        }
        greedy(oldFree: oldFree, newFree: newFree, take: take) { o, n in
            guard oldKey(o).unicodeScalars.count >= 10 else { return nil }
            let text = contentSimilarity(o, n)
            return text >= 0.6 ? text : nil
        }

        let moved = OrderCheck.movedPairs(pairs)
        var pairings = pairs.enumerated().map { index, pair in
            SectionPairing(old: pair.old, new: pair.new, isMoved: moved.contains(index))
        }
        pairings += oldFree.map { SectionPairing(old: $0, new: nil, isMoved: false) }
        pairings += newFree.map { SectionPairing(old: nil, new: $0, isMoved: false) }
        return ReadingOrder.arrange(pairings, old: \.old, new: \.new)
    }

    /// Takes the best-scoring free pairs first, while any pair scores.
    private static func greedy(
        oldFree: Set<Int>, newFree: Set<Int>, take: (Int, Int) -> Void, score: (Int, Int) -> Double?
    ) {
        guard !oldFree.isEmpty, !newFree.isEmpty else { return }
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for o in oldFree {
            for n in newFree {
                if let value = score(o, n) { candidates.append((value, o, n)) }
            }
        }
        candidates.sort {
            $0.score != $1.score
                ? $0.score > $1.score
                : abs($0.old - $0.new) != abs($1.old - $1.new)
                    ? abs($0.old - $0.new) < abs($1.old - $1.new) : ($0.old, $0.new) < ($1.old, $1.new)
        }
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        for candidate in candidates where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            take(candidate.old, candidate.new)
        }
    }
}
