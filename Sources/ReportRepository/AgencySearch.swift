import ReportModel
import RevisionStore

/// Whether an agency is one a search of the board (名称、别名或拼音首字母) asks for: the one home of that rule.
///
/// The rule, for a search text already normalised (``AgencyNaming/normalized(_:)``, lowercased):
/// 1. the text is part of the agency's name or of one of its other names, as written (`南漳`, `长子县南漳`);
/// 2. a text of ASCII letters and digits only is the start of the agency's id (`nanzhang`), or it spells, in pinyin, the
///    start of the office's own name — the name without the regions in front (`长子县`) and without `人民政府`
///    (``AgencyNaming/variants(_:)``, the last) — syllable by syllable: each syllable given whole or by its first
///    letters, in order, none skipped (`nz`, `nzz`, `nanz`, `nanzhang` → 南漳镇; `czx` → 常张乡; `clx` → 长乐乡, its
///    place word read as a place);
/// 3. or it spells the same way from a later syllable of the office's own name, its first syllable given whole
///    (`zhang` → 常张乡 and 南漳镇, `zhangx` → 常张乡) — or in part while it is still being typed, when the search
///    is that part alone, three letters or more (`zhu`, `zhuan` → 大庄乡 and 郑家庄乡 on the way to `zhuang`; `shu` →
///    岚水乡: rv118 M1).
///
/// So the letters of a short search are never matched across syllables (`nz` is not the `n` of 南 and the `z` of
/// 政府 in renminzhengfu), nor against the county's name every office starts with.
enum AgencySearch {
    /// Whether an agency's name, one of its other names or its id answers a search (the rule above).
    ///
    /// - Parameters:
    ///   - agency: The agency.
    ///   - search: The search text, normalised and lowercased, not empty.
    /// - Complexity: O(*n* × *m*) in the lengths of the names and the search.
    static func matches(_ agency: Agency, search: String) -> Bool {
        let names = [agency.name] + agency.aliases
        if names.contains(where: { AgencyNaming.normalized($0).lowercased().contains(search) }) { return true }
        guard !search.isEmpty, search.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return false
        }
        if agency.id.lowercased().hasPrefix(search) { return true }
        let letters = Array(search)
        return names.contains { name in
            let own = AgencyNaming.variants(name).last ?? AgencyNaming.normalized(name)
            return spells(letters, PlaceNameReading.syllables(own))
        }
    }

    /// Whether the letters spell the syllables from their first (each whole or by its first letters), or from a
    /// later one given whole first.
    static func spells(_ letters: [Character], _ syllables: [String]) -> Bool {
        let syllables = syllables.map(Array.init)
        guard !letters.isEmpty, !syllables.isEmpty else { return false }
        if spells(letters, from: 0, syllables, at: 0) { return true }
        for start in syllables.indices.dropFirst() {
            let first = syllables[start]
            // (the one syllable typed so far, in part: it never reaches into the next syllable)
            if letters.count >= partialSyllable, letters.count < first.count, Array(first[..<letters.count]) == letters
            {
                return true
            }
            guard letters.count >= first.count, Array(letters[..<first.count]) == first else { continue }
            if spells(letters, from: first.count, syllables, at: start + 1) { return true }
        }
        return false
    }

    /// How many letters a later syllable typed in part needs before it finds anything (rule 3): `z` or `zh` alone
    /// would find every office with a 镇, 庄 or 张 in its name.
    static let partialSyllable = 3

    /// Whether `letters[offset...]` is spelled by the syllables from `index` on, each whole or by its first letters.
    private static func spells(
        _ letters: [Character], from offset: Int, _ syllables: [[Character]], at index: Int
    ) -> Bool {
        if offset == letters.count { return true }
        guard index < syllables.count else { return false }
        let syllable = syllables[index]
        var length = 0
        while length < syllable.count, offset + length < letters.count,
            syllable[length] == letters[offset + length]
        {
            length += 1
        }
        // The longest prefix first: `xian` is 县 whole before it is 西 + 安.
        for taken in stride(from: length, through: 1, by: -1)
        where spells(letters, from: offset + taken, syllables, at: index + 1) {
            return true
        }
        return false
    }
}
