// NianbaoBench: the in-process part of the benchmarks in Scripts/ (release builds, printed figures).
// Usage: NianbaoBench parse [CORPUS_DIR] [FIXTURES_DIR]
//        NianbaoBench diff-pairs OUT_DIR
//        NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
    let corpus = arguments.dropFirst().first.flatMap { $0.isEmpty ? nil : $0 }
    ParseBenchmark.run(corpus: corpus, fixtures: arguments.dropFirst(2).first)
case "diff":
    DiffBenchmark.run(Array(arguments.dropFirst()))
case "startup":
    await StartupProfile.run(file: arguments.dropFirst().first ?? "", repository: arguments.dropFirst(2).first ?? "")
case "diff-pairs":
    DiffBenchmark.writePairs(to: arguments.dropFirst().first ?? ".")
default:
    FileHandle.standardError.write(
        Data(
            """
            usage: NianbaoBench parse [CORPUS_DIR] [FIXTURES_DIR]
                   NianbaoBench diff-pairs OUT_DIR
                   NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]

            """.utf8))
    exit(2)
}
