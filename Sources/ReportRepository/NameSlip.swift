import ReportModel
import RevisionStore

/// A difference between a name written in a file and a registered office's name that a clerk makes by mistake, or
/// that a renamed office's new name makes — the only differences that make a name *near* a registered one
/// (``AgencyNaming/areNear(_:_:)``).
///
/// The rule, on the names' cores (``AgencyNaming/core(_:)``: without the regions in front, `人民政府`, `政府`,
/// `办事处`… and the `乡`/`镇`/`街道` ending):
/// - the same core: only the ending or the regions in front differ (常张镇 for 常张乡 after 撤乡设镇, 常张乡 for
///   长子县常张乡人民政府) — ``ending``;
/// - else the cores are made one from the other by at most one slip (two when both have four characters or more),
///   each a character typed for another of the same pinyin, tones aside, as a pinyin input method offers them (长 for
///   常, 红 for 洪) — ``homophone(written:registered:)``; two neighbouring characters swapped — ``swapped(_:_:)``;
///   or one character left out or typed twice over — ``dropped(_:)``, ``added(_:)``.
///
/// - or, in cores of three characters or more, a character typed for another of another sound — a look-alike of a
///   stroke-based input method or of a scanned page (王 for 玉, 末 for 未) — ``replaced(written:registered:)``.
///
/// In a core of two, a character replaced by one of another sound (东关 for 城关, 常庄 for 常张) is another place's
/// name, never a slip: such a name is another office, and `import` registers it as one, saying which registered office
/// it is near (rv101; a look-alike there, 王泉 for 玉泉, is registered too, and `agency merge` puts it right). In a
/// longer core, one such character is a slip (rv104 F1): one of three or more is more likely mistyped than another
/// place.
public enum NameSlip: Sendable, Hashable {
    /// Only the ending or the regions in front differ: 常张镇 for 常张乡, 淮安市洪泽区 for 洪泽区人民政府.
    case ending
    /// A character of the same pinyin typed for the registered one's (长 for 常).
    case homophone(written: Character, registered: Character)
    /// Two neighbouring characters swapped (written as `first` `second`).
    case swapped(Character, Character)
    /// A character of another sound typed for the registered one's, in a core of three characters or more.
    case replaced(written: Character, registered: Character)
    /// A character of the registered name left out.
    case dropped(Character)
    /// A character the registered name does not have.
    case added(Character)

    /// What the slip is, in Chinese: `“长”和“常”同音`, `“张”“常”两个字颠倒`, `少了“家”字`.
    public var chineseDescription: String {
        switch self {
        case .ending: "只是“乡”“镇”“人民政府”等结尾或前面的县市名不同"
        case .homophone(let written, let registered): "“\(written)”和“\(registered)”同音"
        case .swapped(let first, let second): "“\(first)\(second)”两个字颠倒"
        case .replaced(let written, let registered): "写的是“\(written)”，登记的是“\(registered)”"
        case .dropped(let character): "少了“\(character)”字"
        case .added(let character): "多了“\(character)”字"
        }
    }

    /// What the slip is, in English: `长 and 常 sound alike`.
    public var englishDescription: String {
        switch self {
        case .ending: "only the ending (township or town, government) or the county in front differs"
        case .homophone(let written, let registered): "\(written) and \(registered) sound alike"
        case .swapped(let first, let second): "\(first)\(second) swapped"
        case .replaced(let written, let registered): "\(written) written for \(registered)"
        case .dropped(let character): "\(character) left out"
        case .added(let character): "\(character) added"
        }
    }

    /// The slips that make `written` of `registered`, or `nil` when they are not near (see the rule above); `[.ending]`
    /// for two names of one core.
    ///
    /// - Complexity: O(*m* × *n*) in the cores' lengths, each character's pinyin looked up once.
    public static func slips(from written: String, to registered: String) -> [NameSlip]? {
        let (a, b) = (Array(AgencyNaming.core(written)), Array(AgencyNaming.core(registered)))
        guard a.count >= 2, b.count >= 2 else { return nil }
        if a == b { return [.ending] }
        func plain(_ core: [Character]) -> [Character] { core.filter { !AgencyNaming.contrasting.contains($0) } }
        guard plain(a) != plain(b) else { return nil }
        let allowed = min(a.count, b.count) >= 4 ? 2 : 1
        // (a swap is two edits to Levenshtein: nothing farther can be a slip)
        guard abs(a.count - b.count) <= allowed, EditDistance.of(String(a), String(b)) <= 2 * allowed else {
            return nil
        }
        var alignment = Alignment(a, b)
        return alignment.slips(atMost: allowed)
    }
}

extension NameSlip {
    /// What makes `written` near the first of `agencies` (their name, else one of their other names), in a language:
    /// `（“长”和“常”同音）`, `(长 and 常 sound alike)`; empty when it is near none of their names.
    static func found(_ written: String, near agencies: [Agency], in language: Language) -> String {
        guard let agency = agencies.first,
            let slips = ([agency.name] + agency.aliases).lazy.compactMap({ slips(from: written, to: $0) }).first
        else { return "" }
        return language == .english
            ? " (" + slips.map(\.englishDescription).joined(separator: "; ") + ")"
            : "（" + slips.map(\.chineseDescription).joined(separator: "，") + "）"
    }
}

/// The cheapest way to make one core of another by slips (``NameSlip``): a dynamic programme over both cores in which
/// characters are kept, replaced by a homophone, swapped, and — only the way the lengths differ — left out or added,
/// so a character replaced by another of another sound is never two slips.
private struct Alignment {
    let written: [Character]
    let registered: [Character]
    private var readings: [Character: Set<String>] = [:]

    init(_ written: [Character], _ registered: [Character]) {
        self.written = written
        self.registered = registered
    }

    /// The slips, or `nil` when more than `allowed` are needed (or none does).
    mutating func slips(atMost allowed: Int) -> [NameSlip]? {
        let (m, n) = (written.count, registered.count)
        let far = Int.max / 4
        var cost = Array(repeating: Array(repeating: far, count: n + 1), count: m + 1)
        var step = Array(repeating: Array(repeating: NameSlip?.none, count: n + 1), count: m + 1)
        cost[0][0] = 0
        for i in 0...m {
            for j in 0...n where i + j > 0 {
                var best = far
                var slip: NameSlip?
                func consider(_ value: Int, _ made: NameSlip?) {
                    if value < best { (best, slip) = (value, made) }
                }
                if i > 0, j > 0 {
                    let (x, y) = (written[i - 1], registered[j - 1])
                    if x == y {
                        consider(cost[i - 1][j - 1], nil)
                    } else if cost[i - 1][j - 1] < allowed, soundAlike(x, y) {
                        consider(cost[i - 1][j - 1] + 1, .homophone(written: x, registered: y))
                    } else if cost[i - 1][j - 1] < allowed, min(m, n) >= 3 {
                        consider(cost[i - 1][j - 1] + 1, .replaced(written: x, registered: y))
                    }
                }
                if i > 1, j > 1, written[i - 1] == registered[j - 2], written[i - 2] == registered[j - 1],
                    written[i - 1] != written[i - 2]
                {
                    consider(cost[i - 2][j - 2] + 1, .swapped(written[i - 2], written[i - 1]))
                }
                if m > n, i > 0 { consider(cost[i - 1][j] + 1, .added(written[i - 1])) }
                if n > m, j > 0 { consider(cost[i][j - 1] + 1, .dropped(registered[j - 1])) }
                cost[i][j] = best
                step[i][j] = slip
            }
        }
        guard cost[m][n] <= allowed else { return nil }
        // Back from the end: each cell's step says where it came from.
        var slips: [NameSlip] = []
        var (i, j) = (m, n)
        while i > 0 || j > 0 {
            let slip = step[i][j]
            switch slip {
            case nil, .homophone?, .replaced?, .ending?:
                guard i > 0, j > 0 else { return nil }
                (i, j) = (i - 1, j - 1)
            case .swapped?: (i, j) = (i - 2, j - 2)
            case .added?: i -= 1
            case .dropped?: j -= 1
            }
            if let slip { slips.append(slip) }
        }
        return slips.reversed()
    }

    /// Whether two characters share a reading, tones aside (``PlaceNameReading/readings(of:)``).
    private mutating func soundAlike(_ one: Character, _ other: Character) -> Bool {
        !reading(one).isDisjoint(with: reading(other))
    }

    private mutating func reading(_ character: Character) -> Set<String> {
        if let known = readings[character] { return known }
        let found = PlaceNameReading.readings(of: character)
        readings[character] = found
        return found
    }
}
