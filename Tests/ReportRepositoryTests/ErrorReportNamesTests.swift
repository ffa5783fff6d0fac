import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// An error that names a report names it by its office, as ``ReportNames`` does (`常张乡人民政府 2024 年度报告`), never by
/// its id alone: a clerk reads `changzhang/2024` as nothing. The id stays only in a command to type; a report outside
/// a scope is named as one that does not exist.
@Suite struct ErrorReportNamesTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// changzhang/2024 committed once from plain text, its agency named 常张乡人民政府 by the text.
    static func repository() async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.commit(
            SampleReport.make(), to: key, author: "王芳", message: "v1", time: RepositoryTestSupport.time)
        return repository
    }

    static func refusal(_ body: () async throws -> Void) async -> RepositoryError? {
        do {
            try await body()
            return nil
        } catch {
            return error as? RepositoryError
        }
    }

    @Test func errorsNameTheReportByItsOffice() async throws {
        let repository = try await Self.repository()
        // A mark not set yet
        let unmarked = try #require(
            await Self.refusal { _ = try await repository.resolve("changzhang/2024@published") })
        #expect(unmarked == .refNotSet(Self.key, .published, agencyName: "常张乡人民政府"))
        #expect(unmarked.chineseDescription == "常张乡人民政府 2024 年度报告 还没有标记为“已公开”。")
        #expect(unmarked.englishDescription == "The 常张乡人民政府 2024 report has not been marked published yet.")
        // A version it does not have: named by office, the id kept in the command to type
        let unnumbered = try #require(await Self.refusal { _ = try await repository.resolve("changzhang/2024#9") })
        #expect(
            unnumbered.chineseDescription
                == "常张乡人民政府 2024 年度报告 没有第 9 版（`nianbao log changzhang/2024` 列出它的各版）。")
        // A revision without an original
        let noOriginal = try #require(await Self.refusal { _ = try await repository.original(of: "changzhang/2024") })
        #expect(noOriginal.chineseDescription.hasPrefix("常张乡人民政府 2024 年度报告 的修订 "), "\(noOriginal)")
        #expect(!noOriginal.chineseDescription.contains("报告 changzhang/2024"))
        // A last year it does not have
        let noLastYear = try #require(
            await Self.refusal {
                _ = try await repository.nextYearDraft(of: ReportKey(agency: "changzhang", year: 2026))
            })
        #expect(noLastYear.chineseDescription.hasPrefix("仓库里没有 常张乡人民政府 2025 年度报告："), "\(noLastYear)")
    }

    @Test func aReportOutOfReachIsNamedAsOneThatDoesNotExist() async throws {
        let repository = try await Self.repository()
        // Given a scope that does not reach changzhang: its report is named by the id, as an agency nobody knows
        let hidden = try #require(
            await Self.refusal {
                _ = try await repository.resolve("changzhang/2024#9", scope: .agencies(["dazhuang"]))
            })
        let unknown = try #require(
            await Self.refusal { _ = try await repository.resolve("nowhere/2024#9", scope: .agencies(["dazhuang"])) })
        #expect(hidden == .unknownNumber(Self.key, number: 9))
        #expect(!hidden.chineseDescription.contains("常张乡"))
        #expect(
            hidden.chineseDescription.replacingOccurrences(of: "changzhang", with: "nowhere")
                == unknown.chineseDescription)
    }
}
