import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// Whichever way a revision comes from another node — pushed by a township's token, pulled from a remote — the node
/// records who brought it and when, beside what the revision claims, and writes an audit line for the draft or mark
/// it moved; a revision made here has no receipt.
@Suite struct ReceiptSyncTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func pushedAndPulledRevisionsAreRecordedWithWhoBroughtThem() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            let pushed = try await township.editCell(key, index: 0, to: "1", time: testTime(0)).revision
            _ = try await client.push()
            let corrected = try await county.editCell(key, index: 5, to: "7", time: testTime(10)).revision
            _ = try await client.pull()
            // On the county: the township's revision by its token, its own without a receipt
            let atCounty = try await county.repository.receipts(of: [pushed.id, corrected.id])
            #expect(atCounty[pushed.id]?.sender == "常张乡")
            #expect(atCounty[corrected.id] == nil)
            // On the township: the county's correction by the remote it was pulled from
            let atTownship = try await township.repository.receipts(of: [pushed.id, corrected.id])
            #expect(atTownship[corrected.id]?.sender == "county")
            #expect(atTownship[pushed.id] == nil)
            // Each node's audit log names who moved its draft
            let countyLog = try await county.repository.auditLog(report: key)
            #expect(countyLog.contains { $0.action == "sync" && $0.person == "常张乡" && $0.revision == pushed.id.hex })
            let townshipLog = try await township.repository.auditLog(report: key)
            #expect(
                townshipLog.contains { $0.action == "sync" && $0.person == "county" && $0.revision == corrected.id.hex }
            )
            #expect(try await county.repository.fsck().isClean)
            #expect(try await township.repository.fsck().isClean)
        }
    }
}
