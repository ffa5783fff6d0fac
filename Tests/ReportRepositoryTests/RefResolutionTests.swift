import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

@Suite struct RefResolutionTests {
    /// A repository with three revisions of changzhang/2024, the first one marked submitted.
    static func history() async throws -> (ReportRepository, [Revision]) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = ReportKey(agency: "changzhang", year: 2024)
        var report = SampleReport.make()
        var revisions: [Revision] = []
        for step in 0..<3 {
            report = SampleReport.settingTable3Cell(of: report, index: step, to: "\(step + 1)")
            revisions.append(
                try await repository.commit(
                    report, to: key, author: "a", message: "step \(step)",
                    time: RepositoryTestSupport.time + Double(step)
                ).revision)
            // (submitted while it was the draft: an old revision is never marked)
            if step == 0 {
                try await repository.mark(
                    "changzhang/2024", as: .submitted, author: "常张乡党政办", time: RepositoryTestSupport.time)
            }
        }
        return (repository, revisions)
    }

    @Test func everyFormOfREFFindsItsRevision() async throws {
        let (repository, revisions) = try await Self.history()
        #expect(try await repository.resolve("changzhang/2024").id == revisions[2].id)
        #expect(try await repository.resolve("changzhang/2024~1").id == revisions[1].id)
        #expect(try await repository.resolve("changzhang/2024~2").id == revisions[0].id)
        #expect(try await repository.resolve("changzhang/2024~").id == revisions[1].id)
        #expect(try await repository.resolve("changzhang/2024@submitted").id == revisions[0].id)
        #expect(try await repository.resolve(String(revisions[1].id.hex.prefix(8))).id == revisions[1].id)
        #expect(try await repository.resolve(revisions[2].id.hex.uppercased() + "~2").id == revisions[0].id)
        // By number, as the pages name them (第 1 版 …)
        #expect(try await repository.resolve("changzhang/2024#1").id == revisions[0].id)
        #expect(try await repository.resolve("changzhang/2024#3").id == revisions[2].id)
        #expect(try await repository.resolve("changzhang/2024#3~1").id == revisions[1].id)
    }

    @Test func aNumberSharedBySideBySideRevisionsListsThem() async throws {
        // Given a second line made from the first revision, as a township's push opens it
        let (repository, revisions) = try await Self.history()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let side = try await repository.store.write { writer in
            let record = RevisionContent(
                report: key, root: revisions[1].root, parents: [revisions[0].id], author: "常张乡党政办", node: "n",
                time: RepositoryTestSupport.time + 10, message: "side")
            let object = EncodedObject(.revision(record))
            try writer.put(object)
            return object.id
        }
        // Then 第 2 版 names both, and a number past the last names none
        let error = await #expect(throws: RepositoryError.self) { try await repository.resolve("changzhang/2024#2") }
        guard case .ambiguousNumber(key, 2, let candidates, _) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(Set(candidates.map(\.id)) == [revisions[1].id, side])
        #expect(error?.description.contains("常张乡党政办") == true)
        await #expect(throws: RepositoryError.unknownNumber(key, number: 4, agencyName: "常张乡人民政府")) {
            try await repository.resolve("changzhang/2024#4")
        }
        // And within a scope that does not reach the agency, a number answers as one that does not exist
        await #expect(throws: RepositoryError.unknownNumber(key, number: 1)) {
            try await repository.resolve("changzhang/2024#1", scope: .agencies(["dazhuang"]))
        }
    }

    @Test func refsThatNameNothingGetClearErrors() async throws {
        let (repository, revisions) = try await Self.history()
        await #expect(throws: RepositoryError.refNotSet(ReportKey(agency: "dazhuang", year: 2024), .draft)) {
            try await repository.resolve("dazhuang/2024")
        }
        await #expect(
            throws: RepositoryError.refNotSet(
                ReportKey(agency: "changzhang", year: 2024), .published, agencyName: "常张乡人民政府")
        ) {
            try await repository.resolve("changzhang/2024@published")
        }
        await #expect(throws: RepositoryError.historyTooShort(ref: "changzhang/2024~5", requested: 5, available: 2)) {
            try await repository.resolve("changzhang/2024~5")
        }
        let unknown = revisions.map(\.id.hex).contains { $0.hasPrefix("0000") } ? "ffff" : "0000"
        await #expect(throws: RepositoryError.unknownRevision(prefix: unknown)) {
            try await repository.resolve(unknown)
        }
    }

    @Test(arguments: [
        "", "abc", "changzhang", "changzhang/24", "changzhang/2024~x", "changzhang/2024@later", "zzzz",
        "/2024", "a b/2024", "changzhang/2024#", "changzhang/2024#0", "changzhang/2024#x",
        "changzhang/2024@submitted#1",
        "changzhang#1",
    ])
    func malformedREFsAreRefused(text: String) async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        await #expect(throws: RepositoryError.malformedRef(text)) {
            try await repository.resolve(text)
        }
    }

    @Test func anAmbiguousPrefixListsTheCandidates() async throws {
        // Given revisions until two of them share their first four digits (bounded: ~300 are expected)
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let root = try await repository.commit(SampleReport.make(), to: key, author: "a", message: "m").revision.root
        let pair: (ObjectID, ObjectID)? = try await repository.store.write { writer in
            var byPrefix: [String: ObjectID] = [:]
            for index in 0..<5000 {
                let record = RevisionContent(
                    report: key, root: root, parents: [], author: "a", node: "n",
                    time: RepositoryTestSupport.time, message: "variant \(index)")
                let object = EncodedObject(.revision(record))
                try writer.put(object)
                let prefix = String(object.id.hex.prefix(4))
                if let other = byPrefix[prefix] { return (other, object.id) }
                byPrefix[prefix] = object.id
            }
            return nil
        }
        let (first, second) = try #require(pair)
        // When that prefix is resolved
        let prefix = String(first.hex.prefix(4))
        let error = await #expect(throws: RepositoryError.self) { try await repository.resolve(prefix) }
        // Then both are named, and more digits resolve each
        #expect(error == .ambiguousRevision(prefix: prefix, candidates: [first, second].sorted()))
        #expect(try await repository.resolve(first.hex).id == first)
    }
}
