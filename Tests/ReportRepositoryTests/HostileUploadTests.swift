import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// A small hostile file uploaded by a clerk (review rr97 F1, F2) is refused with its reason, and the store is left
/// exactly as it was.
@Suite struct HostileUploadTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aPDFDrawingAFormInsideItselfIsRefusedAndNothingIsStored() async throws {
        let folder = try TemporaryDirectory()
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let text = ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2024))
        try await repository.commit(
            bytes: Array(text.utf8), named: "常张乡.txt", to: Self.key, author: "李四", time: RepositoryTestSupport.time)
        let statistics = try await repository.statistics()
        let audit = try await repository.auditLog()
        // 10^6 lines from 3.5 KB
        let bomb = NestedFormPDF.bytes(leaf: NestedFormPDF.line, fan: 10, depth: 6)
        await #expect {
            try await repository.commit(bytes: bomb, named: "年报.pdf", to: Self.key, author: "李四")
        } throws: { error in
            guard case RepositoryError.parse("年报.pdf", .unreadableDocument(.tooMuchDrawn(1, .shapes, _, false))) = error
            else { return false }
            return "\(error)".contains("PDF 第 1 页的内容过多")
        }
        #expect(try await repository.statistics() == statistics)
        #expect(try await repository.auditLog() == audit)
    }
}
