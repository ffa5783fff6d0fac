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

/// The upload form of the board: the reports the person may change, and the awaited ones (未报送) their first
/// upload starts, to choose from; it starts on the first report of the year the board shows, or on the first awaited
/// one when the person has none of that year yet (a township's first report of a year).
struct BoardUploadView {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let action = "/upload"
    let csrf: String
    let reports: [Option]

    init(states: [ReportSummary], awaited: [BoardRow], year: Int?, session: WebSession) {
        csrf = session.csrfToken
        let entries =
            states.map { (key: $0.report, name: $0.displayName, awaited: false) }
            + awaited.map { (key: $0.key, name: $0.agency.name, awaited: true) }
        let ordered = entries.sorted { one, other in
            one.name == other.name
                ? (one.key.agency, one.key.year) < (other.key.agency, other.key.year)
                : AgencyOrder.names(one.name, other.name)
        }
        let ofYear = ordered.filter { $0.key.year == year }
        let first = (ofYear.first { !$0.awaited } ?? ofYear.first)?.key
        reports = ordered.map {
            Option(
                value: $0.key.description,
                label: "\($0.name) \($0.key.year) 年" + ($0.awaited ? "（未报送，上传后为第 1 版）" : ""),
                selected: $0.key == first)
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
