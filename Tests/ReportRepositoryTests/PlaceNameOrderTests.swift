import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// The county's lists put 长乐乡 under Z, after 张庄乡, because ICU reads 长 as zhǎng (county reviewer, rv101): the
/// registry, the board and its search, and a new agency's id read place words as places (``PlaceNameReading``).
@Suite struct PlaceNameOrderTests {
    static func county(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        for (id, name) in [
            ("zhangzhuang", "张庄乡人民政府"), ("changle", "长乐乡人民政府"), ("changzhang", "常张乡人民政府"),
            ("dazhuang", "大庄乡人民政府"), ("shanxian", "单县人民政府"), ("danyang", "丹阳市人民政府"),
        ] {
            try await repository.addAgency(id: id, name: name, by: "管理员")
        }
        return repository
    }

    @Test func theRegistryAndTheBoardListPlacesByTheirReading() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let order = ["changle", "changzhang", "dazhuang", "danyang", "shanxian", "zhangzhuang"]

        let registry = try await repository.agencyRegistry().map(\.id)
        #expect(registry == order, "\(registry)")
        try await repository.setExpectedAgencies(order, year: 2024)
        let board = try await repository.board(year: 2024, now: RepositoryTestSupport.time)
        #expect(board.map(\.agency.id) == order)
        // Searched by the initials of its reading
        let found = try await repository.board(
            year: 2024, query: BoardQuery(search: "clx"), now: RepositoryTestSupport.time)
        #expect(found.map(\.agency.id) == ["changle"])
    }

    @Test func aNewAgencysIdSpellsItsPlaceReading() {
        #expect(AgencyNaming.readableID(for: "长乐乡人民政府", taken: []) == "changle")
        #expect(AgencyNaming.readableID(for: "厦门市人民政府", taken: []) == "xiamen")
        #expect(AgencyNaming.readableID(for: "六安市人民政府", taken: []) == "luan")
        #expect(AgencyNaming.readableID(for: "长子县人民政府", taken: []) == "zhangzi")
    }

    @Test func peopleKeepICUsOrder() {
        #expect(AgencyOrder.people("张三", "长孙明"))
        #expect(!AgencyOrder.names("张庄乡", "长乐乡"))
    }
}
