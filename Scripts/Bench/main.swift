// NianbaoBench: the in-process part of the benchmarks in Scripts/ (release builds, printed figures).
// Usage: NianbaoBench parse [CORPUS_DIR]

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
    ParseBenchmark.run(corpus: arguments.dropFirst().first)
default:
    FileHandle.standardError.write(Data("usage: NianbaoBench parse [CORPUS_DIR]\n".utf8))
    exit(2)
}
