import ArgumentParser
import Testing

@testable import NianbaoCLI

/// The parser's tables are built ahead for the commands that read report files, the HTTP client for those that talk
/// to a remote, and only for them.
@Suite struct CommandWarmUpTests {
    @Test func theWarmedCommandsAreNianbaosOwn() throws {
        // Each name is one the command line takes: a renamed command would otherwise silently lose its warm-up.
        for command in CommandWarmUp.readingReports + CommandWarmUp.talkingToRemotes {
            let name = try #require(command.configuration.commandName)
            #expect(CommandLineReader.command(named: name).map(ObjectIdentifier.init) == ObjectIdentifier(command))
        }
    }

    @Test func eachCommandGetsTheWarmUpItsWorkNeeds() {
        let reading = Set(CommandWarmUp.readingReports.compactMap { $0.configuration.commandName })
        let remote = Set(CommandWarmUp.talkingToRemotes.compactMap { $0.configuration.commandName })
        #expect(reading.isSuperset(of: ["parse", "commit", "diff", "import"]))
        #expect(reading.isDisjoint(with: ["sync", "log", "serve", "init"]))
        #expect(remote == ["pull", "push", "sync"])
    }
}
