import ArgumentParser
import DocumentLayout
import Foundation
import ReportModel
import ReportParser

extension Nianbao {
    /// `nianbao parse FILE`: read a report and print its structure.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.parse.abstract, discussion: CommandHelp.parse.discussion)

        @Argument(help: OptionHelp.reportFile.help)
        var file: String

        @OptionGroup var output: FormatOptions

        func run() async throws {
            let result = try ReportParser.parse(try FileInput.read(file))
            switch output.chosen {
            case .json:
                try Output.printJSON(ParseOutput(result: result, file: file))
            case .text:
                Output.print(OutlinePrinter.render(result.report))
                for diagnostic in result.diagnostics { Output.diagnose("\(file): \(diagnostic)") }
            }
        }
    }
}

/// `nianbao parse --format json`: the report and what the parser noticed.
struct ParseOutput: JSONOutput {
    let file: String
    let encoding: String
    let format: String
    @NullEncodable var title: String?
    @NullEncodable var agency: String?
    @NullEncodable var year: Int?
    let preamble: [Block]
    let sections: [Section]
    let diagnostics: [DiagnosticJSON]

    init(result: ParseResult, file: String) {
        self.file = file
        encoding = result.encoding.rawValue
        format = result.format.rawValue
        title = result.report.title
        agency = result.report.agency
        year = result.report.year
        preamble = result.report.preamble
        sections = result.report.sections
        diagnostics = result.diagnostics.map(DiagnosticJSON.init)
    }
}
