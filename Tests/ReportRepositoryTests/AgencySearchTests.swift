import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// The board's pinyin search matched letters anywhere in the whole name's pinyin, so `nz` (南漳镇's initials) found
/// the `n z` of every `…renminzhengfu` — 17 of 18 offices (user walk rv115, F1). Letters now spell the office's own
/// name syllable by syllable (``AgencySearch``).
@Suite struct AgencySearchTests {
    /// The offices of the county the walk used (长子县: 16 townships, 3 departments, and a 本级政府 of another county),
    /// with the other names the county gave the townships.
    static let offices: [(id: String, name: String, kind: AgencyKind)] = [
        ("baodian", "长子县鲍店镇人民政府", .township), ("changle", "长子县长乐乡人民政府", .township),
        ("changzhang", "长子县常张乡人民政府", .township), ("cilin", "长子县慈林镇人民政府", .township),
        ("dabaotou", "长子县大堡头镇人民政府", .township), ("danzhu", "长子县丹朱镇人民政府", .township),
        ("dazhuang", "长子县大庄乡人民政府", .township), ("hongze", "淮安市洪泽区人民政府", .government),
        ("lanshui", "长子县岚水乡人民政府", .township), ("nanchen", "长子县南陈乡人民政府", .township),
        ("nanzhang", "长子县南漳镇人民政府", .township), ("nianzhang", "长子县碾张乡人民政府", .township),
        ("renshe", "长子县人力资源和社会保障局", .department), ("setou", "长子县色头镇人民政府", .township),
        ("shizhe", "长子县石哲镇人民政府", .township), ("songcun", "长子县宋村乡人民政府", .township),
        ("wagangzhai", "长子县瓦岗寨乡人民政府", .township), ("zhengjia", "长子县郑家庄乡人民政府", .township),
        ("zhujian", "长子县住房和城乡建设管理局", .department),
    ]

    static func county(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        for office in offices {
            let core = AgencyNaming.variants(office.name).last ?? office.name
            let aliases = office.kind == .township ? [core] : []
            _ = try await repository.addAgency(
                id: office.id, name: office.name, aliases: aliases, kind: office.kind, by: "管理员")
        }
        try await repository.setExpectedAgencies(offices.map(\.id), year: 2025)
        return repository
    }

    @Test func lettersSpellTheOfficesOwnNameSyllableBySyllable() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let cases: [(search: String, ids: [String])] = [
            // Initials, in order from the office's own name: 南漳镇 and 碾张乡 are both n… z…
            ("nz", ["nanzhang", "nianzhang"]), ("nzz", ["nanzhang"]), ("nc", ["nanchen"]), ("czx", ["changzhang"]),
            ("clx", ["changle"]), ("dbt", ["dabaotou"]), ("sc", ["songcun"]), ("hz", ["hongze"]), ("rl", ["renshe"]),
            // Whole syllables and a syllable's first letters mixed, never a syllable cut in the middle
            ("nanz", ["nanzhang"]), ("NanZhang", ["nanzhang"]), ("nianzx", ["nianzhang"]), ("an", []), ("anzh", []),
            // From a later syllable, that syllable given whole
            ("zhang", ["changzhang", "nanzhang", "nianzhang", "renshe"]),  // …社会保障局
            ("zhangx", ["changzhang", "nianzhang"]),
            // Neither the county in front nor 人民政府 makes a hit
            ("zzx", []), ("zhangzi", []), ("rmzf", []), ("zhengfu", []), ("z", ["zhengjia", "zhujian"]),
            ("zf", ["zhujian"]),  // 住房…, not …政府
            // The name and its other names as written
            ("南漳", ["nanzhang"]), ("长子县南漳", ["nanzhang"]), ("住房", ["zhujian"]),
        ]
        #expect(try await repository.board(year: 2025, now: RepositoryTestSupport.time).count == Self.offices.count)
        for (search, ids) in cases {
            let found = try await repository.board(
                year: 2025, query: BoardQuery(search: search), now: RepositoryTestSupport.time
            ).map(\.agency.id)
            #expect(found == ids, "\(search)")
        }
    }

    /// A later syllable typed in part found nothing (`zhu` → not 大庄乡/郑家庄乡, `shu` → not 岚水乡): while typing
    /// `zhuang` the office went away at `zhu` and came back at `zhuang` (rv118 M1). The syllable being typed may be
    /// in part, from three letters; letters still never match across syllables.
    @Test func aLaterSyllableTypedInPartFindsItsOffice() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let cases: [(search: String, ids: Set<String>)] = [
            ("zhu", ["danzhu", "dazhuang", "zhengjia", "zhujian"]), ("zhuan", ["dazhuang", "zhengjia"]),
            ("zhuang", ["dazhuang", "zhengjia"]), ("shu", ["lanshui"]), ("shui", ["lanshui"]),
            // (two letters are not enough; across syllables is never a match)
            ("zh", ["zhengjia", "zhujian"]), ("anz", []), ("nz", ["nanzhang", "nianzhang"]),
        ]
        for (search, ids) in cases {
            let found = try await repository.board(
                year: 2025, query: BoardQuery(search: search), now: RepositoryTestSupport.time
            ).map(\.agency.id)
            #expect(Set(found) == ids, "\(search)")
        }
    }

    @Test func syllablesAreSpelledWholeOrByTheirFirstLetters() {
        let syllables = PlaceNameReading.syllables("长子县长乐乡")
        #expect(syllables == ["zhang", "zi", "xian", "chang", "le", "xiang"])
        #expect(PlaceNameReading.syllables("第2中学（A区）") == ["di", "2", "zhong", "xue", "a", "qu"])
        // `xian` is 县 whole, or 西 and 安 by their first letters
        #expect(AgencySearch.spells(Array("xian"), ["xi", "an"]))
        #expect(AgencySearch.spells(Array("xian"), ["xian"]))
        #expect(!AgencySearch.spells(Array("xianx"), ["xi", "an"]))
        #expect(!AgencySearch.spells(Array("ian"), ["xi", "an"]))
    }
}
