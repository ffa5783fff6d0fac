import ArgumentParser
import Foundation
import ReportParser

extension Nianbao {
    /// `nianbao parse FILE`: read a report and print its structure.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read a report file and print its sections, tables and cells.")

        @Argument(help: "The report: a text file in UTF-8 or GBK.")
        var file: String

        @OptionGroup var output: FormatOptions

        func run() async throws {
            let data = try FileInput.read(file)
            let result = try ReportParser.parse(data)
            try Output.printJSON(result.report)
        }
    }
}
