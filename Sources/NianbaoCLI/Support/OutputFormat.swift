import ArgumentParser
import Foundation

/// How a command writes its result on stdout.
enum OutputFormat: String, ChoiceArgument {
    /// For a person.
    case text
    /// For a program: stable, documented JSON with sorted keys and ISO-8601 dates.
    case json
}

/// The `--format` option every command has.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: OptionHelp.format.help)
    var format: OutputFormat = .text

    @Flag(name: .long, help: OptionHelp.json.help)
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

    /// Writes a command's JSON document on stdout, with the `version` of its shape.
    static func printJSON<Document: JSONOutput>(_ value: Document) throws {
        let data = try jsonEncoder().encode(Versioned(document: value))
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

/// A JSON document a command prints (`--format json`): one object, documented in `Schema/` (see Schema/store.md,
/// "CLI JSON"), with an example of its shape in `Tests/NianbaoCLITests/Fixtures/`. ``Output/printJSON(_:)`` adds the
/// `version` key to every one.
protocol JSONOutput: Encodable {
    /// The version of the shape: fields are only ever added; a change that is not an addition raises it.
    static var version: Int { get }
}

extension JSONOutput {
    static var version: Int { 1 }
}

/// A document with its `version` key beside its own keys.
private struct Versioned<Document: JSONOutput>: Encodable {
    let document: Document

    private enum CodingKeys: String, CodingKey { case version }

    func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Document.version, forKey: .version)
    }
}
