import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportParser

/// Parse throughput: the sample reports, generated reports in every layout, and the .docx, PDF and HTML files
/// (the real PDFs of the corpus and the test fixtures), with a summary per format.
enum ParseBenchmark {
    struct Input {
        let name: String
        let bytes: [UInt8]
    }

    static let documentExtensions = ["docx", "pdf", "html"]

    static func run(corpus: String?, fixtures: String? = nil, only: String? = nil, iterations: Int? = nil) {
        var inputs: [Input] = []
        for (folder, prefix) in [(corpus.map { $0 + "/files" }, "files"), (fixtures, "fixtures")] {
            guard let folder else { continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted()
            where documentExtensions.contains(where: { name.hasSuffix("." + $0) }) && !name.hasPrefix("template") {
                if let data = FileManager.default.contents(atPath: folder + "/" + name) {
                    inputs.append(Input(name: "\(prefix)/\(name)", bytes: Array(data)))
                }
            }
        }
        if let corpus {
            let root = URL(fileURLWithPath: corpus)
            for folder in ["seeds", "real"] {
                let directory = root.appendingPathComponent(folder)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where name.hasSuffix(".txt") {
                    if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
                        inputs.append(Input(name: "\(folder)/\(name)", bytes: Array(data)))
                    }
                }
            }
        }
        inputs += generatedInputs()
        if let only {
            inputs.removeAll { !$0.name.contains(only) }
        }
        print("parse throughput (release build, one core; processor time of the parsing thread)")
        print(pad("input", 46) + pad("KB", 8) + pad("ms/report", 12) + "reports/s")
        var totalBytes = 0
        var totalSeconds = 0.0
        var totalReports = 0
        var byFormat: [DocumentFormat: (files: Int, seconds: Double, inputs: Int)] = [:]
        for input in inputs {
            // Warm up, then parse for at least 0.3 s of this thread's processor time (on a shared machine, wall
            // time would count the other programs' turns too).
            _ = try? ReportParser.parse(input.bytes)
            var count = 0
            let start = threadSeconds()
            var elapsed = 0.0
            while iterations.map({ count < $0 }) ?? (elapsed < 0.3 || count < 5) {
                _ = try? ReportParser.parse(input.bytes)
                count += 1
                elapsed = threadSeconds() - start
            }
            totalBytes += input.bytes.count * count
            totalSeconds += elapsed
            totalReports += count
            let format = DocumentFormat.detect(input.bytes)
            let sofar = byFormat[format] ?? (0, 0, 0)
            byFormat[format] = (sofar.files + count, sofar.seconds + elapsed, sofar.inputs + 1)
            let perReport = elapsed / Double(count)
            print(
                pad(input.name, 46) + pad(String(format: "%.1f", Double(input.bytes.count) / 1024), 8)
                    + pad(String(format: "%.2f", perReport * 1000), 12) + String(format: "%.0f", 1 / perReport))
        }
        print(
            String(
                format: "overall: %.0f reports/s, %.1f MB/s over %d inputs", Double(totalReports) / totalSeconds,
                Double(totalBytes) / totalSeconds / 1_048_576, inputs.count))
        for format in DocumentFormat.allCases {
            guard let entry = byFormat[format] else { continue }
            let rate = String(format: "%.0f", Double(entry.files) / entry.seconds)
            print("\(format.rawValue): \(rate) files/s over \(entry.inputs) files")
        }
    }

    /// One generated report in each layout real reports come in (``ReportLayout``).
    static func generatedInputs() -> [Input] {
        var generator = ReportGenerator(numbers: .distinct)
        generator.paragraphsPerSubsection = 6
        return ReportLayout.allCases.map { layout in
            let text = LayoutRenderer(layout: layout, seed: 7).render(generator.make(seed: 7))
            return Input(name: "generated/\(layout)", bytes: Array(text.utf8))
        }
    }

    /// Writes the generated inputs to `folder` as `LAYOUT.txt`, for comparing two builds' `nianbao parse` of them.
    static func writeGenerated(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for input in generatedInputs() {
            let name = input.name.replacingOccurrences(of: "generated/", with: "")
            try Data(input.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".txt"))
        }
    }

    /// The processor time this thread has used, in seconds.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let used = text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        return text + String(repeating: " ", count: max(1, width - used))
    }
}
