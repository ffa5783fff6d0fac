import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A county server and two townships edit, push, pull and sync in seeded random order; after a bounded final round
/// of syncs and merges every node has the same drafts, no conflict is open and every store is sound.
@Suite struct ConvergenceTests {
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func threeNodesConverge(seed: UInt64) async throws {
        let county = try TestNode("county")
        let townships = [try TestNode("a"), try TestNode("b")]
        defer { for node in [county] + townships { node.remove() } }
        var tokens: [String] = []
        for township in townships {
            tokens.append(
                try await county.repository.issueTownshipToken(label: township.name, agencies: [township.name]).secret)
        }
        let frozenTokens = tokens
        try await withServer(county) { port in
            var random = SeededRandom(seed: seed)
            let clients = townships.indices.map { townships[$0].client(port: port, token: frozenTokens[$0]) }
            let keys = townships.map { ReportKey(agency: $0.name, year: 2024) }
            // Every township starts its report
            for index in townships.indices {
                try await townships[index].editCell(keys[index], index: 0, to: "1")
                _ = try await clients[index].push()
            }
            for _ in 0..<30 {
                let index = random.int(0...1)
                let township = townships[index]
                switch random.int(0...6) {
                case 0, 1:
                    if random.chance(0.5) {
                        try await township.editCell(keys[index], index: random.int(0...20), to: "\(random.int(0...99))")
                    } else {
                        try await township.editParagraph(
                            keys[index], index: random.int(0...2), to: "第\(random.int(0...999))稿")
                    }
                case 2:
                    try await county.editCell(keys[index], index: random.int(0...20), to: "\(random.int(100...199))")
                case 3: _ = try await clients[index].push()
                case 4: _ = try await clients[index].pull()
                default:
                    _ = try await clients[index].sync()
                    if random.chance(0.6), !(try await township.repository.conflicts().isEmpty) {
                        _ = try await township.repository.mergeHeads(
                            of: keys[index], takeAll: random.chance(0.5) ? .ours : .theirs, author: township.name)
                    }
                }
            }
            // Final rounds: sync, merge what conflicts, until nothing is open (bounded)
            for _ in 0..<6 {
                for index in townships.indices {
                    _ = try await clients[index].sync()
                    if !(try await townships[index].repository.conflicts().isEmpty) {
                        _ = try await townships[index].repository.mergeHeads(
                            of: keys[index], takeAll: .ours, author: "final")
                        _ = try await clients[index].sync()
                    }
                }
                var open = try await county.repository.conflicts().count
                for township in townships { open += try await township.repository.conflicts().count }
                if open == 0 { break }
            }
            let heads = try await county.drafts()
            for index in townships.indices {
                #expect(try await townships[index].drafts() == [keys[index]: try #require(heads[keys[index]])])
                #expect(try await townships[index].repository.conflicts().isEmpty)
            }
            #expect(try await county.repository.conflicts().isEmpty)
        }
        for node in [county] + townships { #expect(try await node.repository.fsck().isClean) }
    }
}
