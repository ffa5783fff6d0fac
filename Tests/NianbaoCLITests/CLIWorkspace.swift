import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A temporary folder with a repository and folders of generated report files, for process tests.
struct CLIWorkspace {
    let folder: TemporaryDirectory
    let scratch: URL
    let repository: String

    init() throws {
        folder = try TemporaryDirectory(prefix: "nianbao-cli")
        scratch = folder.path("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        repository = folder.path("repository.sqlite").path
    }

    /// Runs nianbao in the workspace against its repository (`$NIANBAO_AUTHOR` is ``NianbaoProcess/author`` unless
    /// `environment` says otherwise).
    @discardableResult
    func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> NianbaoProcess.Result {
        try NianbaoProcess.run(
            arguments + ["--repo", repository], in: folder.url, scratch: scratch, environment: environment)
    }

    /// Runs a command that takes no repository (`parse`, `check`) in the workspace.
    func runOnFiles(_ arguments: [String]) throws -> NianbaoProcess.Result {
        try NianbaoProcess.run(arguments, in: folder.url, scratch: scratch)
    }

    /// Runs nianbao in the workspace against its repository without holding a thread while it runs (for a process
    /// that talks to a server of the test).
    @discardableResult
    func runServed(_ arguments: [String]) async throws -> NianbaoProcess.Result {
        await (try NianbaoProcess(arguments + ["--repo", repository], in: folder.url, scratch: scratch)).finished()
    }

    /// Starts nianbao in the workspace against its repository.
    func start(_ arguments: [String]) throws -> NianbaoProcess {
        try NianbaoProcess(arguments + ["--repo", repository], in: folder.url, scratch: scratch)
    }

    /// Writes 常张乡's sample report (``SampleReport/make()``) as text into the workspace, its first cell of table 3
    /// set to a value when one is given (an edit); returns the file's path.
    func writeSample(_ name: String, table3Cell value: String? = nil) throws -> String {
        let report = SampleReport.make()
        let file = folder.path(name)
        let edited = value.map { SampleReport.settingTable3Cell(of: report, index: 0, to: $0) } ?? report
        try Data(ReportText.render(edited).utf8).write(to: file)
        return file.path
    }

    /// Writes generated reports of `count` townships into a new folder; returns the folder and the reports by agency
    /// name.
    func writeReports(_ name: String, count: Int, first: Int = 0, year: Int = 2024) throws -> (URL, [String: Report]) {
        let directory = folder.path(name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var reports: [String: Report] = [:]
        for index in first..<(first + count) {
            var generator = ReportGenerator(agency: "第\(index)乡人民政府", year: year, numbers: .distinct)
            generator.paragraphsPerSubsection = 3
            let report = generator.make(seed: UInt64(index))
            reports[generator.agency] = report
            try Data(ReportText.render(report).utf8).write(to: directory.appendingPathComponent("report-\(index).txt"))
        }
        return (directory, reports)
    }

    func remove() { folder.remove() }
}
