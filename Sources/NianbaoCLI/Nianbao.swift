import ArgumentParser

/// `nianbao`: keep, compare, check and exchange 政府信息公开工作年度报告.
@main
struct Nianbao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "Keep, compare, check and exchange government information disclosure annual reports (年报).",
        discussion: """
            Reports are plain text (UTF-8 or GBK). A repository is one SQLite file: `nianbao init` makes one in
            .nianbao/ here; --repo PATH or $NIANBAO_REPO points at another.
            """,
        version: "0.1.0",
        subcommands: [
            Parse.self,
            Check.self,
            Diff.self,
            Merge3.self,
            History.self,
            Blame.self,
            Init.self,
            Config.self,
            Commit.self,
            Import.self,
            Log.self,
            Show.self,
            Export.self,
            Draft.self,
            Reports.self,
            MarkCommand.self,
            Fsck.self,
            GC.self,
            Serve.self,
            Token.self,
            User.self,
            Audit.self,
            RemoteCommand.self,
            Pull.self,
            Push.self,
            SyncCommand.self,
            Conflicts.self,
            MergeCommand.self,
        ]
    )
}
