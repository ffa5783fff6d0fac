import ArgumentParser
import Foundation

/// How a command writes its result on stdout.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// For a person.
    case text
    /// For a program: stable, documented JSON with sorted keys and ISO-8601 dates.
    case json
}

/// The `--format` option every command has.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Same as --format json.")
    var json = false

    /// The chosen format.
    var chosen: OutputFormat { json ? .json : format }
}

/// Writes results to stdout and diagnostics to stderr.
enum Output {
    /// The JSON encoder every command uses: sorted keys, ISO-8601 dates, unescaped slashes.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Writes a value as JSON on stdout.
    static func printJSON(_ value: some Encodable) throws {
        let data = try jsonEncoder().encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Writes text on stdout.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line on stderr.
    static func diagnose(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stdout is a terminal (for colour and progress).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether stderr is a terminal (for progress bars).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
