import ArgumentParser
import Testing

@testable import NianbaoCLI

/// A command line read by the command it names gives what the whole tree gives: the same command with the same
/// values, the same help, and the same errors with the same usage lines.
@Suite struct CommandLineReaderTests {
    @Test func everyCommandIsReadWithoutTheCompletionCheck() throws {
        for command in Nianbao.configuration.subcommands {
            let name = try #require(command.configuration.commandName)
            #expect(command.configuration._superCommandName == Nianbao.toolName, "\(name)")
            #expect(CommandLineReader.command(named: name).map(ObjectIdentifier.init) == ObjectIdentifier(command))
        }
        #expect(CommandLineReader.command(named: "help") == nil)
        #expect(CommandLineReader.command(named: "--version") == nil)
    }

    @Test func aCommandsOwnParseTakesAPlainLineAndGivesUpHelp() throws {
        let parsed = try Nianbao.Diff.parseAsRoot(["a.txt", "b.txt"])
        #expect(CommandLineReader.belongs(parsed, to: Nianbao.Diff.self))
        let nested = try Nianbao.Token.parseAsRoot(["create", "--all"])
        #expect(CommandLineReader.belongs(nested, to: Nianbao.Token.self))
        #expect(!CommandLineReader.belongs(nested, to: Nianbao.Diff.self))
        // ArgumentParser answers `--help` with a help command of its own, which the root must build instead.
        #expect(!CommandLineReader.belongs(try Nianbao.Diff.parseAsRoot(["--help"]), to: Nianbao.Diff.self))
    }

    @Test(arguments: [
        ["diff", "a.txt", "b.txt"],
        ["diff", "a.txt", "b.txt", "--format", "json"],
        ["commit", "a.txt", "--agency", "changzhang", "--year", "2024", "-m", "初稿"],
        ["sync", "county", "--timeout", "5"],
        ["token", "create", "--all"],
        ["mark", "changzhang/2024", "published"],
        ["commit", "a.txt", "--year", "2024"],
        ["mark", "changzhang/2024", "approved"],
        ["token", "create"],
        ["serve", "--port", "70000"],
        ["diff"],
        ["diff", "a.txt", "b.txt", "--bogus"],
        ["diff", "--help"],
        ["diff", "-h"],
        ["token", "--help"],
        ["token", "help", "create"],
        ["diff", "--version"],
        ["diff", "--generate-completion-script", "bash"],
        ["help", "diff"],
        ["--version"],
        [],
    ])
    func theLineGivesWhatTheRootGives(_ line: [String]) {
        let direct = Result { try CommandLineReader.parse(line) }
        let root = Result { try Nianbao.parseAsRoot(line) }
        switch (direct, root) {
        case (.success(let direct), .success(let root)):
            #expect(ObjectIdentifier(type(of: direct)) == ObjectIdentifier(type(of: root)))
            #expect(String(describing: direct) == String(describing: root))
        case (.failure(let direct), .failure(let root)):
            #expect(Nianbao.fullMessage(for: direct) == Nianbao.fullMessage(for: root))
            #expect(Nianbao.exitCode(for: direct) == Nianbao.exitCode(for: root))
        default:
            Issue.record("\(line) is read differently: \(direct) against \(root)")
        }
    }

    /// A first word that is no command is called so (``UnknownCommand``), where the root called it an unexpected
    /// argument; the exit code is the root's.
    @Test func anUnknownCommandIsCalledSo() {
        let line = ["nosuch", "a"]
        let direct = Result { try CommandLineReader.parse(line) }
        let root = Result { try Nianbao.parseAsRoot(line) }
        guard case .failure(let error) = direct, case .failure(let rootError) = root else {
            Issue.record("\(line) was read as a command")
            return
        }
        #expect(Nianbao.fullMessage(for: error).contains("没有 `nosuch` 这个命令"))
        #expect(Nianbao.exitCode(for: error) == Nianbao.exitCode(for: rootError))
    }
}
