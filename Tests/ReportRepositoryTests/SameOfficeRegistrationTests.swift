import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// `agency add dazhuang2 --name 长子县大庄乡人民政府` beside a registered 大庄乡 made the same township twice: its report
/// counted under one and the other stayed 未报送 in the county's workbook (ux98 Q). A name that is a registered
/// office's with its county or city in front (or dropped) is refused as that office's, saying how to write it so.
@Suite struct SameOfficeRegistrationTests {
    @Test func theSameTownshipWithItsCountyInFrontIsRefused() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "dazhuang", name: "大庄乡", by: "管理员")

        for name in ["长子县大庄乡人民政府", "大庄乡人民政府"] {
            let error = await #expect(throws: RepositoryError.self) {
                try await repository.addAgency(id: "dazhuang2", name: name, by: "管理员")
            }
            #expect(error == .agency(.nameTaken(name: name, agency: "dazhuang")), "\(name)")
            #expect(error?.description.contains("nianbao agency rename dazhuang \(name)") == true)
        }
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "长子县大庄乡人民政府", agency: "dazhuang"))) {
            try await repository.addAgency(id: "xiaozhuang", name: "小庄乡", aliases: ["长子县大庄乡人民政府"], by: "管理员")
        }
        try await repository.addAgency(id: "xiaozhuang", name: "小庄乡", by: "管理员")
        await #expect(throws: RepositoryError.agency(.nameTaken(name: "长子县大庄乡", agency: "dazhuang"))) {
            try await repository.addAliases(["长子县大庄乡"], to: "xiaozhuang", by: "管理员")
        }
        #expect(try await repository.agency("dazhuang2") == nil)
        #expect(try await repository.agency("xiaozhuang")?.aliases.isEmpty == true)
        // The office itself takes its full name
        let renamed = try await repository.renameAgency("dazhuang", to: "长子县大庄乡人民政府", by: "管理员")
        #expect(renamed.name == "长子县大庄乡人民政府")
    }
}
