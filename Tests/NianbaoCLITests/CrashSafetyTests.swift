import Foundation
import Logging
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// Every write is one transaction: what a killed or competing process leaves behind is a sound store.
@Suite(.serialized) struct CrashSafetyTests {
    /// Opens the repository in this process to check it.
    static func open(_ path: String) throws -> ReportRepository {
        var logger = Logger(label: "nianbao.test.cli")
        logger.logLevel = .critical
        return try ReportRepository.open(at: path, logger: logger)
    }

    /// Checks that the store is sound and that every report in it is exactly one of the files, whole.
    static func expectSound(_ path: String, expected: [String: Report]) async throws -> Int {
        let repository = try open(path)
        let fsck = try await repository.fsck()
        #expect(fsck.isClean, "\(fsck.problems)")
        let reports = try await repository.reports()
        for summary in reports {
            let name = try #require(summary.agencyName)
            let stored = try await repository.report(at: summary.head.id.hex)
            #expect(stored == expected[name], "\(summary.report) is not the report of \(name)")
        }
        return reports.count
    }

    @Test func aProcessKilledDuringALongImportLeavesEachRevisionWholeOrAbsent() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        // Given a repository and a folder of 40 reports
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        let (folder, expected) = try workspace.writeReports("incoming", count: 40)
        var random = SeededRandom(seed: 20_250_131)
        var previous = 0
        // When `nianbao import` is killed with SIGKILL at random moments, six times
        for round in 0..<6 {
            let process = try workspace.start(["import", folder.path])
            // Later rounds wait longer: the import first re-reads the files already imported (unchanged)
            try await Task.sleep(for: .milliseconds(random.int(30...400) + round * 300))
            let result = process.kill()
            // Then the store passes fsck (first through the read-only command, which must cope with what the killed
            // process left), every report in it is one whole file, and nothing imported before is lost
            let fsck = try workspace.run(["fsck", "--format", "json"])
            #expect(fsck.status == 0, "round \(round): \(fsck.stdout) \(fsck.stderr)")
            let count = try await Self.expectSound(workspace.repository, expected: expected)
            #expect(count >= previous, "round \(round): \(count) reports after \(previous)")
            previous = count
            if result.status == 0 { break }
        }
        // And an import run to the end completes the folder
        let final = try workspace.run(["import", folder.path, "--format", "json"])
        #expect(final.status == 0, "\(final.stderr)")
        let counts = try #require(try final.json()["counts"] as? [String: Int])
        #expect(counts["failed"] == 0)
        #expect(counts["imported", default: 0] + counts["unchanged", default: 0] == 40)
        #expect(try await Self.expectSound(workspace.repository, expected: expected) == 40)
    }

    @Test func twoProcessesImportingIntoOneFileBothLandOrOneIsToldItIsBusy() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let (first, firstReports) = try workspace.writeReports("first", count: 12)
        let (second, secondReports) = try workspace.writeReports("second", count: 12, first: 100)
        let expected = firstReports.merging(secondReports) { $1 }
        // When two imports start at the same moment on the same repository file
        let processes = [try workspace.start(["import", first.path]), try workspace.start(["import", second.path])]
        let results = processes.map { $0.wait() }
        // Then each either succeeds or fails with the clear busy message, and the file is sound
        for result in results {
            #expect(result.status == 0 || result.status == 75, "\(result.stderr)")
            if result.status == 75 { #expect(result.stderr.contains("仓库正忙")) }
        }
        let count = try await Self.expectSound(workspace.repository, expected: expected)
        #expect(count == 12 * results.filter { $0.status == 0 }.count)
    }

    /// Every command that finds the repository held by another process exits with 75, as the documents say, so
    /// that a script can try again: `agency add`, `user add`, `token create` and `remote add` had exited with 1.
    @Test func aCommandThatFindsTheRepositoryBusyExitsWith75() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        let holder = try RevisionStore.open(at: workspace.repository, logger: JSONShapeTests.logger)
        // The lock is held until the command has ended (at most two minutes), whatever the machine's speed
        let started = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let held = Task {
            try await holder.write { _ in
                started.continuation.yield()
                _ = release.wait(timeout: .now() + 120)
            }
        }
        for await _ in started.stream { break }
        let command = try workspace.start(["agency", "add", "xinzhen", "--name", "新镇人民政府"])
        let result = await command.finished()
        release.signal()
        try await held.value
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.stderr.contains("仓库正忙"), "\(result.stderr)")
        #expect(try workspace.run(["agency", "add", "xinzhen", "--name", "新镇人民政府"]).status == 0)
    }

    @Test func concurrentCommitsToOneDraftMakeOneUnbrokenHistory() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init"]).status == 0)
        // Given two people editing the same draft, each committing six versions, at the same time
        let base = SampleReport.make()
        let lanes: [[URL]] = try (0..<2).map { lane in
            try (0..<6).map { step in
                let edited =
                    lane == 0
                    ? SampleReport.settingTable3Cell(of: base, index: step, to: "\(step + 10)")
                    : SampleReport.rewritingParagraph(of: base, index: step, to: "第\(step)稿：全年公开信息\(step + 200)条。")
                let file = workspace.folder.path("lane\(lane)-\(step).txt")
                try Data(ReportText.render(edited).utf8).write(to: file)
                return file
            }
        }
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            for file in lanes[lane] {
                let result = try? workspace.run(
                    ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--format", "json"])
                results.append(result)
            }
        }
        // Then every commit succeeded or was told it was busy, and the log is one line through all of them
        let finished = results.values
        #expect(finished.count == 12)
        let committed = finished.filter { $0?.status == 0 }.count
        #expect(
            finished.allSatisfy { $0?.status == 0 || $0?.status == 75 },
            "\(finished.compactMap { $0 }.filter { $0.status != 0 && $0.status != 75 }.map(\.stderr))")
        let log = try workspace.run(["log", "changzhang/2024", "--format", "json"])
        let revisions = try #require(try log.json()["revisions"] as? [[String: Any]])
        #expect(revisions.count == committed)
        for (child, parent) in zip(revisions, revisions.dropFirst()) {
            #expect((child["parents"] as? [String]) == [parent["id"] as? String ?? ""])
        }
        #expect(try workspace.run(["fsck"]).status == 0)
    }
}

/// Results collected from concurrent lanes.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [NianbaoProcess.Result?] = []

    func append(_ result: NianbaoProcess.Result?) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var values: [NianbaoProcess.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
