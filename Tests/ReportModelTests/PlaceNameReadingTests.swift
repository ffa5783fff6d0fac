import Foundation
import ReportModel
import Testing

/// Office names in pinyin order read their place words as places: 长乐乡 was listed under Z after 张庄乡, because ICU
/// reads 长 as zhǎng (county reviewer, rv101). One table (``PlaceNameReading``) gives every sort key and every pinyin
/// of a name its place readings.
@Suite struct PlaceNameReadingTests {
    /// Each entry's stand-in characters are as long as its word and spell its reading, so ICU collates them that way.
    @Test(arguments: PlaceNameReading.readings)
    func eachReadingIsSpelledByItsStandIns(_ entry: PlaceNameReading.Word) {
        #expect(entry.readAs.count == entry.word.count, "\(entry.word)")
        #expect(PlaceNameReading.pinyin(entry.readAs) == entry.reading, "\(entry.word)")
        #expect(PlaceNameReading.pinyin(entry.word) == entry.reading, "\(entry.word)")
    }

    /// What ICU's Chinese collation does by itself (measured): 长乐乡 after 张庄乡, 厦门 before 魏县.
    @Test func icuAloneReadsTheCommonReading() {
        let chinese = Locale(identifier: "zh_CN")
        #expect("长乐乡".compare("张庄乡", locale: chinese) == .orderedDescending)
        #expect("厦门市".compare("魏县", locale: chinese) == .orderedAscending)
    }

    @Test func officeNamesSortByTheirPlaceReadings() {
        let expected = [
            "北关乡", "蚌埠市", "长乐乡", "常张乡", "陈庄乡", "重庆市", "东关乡", "都江堰市", "会昌县", "会稽街道", "刘集镇", "六安市",
            "潘集区", "番禺区", "魏县", "厦门市", "夏邑县", "尉氏县", "乐清市", "张庄乡", "长子县长乐乡", "长子县常张乡", "中固镇",
        ]
        for given in [expected.reversed(), Array(expected[7...] + expected[..<7]), expected.sorted()] {
            #expect(given.sorted { PlaceNameReading.compare($0, $1) == .orderedAscending } == expected)
        }
        // Two names read alike keep an order, by their own characters.
        #expect(PlaceNameReading.compare("长乐乡", "常乐乡") != .orderedSame)
        #expect(PlaceNameReading.compare("长乐乡", "长乐乡") == .orderedSame)
    }

    @Test(arguments: [
        ("长乐乡人民政府", "常乐乡人民政府"),
        ("长子县长乐乡人民政府", "长子县常乐乡人民政府"),
        ("长子县人民政府", "长子县人民政府"),
        ("淮安市长安镇", "淮安市常安镇"),
        ("厦门市思明区", "夏门市思明区"),
        ("长子县市场监督管理局", "长子县市场监督管理局"),
        ("城长乡", "城长乡"),
    ])
    func placeWordsAreReadAtAPlacesStartOnly(_ name: String, _ form: String) {
        #expect(PlaceNameReading.readingForm(of: name) == form)
    }

    @Test func pinyinAndInitialsReadPlacesAsPlaces() {
        #expect(PlaceNameReading.pinyin("长乐乡") == "changlexiang")
        #expect(PlaceNameReading.initials("长乐乡") == "clx")
        #expect(PlaceNameReading.initials("长子县") == "zzx")
        #expect(PlaceNameReading.initials("厦门市") == "xms")
        #expect(PlaceNameReading.readings(of: "长") == ["chang", "zhang"])
        #expect(PlaceNameReading.readings(of: "中") == ["zhong"])
    }
}
