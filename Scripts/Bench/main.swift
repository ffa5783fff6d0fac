// NianbaoBench: the in-process part of the benchmarks in Scripts/ (release builds, printed figures).
// Usage: NianbaoBench diff-pairs OUT_DIR | NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "diff":
    DiffBenchmark.run(Array(arguments.dropFirst()))
case "diff-pairs":
    DiffBenchmark.writePairs(to: arguments.dropFirst().first ?? ".")
default:
    FileHandle.standardError.write(
        Data("usage: NianbaoBench diff-pairs OUT_DIR | NianbaoBench diff [--iterations N] OLD NEW [OLD NEW …]\n".utf8))
    exit(2)
}
