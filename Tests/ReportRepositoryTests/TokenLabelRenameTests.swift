import Foundation
import ReportModel
import Testing

@testable import ReportRepository

/// A token named after its office follows the office's rename: after `agency rename changzhang 长子县常张镇人民政府`
/// the township's pushes were still named `长子县常张乡人民政府` (user review rv117, M15). A label someone chose stays.
@Suite struct TokenLabelRenameTests {
    @Test func aTokenNamedAfterTheOfficeTakesItsNewName() async throws {
        // Given 常张乡 and 大庄镇, with tokens named after the office (as `token create` names them) and one named by hand
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuang", name: "长子县大庄镇人民政府", by: "管理员")
        let office = try await repository.issueToken(label: "长子县常张乡人民政府", scope: .agencies(["changzhang"])).token
        let both = try await repository.issueToken(
            label: "长子县常张乡人民政府、长子县大庄镇人民政府", scope: .agencies(["changzhang", "dazhuang"])
        ).token
        // (in English, `token create --lang en` joins the names with a comma)
        let english = try await repository.issueToken(
            label: "长子县大庄镇人民政府, 长子县常张乡人民政府", scope: .agencies(["changzhang", "dazhuang"])
        ).token
        let chosen = try await repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"])).token
        let other = try await repository.issueToken(label: "长子县常张乡人民政府", scope: .agencies(["dazhuang"])).token

        // When the county renames 常张乡
        try await repository.renameAgency("changzhang", to: "长子县常张镇人民政府", by: "管理员")

        // Then the tokens named after it are named by its new name; the others stay
        let labels = Dictionary(uniqueKeysWithValues: try await repository.tokens().map { ($0.id, $0.label) })
        #expect(labels[office.id] == "长子县常张镇人民政府")
        #expect(labels[both.id] == "长子县常张镇人民政府、长子县大庄镇人民政府")
        #expect(labels[english.id] == "长子县大庄镇人民政府, 长子县常张镇人民政府")
        #expect(labels[chosen.id] == "常张乡")
        // (a token that does not reach the office is not named after it, whatever its label says)
        #expect(labels[other.id] == "长子县常张乡人民政府")
    }
}
