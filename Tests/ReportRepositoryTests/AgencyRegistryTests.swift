import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The agency registry: readable ids, aliases, matching names with and without the regions in front, merging two
/// ids of one office.
@Suite struct AgencyRegistryTests {
    @Test func agenciesAreRegisteredWithAliasesKindAndParentAndListedInPinyinOrder() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "zhangzi", name: "长子县人民政府", kind: .government, by: "管理员")
        let changzhang = try await repository.addAgency(
            id: "changzhang", name: "长子县常张乡人民政府", aliases: ["常张乡"], parent: "zhangzi", by: "管理员")
        #expect(changzhang.kind == .township)  // guessed from the name
        #expect(changzhang.aliases == ["常张乡"])
        try await repository.addAgency(id: "anyang", name: "安阳乡人民政府", parent: "zhangzi", by: "管理员")
        try await repository.addAgency(id: "jiaoyu", name: "长子县教育局", parent: "zhangzi", by: "管理员")
        #expect(try await repository.agencyRegistry().first?.id == "anyang")
        // 安 an before 长 zhang (长子县), then 常 chang, 教 jiao, 人 ren: pinyin, not code point order
        #expect(try await repository.agencyRegistry().map(\.id) == ["anyang", "changzhang", "jiaoyu", "zhangzi"])
        // Refusals change nothing: an id taken, a name taken (as compared), a parent unknown, a bad id
        await #expect(throws: RepositoryError.agency(.idTaken("changzhang"))) {
            try await repository.addAgency(id: "changzhang", name: "别的乡", by: "管理员")
        }
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "常张乡 人民政府", agency: "changzhang"))) {
            try await repository.addAgency(id: "cz", name: "常张乡 人民政府", by: "管理员")
        }
        await #expect(throws: RepositoryError.agency(.agencyNotFound("nowhere"))) {
            try await repository.addAgency(id: "dazhuang", name: "大庄乡", parent: "nowhere", by: "管理员")
        }
        await #expect(throws: RepositoryError.invalidAgencyID("常张")) {
            try await repository.addAgency(id: "常张", name: "常张", by: "管理员")
        }
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "长子县教育局", agency: "jiaoyu"))) {
            try await repository.addAliases(["长子县教育局"], to: "changzhang", by: "管理员")
        }
        #expect(try await repository.agencyRegistry().count == 4)
        // An alias added is kept
        let after = try await repository.addAliases(["常张乡政府"], to: "changzhang", by: "管理员")
        #expect(after.aliases.sorted() == ["常张乡", "常张乡政府"])
        // The same alias written another way, or the name itself, is not added again
        #expect(try await repository.addAliases(["常张乡人民政府", "长子县常张乡"], to: "changzhang", by: "管理员").aliases.count == 2)
    }

    @Test func namesMatchWithTheRegionsInFrontAddedOrDropped() {
        let agencies = [
            Agency(id: "hongze", name: "洪泽区人民政府"),
            Agency(id: "changzhang", name: "长子县常张乡人民政府", aliases: ["常张乡"]),
            Agency(id: "jiaoyu", name: "长子县教育局"),
            Agency(id: "a", name: "东区街道办事处"),
            Agency(id: "b", name: "西区街道办事处"),
        ]
        let matcher = AgencyMatcher(agencies: agencies)
        #expect(matcher.match("淮安市洪泽区人民政府")?.id == "hongze")
        #expect(matcher.match("洪泽区政府")?.id == "hongze")
        #expect(matcher.match("江苏省淮安市洪泽区人民政府")?.id == "hongze")
        #expect(matcher.match("常张乡人民政府")?.id == "changzhang")
        #expect(matcher.match("山西省长子县常张乡人民政府")?.id == "changzhang")
        #expect(matcher.match("教育局")?.id == "jiaoyu")
        #expect(matcher.match("大庄乡人民政府") == nil)
        // A bare ending names no office: 北区街道办事处 is neither 东区's nor 西区's
        #expect(matcher.match("北区街道办事处") == nil)
        // A registered name the other way round: the text has fewer regions than the registry
        let reverse = AgencyMatcher(agencies: [Agency(id: "hongze", name: "淮安市洪泽区人民政府")])
        #expect(reverse.match("洪泽区人民政府")?.id == "hongze")
        // Two agencies sharing a variant: neither
        let twice = AgencyMatcher(agencies: [
            Agency(id: "x", name: "甲市洪泽区"), Agency(id: "y", name: "乙市洪泽区"),
        ])
        #expect(twice.match("洪泽区") == nil)
        // Did you mean: the same core, or one edit apart
        #expect(matcher.suggestions(for: "常张镇人民政府").map(\.id) == ["changzhang"])
        #expect(matcher.suggestions(for: "红泽区人民政府").map(\.id) == ["hongze"])
        #expect(matcher.suggestions(for: "大庄乡").isEmpty)
    }

    @Test func importMatchesAliasesAndPrefixesAndNamesNewAgenciesInPinyin() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "hongze", name: "洪泽区人民政府", kind: .government, by: "管理员")
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        try RepositoryTestSupport.write(
            [
                "a.txt": SampleReport.make(agency: "淮安市洪泽区人民政府", year: 2024),
                "b.txt": SampleReport.make(agency: "长子县常张乡人民政府", year: 2024),
                "c.txt": SampleReport.make(agency: "开原市中固镇人民政府", year: 2024),
                "d.txt": SampleReport.make(agency: "常张镇人民政府", year: 2023),
                "e.txt": SampleReport.make(agency: "长子县常张乡中心学校", year: 2023),
            ], to: folder.url)
        let summary = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        // 常张镇 (常张乡's new name, or a typo) is one character from a registered office: no new agency unasked
        #expect(summary.failed.map(\.file) == ["d.txt"])
        #expect(summary.failed.first?.reason.contains("常张乡人民政府（changzhang）") == true)
        #expect(
            summary.imported.map(\.report.description) == [
                "hongze/2024", "changzhang/2024", "zhonggu/2024", "changzhangxiangzhongxinxuexiao/2023",
            ])
        #expect(summary.newAgencies.map(\.id) == ["zhonggu", "changzhangxiangzhongxinxuexiao"])
        #expect(summary.newAgencies.first?.suggestions == [])
        #expect(summary.newAgencies.last?.suggestions == ["常张乡人民政府"])
        #expect(try await repository.agency("zhonggu")?.kind == .township)
        #expect(!(try await repository.agencyRegistry()).contains { $0.id.hasPrefix("ag-") })
    }

    @Test func mergingMovesReportsAndMarksAndKeepsTheNameAsAnAlias() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        try await repository.addAgency(id: "hongze", name: "洪泽区人民政府", by: "管理员")
        try await RepositoryTestSupport.registerAsBefore(
            repository, id: "huaian-hongze", name: "淮安市洪泽区人民政府", aliases: ["淮安洪泽"])
        let report2023 = SampleReport.make(agency: "洪泽区人民政府", year: 2023)
        let report2024 = SampleReport.make(agency: "淮安市洪泽区人民政府", year: 2024)
        try await repository.commit(
            report2023, to: ReportKey(agency: "huaian-hongze", year: 2023), author: "区办", message: "2023",
            time: time, force: true)
        try await repository.commit(
            report2024, to: ReportKey(agency: "huaian-hongze", year: 2024), author: "区办", message: "2024",
            time: time, force: true)
        try await repository.mark("huaian-hongze/2024", as: .submitted, author: "区办", time: time)
        // The same 2024 text on both: no clash
        try await repository.commit(
            report2024, to: ReportKey(agency: "hongze", year: 2024), author: "县", message: "2024", time: time,
            force: true)
        let outcome = try await repository.mergeAgency("huaian-hongze", into: "hongze", author: "县", time: time)
        #expect(outcome.moved == [2023])
        #expect(outcome.same == [2024])
        let reports = try await repository.reports()
        #expect(reports.map(\.report.description) == ["hongze/2023", "hongze/2024"])
        #expect(
            reports.first?.head.content.message
                == "机关合并：由 淮安市洪泽区人民政府（编号 huaian-hongze）2023 年报告第 1 版并入 洪泽区人民政府")
        // The copy keeps the author of the text it copies: the district's office wrote it, the county merged the ids.
        #expect(reports.first?.head.content.author == "区办")
        let hongze = try #require(try await repository.agency("hongze"))
        #expect(hongze.aliases.sorted() == ["淮安市洪泽区人民政府", "淮安洪泽"].sorted())
        #expect(try await repository.agency("huaian-hongze") == nil)
        // The old name now finds the kept agency
        #expect(AgencyMatcher(agencies: try await repository.agencies()).match("淮安洪泽")?.id == "hongze")
        // The old id names where its reports went, and is not made again by a commit (the county workbook would
        // count the office twice); nothing is stored.
        let merged = RepositoryError.agency(.mergedInto("huaian-hongze", into: "hongze", name: "洪泽区人民政府"))
        await #expect(throws: merged) { try await repository.resolve("huaian-hongze/2023") }
        let before = try await repository.reports()
        await #expect(throws: merged) {
            try await repository.commit(
                report2023, to: ReportKey(agency: "huaian-hongze", year: 2023), author: "区办", message: "again",
                time: time, force: true)
        }
        #expect(try await repository.agency("huaian-hongze") == nil)
        #expect(try await repository.reports() == before)
        await #expect(throws: merged) { try await repository.setExpectedAgencies(["huaian-hongze"], year: 2024) }
        // Nor is it brought back as an agency, a person's or a token's reach
        await #expect(throws: merged) { try await repository.addAgency(id: "huaian-hongze", name: "洪泽", by: "管理员") }
        await #expect(throws: merged) {
            try await repository.addPerson(
                name: "李四", role: .clerk, agencies: ["huaian-hongze"], password: "correct horse 1", by: "管理员")
        }
        await #expect(throws: merged) {
            try await repository.issueToken(label: "洪泽", scope: .agencies(["huaian-hongze"]))
        }
        #expect(merged.description.contains("机关编号 huaian-hongze 已并入 hongze（洪泽区人民政府）"))
    }

    /// 撤乡设镇: the township's registered name changes, its old name becomes an alias, and reports written under
    /// either name are its own; another agency's name is refused.
    @Test func aRenamedAgencyKeepsItsOldNameAsAnAlias() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        try await repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuang", name: "长子县大庄镇人民政府", by: "管理员")
        try await repository.commit(
            SampleReport.make(agency: "长子县常张乡人民政府", year: 2023), to: ReportKey(agency: "changzhang", year: 2023),
            author: "李四", message: "2023", time: time)
        let renamed = try await repository.renameAgency(
            "changzhang", to: "长子县常张镇人民政府", by: "管理员", time: time + 60)
        #expect(renamed.name == "长子县常张镇人民政府")
        #expect(renamed.aliases.contains("长子县常张乡人民政府"))
        #expect(try await repository.reports().first?.agencyName == "长子县常张镇人民政府")
        // Reports written under the old name and the new one are both the office's
        for (name, year) in [("长子县常张乡人民政府", 2022), ("长子县常张镇人民政府", 2024)] {
            let outcome = try await repository.commit(
                SampleReport.make(agency: name, year: year), to: ReportKey(agency: "changzhang", year: year),
                author: "李四", message: "\(year)", time: time + 120)
            #expect(outcome.status == .committed)
        }
        #expect(AgencyMatcher(agencies: try await repository.agencies()).match("常张乡")?.id == "changzhang")
        let audit = try await repository.auditLog(limit: 5)
        #expect(audit.contains { $0.detail == "机关 长子县常张乡人民政府（编号 changzhang）改名为 长子县常张镇人民政府" })
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "长子县大庄镇人民政府", agency: "dazhuang"))) {
            try await repository.renameAgency("changzhang", to: "长子县大庄镇人民政府", by: "管理员")
        }
        // … also with a county in front or dropped: it would take that office's reports for its own
        for name in ["大庄镇人民政府", "山西省长子县大庄镇人民政府"] {
            await #expect(throws: RepositoryError.agency(.nameTaken(name: name, agency: "dazhuang"))) {
                try await repository.renameAgency("changzhang", to: name, by: "管理员")
            }
        }
        await #expect(throws: RepositoryError.agency(.agencyNotFound("nosuch"))) {
            try await repository.renameAgency("nosuch", to: "某镇", by: "管理员")
        }
        #expect(try await repository.agency("changzhang")?.name == "长子县常张镇人民政府")
    }

    /// The same office registered twice (洪泽区人民政府 as `hongze`, kept; 淮安市洪泽区人民政府 as `old`), with the keys
    /// of their 2024 reports, its 2024 report, and that report with one cell of table 3 changed.
    static func oneOfficeUnderTwoIDs() async throws -> (
        repository: ReportRepository, old: ReportKey, kept: ReportKey, report: Report, edited: Report
    ) {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "old", name: "淮安市洪泽区人民政府", by: "管理员")
        try await RepositoryTestSupport.registerAsBefore(repository, id: "hongze", name: "洪泽区人民政府")
        let report = SampleReport.make(agency: "洪泽区人民政府", year: 2024)
        return (
            repository, ReportKey(agency: "old", year: 2024), ReportKey(agency: "hongze", year: 2024), report,
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9")
        )
    }

    @Test func mergingMovesMarksOnTheDraftAndRefusesDifferentTextsOfOneYear() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        try await repository.addAgency(id: "hongze", name: "洪泽区人民政府", by: "管理员")
        try await RepositoryTestSupport.registerAsBefore(repository, id: "old", name: "淮安市洪泽区人民政府")
        let report = SampleReport.make(agency: "洪泽区人民政府", year: 2024)
        try await repository.commit(
            report, to: ReportKey(agency: "old", year: 2024), author: "区办", message: "a", time: time, force: true)
        try await repository.mark("old/2024", as: .submitted, author: "区办", time: time)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: ReportKey(agency: "hongze", year: 2024),
            author: "县", message: "b", time: time, force: true)
        await #expect(throws: RepositoryError.agency(.mergeConflict(from: "old", into: "hongze", years: [2024]))) {
            try await repository.mergeAgency("old", into: "hongze", author: "县", time: time)
        }
        #expect(try await repository.agency("old") != nil)
        #expect(try await repository.reports().count == 2)
        // Into an agency without that year: the draft and its 已报送 move
        try await repository.addAgency(id: "new", name: "洪泽新区", by: "管理员")
        let outcome = try await repository.mergeAgency("old", into: "new", author: "县", time: time)
        #expect(outcome.moved == [2024])
        let moved = try #require(try await repository.report(ReportKey(agency: "new", year: 2024)))
        #expect(moved.status == .submitted)
        await #expect(throws: RepositoryError.agency(.mergeIntoItself("new"))) {
            try await repository.mergeAgency("new", into: "new", author: "县", time: time)
        }
    }

    /// A report published at 第 1 版 whose draft went on to 第 2 版: merged under another id, 公开 still marks the
    /// published text, the new draft follows it, and the history of the old id survives `gc`.
    @Test func mergingKeepsAMarkOnAnEarlierRevisionAndTheOldHistory() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        try await repository.addAgency(id: "old", name: "淮安市洪泽区人民政府", by: "管理员")
        try await RepositoryTestSupport.registerAsBefore(repository, id: "hongze", name: "洪泽区人民政府")
        let key = ReportKey(agency: "old", year: 2024)
        let report = SampleReport.make(agency: "洪泽区人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: key, author: "区办", message: "a", time: time, force: true
        ).revision
        try await repository.mark("old/2024", as: .submitted, author: "区办", time: time)
        try await repository.mark("old/2024", as: .published, author: "县", overriding: "已核准", time: time)
        let second = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "9"), to: key, author: "区办", message: "b",
            time: time.addingTimeInterval(60), force: true
        ).revision
        _ = try await repository.mergeAgency("old", into: "hongze", author: "县", time: time.addingTimeInterval(120))
        let merged = try #require(try await repository.report(ReportKey(agency: "hongze", year: 2024)))
        let published = try #require(merged.published)
        #expect(try await repository.show(published.hex).revision.content.root == first.content.root)
        #expect(try await repository.show(merged.submitted?.hex ?? "").revision.content.root == first.content.root)
        #expect(merged.head.content.root == second.content.root)
        #expect(merged.head.parents == [published])
        #expect(merged.mark(.published)?.comment?.comment == "已核准")
        // The old id's revisions outlive gc
        _ = try await repository.collectGarbage(time: time.addingTimeInterval(30 * 86_400))
        #expect(try await repository.show(first.id.hex).revision.id == first.id)
        #expect(try await repository.show(second.id.hex).revision.id == second.id)
        #expect(try await repository.fsck().isClean)
    }

    /// The same office under two ids, each with the 2024 report: 公开 of the old id on 第 1 版, its draft at 第 2 版,
    /// the kept id's draft the same text as that 第 2 版. Merged, 公开 still marks the published text — on a copy of
    /// it beside the kept id's line, which is not rewound; the text the kept id already has is marked where it is.
    @Test func mergingIntoTheSameTextKeepsAMarkOnAnEarlierText() async throws {
        let (repository, old, kept, report, edited) = try await Self.oneOfficeUnderTwoIDs()
        let time = RepositoryTestSupport.time
        let first = try await repository.commit(
            report, to: old, author: "区办", message: "a", time: time, force: true
        ).revision
        try await repository.mark("old/2024", as: .submitted, author: "区办", time: time)
        try await repository.mark("old/2024", as: .published, author: "县", overriding: "已核准", time: time)
        try await repository.commit(
            edited, to: old, author: "区办", message: "b", time: time.addingTimeInterval(60), force: true)
        let theirs = try await repository.commit(
            edited, to: kept, author: "县", message: "c", time: time.addingTimeInterval(90), force: true
        ).revision
        let outcome = try await repository.mergeAgency(
            "old", into: "hongze", author: "县", time: time.addingTimeInterval(120))
        #expect(outcome.same == [2024])
        let merged = try #require(try await repository.report(kept))
        #expect(merged.head.id == theirs.id)
        let published = try #require(merged.published)
        #expect(try await repository.show(published.hex).revision.content.root == first.content.root)
        #expect(try await repository.show(published.hex).revision.report == kept)
        #expect(merged.mark(.published)?.comment?.comment == "已核准")
        #expect(try await repository.show(merged.submitted?.hex ?? "").revision.content.root == first.content.root)
        #expect(try await repository.fsck().isClean)
    }

    /// The old id's draft went on from the kept id's text (the township kept editing after the county merged): its
    /// earlier 公开 of that very text lands on the kept id's revision of it, and the draft's copy follows, so the kept
    /// id's history reads forward (its text, then the township's edit) with no step back to an older text.
    @Test func mergingOnTopOfTheKeptDraftMarksTheTextItAlreadyHas() async throws {
        let (repository, old, kept, report, edited) = try await Self.oneOfficeUnderTwoIDs()
        let time = RepositoryTestSupport.time
        let theirs = try await repository.commit(
            report, to: kept, author: "县", message: "k", time: time, force: true
        ).revision
        try await repository.commit(report, to: old, author: "区办", message: "a", time: time, force: true)
        try await repository.mark("old/2024", as: .submitted, author: "区办", time: time)
        try await repository.mark("old/2024", as: .published, author: "县", overriding: "已核准", time: time)
        let second = try await repository.commit(
            edited, to: old, author: "区办", message: "b", time: time.addingTimeInterval(60), force: true
        ).revision
        let outcome = try await repository.mergeAgency(
            "old", into: "hongze", author: "县", time: time.addingTimeInterval(120))
        #expect(outcome.moved == [2024])
        let merged = try #require(try await repository.report(kept))
        #expect(merged.head.content.root == second.content.root)
        #expect(merged.head.parents == [theirs.id])
        #expect(merged.published == theirs.id)
        #expect(try await repository.fsck().isClean)
    }
}
