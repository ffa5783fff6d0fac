import Foundation
import ReportModel
import RevisionStore
import Testing

@testable import NianbaoCLI
@testable import ReportRepository

/// When the county merged two agency ids, a pulling node follows and says so. Its lines named the agencies by id —
/// `机关 changzhang 已在对方并入 czz`, `本机在 changzhang 名下对 2024 年报告的修改与 czz/2024 的报告有冲突` — which a clerk
/// does not read. They now name the offices (the old one by the name this node knew before the merge) and the report
/// as ``ReportNames`` does, keeping the id only in the command to type.
@Suite struct PullMergeLinesTests {
    @Test func aFollowedMergeIsToldByOffice() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try await county.serveCountyMergingAfterATownshipEdit(township) { _ in
            // Given an edit here under the old id, and the county keeping another text under a new id, then merging
            // When the township pulls
            let pulled = try await township.runServed(["pull"])
            let lines = pulled.stdout
            // Then the merge and the kept edit name the offices, the id only in the command to type
            #expect(lines.contains("  机关 常张乡人民政府 已在对方并入 长子县常张镇人民政府：本节点也已合并（2024）。"), "\(lines)")
            #expect(
                lines.contains("  本机在 常张乡人民政府 名下的修改与 长子县常张镇人民政府 2024 年度报告 有冲突，留作第二个版本"),
                "\(lines)")
            #expect(lines.contains("`nianbao merge czz/2024`"), "\(lines)")
            #expect(!lines.contains("机关 changzhang") && !lines.contains("并入 czz") && !lines.contains("czz/2024 的报告"))
        }
    }

    @Test func anOldIdOfTheSameNameIsToldApartByTheId() {
        let merge = AgencyMerge(agency: "changzhang", into: "czz", merged: Date(timeIntervalSince1970: 0))
        let same = FollowedMerge(
            merge: merge, outcome: nil, problem: nil, fromName: "常张乡人民政府", intoName: "常张乡人民政府")
        #expect(SyncText.offices(of: same).from == "常张乡人民政府（原编号 changzhang）")
        #expect(SyncText.offices(of: same).into == "常张乡人民政府")
        let unnamed = FollowedMerge(merge: merge, outcome: nil, problem: nil)
        #expect(SyncText.offices(of: unnamed).from == "changzhang" && SyncText.offices(of: unnamed).into == "czz")
    }
}
