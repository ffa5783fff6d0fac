import ArgumentParser

extension Nianbao {
    /// `nianbao check FILE`: check a report against the national format.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a report against the national format.")

        @Argument(help: "The report: a text file in UTF-8 or GBK.")
        var file: String

        @OptionGroup var output: FormatOptions

        func run() async throws {}
    }
}
