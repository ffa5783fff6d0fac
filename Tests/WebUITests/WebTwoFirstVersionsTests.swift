import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The county uploaded and published 常张乡's mailed file (its 第 1 版); later 常张乡's clerk made her own 第 1 版 on her
/// node, submitted it and merged the county's in: the report page lists `已公开 第 1 版` and `已报送 第 1 版`, two
/// different revisions, which read as one — the submission as already public (user review ux98, finding L). Each is
/// named by office and person.
@Suite struct WebTwoFirstVersionsTests {
    @Test func theReportPageNamesTwoDifferentFirstVersionsApart() async throws {
        let (people, year) = try await WebFirstDayBoardTests.county()
        let repository = people.fixture.repository
        let key = ReportKey(agency: "changzhang", year: year)
        let report = SampleReport.make(agency: "常张乡人民政府", year: year)
        let county = try await repository.commit(report, to: key, author: "王审核", message: "上传 常张乡.docx").revision
        try await repository.mark(key.description, as: .submitted, author: "王审核")
        try await repository.mark(key.description, as: .published, author: "王审核")
        // The township's own first version, and its merge of the county's, as its push brings them
        let own = SampleReport.settingTable3Cell(of: report, index: 2, to: "5")
        let (root, objects) = ObjectGraph.objects(of: own)
        let first = EncodedObject(
            .revision(
                RevisionContent(
                    report: key, root: root, parents: [], author: "李四", node: "常张乡", time: Date(),
                    message: "改正主动公开条数")))
        let merge = EncodedObject(
            .revision(
                RevisionContent(
                    report: key, root: root, parents: [first.id, county.id], author: "李四", node: "常张乡",
                    time: Date(), message: "合并")))
        let outcome = try await repository.receive(
            objects: (objects + [first, merge]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: key, ref: .draft, revision: merge.id, expected: county.id),
                RefUpdate(report: key, ref: .mark(.submitted), revision: first.id, expected: county.id),
            ],
            from: Sender(label: "changzhang", scope: .agencies(["changzhang"])))
        #expect(outcome.results.allSatisfy { $0.status != .conflict }, "\(outcome.results)")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/\(year)", method: .get, headers: reviewer))
            #expect(page.contains("第 1 版（常张乡 李四）"), "\(page)")
            #expect(page.contains("第 1 版（county 王审核）"))
        }
    }
}
