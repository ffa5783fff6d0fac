import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import SyncServer
import Testing

/// The server's answers to bad requests: refused whole with the right status and a JSON message, nothing changed.
@Suite struct ProtocolTests {
    /// A report's objects and a first revision of it, as a batch would carry them.
    static func objects(agency: String, year: Int = 2024) -> (revision: ObjectID, objects: [WireObject]) {
        let (root, objects) = ObjectGraph.objects(of: SampleReport.make(agency: "\(agency)乡", year: year))
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: ReportKey(agency: agency, year: year), root: root, parents: [], author: "t", node: agency,
                    time: testTime(0), message: "first")))
        return (revision.id, (objects + [revision]).map { WireObject(id: $0.id, bytes: $0.bytes) })
    }

    static func upload(_ objects: [WireObject], draft: ObjectID?, agency: String) throws -> ByteBuffer {
        // Sorted keys: the same bytes in every run, so that a mutation test hits the same field each time.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let header = try draft.map { revision in
            try encoder.encode(
                RefUpdateList(updates: [
                    WireRefUpdate(
                        report: ReportKey(agency: agency, year: 2024), ref: .draft, revision: revision, expected: nil,
                        comment: nil, agency: WireAgency(id: agency, name: "\(agency)乡", parent: nil))
                ]))
        }
        return ByteBuffer(bytes: ObjectBatch(header: header.map(Array.init) ?? [], objects: objects).encoded())
    }

    /// Stores a report's objects in a node as the county would, and makes its revision the agency's draft.
    static func storeDraft(
        of report: (revision: ObjectID, objects: [WireObject]), agency: String, in repository: ReportRepository
    ) async throws {
        _ = try await repository.receive(
            objects: report.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(
                    report: ReportKey(agency: agency, year: 2024), ref: .draft, revision: report.revision, expected: nil
                )
            ],
            from: Sender(label: "test", scope: .all))
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    static func errorCode(_ response: TestResponse) -> String {
        (try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body.readableBytesView)))?.error ?? "none"
    }

    @Test func badRequestsAreRefusedWholeAndChangeNothing() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        let township = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let all = try await county.repository.issueToken(label: "county", scope: .all).secret
        let app = buildNodeApplication(
            repository: county.repository, configuration: .init(port: 0, logger: TestNode.logger))
        let (revision, objects) = Self.objects(agency: "changzhang")
        let before = try await county.repository.statistics()
        try await app.test(.router) { client in
            // A wrong token: 401
            try await client.execute(
                uri: "/v1/refs", method: .get, headers: Self.bearer("nbt_" + String(repeating: "0", count: 48))
            ) {
                #expect($0.status == .unauthorized)
                #expect(Self.errorCode($0) == "unauthorized")
            }
            // A corrupted object among good ones: 400, nothing stored
            var corrupted = objects
            corrupted[3].bytes[corrupted[3].bytes.count - 2] ^= 0x01
            try await client.execute(
                uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                body: try Self.upload(corrupted, draft: revision, agency: "changzhang")
            ) {
                #expect($0.status == .badRequest)
                #expect(Self.errorCode($0) == "bad-request")
            }
            // Objects out of order (a parent before its children): 400
            try await client.execute(
                uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                body: try Self.upload(objects.reversed(), draft: nil, agency: "changzhang")
            ) { #expect($0.status == .badRequest) }
            // A township token for another agency's report: 403
            let other = Self.objects(agency: "otherplace")
            try await client.execute(
                uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                body: try Self.upload(other.objects, draft: other.revision, agency: "otherplace")
            ) {
                #expect($0.status == .forbidden)
                #expect(Self.errorCode($0) == "forbidden")
            }
            // A body over the limit: 413, before it is read
            try await client.execute(
                uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                body: ByteBuffer(repeating: 0, count: SyncProtocol.maxBodyBytes + 1)
            ) { #expect($0.status == .contentTooLarge) }
            // Malformed JSON and a malformed batch: 400 with a message
            try await client.execute(
                uri: "/v1/objects/missing", method: .post, headers: Self.bearer(township),
                body: ByteBuffer(string: "{\"ids\": [\"xyz\"")
            ) {
                #expect($0.status == .badRequest)
                #expect(Self.errorCode($0) == "bad-request")
            }
            try await client.execute(
                uri: "/v1/objects", method: .post, headers: Self.bearer(township), body: ByteBuffer(string: "hello")
            ) { #expect($0.status == .badRequest) }
            #expect(try await county.repository.statistics() == before)
            // The same good batch twice: stored once, the second changes nothing
            for attempt in 0..<2 {
                try await client.execute(
                    uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                    body: try Self.upload(objects, draft: revision, agency: "changzhang")
                ) { response in
                    #expect(response.status == .ok)
                    let result = try JSONDecoder().decode(
                        UploadResult.self, from: Data(response.body.readableBytesView))
                    #expect(result.stored == (attempt == 0 ? objects.count : 0))
                    #expect(result.results.first?.status == (attempt == 0 ? .created : .unchanged))
                }
            }
            let once = try await county.repository.statistics()
            #expect(once.objectCount == objects.count)
            // A county's report the township may not read: not listed, not fetched
            try await Self.storeDraft(of: other, agency: "otherplace", in: county.repository)
            try await client.execute(uri: "/v1/refs", method: .get, headers: Self.bearer(township)) { response in
                let listing = try JSONDecoder().decode(RefsListing.self, from: Data(response.body.readableBytesView))
                #expect(listing.reports.map(\.report.agency) == ["changzhang"])
            }
            try await client.execute(
                uri: "/v1/objects/fetch", method: .post, headers: Self.bearer(township),
                body: ByteBuffer(bytes: try JSONEncoder().encode(ObjectIDList(ids: [other.revision])))
            ) { response in
                // Answered as an object the node does not have: an empty batch.
                #expect(response.status == .ok)
                let batch = try ObjectBatch.decode(Array(response.body.readableBytesView))
                #expect(batch.objects.isEmpty)
            }
            try await client.execute(
                uri: "/v1/objects/fetch", method: .post, headers: Self.bearer(all),
                body: ByteBuffer(bytes: try JSONEncoder().encode(ObjectIDList(ids: [other.revision])))
            ) { #expect($0.status == .ok) }
            // A township may not publish
            let publish = RefUpdateList(updates: [
                WireRefUpdate(
                    report: ReportKey(agency: "changzhang", year: 2024), ref: .mark(.published), revision: revision,
                    expected: nil, comment: nil, agency: nil)
            ])
            try await client.execute(
                uri: "/v1/refs/update", method: .post, headers: Self.bearer(township),
                body: ByteBuffer(bytes: try JSONEncoder().encode(publish))
            ) { #expect($0.status == .forbidden) }
        }
    }

    @Test func anotherAgencysObjectIdWithOtherBytesIsRefusedAsAnIdNobodyHas() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        let township = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let app = buildNodeApplication(
            repository: county.repository, configuration: .init(port: 0, logger: TestNode.logger))
        let other = Self.objects(agency: "otherplace")
        try await Self.storeDraft(of: other, agency: "otherplace", in: county.repository)
        let before = try await county.repository.statistics()
        let nobodys = ObjectID.hashing(Array("nobody has this".utf8))
        try await app.test(.router) { client in
            var answers: [String] = []
            for id in [other.revision, nobodys] {
                // Bytes that are not the object's, under an id the county holds for another agency, and under one
                // nobody holds; and then a draft pointed at that id
                for draft in [nil, id] {
                    try await client.execute(
                        uri: "/v1/objects", method: .post, headers: Self.bearer(township),
                        body: try Self.upload(
                            [WireObject(id: id, bytes: Array("garbage".utf8))], draft: draft, agency: "changzhang")
                    ) { response in
                        answers.append("\(response.status.code) \(String(buffer: response.body))")
                    }
                }
            }
            #expect(answers[0] == answers[2].replacingOccurrences(of: nobodys.hex, with: other.revision.hex))
            #expect(answers[1] == answers[3].replacingOccurrences(of: nobodys.hex, with: other.revision.hex))
            #expect(answers.allSatisfy { $0.hasPrefix("400") })
        }
        #expect(try await county.repository.statistics() == before)
    }

    @Test func theLargestRevisionACommitTakesFitsOnePullPack() async throws {
        // Given a county whose report is as large as a revision may be
        let county = try TestNode("county")
        defer { county.remove() }
        let limit = ReportRepository.maxObjectsPerRevision
        #expect(limit <= SyncProtocol.maxObjectsPerBatch)
        #expect(ReportRepository.maxBytesPerRevision <= SyncProtocol.maxBodyBytes - 1024 * 1024)
        let key = ReportKey(agency: "changzhang", year: 2024)
        let error = await #expect(throws: RepositoryError.self) {
            try await county.repository.commit(
                SampleReport.make(paragraphs: limit), to: key, author: "王芳", message: "过大")
        }
        guard case .reportTooLarge(let objects, _) = error else {
            Issue.record("expected reportTooLarge, got \(String(describing: error))")
            return
        }
        try await county.repository.commit(
            SampleReport.make(paragraphs: 2 * limit - objects), to: key, author: "王芳", message: "正好")
        // When a township pulls it from nothing, as the node packs it
        let pack = try await county.repository.pullPack(
            scope: .agencies(["changzhang"]), have: [], maxObjects: SyncProtocol.maxObjectsPerBatch,
            maxBytes: SyncProtocol.maxBodyBytes - 1024 * 1024)
        // Then one pack holds all of it, ending with the revision
        #expect(pack.remaining == 0)
        #expect(pack.objects.count == limit)
        #expect(pack.objects.last?.kind == .revision)
    }

    @Test func aPushedRevisionOfMorePartsThanACommitTakesIsRefusedWithItsEarlierBatchesCounted() async throws {
        // Given a county that holds the content of a township revision of more parts than a commit takes (an older
        // nianbao made it), sent in an earlier request
        let county = try TestNode("county")
        defer { county.remove() }
        let key = ReportKey(agency: "changzhang", year: 2024)
        let township = Sender(
            try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).token)
        let limit = ReportRepository.maxObjectsPerRevision
        func revision(paragraphs: Int) -> (content: [ReceivedObject], revision: EncodedObject) {
            let (root, objects) = ObjectGraph.objects(of: SampleReport.make(paragraphs: paragraphs))
            let revision = EncodedObject(
                .revision(
                    RevisionContent(
                        report: key, root: root, parents: [], author: "王芳", node: "changzhang", time: testTime(0),
                        message: "汇编 \(paragraphs)")))
            return (objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, revision)
        }
        func push(_ revision: EncodedObject) async throws -> ReceiveOutcome {
            try await county.repository.receive(
                objects: [ReceivedObject(id: revision.id, bytes: revision.bytes)],
                updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: nil)], from: township)
        }
        let large = revision(paragraphs: limit)
        _ = try await county.repository.receive(objects: large.content, updates: [], from: township)
        let before = try await county.repository.statistics()
        // When the revision comes with its draft
        let error = await #expect(throws: RepositoryError.self) { try await push(large.revision) }
        // Then it is refused as a commit would refuse it, its parts sent before counted, and nothing is stored
        guard case .reportTooLarge(let objects, _) = error else {
            Issue.record("expected reportTooLarge, got \(String(describing: error))")
            return
        }
        #expect(objects == large.content.count + 1)
        #expect(try await county.repository.statistics() == before)
        // And a revision of exactly as many parts as a commit takes is received
        let fitting = revision(paragraphs: 2 * limit - objects)
        _ = try await county.repository.receive(objects: fitting.content, updates: [], from: township)
        let outcome = try await push(fitting.revision)
        #expect(outcome.results.map(\.status) == [.created])
    }

    @Test func revisionsSharingOneReportAreMeasuredAndAtMostABatchOfThemComesAtOnce() async throws {
        // Given a township that sends its report once and then many revisions of the same content (other times),
        // and one whose content is another report, each measured as a pull would carry it
        let county = try TestNode("county")
        defer { county.remove() }
        let key = ReportKey(agency: "changzhang", year: 2024)
        let township = Sender(
            try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).token)
        let (root, content) = ObjectGraph.objects(of: SampleReport.make(paragraphs: 40))
        let (otherRoot, otherContent) = ObjectGraph.objects(of: SampleReport.make(paragraphs: 3))
        func revisions(_ count: Int, root: ObjectID, from first: Int) -> [EncodedObject] {
            (first..<first + count).map { time in
                EncodedObject(
                    .revision(
                        RevisionContent(
                            report: key, root: root, parents: [], author: "王芳", node: "changzhang",
                            time: testTime(time), message: "第 \(time) 次保存")))
            }
        }
        let limit = SyncProtocol.maxRevisionsPerBatch
        let batch = revisions(limit - 1, root: root, from: 0) + revisions(1, root: otherRoot, from: limit)
        let received = (content + otherContent + batch).map { ReceivedObject(id: $0.id, bytes: $0.bytes) }
        // When they come in one batch of the most revisions a batch may hold
        let outcome = try await county.repository.receive(
            objects: received, updates: [], from: township, maxRevisions: limit)
        // Then all are stored, and each measures as the single measure does
        #expect(outcome.stored.stored == Set(received.map(\.id)).count)
        let store = try RevisionStore.open(at: county.path, logger: TestNode.logger)
        let sizes = try await store.read { reader in
            (try reader.revisionSizes(batch.map(\.id)), try batch.map { try reader.revisionSize($0.id) })
        }
        #expect(sizes.0.map(\.objects) == sizes.1.map(\.objects))
        #expect(sizes.0.map(\.bytes) == sizes.1.map(\.bytes))
        #expect(sizes.0.first?.objects == Set(content.map(\.id)).count + 1)
        #expect(sizes.0.last?.objects == Set(otherContent.map(\.id)).count + 1)
        // And one revision more than a batch may hold is refused before anything is stored
        let before = try await county.repository.statistics()
        let tooMany = revisions(limit + 1, root: root, from: 2 * limit).map {
            ReceivedObject(id: $0.id, bytes: $0.bytes)
        }
        await #expect(throws: RepositoryError.tooManyRevisions(limit: limit)) {
            try await county.repository.receive(objects: tooMany, updates: [], from: township, maxRevisions: limit)
        }
        #expect(try await county.repository.statistics() == before)
    }

    @Test func aPushOfMoreRevisionsThanABatchHoldsIsCutToFit() async throws {
        // Given a township whose draft has one revision more than an upload batch may hold
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let key = ReportKey(agency: "changzhang", year: 2024)
        let (root, content) = ObjectGraph.objects(of: SampleReport.make(paragraphs: 3))
        var history: [EncodedObject] = []
        for time in 0...SyncProtocol.maxRevisionsPerBatch {
            history.append(
                EncodedObject(
                    .revision(
                        RevisionContent(
                            report: key, root: root, parents: history.last.map { [$0.id] } ?? [], author: "王芳",
                            node: "changzhang", time: testTime(time), message: "第 \(time) 次保存"))))
        }
        let last = try #require(history.last)
        _ = try await township.repository.receive(
            objects: (content + history).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: last.id, expected: nil)],
            from: Sender(label: "本机", scope: .all))
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        // When it pushes to the county
        let report = try await withServer(county) { port in try await township.client(port: port, token: token).push() }
        // Then the revisions go in two batches, and the county holds the whole history
        #expect(report.results.map(\.status) == [.created])
        #expect(report.statistics.requests >= 3)
        #expect(try await county.drafts()[key] == last.id)
    }

    @Test func publishingIsRefusedWhileAConflictIsOpen() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        let key = ReportKey(agency: "changzhang", year: 2024)
        // Given a report with two heads: the county's draft and a township line that branched from its first revision
        let first = try await county.editCell(key, index: 0, to: "1", time: testTime(0)).revision
        try await county.editCell(key, index: 1, to: "2", time: testTime(1))
        let base = try await county.repository.report(at: first.id.hex)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.settingTable3Cell(of: base, index: 2, to: "3"))
        let theirs = EncodedObject(
            .revision(
                RevisionContent(
                    report: key, root: root, parents: [first.id], author: "乡", node: "changzhang", time: testTime(2),
                    message: "township")))
        let outcome = try await county.repository.receive(
            objects: (objects + [theirs]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: theirs.id, expected: first.id)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        #expect(outcome.results.first?.status == .conflict)
        #expect(outcome.results.first?.conflict?.base == first.id)
        // Then publishing is refused, locally and over the wire
        await #expect(
            throws: RepositoryError.conflictOpen(key, heads: ["from-changzhang"], agencyName: "changzhang乡人民政府")
        ) {
            try await county.repository.mark(key.description, as: .published, author: "县政务公开办")
        }
        let refused = try await county.repository.receive(
            objects: [], updates: [RefUpdate(report: key, ref: .mark(.published), revision: first.id, expected: nil)],
            from: Sender(label: "county", scope: .all))
        #expect(refused.results.first?.status == .refused)
        #expect(try await county.repository.reportStates().first?.marks[.published] == nil)
    }
}
