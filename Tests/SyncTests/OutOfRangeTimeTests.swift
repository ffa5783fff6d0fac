import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import Testing

/// One request with any township's token killed the county's server: a note whose time was `Int64.max` seconds
/// became a date that trapped when turned back into seconds, before the note was checked (rr97 F1). A time outside
/// 1970–9999 is now refused where the request is read, and the server goes on answering.
@Suite struct OutOfRangeTimeTests {
    typealias Reviewed = HostileNoteTests.Reviewed

    @Test(arguments: [Int64.max, Int64.max - 300, Int64.min, -1, 253_402_300_800])
    func aNoteWhoseTimeIsNoDateIsRefusedAndTheServerGoesOn(time: Int64) async throws {
        let reviewed = try await Reviewed.make()
        defer { reviewed.county.node.remove() }
        let before = try await reviewed.snapshot()
        try await withLiveServer(reviewed.county.node.repository) { port in
            // Given 常张乡's answer to the reviewer's comment, sent with a time that is no date
            let answer = Note(
                kind: .reply, report: HostileNoteTests.changzhang, revision: reviewed.comment.revision,
                target: reviewed.comment.id, text: "已改", author: "李四", time: Date())
            var wire = HostileNoteTests.wire(answer)
            wire.time = time
            let response = try await WireClient(port: port, token: reviewed.county.township).post(
                "/v1/refs/update", json: RefUpdateList(updates: [], notes: [wire]))
            // Then it is refused as a bad request, saying why
            #expect(response.status == 400)
            #expect(response.text.contains("not a date"))
            // And the server still answers, and the store is as it was
            let listing = try await WireClient(port: port, token: reviewed.county.all).request("GET", "/v1/refs")
            #expect(listing.status == 200)
        }
        #expect(try await reviewed.snapshot() == before)
    }

    @Test func aMarkCommentWhoseTimeIsNoDateIsRefusedAndTheServerGoesOn() async throws {
        let county = try await HostileClientTests.County.make()
        defer { county.node.remove() }
        try await withLiveServer(county.node.repository) { port in
            let township = WireClient(port: port, token: county.township)
            let comment = WireMark(
                name: .submitted, revision: county.own, comment: "请审核", author: "李四", time: Int64.max)
            let response = try await township.post(
                "/v1/refs/update",
                json: RefUpdateList(updates: [
                    WireRefUpdate(
                        report: HostileClientTests.changzhang, ref: .mark(.submitted), revision: county.own,
                        expected: nil, comment: comment, agency: nil)
                ]))
            #expect(response.status == 400)
            let listing = try await WireClient(port: port, token: county.all).request("GET", "/v1/refs")
            let report = try listing.json(RefsListing.self).reports.first { $0.report == HostileClientTests.changzhang }
            #expect(report?.marks.contains { $0.name == .submitted } == false)
        }
    }
}
