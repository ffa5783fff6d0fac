import Foundation
import Logging
import ReportFixtures
import ReportModel
import ReportParser
import RevisionStore

@testable import ReportRepository

/// Helpers shared by the repository tests.
enum RepositoryTestSupport {
    static var logger: Logger {
        var logger = Logger(label: "nianbao.test.repository")
        logger.logLevel = .critical
        return logger
    }

    /// A township's token: its agencies registered first where they are not (`token create` refuses an agency the
    /// node has not registered), each named by its id.
    static func townshipToken(
        _ label: String, agencies ids: Set<String>, owner: String? = nil, in repository: ReportRepository
    ) async throws -> IssuedToken {
        let known = Set(try await repository.agencies().map(\.id))
        for id in ids.subtracting(known).sorted() {
            try await repository.addAgency(id: id, name: id, by: "管理员")
        }
        return try await repository.issueToken(label: label, scope: .agencies(ids), owner: owner)
    }

    /// A repository in memory, built through the production migrator.
    static func memoryRepository() throws -> ReportRepository {
        ReportRepository(store: try RevisionStore.inMemory(node: "county", logger: logger), logger: logger)
    }

    /// A repository file's repository whose writes wait at most `busyTimeout` seconds for another process.
    static func fileRepository(at path: String, busyTimeout: TimeInterval) throws -> ReportRepository {
        ReportRepository(
            store: try RevisionStore.open(at: path, busyTimeout: busyTimeout, logger: logger), logger: logger)
    }

    /// A new repository file, `county.sqlite` in `folder`.
    static func fileRepository(in folder: TemporaryDirectory) throws -> ReportRepository {
        try ReportRepository.create(at: folder.path("county.sqlite").path, node: "county", logger: logger)
    }

    /// Writes reports as text files (the canonical layout) into a folder, by file name, all saved at ``time``: an
    /// import takes them in name order (it takes files saved at different times oldest first).
    static func write(_ reports: [String: Report], to folder: URL) throws {
        for (name, report) in reports {
            let file = folder.appendingPathComponent(name)
            try Data(ReportText.render(report).utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file.path)
        }
    }

    /// A fixed time, so that revision ids are the same on every run.
    /// Registers an agency as versions before ux98 Q did: without comparing its names with the others' as one
    /// office's (a county in front or dropped) — a store holding one office under two ids, which `agency merge`
    /// joins. Names equal to another's are still refused.
    static func registerAsBefore(
        _ repository: ReportRepository, id: String, name: String, aliases: [String] = []
    ) async throws {
        try await repository.write { writer in
            try ReportRepository.checkNamesFree([name] + aliases, for: id, in: writer)
            try writer.save(Agency(id: id, name: name, kind: AgencyNaming.guessedKind(of: name)))
            for alias in aliases { try ReportRepository.saveAlias(alias, to: id, in: writer) }
        }
    }

    static let time = Date(timeIntervalSince1970: 1_736_300_000)
}
