import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A township reads what a pull brought as sent by the county's office (`县政务公开办`, the node name the county gives
/// itself), never by the name the township gave the remote (`county`): in the receipts of the revisions and in the
/// audit log, the lines an older version wrote with the remote's name included.
@Suite struct CountyOfficeReceiptTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aPullAndOlderReceiptsNameTheCountysOffice() async throws {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let own = try await township.editCell(key, index: 0, to: "1", time: testTime(0)).revision
        try await withServer(county) { port in
            let client = township.client(port: port, token: token, remote: "county")
            _ = try await client.push()
            let corrected = try await county.editCell(key, index: 5, to: "7", time: testTime(10)).revision
            _ = try await client.pull()
            // This pull: the receipt and the audit line name the county's office
            let receipts = try await township.repository.receipts(of: [corrected.id])
            #expect(receipts[corrected.id]?.sender == "县政务公开办")
            var log = try await township.repository.auditLog(report: key)
            #expect(
                log.contains { $0.action == "sync" && $0.person == "县政务公开办" && $0.revision == corrected.id.hex },
                "\(log)")
            #expect(!log.contains { $0.person == "county" }, "\(log)")
            // Lines an older version wrote with the remote's name (`county`) read as the office too
            let store = try RevisionStore.open(at: township.path, logger: TestNode.logger)
            try await store.write { writer in
                try writer.recordRevisionReceipt(own.id, sender: "county", at: testTime(20))
                try writer.appendAudit(
                    AuditEntry(
                        time: testTime(20), person: "county", action: "sync", agency: key.agency, year: key.year,
                        revision: own.id.hex, detail: "草稿", node: "changzhang"))
            }
            #expect(try await township.repository.receipts(of: [own.id])[own.id]?.sender == "县政务公开办")
            let details = try await township.repository.show(own.id.hex)
            #expect(details.receipt?.sender == "县政务公开办")
            log = try await township.repository.auditLog(report: key)
            #expect(log.contains { $0.person == "县政务公开办" && $0.revision == own.id.hex }, "\(log)")
            #expect(!log.contains { $0.person == "county" }, "\(log)")
        }
    }
}
