import ArgumentParser
import Foundation
import ReportModel
import ReportRepository
import SyncClient

/// The remote a push, pull or sync talks to, and how the result is shown.
struct RemoteOptions: ParsableArguments {
    @Argument(help: "The remote's name (default: the only remote).")
    var name: String?

    @Option(name: .long, help: "Seconds one request may take.")
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
                        ? "No remote yet: add one with `nianbao remote add NAME URL --token T`."
                        : "Several remotes (\(remotes.map(\.name).joined(separator: ", "))): name the one to use.")
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
        try await CLIExit.mappingBusy {
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
            let text = SyncText(repository: repository)
            switch output.chosen {
            case .json:
                try Output.printJSON(
                    SyncJSON(
                        pull: pull.map(PullJSON.init), push: push.map(PushJSON.init), statistics: statistics,
                        openConflicts: open.map(ConflictJSON.init)))
            case .text:
                if let pull { for line in await text.lines(for: pull) { Output.print(line) } }
                if let push { for line in await text.lines(for: push) { Output.print(line) } }
                if kind == .sync { Output.print("In all: " + SyncText.figures(statistics) + ".") }
            }
            let pushConflicts = push?.conflicts ?? []
            if !open.isEmpty || !pushConflicts.isEmpty {
                let reports = Set(open.map(\.report) + pushConflicts.map(\.report)).sorted().map(\.description)
                Output.diagnose(
                    "Open conflict on \(reports.joined(separator: ", ")): both lines are kept."
                        + " `nianbao conflicts` lists them; `nianbao merge AGENCY/YEAR` joins them.")
                throw ExitCode(CLIExit.conflict)
            }
            if push?.results.contains(where: { [.stale, .refused].contains($0.status) }) == true {
                throw ExitCode.failure
            }
        }
    }
}

extension Nianbao {
    /// `nianbao pull [NAME]`.
    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pull",
            abstract: "Bring the reports this office may see from a remote: new revisions, marks, comments.",
            discussion: "A draft changed on both sides keeps both heads and opens a conflict (exit status 3).")

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.pull, remote: remote, repository: repository, output: output) }
    }

    /// `nianbao push [NAME]`.
    struct Push: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push",
            abstract: "Send this office's drafts and marks to a remote.",
            discussion: """
                Only what the remote lacks is sent. A draft the remote changed meanwhile is not applied over its \
                version: both are kept there and the push exits with status 3; pull, merge and push again.
                """)

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.push, remote: remote, repository: repository, output: output) }
    }

    /// `nianbao sync [NAME]`.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync", abstract: "Pull from a remote, then push to it.",
            discussion: "Exits with status 3 while a conflict is open here or was found there.")

        @OptionGroup var remote: RemoteOptions
        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: FormatOptions

        func run() async throws { try await SyncRun.run(.sync, remote: remote, repository: repository, output: output) }
    }
}
