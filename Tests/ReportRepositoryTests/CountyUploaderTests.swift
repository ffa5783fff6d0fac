import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// 代为报送 (the board's batch 报送 on a township's behalf) is for the files townships mail and the county uploads
/// itself; it took a township's own draft for the county's upload when the township had uploaded it through its token
/// on the county's pages, or when `agency merge` had copied a township's pushed draft (review rv100 F1): the county
/// could then submit, and publish, a draft the township never submitted.
@Suite struct CountyUploaderTests {
    static let year = 2024

    /// A county node with a reviewer, a clerk of 常张乡, 常张乡's token and one reaching every report.
    static func county(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuang", name: "大庄乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuangzhen", name: "大庄镇人民政府", by: "管理员")
        _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: "审核密码123456", by: "管理员")
        _ = try await repository.addPerson(
            name: "李四", role: .clerk, agencies: ["changzhang"], password: "常张乡密码123456", by: "管理员")
        _ = try await repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        _ = try await repository.issueToken(label: "县里的笔记本", scope: .all, owner: "赵县")
        return repository
    }

    static func submitted(_ report: ReportKey, in repository: ReportRepository) async throws -> Bool {
        let results = await repository.markBatch(
            [report], as: .submitted, comment: nil, author: "王审核", countyUploadsOnly: true)
        return try #require(results.first).outcome != nil
    }

    @Test func aTownshipsUploadThroughItsTokenIsNotTheCountys() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let changzhang = ReportKey(agency: "changzhang", year: Self.year)
        let report = SampleReport.make(agency: "常张乡人民政府", year: Self.year)
        // 常张乡 uploaded a half-done draft with its token on the county's pages (authored by the token's label)
        try await repository.commit(report, to: changzhang, author: "常张乡", message: "上传 常张乡.docx")
        #expect(try await repository.countyUploader(of: try await repository.resolve("changzhang/2024")) == nil)
        #expect(try await !Self.submitted(changzhang, in: repository))
        #expect(try await repository.marks(of: changzhang).isEmpty)
        // The county's own upload, through the laptop's token, is the county's
        var mailed = report
        mailed.preamble.append(.paragraph(Paragraph("县里代为上传。")))
        try await repository.commit(mailed, to: changzhang, author: "赵县", message: "上传 常张乡.docx")
        #expect(try await Self.submitted(changzhang, in: repository))
    }

    /// A township's node may name itself as the county's and its author as the county's reviewer (rv102 F3): what
    /// another node pushed here is the sender's, and 代为报送 leaves it for the township to submit.
    @Test func aPushedRevisionNamingTheCountysNodeAndReviewerIsNotTheCountys() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        let changzhang = ReportKey(agency: "changzhang", year: Self.year)
        let pushed = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: Self.year), to: changzhang, author: "王审核",
            message: "县里核对后更正")
        #expect(try await repository.countyUploader(of: pushed.revision) != nil)
        // (as the receive path records it for every revision a push brings)
        try await repository.write { writer in
            try writer.recordRevisionReceipt(pushed.revision.id, sender: "常张乡", at: Date())
        }
        #expect(try await repository.countyUploader(of: pushed.revision) == nil)
        #expect(try await !Self.submitted(changzhang, in: repository))
        #expect(try await repository.marks(of: changzhang).isEmpty)
        // nor once `agency merge` copied it under another id (rv104 F8)
        _ = try await repository.mergeAgency("changzhang", into: "dazhuang", author: "管理员")
        let copy = try await repository.resolve("dazhuang/\(Self.year)")
        #expect(copy.content.author == "王审核")
        #expect(try await repository.countyUploader(of: copy) == nil)
    }

    @Test func aTownshipsDraftCopiedByAnAgencyMergeIsNotTheCountys() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        // 大庄乡's draft, written by 孙八 (a person of the township's node, not of this one); then 大庄乡 became 大庄镇
        try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: Self.year),
            to: ReportKey(agency: "dazhuang", year: Self.year), author: "孙八", message: "初稿")
        _ = try await repository.mergeAgency("dazhuang", into: "dazhuangzhen", author: "管理员")
        let merged = ReportKey(agency: "dazhuangzhen", year: Self.year)
        let copy = try await repository.resolve(merged.description)
        #expect(copy.content.author == "孙八")
        #expect(try await repository.countyUploader(of: copy) == nil)
        #expect(try await !Self.submitted(merged, in: repository))
    }

    @Test func theCountysUploadCopiedByAnAgencyMergeStaysTheCountys() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county(in: folder)
        try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: Self.year),
            to: ReportKey(agency: "dazhuang", year: Self.year), author: "王审核", message: "上传 大庄乡.docx")
        _ = try await repository.mergeAgency("dazhuang", into: "dazhuangzhen", author: "管理员")
        let copy = try await repository.resolve("dazhuangzhen/\(Self.year)")
        #expect(try await repository.countyUploader(of: copy) != nil)
    }
}
