import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// A new township node learns its own office at its first pull, before the county has any report of it: set up as
/// the README says (`init`, `remote add`, `pull`), its clerk could not find her agency's id anywhere, guessed one,
/// and her draft was refused on push for good (user review rv117, F1).
@Suite struct OwnAgencyPullTests {
    @Test func aFirstPullBringsTheTokensOwnOfficeAndNoOther() async throws {
        // Given a county with two townships and a token for 南漳镇, and a new township node
        let county = try TestNode("county")
        let township = try TestNode("nanzhang")
        defer { for node in [county, township] { node.remove() } }
        try await county.repository.addAgency(id: "xianfu", name: "长子县人民政府", kind: .government, by: "县政务公开办")
        try await county.repository.addAgency(
            id: "nanzhang", name: "长子县南漳镇人民政府", aliases: ["南漳镇"], parent: "xianfu", kind: .township,
            by: "县政务公开办")
        try await county.repository.addAgency(
            id: "changzhang", name: "长子县常张乡人民政府", kind: .township, by: "县政务公开办")
        let token = try await county.repository.issueToken(label: "南漳镇", scope: .agencies(["nanzhang"]))
        #expect(try await township.repository.agencies().isEmpty)

        try await withServer(county) { port in
            // When it pulls for the first time: the county has no report of it
            let first = try await township.client(port: port, token: token.secret).pull()
            #expect(first.reports.isEmpty)
            // Then it knows its office, with its kind and other name, and no other office of the county (not the
            // one above it either, which it would know by its id alone)
            let agencies = try await township.repository.agencies()
            #expect(agencies.map(\.id) == ["nanzhang"])
            #expect(agencies.first?.name == "长子县南漳镇人民政府")
            #expect(agencies.first?.kind == .township)
            #expect(agencies.first?.aliases == ["南漳镇"])
            // And a pull with nothing new lists no agency record: a no-op stays a few bytes
            let second = try await township.client(port: port, token: token.secret).pull()
            #expect(second.listing.agencies == nil)
        }
    }

    /// The county renames the office (撤乡设镇) before it has any report of it: the rename changes no report, and a
    /// pull of what changed listed none, so the township learned the new name only at its daily full pull. The
    /// listing of what changed carries the token's offices when anything changed on the node since.
    @Test func aRenameOfAnOfficeWithNoReportReachesTheNextPull() async throws {
        // Given a township node that pulled once, and knows its office by its old name
        let county = try TestNode("county")
        let township = try TestNode("nanzhang")
        defer { for node in [county, township] { node.remove() } }
        try await county.repository.addAgency(
            id: "nanzhang", name: "长子县南漳乡人民政府", kind: .township, by: "县政务公开办")
        try await county.repository.addAgency(
            id: "changzhang", name: "长子县常张乡人民政府", kind: .township, by: "县政务公开办")
        let token = try await county.repository.issueToken(label: "南漳乡", scope: .agencies(["nanzhang"]))

        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token.secret).pull()
            #expect(try await township.repository.agencies().first?.name == "长子县南漳乡人民政府")
            // When the county renames it, and another office it does not reach
            try await county.repository.renameAgency("nanzhang", to: "长子县南漳镇人民政府", by: "县政务公开办")
            try await county.repository.renameAgency("changzhang", to: "长子县常张镇人民政府", by: "县政务公开办")
            let pulled = try await township.client(port: port, token: token.secret).pull()
            // Then its next pull, of what changed, takes the new name, and says so; of its own office only
            #expect(!pulled.listedAll)
            #expect(
                pulled.agencyChanges.renamed.map { [$0.id, $0.old, $0.new] } == [
                    ["nanzhang", "长子县南漳乡人民政府", "长子县南漳镇人民政府"]
                ])
            let agencies = try await township.repository.agencies()
            #expect(agencies.map(\.id) == ["nanzhang"])
            #expect(agencies.first?.name == "长子县南漳镇人民政府")
            #expect(agencies.first?.aliases.contains("长子县南漳乡人民政府") == true)
            // And a pull with nothing new since lists no agency record again
            let again = try await township.client(port: port, token: token.secret).pull()
            #expect(again.listing.agencies == nil)
            #expect(again.agencyChanges.isEmpty)
        }
    }

    /// A clerk who committed under a mistyped id before pulling holds the office's name under that id: the pull
    /// adds the right agency under its id, so that `agency merge` of the typo into it works.
    @Test func aPullAfterATypoAddsTheRightIdForAMerge() async throws {
        let county = try TestNode("county")
        let township = try TestNode("nanzhang")
        defer { for node in [county, township] { node.remove() } }
        try await county.repository.addAgency(
            id: "nanzhang", name: "长子县南漳镇人民政府", kind: .township, by: "县政务公开办")
        let token = try await county.repository.issueToken(label: "南漳镇", scope: .agencies(["nanzhang"]))
        try await township.repository.addAgency(id: "nanzhen", name: "长子县南漳镇人民政府", by: "张丽")

        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token.secret).pull()
        }

        let agencies = try await township.repository.agencies()
        #expect(Set(agencies.map(\.id)) == ["nanzhang", "nanzhen"])
        let outcome = try await township.repository.mergeAgency("nanzhen", into: "nanzhang", author: "张丽")
        #expect(outcome.tookName)
        let merged = try await township.repository.agencies()
        #expect(merged.map(\.id) == ["nanzhang"])
        #expect(merged.first?.name == "长子县南漳镇人民政府")
    }
}
