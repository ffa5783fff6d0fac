import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import ReportParser

/// The structured diff in process: pairs of report files parsed once, then `DiffEngine.diff` timed over many runs.
enum DiffBenchmark {
    /// Writes generated year pairs of about 20 KB each, in the canonical text layout, as `NAME.old.txt` and
    /// `NAME.new.txt`.
    static func writePairs(to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let cases: [(String, Set<ReportPairGenerator.Edit>)] = [
            ("gen20k-draft", [.cellsChanged, .sentenceEdited]),
            ("gen20k-cells", [.cellsChanged, .yearMoved]),
            ("gen20k-text", [.sentenceEdited, .paragraphMoved, .yearMoved, .staleYearKept]),
            ("gen20k-all", Set(ReportPairGenerator.Edit.allCases)),
        ]
        for (index, (name, edits)) in cases.enumerated() {
            var generator = ReportPairGenerator()
            generator.base.paragraphsPerSubsection = 1
            var pair = generator.make(seed: UInt64(index + 1), edits: edits)
            while ReportText.render(pair.old).utf8.count < 20_000 {
                generator.base.paragraphsPerSubsection += 1
                pair = generator.make(seed: UInt64(index + 1), edits: edits)
            }
            for (side, report) in [("old", pair.old), ("new", pair.new)] {
                let url = root.appendingPathComponent("\(name).\(side).txt")
                try Data(ReportText.render(report).utf8).write(to: url)
            }
        }
    }

    /// Times the diff of each pair and prints one tab-separated line per pair:
    /// `name  old-bytes  new-bytes  median-µs  min-µs  sections-changed  cells-changed  paragraphs-changed`.
    static func run(_ arguments: [String]) {
        var iterations = 2000
        var files = arguments
        if files.first == "--iterations", files.count >= 2, let count = Int(files[1]) {
            iterations = count
            files.removeFirst(2)
        }
        guard files.count >= 2, files.count % 2 == 0 else {
            FileHandle.standardError.write(Data("NianbaoBench diff: give pairs of files\n".utf8))
            exit(2)
        }
        print("pair\told_bytes\tnew_bytes\tmedian_us\tmin_us\tsections\tcells\tparagraphs")
        for start in stride(from: 0, to: files.count, by: 2) {
            guard let oldData = FileManager.default.contents(atPath: files[start]),
                let newData = FileManager.default.contents(atPath: files[start + 1]),
                let old = try? ReportParser.parse(oldData).report,
                let new = try? ReportParser.parse(newData).report
            else {
                FileHandle.standardError.write(
                    Data("NianbaoBench diff: cannot read \(files[start]) or \(files[start + 1])\n".utf8))
                exit(1)
            }
            let engine = DiffEngine()
            var script = engine.diff(from: old, to: new)
            for _ in 0..<50 { script = engine.diff(from: old, to: new) }  // warm up
            var samples: [Double] = []
            samples.reserveCapacity(iterations)
            let clock = ContinuousClock()
            for _ in 0..<iterations {
                let start = clock.now
                script = engine.diff(from: old, to: new)
                let elapsed = clock.now - start
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
            samples.sort()
            let name = URL(fileURLWithPath: files[start]).lastPathComponent
            let sections = script.allSections.filter { $0.status.isChange }.count
            print(
                [
                    name, "\(oldData.count)", "\(newData.count)", String(format: "%.1f", samples[samples.count / 2]),
                    String(format: "%.1f", samples[0]), "\(sections)", "\(script.changedCells.count)",
                    "\(script.changedParagraphs.count)",
                ].joined(separator: "\t"))
        }
    }
}
