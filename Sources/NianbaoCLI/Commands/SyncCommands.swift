import ArgumentParser
import Foundation
import ReportModel
import ReportRepository
import SyncClient

/// The remote a push, pull or sync talks to, and how the result is shown.
struct RemoteOptions: ParsableArguments {
    @Argument(help: OptionHelp.syncRemote.help)
    var name: String?

    @Option(name: .long, help: OptionHelp.timeout.help)
    var timeout = 120

    /// The client for the chosen remote.
    func client(_ repository: ReportRepository) async throws -> SyncClient {
        let remote: Remote
        if let name {
            remote = try await repository.remote(named: name)
        } else {
            let remotes = try await repository.remotes()
            guard remotes.count == 1, let only = remotes.first else {
                throw CLIError(
                    remotes.isEmpty
                        ? SyncMessage.noRemoteYet.text : SyncMessage.severalRemotes(remotes.map(\.name)).text)
            }
            remote = only
        }
        return SyncClient(repository: repository, remote: remote, timeout: .seconds(timeout), logger: CLILogging.logger)
    }
}

/// What the three sync commands share: run, print, and exit non-zero while a conflict is open.
enum SyncRun {
    enum Kind { case pull, push, sync }

    static func run(
        _ kind: Kind, remote: RemoteOptions, repository options: RepositoryOptions, output: FormatOptions
    )
        async throws
    {
        let repository = try options.open()
        let client = try await remote.client(repository)
        var pull: PullReport?
        var push: PushReport?
        switch kind {
        case .pull: pull = try await client.pull()
        case .push: push = try await client.push()
        case .sync:
            let report = try await client.sync()
            pull = report.pull
            push = report.push
        }
        let open = try await repository.conflicts()
        var statistics = pull?.statistics ?? TransferStatistics()
        if let push { statistics.add(push.statistics) }
        let text = await SyncText(repository: repository)
        switch output.chosen {
        case .json:
            let names = pull == nil ? [:] : (try? await repository.agencyNames()) ?? [:]
            try Output.printJSON(
                SyncJSON(
                    pull: pull.map { PullJSON($0, names: names) }, push: push.map(PushJSON.init),
                    statistics: statistics,
                    openConflicts: open.map(ConflictJSON.init)))
        case .text:
            if let pull { for line in await text.lines(for: pull) { Output.print(line) } }
            if let push { for line in await text.lines(for: push) { Output.print(line) } }
            if kind == .sync { Output.print(SyncMessage.inAll(SyncText.figures(statistics)).text) }
        }
        let pushConflicts = push?.conflicts ?? []
        if !open.isEmpty || !pushConflicts.isEmpty {
            // Versions counted from this node's own open conflicts: the draft and one second head each.
            let reports = Set(open.map(\.report) + pushConflicts.map(\.report)).sorted().map { report in
                let here = open.count { $0.report == report }
                return (name: text.name(report), report: report.description, versions: here > 0 ? here + 1 : nil)
            }
            Output.diagnose(SyncMessage.openConflicts(reports).text)
            throw ExitCode(CLIExit.conflict)
        }
        if push?.results.contains(where: { [.stale, .refused].contains($0.status) }) == true {
            throw ExitCode.failure
        }
        // A push that sent nothing because the token may not write the drafts did not do what was asked (rv117 F1).
        if let push, push.results.isEmpty, push.unsent.contains(where: { $0.reason == .outOfReach }) {
            throw ExitCode.failure
        }
    }
}

extension Nianbao {
    /// `nianbao pull [NAME]`.
    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pull", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.pull.abstract, discussion: CommandHelp.pull.discussion)

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.pull, remote: remote, repository: repository, output: output) }
    }

    /// `nianbao push [NAME]`.
    struct Push: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.push.abstract, discussion: CommandHelp.push.discussion)

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.push, remote: remote, repository: repository, output: output) }
    }

    /// `nianbao sync [NAME]`.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync", _superCommandName: Nianbao.toolName, abstract: CommandHelp.sync.abstract,
            discussion: CommandHelp.sync.discussion)

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.sync, remote: remote, repository: repository, output: output) }
    }
}
