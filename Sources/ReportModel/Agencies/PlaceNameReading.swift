public import Foundation

/// How the leading characters of a place name are read when office names are put in pinyin order or spelled in
/// pinyin: the one table of place-name readings every sort key and every pinyin of a name goes through.
///
/// ICU's Chinese collation (`compare(_:locale:)` with `zh_CN`) and its Han-Latin transliteration read each character
/// by its most common reading, which is not the one a place name has. Measured with the toolchain's ICU (Swift 6.3,
/// Linux): 长乐乡, 长沙, 长安 sort among the *zhǎng* after 张庄乡 (so under Z, not C), 厦门 under *shà*, 乐清 under
/// *lè*, 单县 under *dān*, 蚌埠 under *bàng*, 六安 under *liù*, 都江堰 under *dōu*, 番禺 under *fān*, 尉氏 under
/// *wèi*, 会稽 under *huì*; 重庆 (*chóng*), 朝阳 (*cháo*), 曲阜 (*qū*), 会昌 (*huì*) and 大理 (*dà*) are already
/// right.
///
/// The rule: a place word is looked for at the start of the name and after each region ending (`省`, `市`, `州`,
/// `盟`, `县`, `区`, `旗`: the 长乐乡 of 长子县长乐乡人民政府); the longest word of ``readings`` found there is
/// read as the table says. 长 at such a place reads *cháng* (长沙, 长安, 长乐, 长寿, 长兴, 长春, 长治…) except in
/// 长子 (*zhǎng*, 长子县). A reading is given by characters of that one reading (厦门 as 夏门), so ICU collates and
/// spells them the common way; ties keep the name's own characters after that. Characters elsewhere in a name keep
/// ICU's reading.
public enum PlaceNameReading {
    /// One place word and how it is read.
    public struct Word: Sendable, Hashable {
        /// The word as written (`厦门`).
        public var word: String
        /// Its reading, toneless pinyin without spaces (`xiamen`): what the pinyin of the name spells.
        public var reading: String
        /// Characters of the same length read that way and no other (`夏门`): what the name is collated as.
        public var readAs: String
    }

    /// The region endings after which a place's own name begins (长子县|长乐乡).
    public static let regionEndings: Set<Character> = ["省", "市", "州", "盟", "县", "区", "旗"]

    /// The place words whose reading is not ICU's common one, and 长子, whose 长 keeps it.
    public static let readings: [Word] = [
        Word(word: "长", reading: "chang", readAs: "常"),
        Word(word: "长子", reading: "zhangzi", readAs: "长子"),
        Word(word: "厦门", reading: "xiamen", readAs: "夏门"),
        Word(word: "乐清", reading: "yueqing", readAs: "越清"),
        Word(word: "乐亭", reading: "laoting", readAs: "涝亭"),
        Word(word: "单县", reading: "shanxian", readAs: "善县"),
        Word(word: "蚌埠", reading: "bengbu", readAs: "泵埠"),
        Word(word: "六安", reading: "luan", readAs: "陆安"),
        Word(word: "六合", reading: "luhe", readAs: "陆合"),
        Word(word: "都江堰", reading: "dujiangyan", readAs: "督江堰"),
        Word(word: "都昌", reading: "duchang", readAs: "督昌"),
        Word(word: "都匀", reading: "duyun", readAs: "督匀"),
        Word(word: "番禺", reading: "panyu", readAs: "潘禺"),
        Word(word: "尉氏", reading: "yushi", readAs: "玉氏"),
        Word(word: "尉犁", reading: "yuli", readAs: "玉犁"),
        Word(word: "蔚县", reading: "yuxian", readAs: "玉县"),
        Word(word: "会稽", reading: "kuaiji", readAs: "快稽"),
        Word(word: "铅山", reading: "yanshan", readAs: "炎山"),
        Word(word: "涡阳", reading: "guoyang", readAs: "郭阳"),
        Word(word: "洪洞", reading: "hongtong", readAs: "洪同"),
        Word(word: "台州", reading: "taizhou", readAs: "胎州"),
        Word(word: "天台", reading: "tiantai", readAs: "天胎"),
        Word(word: "丽水", reading: "lishui", readAs: "离水"),
        Word(word: "枞阳", reading: "zongyang", readAs: "宗阳"),
        Word(word: "犍为", reading: "qianwei", readAs: "前为"),
        Word(word: "筠连", reading: "junlian", readAs: "君连"),
        Word(word: "浚县", reading: "xunxian", readAs: "迅县"),
        Word(word: "泌阳", reading: "biyang", readAs: "必阳"),
    ]

    /// The words by their first character, longest first.
    private static let byFirst: [Character: [Word]] = Dictionary(
        grouping: readings.sorted { $0.word.count > $1.word.count }, by: { $0.word.first ?? " " })

    /// The name with each place word of ``readings`` at a place's start written as it is read (`长子县长乐乡` →
    /// `长子县常乐乡`, `厦门市` → `夏门市`): what names are collated and spelled in pinyin as. A name without such a
    /// word is returned as it is.
    ///
    /// - Complexity: O(*n*) in the name's length.
    public static func readingForm(of name: String) -> String {
        guard name.contains(where: { byFirst[$0] != nil }) else { return name }
        let characters = Array(name)
        var result = ""
        var index = 0
        while index < characters.count {
            let atPlaceStart = index == 0 || regionEndings.contains(characters[index - 1])
            if atPlaceStart, let words = byFirst[characters[index]],
                let word = words.first(where: { starts(characters, at: index, with: $0.word) })
            {
                result += word.readAs
                index += word.word.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The Chinese locale names are collated in.
    static let locale = Locale(identifier: "zh_CN")

    /// The order of two office names in pinyin, their place words read as places (``readingForm(of:)``): ICU's
    /// Chinese collation of their reading forms, then of the names themselves (长乐乡 and a 常乐乡 keep an order).
    public static func compare(_ one: String, _ other: String) -> ComparisonResult {
        let order = readingForm(of: one).compare(readingForm(of: other), locale: locale)
        return order == .orderedSame ? one.compare(other, locale: locale) : order
    }

    /// A name in toneless lowercase pinyin without spaces, its place words read as places (`长乐乡` → `changlexiang`,
    /// `中固` → `zhonggu`); ASCII letters and digits are kept, everything else dropped.
    public static func pinyin(_ name: String) -> String {
        spelled(readingForm(of: name))
    }

    /// The initials of a name's pinyin, its place words read as places (`长乐乡` → `clx`, `常张乡` → `czx`).
    public static func initials(_ name: String) -> String {
        readingForm(of: name).compactMap { character -> Character? in
            if character.isASCII { return character.isLetter || character.isNumber ? character : nil }
            return spelled(String(character)).first
        }.map { String($0) }.joined().lowercased()
    }

    /// The syllables of a name's pinyin, one per character, its place words read as places (`长子县南漳镇` →
    /// `zhang zi xian nan zhang zhen`); a run of ASCII letters and digits is one syllable, lowercased, and what spells
    /// nothing (punctuation) is dropped. What a pinyin search splits the name into (`AgencySearch`).
    ///
    /// - Complexity: O(*n*) in the name's length, one transliteration per character.
    public static func syllables(_ name: String) -> [String] {
        var found: [String] = []
        var ascii = ""
        for character in readingForm(of: name) {
            if character.isASCII, character.isLetter || character.isNumber {
                ascii.append(Character(character.lowercased()))
                continue
            }
            if !ascii.isEmpty {
                found.append(ascii)
                ascii = ""
            }
            guard !character.isASCII else { continue }
            let syllable = spelled(String(character))
            if !syllable.isEmpty { found.append(syllable) }
        }
        if !ascii.isEmpty { found.append(ascii) }
        return found
    }

    /// The readings of a character, toneless (`长` → `chang`, `zhang`): ICU's common one, and those ``readings``
    /// give it in a place word. Two characters that share one sound alike to a pinyin input method.
    public static func readings(of character: Character) -> Set<String> {
        var found = placeReadings[character] ?? []
        let common = spelled(String(character))
        if !common.isEmpty { found.insert(common) }
        return found
    }

    /// The readings ``readings`` give each character of their words (长: chang; 厦: xia).
    private static let placeReadings: [Character: Set<String>] = {
        var found: [Character: Set<String>] = [:]
        for entry in readings where entry.word.count == entry.readAs.count {
            for (character, readAs) in zip(entry.word, entry.readAs) where character != readAs {
                found[character, default: []].insert(spelled(String(readAs)))
            }
        }
        return found
    }()

    /// A text in ICU's toneless lowercase pinyin (letters and digits only), as written.
    private static func spelled(_ text: String) -> String {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return String(
            plain.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
                .map(Character.init))
    }

    private static func starts(_ characters: [Character], at index: Int, with word: String) -> Bool {
        let length = word.count
        return index + length <= characters.count && String(characters[index..<(index + length)]) == word
    }
}
