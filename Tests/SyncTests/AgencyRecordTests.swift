import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import Testing

/// What a node takes of an agency record another node sends with a report: a new agency's name only when it is a
/// name no other agency has here (the rule of `agency add`, 同一个名称只能指一个机关), and a township's token only
/// for an agency registered here.
@Suite struct AgencyRecordTests {
    static let key = ReportKey(agency: "xinzhen2", year: 2024)

    /// A county with 大庄乡 registered as 大庄乡人民政府 (alias 大庄乡).
    static func county() async throws -> TestNode {
        let county = try TestNode("county")
        try await county.repository.addAgency(
            id: "dazhuang", name: "大庄乡人民政府", aliases: ["大庄乡"], kind: .township, by: "县政务公开办")
        return county
    }

    /// A push of a first revision of xinzhen2's report, with the agency record the sender gives.
    static func push(
        _ agency: Agency, to county: TestNode, from sender: Sender
    ) async throws -> [RefUpdateResult] {
        let pushed = HostileClientTests.revision(
            of: key, document: SampleReport.make(agency: agency.name), parents: [])
        return try await county.repository.receive(
            objects: pushed.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: pushed.revision, expected: nil, agency: agency)],
            from: sender
        ).results
    }

    @Test(arguments: ["大庄乡人民政府", "大庄乡", "大庄乡 人民政府", "新镇\u{202E}二"])
    func aNewAgencyFromSyncNeverTakesAnotherAgencysName(name: String) async throws {
        // Given a county where 大庄乡人民政府 is dazhuang's
        let county = try await Self.county()
        defer { county.remove() }
        // When a node sends a report of an agency the county does not know, named as dazhuang is (or not a name)
        let agency = Agency(id: "xinzhen2", name: name, kind: .township, aliases: ["大庄乡", "新镇二"])
        let results = try await Self.push(agency, to: county, from: Sender(label: "县里另一节点", scope: .all))
        #expect(results.map(\.status) == [.created])
        // Then the report is kept, its agency under its id until the county names it, with only its free alias
        let registry = try await county.repository.agencies()
        let added = try #require(registry.first { $0.id == "xinzhen2" })
        #expect(added.name == "xinzhen2")
        #expect(added.aliases == ["新镇二"])
        let named = registry.filter { agency in
            ([agency.name] + agency.aliases).contains {
                AgencyNaming.normalized($0) == AgencyNaming.normalized("大庄乡人民政府")
            }
        }
        #expect(named.map(\.id) == ["dazhuang"])
    }

    @Test func aNewAgencyWithAFreeNameIsTakenUnderIt() async throws {
        let county = try await Self.county()
        defer { county.remove() }
        let agency = Agency(id: "xinzhen2", name: "新镇二人民政府", kind: .township, aliases: ["新镇二"])
        _ = try await Self.push(agency, to: county, from: Sender(label: "县里另一节点", scope: .all))
        let added = try #require(try await county.repository.agencies().first { $0.id == "xinzhen2" })
        #expect(added.name == "新镇二人民政府")
        #expect(added.aliases == ["新镇二"])
    }

    /// A township's token gave its own agency the names of other offices — a neighbour's written longer
    /// (长子县大庄乡人民政府) or another way (大庄乡政府), an office not registered yet (瓦岗寨乡人民政府) — and the
    /// county then filed those offices' reports under the township and sent them to it (review rr95, finding 1). It
    /// now takes from a township only names of the township's own office.
    @Test func aTownshipGivesItsAgencyNoOtherOfficesName() async throws {
        let county = try await Self.county()
        defer { county.remove() }
        try await county.repository.addAgency(
            id: "changzhang", name: "常张乡人民政府", kind: .township, by: "县政务公开办")
        let token = try await county.repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        let key = ReportKey(agency: "changzhang", year: 2024)
        let pushed = HostileClientTests.revision(
            of: key, document: SampleReport.make(agency: "常张乡人民政府"), parents: [])
        let claimed = Agency(
            id: "changzhang", name: "常张乡人民政府", kind: .township,
            aliases: ["大庄乡政府", "长子县大庄乡人民政府", "大庄镇人民政府", "瓦岗寨乡人民政府", "长子县常张乡人民政府"])
        _ = try await county.repository.receive(
            objects: pushed.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: pushed.revision, expected: nil, agency: claimed)],
            from: Sender(token.token))
        // The report is kept, and its agency takes only its own office's longer name
        let registry = try await county.repository.agencies()
        #expect(try #require(registry.first { $0.id == "changzhang" }).aliases == ["长子县常张乡人民政府"])
        #expect(try #require(registry.first { $0.id == "dazhuang" }).aliases == ["大庄乡"])
        #expect(try await county.repository.report(at: "changzhang/2024") == SampleReport.make(agency: "常张乡人民政府"))
        // And the office not registered yet can be registered under its name
        try await county.repository.addAgency(id: "wagang", name: "瓦岗寨乡人民政府", by: "县政务公开办")
    }

    /// A name that merely ends with the township's (东常张乡, 北常张乡, the fragment 张乡) was taken from its token as
    /// its own alias: the county then filed those offices' reports under 常张乡 and could not register them (rr99 F7).
    @Test func aTownshipTakesNoNameThatOnlyEndsLikeItsOwn() async throws {
        let county = try await Self.county()
        defer { county.remove() }
        try await county.repository.addAgency(
            id: "changzhang", name: "常张乡人民政府", kind: .township, by: "县政务公开办")
        let token = try await county.repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        let key = ReportKey(agency: "changzhang", year: 2024)
        let pushed = HostileClientTests.revision(
            of: key, document: SampleReport.make(agency: "常张乡人民政府"), parents: [])
        let claimed = Agency(
            id: "changzhang", name: "常张乡人民政府", kind: .township,
            aliases: ["东常张乡人民政府", "北常张乡人民政府", "张乡人民政府", "常张乡政府"])
        _ = try await county.repository.receive(
            objects: pushed.objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: pushed.revision, expected: nil, agency: claimed)],
            from: Sender(token.token))
        // Only the office's own other form is taken; the neighbours can be registered under their names
        let registry = try await county.repository.agencies()
        #expect(try #require(registry.first { $0.id == "changzhang" }).aliases == ["常张乡政府"])
        try await county.repository.addAgency(id: "dongchangzhang", name: "东常张乡人民政府", by: "县政务公开办")
        try await county.repository.addAgency(id: "nianzhang", name: "碾张乡人民政府", by: "县政务公开办")
    }

    @Test func aTownshipTokenIsOnlyForAnAgencyRegisteredHere() async throws {
        let county = try await Self.county()
        defer { county.remove() }
        // An agency not registered here: refused, saying to register it first; nothing is issued
        let refusal = RepositoryError.agency(.notRegistered("xinzhen2"))
        await #expect(throws: refusal) {
            try await county.repository.issueToken(label: "新镇二", scope: .agencies(["dazhuang", "xinzhen2"]))
        }
        #expect(refusal.description.contains("nianbao agency add xinzhen2"))
        #expect(try await county.repository.tokens().isEmpty)
        // Registered, it is issued
        try await county.repository.addAgency(id: "xinzhen2", name: "新镇二人民政府", by: "县政务公开办")
        let issued = try await county.repository.issueToken(label: "新镇二", scope: .agencies(["xinzhen2"]))
        #expect(issued.token.scope == .agencies(["xinzhen2"]))
    }
}
