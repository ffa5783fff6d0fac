import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A county correction that a merge joined into a paragraph the clerk also changed was undone, silently, by her next
/// commit of her own file: the merge was hers, so the walk for her file's base took the merge — whose text her file
/// never held — and laid her file over it (user review rv117, F5: 王审核's 全面 gone, no warning).
@Suite struct MergedCorrectionKeptTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    static func paragraph(_ text: String, of report: Report) -> Report {
        SampleReport.rewritingParagraph(of: report, index: 0, to: text)
    }

    /// The draft's first paragraph of 一、(一).
    static func firstParagraph(of node: TestNode) async throws -> String? {
        let draft = try await node.repository.report(at: key.description)
        guard case .paragraph(let paragraph) = draft.sections.first?.sections.first?.blocks.first else { return nil }
        return paragraph.text
    }

    @Test func herNextOwnFileKeepsTheCorrectionAMergeJoinedIntoHerParagraph() async throws {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let own = ReportSource(diagnostics: [])
        let first = Self.paragraph("本机关进一步规范办理流程，每月开展一次自查，工作仍需增强。", of: try await county.document(Self.key))
        _ = try await county.repository.commit(first, to: Self.key, author: "王审核", message: "初稿", time: testTime(0))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).pull()
            // Her own file: 仍需 → 仍须; the county corrects another phrase of the same paragraph
            let herFirst = Self.paragraph("本机关进一步规范办理流程，每月开展一次自查，工作仍须增强。", of: first)
            _ = try await township.repository.commit(
                herFirst, to: Self.key, author: "李四", message: "上传 年报.txt", time: testTime(60), source: own)
            _ = try await county.repository.commit(
                Self.paragraph("本机关进一步规范办理流程，每月开展一次全面自查，工作仍需增强。", of: first), to: Self.key,
                author: "王审核", message: "县里改", time: testTime(90))
            // She pulls and merges: both changes joined in the paragraph
            _ = try await township.client(port: port, token: token).pull()
            _ = try await township.repository.mergeHeads(of: Self.key, author: "李四", time: testTime(150))
            #expect(try await Self.firstParagraph(of: township) == "本机关进一步规范办理流程，每月开展一次全面自查，工作仍须增强。")

            // When she edits her own file again (流程 → 程序) and commits it
            let herSecond = Self.paragraph("本机关进一步规范办理程序，每月开展一次自查，工作仍须增强。", of: first)
            _ = try await township.repository.commit(
                herSecond, to: Self.key, author: "李四", message: "上传 年报.txt", time: testTime(200), source: own)

            // Then the county's 全面 stays, with both of her changes
            #expect(try await Self.firstParagraph(of: township) == "本机关进一步规范办理程序，每月开展一次全面自查，工作仍须增强。")
        }
    }
}
