// NianbaoBench: the in-process part of the benchmarks in Scripts/ (release builds, printed figures).
// Usage: NianbaoBench parse [--only TEXT] [--iterations N] [CORPUS_DIR] [FIXTURES_DIR]
//        NianbaoBench parse-inputs OUT_DIR
//        NianbaoBench diff-pairs OUT_DIR
//        NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
    // `--only TEXT` keeps the inputs whose name holds TEXT (e.g. `.docx`), for profiling one format alone.
    var rest = Array(arguments.dropFirst())
    // `--iterations N` parses each input exactly N times (for instruction counts with `perf stat`).
    var only: String?
    var iterations: Int?
    while rest.count > 1, rest[0] == "--only" || rest[0] == "--iterations" {
        if rest[0] == "--only" { only = rest[1] } else { iterations = Int(rest[1]) }
        rest.removeFirst(2)
    }
    let corpus = rest.first.flatMap { $0.isEmpty ? nil : $0 }
    ParseBenchmark.run(corpus: corpus, fixtures: rest.dropFirst().first, only: only, iterations: iterations)
case "diff":
    DiffBenchmark.run(Array(arguments.dropFirst()))
case "startup":
    await StartupProfile.run(file: arguments.dropFirst().first ?? "", repository: arguments.dropFirst(2).first ?? "")
case "parse-inputs":
    // The generated reports the parse bench reads, as files, to compare two builds' `nianbao parse` of them.
    try ParseBenchmark.writeGenerated(to: arguments.dropFirst().first ?? ".")
case "diff-pairs":
    try DiffBenchmark.writePairs(to: arguments.dropFirst().first ?? ".")
default:
    FileHandle.standardError.write(
        Data(
            """
            usage: NianbaoBench parse [--only TEXT] [--iterations N] [CORPUS_DIR] [FIXTURES_DIR]
                   NianbaoBench parse-inputs OUT_DIR
                   NianbaoBench diff-pairs OUT_DIR
                   NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]

            """.utf8))
    exit(2)
}
