import Foundation
import Logging
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore

/// Where a short-lived `nianbao commit` spends its time: each first use timed once, in a fresh process.
enum StartupProfile {
    static func run(file: String, repository: String) async {
        var last = DispatchTime.now().uptimeNanoseconds
        func lap(_ label: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            print(String(format: "%-34@ %6.2f ms", label as NSString, Double(now - last) / 1e6))
            last = now
        }
        let data = FileManager.default.contents(atPath: file) ?? Data()
        lap("read file")
        _ = TemplateCatalog.standard.tables.count
        lap("templates (JSON decode)")
        guard let result = try? ReportParser.parse(data) else {
            print("not a report")
            return
        }
        lap("first parse")
        _ = try? ReportParser.parse(data)
        lap("second parse")
        let objects = ObjectGraph.objects(of: result.report)
        lap("objects + SHA-256 (\(objects.objects.count))")
        guard
            let opened = try? ReportRepository.open(
                at: repository, access: .singleConnection, logger: .init(label: "x"))
        else {
            print("no repository at \(repository)")
            return
        }
        lap("open repository")
        var report = result.report
        report.title = (report.title ?? "") + " "
        let outcome = try? await opened.commit(
            report, to: ReportKey(agency: "profile", year: 2024), author: "a", message: "m")
        lap("commit (\(outcome?.stored.stored ?? 0) new objects)")
    }
}
