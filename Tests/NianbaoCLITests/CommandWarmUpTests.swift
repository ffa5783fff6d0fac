import ArgumentParser
import Testing

@testable import NianbaoCLI

/// The parser's tables are built ahead for the commands that read report files, and only for them.
@Suite struct ParserWarmUpTests {
    @Test func theWarmedCommandsAreNianbaosOwnAndTheyReadFiles() throws {
        // Each name is one the command line takes: a renamed command would otherwise silently lose its warm-up.
        for command in ParserWarmUp.commands {
            let name = try #require(command.configuration.commandName)
            #expect(Nianbao.configuration.subcommands.contains { $0.configuration.commandName == name })
        }
        let names = Set(ParserWarmUp.commands.compactMap { $0.configuration.commandName })
        #expect(names.isSuperset(of: ["parse", "commit", "diff", "import"]))
        #expect(names.isDisjoint(with: ["sync", "log", "serve", "init"]))
    }
}
