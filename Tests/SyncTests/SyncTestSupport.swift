import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import SyncServer
import Testing

/// A node for sync tests: a real repository file in a temporary folder.
struct TestNode {
    let name: String
    let repository: ReportRepository
    let folder: TemporaryDirectory

    static var logger: Logger {
        var logger = Logger(label: "nianbao.test.sync")
        logger.logLevel = .critical
        return logger
    }

    init(_ name: String) throws {
        self.name = name
        folder = try TemporaryDirectory(prefix: "nianbao-sync-\(name)")
        repository = try ReportRepository.create(
            at: folder.path("repository.sqlite").path, node: name, logger: Self.logger)
    }

    var path: String { folder.path("repository.sqlite").path }

    /// The draft of a report, or a new sample report of the agency when it has none.
    func document(_ key: ReportKey) async throws -> Report {
        if (try? await repository.resolve(key.description)) != nil {
            return try await repository.report(at: key.description)
        }
        return SampleReport.make(agency: "\(key.agency)乡人民政府", year: key.year)
    }

    /// Commits an edit of one cell of table 3.
    @discardableResult
    func editCell(_ key: ReportKey, index: Int, to text: String, time: Date = Date()) async throws -> CommitOutcome {
        let edited = SampleReport.settingTable3Cell(of: try await document(key), index: index, to: text)
        return try await repository.commit(
            edited, to: key, author: name, message: "\(name): cell \(index) = \(text)", time: time)
    }

    /// Commits a rewritten paragraph of section 一.
    @discardableResult
    func editParagraph(
        _ key: ReportKey, index: Int, to text: String, time: Date = Date()
    ) async throws
        -> CommitOutcome
    {
        let edited = SampleReport.rewritingParagraph(of: try await document(key), index: index, to: text)
        return try await repository.commit(
            edited, to: key, author: name, message: "\(name): paragraph \(index)", time: time)
    }

    /// The draft heads of every report.
    func drafts() async throws -> [ReportKey: ObjectID] {
        var heads: [ReportKey: ObjectID] = [:]
        for state in try await repository.reportStates() { heads[state.report] = state.draft }
        return heads
    }

    /// A client of a server on a local port.
    func client(
        port: Int, token: String, remote: String = "county", batchLimit: Int = SyncProtocol.maxObjectsPerBatch
    )
        -> SyncClient
    {
        SyncClient(
            repository: repository, remote: Remote(name: remote, url: "http://127.0.0.1:\(port)", token: token),
            timeout: .seconds(30), batchLimit: batchLimit, logger: Self.logger)
    }

    func remove() { folder.remove() }
}

extension ReportRepository {
    /// A township's token, as the county issues one: each agency it reaches registered here first when it is not
    /// (`token create` refuses an agency the node has not registered), under the name the test nodes' sample reports
    /// give it (`changzhang乡人民政府`, ``TestNode/document(_:)``).
    func issueTownshipToken(label: String, agencies ids: Set<String>) async throws -> IssuedToken {
        let known = Set(try await agencies().map(\.id))
        for id in ids.subtracting(known).sorted() {
            try await addAgency(id: id, name: "\(id)乡人民政府", by: "县政务公开办")
        }
        return try await issueToken(label: label, scope: .agencies(ids))
    }
}

/// Runs a node's server on an ephemeral loopback port for the duration of `body`.
func withServer<T: Sendable>(
    _ node: TestNode, limits: NodeLimits = NodeLimits(), _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    let app = buildNodeApplication(
        repository: node.repository, configuration: .init(port: 0, logger: TestNode.logger, limits: limits))
    return try await app.test(.live) { client in
        let port = try #require(client.port)
        return try await body(port)
    }
}

/// A fixed time plus some seconds, so that revision ids are the same on every run.
func testTime(_ seconds: Int) -> Date {
    Date(timeIntervalSince1970: 1_736_300_000 + TimeInterval(seconds))
}
