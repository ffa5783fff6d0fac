import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncServer
import Testing

/// A township's token, in the hands of a hostile client speaking the wire protocol to a real server, reaches only
/// its own agency's data: nothing outside answers differently from what does not exist, nothing it sends makes
/// another agency's data its own, and what it sends is recorded as its own.
@Suite struct HostileClientTests {
    static let changzhang = ReportKey(agency: "changzhang", year: 2024)
    static let dazhuang = ReportKey(agency: "dazhuang", year: 2024)
    static let secretText = "大庄乡2024年收到群众来信三封，均涉及征地补偿，此段文字只在大庄乡的报告里。"

    /// A county node with 常张乡's report (two revisions) and 大庄乡's (whose first paragraph is its own), a token
    /// for 常张乡 and the county's.
    struct County {
        let node: TestNode
        let township: String
        let all: String
        let own: ObjectID
        let foreign: ObjectID

        static func make(townshipScope: Set<String> = ["changzhang"]) async throws -> County {
            let node = try TestNode("county")
            try await node.editCell(changzhang, index: 0, to: "1", time: testTime(0))
            let own = try await node.editCell(changzhang, index: 1, to: "2", time: testTime(1)).revision.id
            let foreign = try await node.editParagraph(dazhuang, index: 0, to: secretText, time: testTime(2))
                .revision.id
            // A token is for agencies registered here (`token create` refuses others)
            let known = Set(try await node.repository.agencies().map(\.id))
            for id in townshipScope.subtracting(known).sorted() {
                try await node.repository.addAgency(id: id, name: id, by: "县政务公开办")
            }
            let township = try await node.repository.issueToken(label: "常张乡", scope: .agencies(townshipScope))
            let all = try await node.repository.issueToken(label: "县政务公开办", scope: .all)
            return County(node: node, township: township.secret, all: all.secret, own: own, foreign: foreign)
        }
    }

    /// A new revision of a report over a document, with the objects it needs.
    static func revision(
        of key: ReportKey, document: Report, parents: [ObjectID], node: String = "changzhang", time: Int = 10
    ) -> (revision: ObjectID, objects: [WireObject]) {
        let (root, objects) = ObjectGraph.objects(of: document)
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: key, root: root, parents: parents, author: "乡", node: node, time: testTime(time),
                    message: "push")))
        return (revision.id, (objects + [revision]).map { WireObject(id: $0.id, bytes: $0.bytes) })
    }

    static func batch(_ objects: [WireObject], updates: [WireRefUpdate] = []) throws -> ObjectBatch {
        let header = updates.isEmpty ? [] : Array(try JSONEncoder().encode(RefUpdateList(updates: updates)))
        return ObjectBatch(header: header, objects: objects)
    }

    static func draft(_ key: ReportKey, _ revision: ObjectID, agency: WireAgency? = nil) -> WireRefUpdate {
        WireRefUpdate(report: key, ref: .draft, revision: revision, expected: nil, comment: nil, agency: agency)
    }

    @Test func objectsOutsideTheTokensReachAnswerAsAbsent() async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let secret = EncodedObject(.paragraph(Self.secretText)).id
        let ownDocument = try await county.node.repository.report(at: Self.changzhang.description)
        let ownObject = try #require(ObjectGraph.objects(of: ownDocument).objects.first { $0.kind == .paragraph }).id
        let nothing = ObjectID.hashing(Array("nothing".utf8))
        try await withLiveServer(county.node.repository) { port in
            let township = WireClient(port: port, token: county.township)
            // `missing` confirms nothing outside the token's reach: another agency's objects are "missing" like
            // an id the node never saw
            let missing = try await township.post(
                "/v1/objects/missing", json: ObjectIDList(ids: [county.foreign, secret, nothing, ownObject]))
            #expect(missing.status == 200)
            #expect(try missing.json(MissingObjects.self).missing == [county.foreign, secret, nothing])
            // `fetch` serves only objects of the token's own reports
            let fetched = try await township.post(
                "/v1/objects/fetch", json: ObjectIDList(ids: [county.foreign, secret, ownObject]))
            #expect(fetched.status == 200)
            #expect(try ObjectBatch.decode(fetched.body).objects.map(\.id) == [ownObject])
            // Pointing its own draft at another agency's revision answers exactly as an id that does not exist
            let pointed = try await township.post(
                "/v1/refs/update", json: RefUpdateList(updates: [Self.draft(Self.changzhang, county.foreign)]))
            let unknown = try await township.post(
                "/v1/refs/update", json: RefUpdateList(updates: [Self.draft(Self.changzhang, nothing)]))
            #expect(pointed.status == 400)
            #expect(pointed.status == unknown.status)
            #expect(pointed.text.replacingOccurrences(of: county.foreign.hex, with: nothing.hex) == unknown.text)
            #expect(!pointed.text.contains("dazhuang"))
            // The county's token reaches everything
            let all = WireClient(port: port, token: county.all)
            let everything = try await all.post("/v1/objects/fetch", json: ObjectIDList(ids: [secret]))
            #expect(try ObjectBatch.decode(everything.body).objects.map(\.id) == [secret])
        }
        #expect(
            try await county.node.repository.reportStates().first { $0.report == Self.changzhang }?.draft == county.own)
    }

    /// A township that guesses another agency's section (its bytes, without the parts it is made of) learns nothing:
    /// the node answers as for a section nobody has, and does not take it as the township's own.
    @Test func aGuessedSectionOfAnotherAgencyAnswersAsOneNobodyHas() async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let foreign = try await county.node.repository.report(at: Self.dazhuang.description)
        let own = Set(
            ObjectGraph.objects(of: try await county.node.repository.report(at: Self.changzhang.description)).objects
                .map(\.id))
        let foreignObjects = ObjectGraph.objects(of: foreign).objects
        let guessed = try #require(
            foreignObjects.first {
                guard $0.kind == .section, !own.contains($0.id),
                    let decoded = try? CanonicalObject.decode($0.bytes)
                else { return false }
                return decoded.references.contains { $0.id == EncodedObject(.paragraph(Self.secretText)).id }
            })
        // The same section with another first paragraph: nobody has it, nor that paragraph
        let altered = SampleReport.rewritingParagraph(of: foreign, index: 0, to: "无此段落。")
        let nobodys = try #require(
            ObjectGraph.objects(of: altered).objects.first {
                $0.kind == .section && !foreignObjects.map(\.id).contains($0.id)
                    && (try? CanonicalObject.decode($0.bytes))?.references.count
                        == (try? CanonicalObject.decode(guessed.bytes))?.references.count
            })
        let before = try await county.node.repository.statistics()
        try await withLiveServer(county.node.repository) { port in
            let township = WireClient(port: port, token: county.township)
            var answers: [WireResponse] = []
            for object in [guessed, nobodys] {
                answers.append(
                    try await township.upload(ObjectBatch(objects: [WireObject(id: object.id, bytes: object.bytes)])))
            }
            #expect(answers.map(\.status) == [400, 400])
            #expect(try answers.map { try $0.json(ErrorBody.self).error } == ["bad-request", "bad-request"])
            #expect(!answers[0].text.contains("dazhuang") && !answers[0].text.contains("大庄"))
            // The section is not within the township's reach afterwards
            let missing = try await township.post("/v1/objects/missing", json: ObjectIDList(ids: [guessed.id]))
            #expect(try missing.json(MissingObjects.self).missing == [guessed.id])
        }
        #expect(try await county.node.repository.statistics() == before)
    }

    @Test func aRevisionWhoseParentIsAnotherReportsIsRefusedWhole() async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let document = SampleReport.settingTable3Cell(
            of: try await county.node.repository.report(at: Self.changzhang.description), index: 2, to: "7")
        let forged = Self.revision(of: Self.changzhang, document: document, parents: [county.own, county.foreign])
        let before = try await county.node.repository.statistics()
        try await withLiveServer(county.node.repository) { port in
            // Given a "merge" of its own draft with 大庄乡's revision, pushed with the township's token
            let township = WireClient(port: port, token: county.township)
            let pushed = try await township.upload(
                try Self.batch(forged.objects, updates: [Self.draft(Self.changzhang, forged.revision)]))
            // Then the batch is refused whole
            #expect(pushed.status == 400)
            #expect(!pushed.text.contains("dazhuang"))
            // Even with the county's token, a revision's parents stay within its report
            let all = WireClient(port: port, token: county.all)
            let byCounty = try await all.upload(
                try Self.batch(forged.objects, updates: [Self.draft(Self.changzhang, forged.revision)]))
            #expect(byCounty.status == 400)
            #expect(byCounty.text.contains("不是同一份报告的修订"))
            // And the next pull with the township's token brings nothing of 大庄乡's
            let pulled = try await township.post("/v1/pull", json: PullRequest(have: []))
            #expect(pulled.status == 200)
            let pack = try ObjectBatch.decode(pulled.body)
            #expect(!pack.objects.map(\.id).contains(EncodedObject(.paragraph(Self.secretText)).id))
            #expect(!pack.objects.map(\.id).contains(county.foreign))
        }
        #expect(try await county.node.repository.statistics() == before)
        #expect(try await county.node.repository.fsck().isClean)
    }

    @Test func aTownshipsPushCreatesNoAgencyButItsOwn() async throws {
        let county = try await County.make(townshipScope: ["changzhang", "xinzhuang"])
        defer { county.node.remove() }
        let key = ReportKey(agency: "xinzhuang", year: 2024)
        let pushed = Self.revision(of: key, document: SampleReport.make(agency: "新庄乡人民政府"), parents: [])
        try await withLiveServer(county.node.repository) { port in
            let township = WireClient(port: port, token: county.township)
            // Given a push of a report of its own whose agency record names a parent, and a mark whose agency
            // record is another agency's
            let response = try await township.upload(
                try Self.batch(
                    pushed.objects,
                    updates: [
                        Self.draft(
                            key, pushed.revision,
                            agency: WireAgency(id: "xinzhuang", name: "新庄乡人民政府", parent: "fakecounty")),
                        WireRefUpdate(
                            report: key, ref: .mark(.submitted), revision: pushed.revision, expected: nil, comment: nil,
                            agency: WireAgency(id: "squatter", name: "县人民政府办公室", parent: nil)),
                    ]))
            #expect(response.status == 200)
        }
        // Then only its own agency is recorded, without the parent it made up
        let agencies = try await county.node.repository.agencies()
        #expect(agencies.map(\.id).sorted() == ["changzhang", "dazhuang", "xinzhuang"])
        #expect(agencies.first { $0.id == "xinzhuang" }?.parent == nil)
    }

    @Test func aMarkReceivedIsRecordedUnderTheTokenAtTheNodesTime() async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let start = Date().addingTimeInterval(-1)
        try await withLiveServer(county.node.repository) { port in
            // Given a submission whose comment claims a county person and a time long ago
            let township = WireClient(port: port, token: county.township)
            let claimed = WireMark(name: .submitted, revision: county.own, comment: "请审核", author: "县长张三", time: 0)
            let response = try await township.post(
                "/v1/refs/update",
                json: RefUpdateList(updates: [
                    WireRefUpdate(
                        report: Self.changzhang, ref: .mark(.submitted), revision: county.own, expected: nil,
                        comment: claimed,
                        agency: nil)
                ]))
            #expect(response.status == 200)
            // Then the county lists it under the token's label, at the time it arrived
            let listing = try await WireClient(port: port, token: county.all).request("GET", "/v1/refs")
            let report = try #require(try listing.json(RefsListing.self).reports.first { $0.report == Self.changzhang })
            let mark = try #require(report.marks.first { $0.name == .submitted })
            #expect(mark.comment == "请审核")
            #expect(mark.author == "常张乡")
            #expect((mark.time ?? 0) >= Int64(start.timeIntervalSince1970))
        }
        let states = try await county.node.repository.reportStates()
        #expect(states.first { $0.report == Self.changzhang }?.comments[.submitted]?.author == "常张乡")
    }

    @Test(arguments: [
        (#""kind":"comment""#, #""kind":"poem""#), (#""kind":"comment""#, #""kind":"decision","verdict":"postponed""#),
    ])
    func aNoteOfAnUnknownKindOrVerdictIsRefusedAndNothingIsStored(field: String, replacement: String) async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let note = Note(
            kind: .comment, report: Self.changzhang, revision: county.own, anchor: "section:一", text: "请核对",
            author: "常张乡", time: testTime(3))
        let wire = WireNote(
            id: note.id, kind: note.kind, report: note.report, revision: note.revision, anchor: note.anchor,
            target: nil, verdict: nil, text: note.text, author: note.author,
            time: Int64(note.time.timeIntervalSince1970))
        let valid = String(decoding: try JSONEncoder().encode(RefUpdateList(updates: [], notes: [wire])), as: UTF8.self)
        #expect(valid.contains(field))
        let before = try await county.node.repository.statistics()
        try await withLiveServer(county.node.repository) { port in
            let response = try await WireClient(port: port, token: county.township).request(
                "POST", "/v1/refs/update", body: Array(valid.replacingOccurrences(of: field, with: replacement).utf8))
            #expect(response.status == 400)
            #expect(String(decoding: response.body, as: UTF8.self).contains("notes"))
        }
        #expect(try await county.node.repository.statistics() == before)
        #expect(try await county.node.repository.comments(of: Self.changzhang).isEmpty)
    }

    @Test(arguments: ["常张\n乡", String(repeating: "长", count: 200), "a/b", "", " 常张乡"])
    func aNodeNameThatIsNotOneIsRefused(node: String) async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let document = SampleReport.settingTable3Cell(
            of: try await county.node.repository.report(at: Self.changzhang.description), index: 3, to: "9")
        let pushed = Self.revision(of: Self.changzhang, document: document, parents: [county.own], node: node)
        let before = try await county.node.repository.statistics()
        try await withLiveServer(county.node.repository) { port in
            let response = try await WireClient(port: port, token: county.township).upload(
                try Self.batch(pushed.objects, updates: [Self.draft(Self.changzhang, pushed.revision)]))
            #expect(response.status == 400)
        }
        #expect(try await county.node.repository.statistics() == before)
    }

    @Test func unreferencedUploadsAreBoundedAndCollected() async throws {
        let county = try await County.make()
        defer { county.node.remove() }
        let before = try await county.node.repository.statistics()
        var random = SeededRandom(seed: 12)
        func junk() -> [WireObject] {
            (0..<20).map { _ in
                let text = String(
                    (0..<400).map { _ in Character(Unicode.Scalar(UInt32(0x4E00 + random.int(0...2000)))!) })
                let object = EncodedObject(.paragraph(text))
                return WireObject(id: object.id, bytes: object.bytes)
            }
        }
        let batches = [junk(), junk(), junk()]
        var limits = NodeLimits()
        // (the store keeps bodies compressed: about 17 KB a batch of random text, counted as stored)
        limits.uploadQuota = 42_000
        try await withLiveServer(county.node.repository, limits: limits) { port in
            let township = WireClient(port: port, token: county.township)
            // Given uploads that no ref will ever reach (about 24 KB each, 17 KB as stored)
            #expect(try await township.upload(try Self.batch(batches[0])).status == 200)
            #expect(try await township.upload(try Self.batch(batches[1])).status == 200)
            // Then the one that would pass the quota is refused, and nothing of it is stored
            let refused = try await township.upload(try Self.batch(batches[2]))
            #expect(refused.status == 413)
            #expect(refused.text.contains("\"error\":\"quota\""))
            let missing = try await WireClient(port: port, token: county.all).post(
                "/v1/objects/missing", json: ObjectIDList(ids: batches[2].map(\.id)))
            #expect(try missing.json(MissingObjects.self).missing == batches[2].map(\.id))
            // And what the token uploaded counts as held for it, so that a resumed push does not send it again
            let held = try await township.post("/v1/objects/missing", json: ObjectIDList(ids: batches[0].map(\.id)))
            #expect(try held.json(MissingObjects.self).missing.isEmpty)
        }
        // When `gc` runs a day later, the junk goes and nothing else
        let report = try await county.node.repository.collectGarbage(time: Date().addingTimeInterval(2 * 86_400))
        #expect(report.removed == 40)
        let after = try await county.node.repository.statistics()
        // (the bodies left may take fewer bytes: gc also keeps pieces of reports as deltas where that is smaller)
        #expect(after.objects == before.objects && after.bodyBytes <= before.bodyBytes)
        #expect(after.revisions == before.revisions && after.refs == before.refs)
        #expect(try await county.node.repository.fsck().isClean)
        // And the token may upload again
        try await withLiveServer(county.node.repository, limits: limits) { port in
            let again = try await WireClient(port: port, token: county.township).upload(try Self.batch(batches[2]))
            #expect(again.status == 200)
        }
    }
}
