import Foundation
import Logging
import ReportModel
import RevisionStore

/// Helpers shared by the store tests.
enum StoreTestSupport {
    /// A logger that stays quiet unless something is badly wrong.
    static var logger: Logger {
        var logger = Logger(label: "nianbao.test.store")
        logger.logLevel = .critical
        return logger
    }

    /// A fresh in-memory store built through the production migrator.
    static func memoryStore() throws -> RevisionStore {
        try RevisionStore.inMemory(node: "test-node", logger: logger)
    }

    /// Stores a report as a new revision on top of the draft head and moves the head; one transaction.
    @discardableResult
    static func commit(
        _ report: Report, as key: ReportKey, in store: RevisionStore, message: String = "edit",
        time: Date = Date(timeIntervalSince1970: 1_736_300_000)
    ) async throws -> (revision: ObjectID, summary: PutSummary) {
        try await store.write { writer in
            let (root, objects) = ObjectGraph.objects(of: report)
            var summary = try writer.put(objects)
            let head = try writer.ref(.draft, of: key)?.revision
            let record = RevisionContent(
                report: key, root: root, parents: head.map { [$0] } ?? [], author: "tester", node: "test-node",
                time: time, message: message)
            let revision = EncodedObject(.revision(record))
            summary.add(try writer.put([revision]))
            try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
            return (revision.id, summary)
        }
    }
}
