import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// Two nodes whose clocks differ by minutes (the times written stand in for each node's clock). The county's
/// reviewer answers in a comment's thread; the township, whose clock is ten minutes behind, pulls that answer and
/// answers it. On the county's page the township's answer came first — above the county's answer it replied to — for
/// the thread was ordered by the time each writer's computer gave. Now a thread's answers are in the order the node
/// got them, by its own clock. The numbers of comments do not move (each writer's comments are numbered by that
/// writer's own clock).
@Suite struct SkewedClockNotesTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
    static let clerk = Principal(
        person: Person(id: 2, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date()))

    @Test func aThreadReadsInTheOrderItsAnswersCameWhateverTheTownshipsClock() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token) = (scene.county, scene.township, scene.token)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            let comment = try await county.repository.addComment(
                on: Self.key.description, at: "section:一", text: "第一段改", by: Self.reviewer, time: testTime(600))
            try await county.repository.answer(
                comment: comment.id.hex, in: Self.key, text: "请尽快", by: Self.reviewer, time: testTime(1_200))
            _ = try await client.pull()
            // The township answers after it got the county's answer, its clock ten minutes behind the county's
            try await township.repository.answer(
                comment: comment.id.hex, in: Self.key, text: "已改", by: Self.clerk, time: testTime(1_200 - 540))

            _ = try await client.sync()

            let there = try #require(try await county.repository.comments(of: Self.key).first)
            #expect(there.replies.map(\.text) == ["请尽快", "已改"])
            #expect(there.number == 1)
        }
    }
}
