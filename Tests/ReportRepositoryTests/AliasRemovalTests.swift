import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// `agency alias ID NAME --remove`: a county takes back a name an agency should not have — one given by mistake, or
/// one a township's push gave its agency before review rr95's finding 1 was fixed (another office's name, which made
/// the county file that office's reports as the township's and kept it from registering that office).
@Suite struct AliasRemovalTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A county store where 常张乡 holds 瓦岗寨乡's name as an alias, and a draft of its own.
    static func countyWithAWrongAlias(in store: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: store)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", aliases: ["常张乡"], by: "管理员")
        try await repository.addAliases(["瓦岗寨乡人民政府"], to: "changzhang", by: "管理员")
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: key, author: "李四", message: "初稿",
            time: RepositoryTestSupport.time)
        return repository
    }

    @Test func aWrongAliasRemovedLetsThatOfficeBeRegisteredAndNoLongerTakesItsReports() async throws {
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let repository = try await Self.countyWithAWrongAlias(in: store)
        let wagangzhai = SampleReport.make(agency: "瓦岗寨乡人民政府", year: 2024)
        // While the alias is there, 瓦岗寨乡 cannot be registered
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "瓦岗寨乡人民政府", agency: "changzhang"))) {
            try await repository.addAgency(id: "wagangzhai", name: "瓦岗寨乡人民政府", by: "管理员")
        }
        let left = try await repository.removeAliases(["瓦岗寨乡人民政府"], from: "changzhang", by: "管理员")
        #expect(left.aliases == ["常张乡"])
        #expect(try await repository.agencyRegistry().first { $0.id == "changzhang" }?.aliases == ["常张乡"])
        // The audit log names who took which name from which office
        let line = try #require(try await repository.auditLog().first)
        #expect(line.action == AuditAction.agencyAliasRemove.rawValue)
        #expect(line.person == "管理员")
        #expect(line.detail == "删去机关 常张乡人民政府 的别名 瓦岗寨乡人民政府")
        // 瓦岗寨乡's report is now refused as another office's, and 瓦岗寨乡 can be registered
        await #expect(
            performing: {
                try await repository.commit(wagangzhai, to: Self.key, author: "王审核", message: "导入")
            },
            throws: { error in
                guard case RepositoryError.wrongReport(let mismatch) = error else { return false }
                return mismatch.textAgency == "瓦岗寨乡人民政府"
            })
        try await repository.addAgency(id: "wagangzhai", name: "瓦岗寨乡人民政府", by: "管理员")
        // 常张乡's own report is untouched
        let summary = try #require(try await repository.report(Self.key))
        #expect(try await repository.log(of: summary).count == 1)
    }

    @Test func aNameThatIsNotTheAgencysAliasIsRefusedAndNothingIsRemoved() async throws {
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let repository = try await Self.countyWithAWrongAlias(in: store)
        let before = try await repository.auditLog().count
        // Two names, the second not an alias of 常张乡 (its own name): neither is removed
        await #expect(
            throws: RepositoryError.agency(.notAnAlias(name: "常张乡人民政府", agency: "常张乡人民政府"))
        ) {
            try await repository.removeAliases(["瓦岗寨乡人民政府", "常张乡人民政府"], from: "changzhang", by: "管理员")
        }
        #expect(
            try await repository.agencyRegistry().first { $0.id == "changzhang" }?.aliases.sorted()
                == ["瓦岗寨乡人民政府", "常张乡"].sorted())
        #expect(try await repository.auditLog().count == before)
        await #expect(throws: RepositoryError.agency(.agencyNotFound("nowhere"))) {
            try await repository.removeAliases(["常张乡"], from: "nowhere", by: "管理员")
        }
        // Said in Chinese, naming the office, not an id
        let message = RepositoryError.agency(.notAnAlias(name: "大庄乡", agency: "常张乡人民政府")).description
        #expect(message.contains("“大庄乡”不是常张乡人民政府的别名"))
    }
}
