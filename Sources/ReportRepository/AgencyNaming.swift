import Foundation
import ReportModel
import RevisionStore

/// How names of agencies are compared, and the readable id a new agency gets from its name.
///
/// The rules, the same on every node:
/// 1. a name is *normalised*: Unicode NFKC (full-width letters and digits become ASCII), every space of any width
///    removed, and a trailing `人民政府` dropped, so `常张乡人民政府`, `常张乡` and `常张乡 人民政府` are one name;
/// 2. its *variants* are the normalised name and what is left after dropping, one after the other, the names of the
///    regions offices put in front (`淮安市`, `长子县`, `洪泽区`…) and a trailing `政府`: `淮安市洪泽区人民政府` has the
///    variants `淮安市洪泽区` and `洪泽区`, so it matches `洪泽区人民政府` when nothing else does (``AgencyMatcher``);
/// 3. the id of a new agency is the pinyin of its *core*: the last variant without the common suffixes (`人民政府`,
///    `街道办事处`, `办公室`…) and without a trailing `乡`, `镇`, `街道`, `县`, `区`…, lowercased, without tones or spaces
///    (开原市中固镇人民政府 → `zhonggu`), through ICU's Han-Latin transliteration, place words read as places
///    (长乐乡 → `changle`: ``PlaceNameReading``).
public enum AgencyNaming {
    /// The suffix dropped when names are compared.
    static let governmentSuffix = "人民政府"

    /// The suffixes dropped from the core a new id is made of, longest first.
    static let commonSuffixes = ["街道办事处", "人民政府", "办事处", "办公室", "政府"]

    /// The endings of a place's name dropped from its id (`中固镇` → `zhonggu`, `洪泽区` → `hongze`).
    static let placeSuffixes = ["街道", "乡", "镇", "县", "区", "市", "旗"]

    /// The endings of region names that offices put in front of theirs.
    static let regionEndings = PlaceNameReading.regionEndings

    /// A name reduced for comparison (see the rule above).
    public static func normalized(_ name: String) -> String {
        // NFKC leaves printable ASCII and the CJK Unified Ideographs as they are, and most names hold nothing else:
        // those skip Foundation's normalization, which bridges the string (its first call costs 1 M instructions).
        var text =
            name.unicodeScalars.allSatisfy(isNormalizationStable)
            ? name : name.precomposedStringWithCompatibilityMapping
        text.unicodeScalars.removeAll { $0.properties.isWhitespace || $0.isLayoutSpace }
        if text.hasSuffix(governmentSuffix), text.count > governmentSuffix.count {
            text.removeLast(governmentSuffix.count)
        }
        return text
    }

    /// Whether NFKC maps a scalar to itself and composes it with none of its neighbours: printable ASCII and the
    /// CJK Unified Ideographs U+4E00–U+9FFF (their compatibility forms are elsewhere, U+F900–U+FAFF).
    static func isNormalizationStable(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// The forms a name is matched by, longest first (see the rule above); the first is ``normalized(_:)``.
    public static func variants(_ name: String) -> [String] {
        var forms = [normalized(name)]
        var current = forms[0]
        if current.hasSuffix("政府"), current.count > 3 {
            current.removeLast(2)
            forms.append(current)
        }
        // At most three regions (province, city, county) are dropped.
        for _ in 0..<3 {
            guard let rest = droppingLeadingRegion(current) else { break }
            forms.append(rest)
            current = rest
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// The name without the first region name in front of it (`淮安市洪泽区` → `洪泽区`), or `nil` when it starts with
    /// none or nothing of at least two characters would be left.
    static func droppingLeadingRegion(_ name: String) -> String? {
        let characters = Array(name)
        guard characters.count >= 3 else { return nil }
        // A region name has one to four characters before its ending (长子县, 黔东南苗族侗族自治州 is not cut).
        for end in 1..<min(characters.count, 5) where regionEndings.contains(characters[end]) {
            let rest = String(characters[(end + 1)...])
            return isSpecific(rest) ? rest : nil
        }
        return nil
    }

    /// Whether what is left of a name still names one office: not a bare `街道办事处`, `人民政府`, `镇`….
    static func isSpecific(_ rest: String) -> Bool {
        var text = rest
        for suffix in commonSuffixes where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            break
        }
        return text.count >= 2 || (text.count == 1 && !placeSuffixes.contains(text) && rest.count >= 2)
    }

    /// The core of a name a new id is made of (see the rule above).
    public static func core(_ name: String) -> String {
        var text = variants(name).last ?? normalized(name)
        for suffix in commonSuffixes where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        for suffix in placeSuffixes where text.hasSuffix(suffix) && text.count >= suffix.count + 2 {
            text.removeLast(suffix.count)
            break
        }
        return text
    }

    /// Whether two names that are not one name (they match no common agency) differ only as a clerk's slip does or a
    /// renamed office's new name does (``NameSlip``): the same core (常张镇 for 常张乡, 撤乡设镇), a character of the same
    /// pinyin (长张乡 for 常张乡), two characters swapped, one left out or added, in a core of three characters or more
    /// one of another sound (王泉山乡 for 玉泉山乡) — at most one such slip, two when both cores have four characters or
    /// more — and not only in the characters that tell neighbouring offices apart by design (东关/西关, 城关/东关,
    /// 大庄/小庄, 第一/第二: ``contrasting``). In a core of two, a character of another sound (常庄乡 for 常张乡) makes
    /// another place's name: not near.
    ///
    /// The one rule for "a name this close to a registered one": `import` makes no new agency of it without being
    /// told (``AgencyMatcher/nearMatches(for:)``), and a refused commit or upload says which registered name it is
    /// near (``ReportMismatch/isNearName``).
    public static func areNear(_ one: String, _ other: String) -> Bool {
        NameSlip.slips(from: one, to: other) != nil
    }

    /// Another registered office than `id` a name belongs to, or is at least as near as to `id`'s own names: one of
    /// its names or aliases is the same office (``ReportMismatch/sameOffice(_:_:)``), or is near (``areNear(_:_:)``)
    /// with cores no farther apart than the name's and `id`'s. A file naming 常庄镇人民政府 refused as 常张乡's is most
    /// likely 常庄乡's after 撤乡设镇 (core 常庄, the same), not a typo of 常张乡 — its name is never offered nor taken
    /// as another name of 常张乡 (an alias would file that office's reports under 常张乡 and send them to its token);
    /// 常张镇人民政府 stays 常张乡's new name. The office the name is the same office as first, then the nearest.
    public static func otherOffice(for name: String, than id: String, among agencies: [Agency]) -> Agency? {
        func names(_ agency: Agency) -> [String] { [agency.name] + agency.aliases }
        let others = agencies.filter { $0.id != id }
        if let same = others.first(where: { names($0).contains { ReportMismatch.sameOffice(name, $0) } }) {
            return same
        }
        let own = core(name)
        func distance(_ agency: Agency) -> Int {
            names(agency).filter { areNear(name, $0) }.map { EditDistance.of(own, core($0)) }.min() ?? Int.max
        }
        let target = agencies.first { $0.id == id }.map(distance) ?? Int.max
        let nearest = others.map { ($0, distance($0)) }.filter { $0.1 != Int.max }.min { $0.1 < $1.1 }
        guard let nearest, nearest.1 <= target else { return nil }
        return nearest.0
    }

    /// Characters whose swap makes another office's name, not a typo: directions (and 城, the seat town's 城关 beside
    /// 东关, 西关…), sizes, old and new, numbers.
    static let contrasting = Set("东西南北中城上下前后左右内外大小新老旧一二三四五六七八九十0123456789")

    /// The readable id a new agency of this name gets: the pinyin of its core, made unique against `taken` with
    /// `-2`, `-3`… Falls back to `agency` when the name has nothing that spells in Latin letters.
    public static func readableID(for name: String, taken: Set<String>) -> String {
        let base = String(pinyin(core(name)).prefix(56))
        let stem = Agency.isValidID(base) ? base : "agency"
        var id = stem
        var number = 2
        while taken.contains(id) {
            id = "\(stem)-\(number)"
            number += 1
        }
        return id
    }

    /// A text in toneless lowercase pinyin without spaces (`中固` → `zhonggu`, `长乐` → `changle`), its place words
    /// read as places (``PlaceNameReading``); ASCII letters and digits are kept, everything else dropped.
    public static func pinyin(_ text: String) -> String {
        PlaceNameReading.pinyin(text)
    }

    /// The kind a name suggests when nobody said: a township for `…乡`, `…镇`, `…街道`, `…街道办事处`; the government
    /// for `…县`, `…区`, `…市` (with `人民政府`); a department otherwise.
    public static func guessedKind(of name: String) -> AgencyKind {
        let text = normalized(name)
        if ["乡", "镇", "街道", "街道办事处", "办事处", "苏木"].contains(where: { text.hasSuffix($0) }) { return .township }
        if ["县", "区", "市", "旗"].contains(where: { text.hasSuffix($0) }) { return .government }
        return .department
    }
}
