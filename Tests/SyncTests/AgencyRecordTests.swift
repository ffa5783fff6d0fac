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
