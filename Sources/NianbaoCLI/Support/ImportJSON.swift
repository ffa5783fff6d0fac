// The JSON shape of `nianbao import` (`--format json`), documented in Schema/store.md ("CLI JSON"), beside the other
// shapes of JSONShapes.swift.

import ReportRepository

/// `nianbao import`.
struct ImportJSON: JSONOutput {
    struct EntryJSON: Encodable {
        let file: String
        let report: String
        let agencyName: String
        let revision: String
        let diagnostics: Int
    }

    struct FailureJSON: Encodable {
        let file: String
        let reason: String
    }

    struct CountsJSON: Encodable {
        let imported: Int
        let unchanged: Int
        let failed: Int
        let skipped: Int
    }

    let folder: String
    let imported: [EntryJSON]
    let unchanged: [EntryJSON]
    let failed: [FailureJSON]
    /// The files left out as no report (a spreadsheet, a batch export's notes), with what they are.
    let skipped: [FailureJSON]
    let warnings: [String]
    let counts: CountsJSON
    let newAgencies: [NewAgencyJSON]

    struct NewAgencyJSON: Encodable {
        let id: String
        let name: String
        let suggestions: [String]
    }

    init(folder: String, summary: ImportSummary) {
        func entry(_ entry: ImportSummary.Entry) -> EntryJSON {
            EntryJSON(
                file: entry.file, report: entry.report.description, agencyName: entry.agencyName,
                revision: entry.revision.hex, diagnostics: entry.diagnostics)
        }
        self.folder = folder
        imported = summary.imported.map(entry)
        unchanged = summary.unchanged.map(entry)
        failed = summary.failed.map { FailureJSON(file: $0.file, reason: $0.reason) }
        skipped = summary.skipped.map { FailureJSON(file: $0.file, reason: $0.reason) }
        warnings = summary.warnings
        counts = CountsJSON(
            imported: summary.imported.count, unchanged: summary.unchanged.count, failed: summary.failed.count,
            skipped: summary.skipped.count)
        newAgencies = summary.newAgencies.map { NewAgencyJSON(id: $0.id, name: $0.name, suggestions: $0.suggestions) }
    }
}
