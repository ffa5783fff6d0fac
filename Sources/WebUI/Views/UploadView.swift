import Foundation
import ReportModel
import ReportRepository

/// The upload form of a report's page.
struct UploadFormView {
    let action: String
    let csrf: String

    init(key: ReportKey, session: WebSession) {
        action = ReportAddress.href(key, "upload")
        csrf = session.csrfToken
    }
}

/// The upload form of the board: the reports the person may change, to choose from, starting on the first report of
/// the year the board shows.
struct BoardUploadView {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let action = "/upload"
    let csrf: String
    let reports: [Option]

    init(states: [ReportSummary], year: Int?, session: WebSession) {
        csrf = session.csrfToken
        let first = year.flatMap { year in states.first { $0.report.year == year }?.report }
        reports = states.sorted(by: AgencyOrder.reports).map {
            Option(
                value: $0.report.description, label: "\($0.displayName) \($0.report.year) 年",
                selected: $0.report == first)
        }
    }
}

/// What an upload did, at the top of the page it answers with.
struct UploadNoticeView {
    let file: String
    let committed: Bool
    /// The draft's revision after the upload.
    let revision: ObjectID
    /// Its number (`第 3 版`), set by the page that shows it.
    var number = ""
    let warnings: [String]
    let hasWarnings: Bool

    init(file: String, outcome: CommitOutcome) {
        self.file = file
        committed = outcome.status == .committed
        revision = outcome.revision.id
        warnings = outcome.warnings
        hasWarnings = !warnings.isEmpty
    }
}
