import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import SyncClient
import Testing

/// The county's workflow acts that leave a report's revisions as they were travel by sync all the same: a report
/// submitted again unchanged after a return, returned again unchanged, and an agency merge (the township follows it,
/// its old id is never made again on the county's node). The agency's kind and aliases travel with its reports.
@Suite struct WorkflowSyncTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// The status of a report on a node.
    static func status(_ key: ReportKey, on node: TestNode) async throws -> ReportStatus? {
        try await node.repository.reports().first { $0.report == key }?.status
    }

    /// Marks are set to the second: the next move must come at least one second later to be later.
    static func nextSecond() async throws { try await Task.sleep(for: .milliseconds(1_100)) }

    @Test func aReportSubmittedAgainUnchangedAfterAReturnReachesTheCounty() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李四")
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            #expect(try await Self.status(Self.key, on: county) == .submitted)
            // The county returns it; the township sees the return (at the county's time of it, which must come after
            // the submission it received: a back-dated return is before it on both nodes)
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三请核对", author: "王审核")
            _ = try await client.sync()
            #expect(try await Self.status(Self.key, on: township) == .returned)
            // The township checks, changes nothing, and submits the same revision again: the county sees it
            try await Self.nextSecond()
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李四")
            #expect(try await Self.status(Self.key, on: township) == .submitted)
            let resubmitted = try await client.sync()
            #expect(resubmitted.push.results.map(\.status) == [.moved])
            #expect(try await Self.status(Self.key, on: county) == .submitted)
            // Nothing more to send, and a retried push of the same renewal changes nothing
            let again = try await client.sync()
            #expect(again.push.results.isEmpty)
            #expect(try await Self.status(Self.key, on: county) == .submitted)
            // The county returns the same revision again: the township sees the second return
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三第二行还是不对", author: "王审核")
            try await Self.nextSecond()
            let returned = try await client.sync()
            #expect(returned.pull.reports.first?.marks[.returned] != nil)
            #expect(try await Self.status(Self.key, on: township) == .returned)
            // And that pull is not echoed back
            #expect(returned.push.results.isEmpty)
            #expect(try await Self.status(Self.key, on: county) == .returned)
        }
    }

    /// The county's report page shows every 报送 a township pushed, not only the last: the first one, before the
    /// return, stays in the 流程 after the report is submitted again (review rr89 F11), and so does the township's
    /// view of the county's first return after a second one.
    @Test func theTrailKeepsEverySubmissionAndReturnReceivedBySync() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        _ = try await township.repository.mark(
            Self.key.description, as: .submitted, author: "李四", audit: AuditNote(.mark, "命令行：已报送"))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三请核对", author: "王审核", audit: AuditNote(.mark, "已退回"))
            _ = try await client.sync()
            try await Self.nextSecond()
            try await township.editCell(Self.key, index: 0, to: "6", time: testTime(10))
            _ = try await township.repository.mark(
                Self.key.description, as: .submitted, author: "李四", audit: AuditNote(.mark, "命令行：已报送"))
            _ = try await client.sync()
            try await Self.nextSecond()
            _ = try await county.repository.mark(
                Self.key.description, as: .returned, comment: "表三第二行还是不对", author: "王审核",
                audit: AuditNote(.mark, "已退回"))
            _ = try await client.sync()
        }
        let countySteps = try await county.repository.workflowSteps(of: Self.key)
        #expect(countySteps.map(\.mark) == [.submitted, .returned, .submitted, .returned])
        #expect(countySteps.map(\.person) == ["常张乡", "王审核", "常张乡", "王审核"])
        #expect(countySteps.last?.comment == "表三第二行还是不对")
        let townshipSteps = try await township.repository.workflowSteps(of: Self.key)
        #expect(townshipSteps.map(\.mark) == [.submitted, .returned, .submitted, .returned])
    }

    @Test func aTownshipFollowsTheCountysAgencyMergeAndTheOldIdIsNotMadeAgain() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        // The township reports under an old id; the county registers the office under its readable id
        let old = ReportKey(agency: "ag-a6309912", year: 2024)
        let merged = ReportKey(agency: "changzhang", year: 2024)
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: [old.agency]).secret
        try await township.editCell(old, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            try await county.repository.addAgency(
                id: "changzhang", name: "常张乡人民政府", aliases: ["长子县常张乡人民政府"], kind: .township, by: "管理员")
            let outcome = try await county.repository.mergeAgency(old.agency, into: "changzhang", author: "王管理")
            #expect(outcome.moved == [2024])
            // The township edits on under the old id: a push alone does not send it (its token reaches the merged
            // agency now), and nothing is stored
            try await township.editCell(old, index: 1, to: "7", time: testTime(20))
            let pushed = try await client.push()
            #expect(pushed.results.isEmpty)
            #expect(pushed.unsent.map(\.report) == [old])
            #expect(try await county.repository.agencies().map(\.id) == ["changzhang"])
            #expect(try await county.repository.reportStates().map(\.report) == [merged])
            // A sync takes the merge in: the township's edits move onto the county's report, and reach it
            let synced = try await client.sync()
            #expect(synced.pull.merges.map(\.outcome?.moved) == [[2024]])
            #expect(try await township.repository.reportStates().map(\.report) == [merged])
            #expect(synced.push.results.map(\.status) == [.fastForwarded])
            let countyDraft = try await county.repository.report(at: merged.description)
            let townshipDraft = try await township.repository.report(at: merged.description)
            #expect(countyDraft == townshipDraft)
            // The edit moved onto the county's report is credited to the township that wrote it, not to the remote
            // it followed the merge from; the township's audit log names the remote for the merge.
            let head = try #require(try await county.repository.report(merged)).head
            #expect(head.content.author == "changzhang" && head.content.message.hasPrefix("机关合并："))
            let audit = try await township.repository.auditLog()
            #expect(audit.contains { $0.action == "agency-merge" && $0.detail.contains("合并到 常张乡人民政府") })
            #expect(try await county.repository.agencies().map(\.id) == ["changzhang"])
            // The agency's kind and aliases came with its report
            let there = try #require(try await township.repository.agencies().first { $0.id == "changzhang" })
            #expect(there.kind == .township)
            #expect(there.aliases.contains("长子县常张乡人民政府"))
            // Syncing again does nothing
            let again = try await client.sync()
            #expect(again.pull.merges.isEmpty)
            #expect(again.push.results.isEmpty)
        }
    }

    /// 撤乡设镇 at the county (`agency rename`): the township takes the new name at its next pull, its old name kept
    /// as another name of its agency (as on the county), even when no revision moved (the pull said 已是最新); its
    /// next report, written under the new name, is its own (it had been refused as another office's, with advice
    /// to force it). A name another agency has on the township is never taken.
    @Test func aTownshipTakesTheCountysNewNameForItsAgency() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        let other = try TestNode("changzhang-2")
        defer {
            county.remove()
            township.remove()
            other.remove()
        }
        let key = ReportKey(agency: "changzhang", year: 2024)
        try await county.repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        try await county.repository.addAgency(id: "dazhuang", name: "长子县大庄镇人民政府", by: "管理员")
        try await township.repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        // A node that has another agency under the new name
        try await other.repository.addAgency(id: "changzhang", name: "长子县常张乡人民政府", by: "管理员")
        try await other.repository.addAgency(id: "czz", name: "长子县常张镇人民政府", by: "管理员")
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await county.repository.commit(
            SampleReport.make(agency: "长子县常张乡人民政府", year: 2024), to: key, author: "王审核", message: "2024",
            time: testTime(0))
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            _ = try await other.client(port: port, token: token).sync()
            try await county.repository.renameAgency("changzhang", to: "长子县常张镇人民政府", by: "管理员")
            // No revision moved: the pull has nothing to show, and still carries the name
            let pulled = try await township.client(port: port, token: token).sync()
            #expect(pulled.pull.reports.isEmpty)
            _ = try await other.client(port: port, token: token).sync()
        }
        let there = try #require(try await township.repository.agency("changzhang"))
        #expect(there.name == "长子县常张镇人民政府")
        #expect(there.aliases.contains("长子县常张乡人民政府"))
        let next = try await township.repository.commit(
            SampleReport.make(agency: "长子县常张镇人民政府", year: 2025), to: ReportKey(agency: "changzhang", year: 2025),
            author: "李四", message: "2025", time: testTime(1))
        #expect(next.status == .committed)
        #expect(next.warnings.isEmpty, "\(next.warnings)")
        // Where the new name is another agency's, the agency keeps its name and does not take it as an alias
        let kept = try #require(try await other.repository.agency("changzhang"))
        #expect(kept.name == "长子县常张乡人民政府")
        #expect(!kept.aliases.contains("长子县常张镇人民政府"))
        #expect(try await other.repository.agency("czz")?.name == "长子县常张镇人民政府")
    }

    @Test func aRefMoveUnderAMergedIdIsRefusedSayingWhereTheAgencyWent() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let old = ReportKey(agency: "changzhangxiang", year: 2024)
        try await county.editCell(old, index: 0, to: "5", time: testTime(0))
        try await county.repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        _ = try await county.repository.mergeAgency(old.agency, into: "changzhang", author: "王管理")
        let before = try await county.repository.reportStates()
        // A revision of the old report, made elsewhere, sent by a token that reaches everything
        let edited = try await township.editCell(old, index: 1, to: "7", time: testTime(5))
        let plan = try await township.repository.pushPlan(to: "county", states: [], scope: .all)
        let objects = try await township.repository.objects(plan.objects, scope: .all).map {
            ReceivedObject(id: $0.id, bytes: $0.bytes)
        }
        let update = RefUpdate(report: old, ref: .draft, revision: edited.revision.id, expected: nil)
        await #expect(throws: RepositoryError.agency(.mergedAway(old.agency, into: "changzhang"))) {
            _ = try await county.repository.receive(
                objects: objects, updates: [update], from: Sender(label: "市", scope: .all))
        }
        // A token that reaches neither is told what it is told of any other agency
        await #expect(throws: RepositoryError.outOfScope(agency: old.agency)) {
            _ = try await county.repository.receive(
                objects: [], updates: [update], from: Sender(label: "大庄乡", scope: .agencies(["dazhuang"])))
        }
        #expect(try await county.repository.reportStates() == before)
        #expect(try await county.repository.agencies().map(\.id) == ["changzhang"])
        #expect("\(RepositoryError.agency(.mergedAway(old.agency, into: "changzhang")))".contains("已在这里并入 changzhang"))
    }
}
