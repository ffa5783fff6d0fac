import ArgumentParser
import Foundation
import Logging
import ReportModel
import ReportRepository

/// The `--repo` option every repository command has, and how the repository file is found.
///
/// `--repo PATH` names the SQLite file, or a folder holding `.nianbao/repository.sqlite`. Without it,
/// `$NIANBAO_REPO` does the same; without that, the folders from the current one upwards are searched for
/// `.nianbao/repository.sqlite`, as git searches for `.git`.
struct RepositoryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: OptionHelp.repo.help)
    var repo: String?

    /// The repository file inside a project folder.
    static let relativePath = ".nianbao/repository.sqlite"

    /// The file a PATH stands for: a folder means its `.nianbao/repository.sqlite`.
    static func file(for path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: path).appendingPathComponent(relativePath).path
        }
        return path
    }

    /// The file of an existing repository, as `--repo`, `$NIANBAO_REPO` or the search upwards finds it.
    func existingFile() throws -> String {
        if let repo { return Self.file(for: repo) }
        if let environment = EnvironmentVariable.value("NIANBAO_REPO"), !environment.isEmpty {
            return Self.file(for: environment)
        }
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        for _ in 0..<256 {
            let candidate = folder.appendingPathComponent(Self.relativePath).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw CLIError(Message.noRepositoryHere(FileManager.default.currentDirectoryPath).text)
    }

    /// The file `init` creates: `--repo`, else `$NIANBAO_REPO`, else `.nianbao/repository.sqlite` in the current folder.
    func newFile() -> String {
        if let repo { return Self.file(for: repo) }
        if let environment = EnvironmentVariable.value("NIANBAO_REPO"), !environment.isEmpty {
            return Self.file(for: environment)
        }
        return Self.file(for: FileManager.default.currentDirectoryPath)
    }

    /// Opens the repository through one connection (a command is a short-lived process); a command that only reads
    /// opens it read-only, so that the file is never touched.
    func open(_ access: ReportRepository.Access = .singleConnection) throws -> ReportRepository {
        try ReportRepository.open(at: try existingFile(), access: access, logger: CLILogging.logger)
    }
}

/// The logger the executable creates for the libraries: stderr, level from `$NIANBAO_LOG` (default `warning`).
enum CLILogging {
    static let logger: Logger = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel =
                EnvironmentVariable.value("NIANBAO_LOG").flatMap { Logger.Level(rawValue: $0) } ?? .warning
            return handler
        }
        return Logger(label: "nianbao")
    }()
}

/// Who makes a commit, merge or mark: `--author`, else `$NIANBAO_AUTHOR`, else the repository's
/// (`nianbao config author`). Never the login name: with none of them the command refuses, saying how to set one.
enum Author {
    /// The author of a change to a repository.
    ///
    /// - Throws: ``RepositoryError/authorMissing`` when no author is given or configured.
    static func resolve(_ option: String?, in repository: ReportRepository) async throws(RepositoryError) -> String {
        let environment = EnvironmentVariable.value("NIANBAO_AUTHOR")
        let given = [option, environment].compactMap { $0 }.first { !$0.isLayoutBlank }
        return try await repository.author(given: given)
    }
}
