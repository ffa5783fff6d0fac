public import ReportModel
import RevisionStore

/// How a report is named where people read it — the command line, the pages, the errors' messages: by its office's
/// name and its year, never by the agency id it is stored under — `常张乡人民政府 2024 年度报告` (`常张乡人民政府 2024
/// report` with `--lang en`). An agency this repository has no name for (a report pulled before its agency) is named
/// by its id, the one thing known.
public enum ReportNames {
    /// A report's name from its office's name.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - agencyName: Its agency's name, when the repository knows it.
    /// - Returns: `常张乡人民政府 2024 年度报告`, or with the id in place of the name when none is known.
    public static func name(of report: ReportKey, agencyName: String?) -> String {
        Language.pick(chinese(report, agencyName: agencyName), english(report, agencyName: agencyName))
    }

    /// ``name(of:agencyName:)`` in Chinese whatever the process's language: `常张乡人民政府 2024 年度报告`.
    public static func chinese(_ report: ReportKey, agencyName: String?) -> String {
        "\(agencyName ?? report.agency) \(report.year) 年度报告"
    }

    /// ``name(of:agencyName:)`` in English: `常张乡人民政府 2024 report`.
    public static func english(_ report: ReportKey, agencyName: String?) -> String {
        "\(agencyName ?? report.agency) \(report.year) report"
    }

    /// The names of reports by the agencies' names of a repository, read once (``ReportRepository/agencyNames()``).
    ///
    /// - Parameter agencyNames: The agencies' names by id.
    /// - Returns: What names a report (``name(of:agencyName:)``).
    public static func naming(_ agencyNames: [String: String]) -> @Sendable (ReportKey) -> String {
        { name(of: $0, agencyName: agencyNames[$0.agency]) }
    }
}

extension ReportRepository {
    /// What names the reports of this repository for people (``ReportNames``), the agencies read once.
    ///
    /// - Throws: ``RepositoryError`` when the store cannot be read.
    public func reportNames() async throws(RepositoryError) -> @Sendable (ReportKey) -> String {
        ReportNames.naming(try await agencyNames())
    }

    /// One report's name for people (``ReportNames``): `常张乡人民政府 2024 年度报告`.
    ///
    /// - Throws: ``RepositoryError`` when the store cannot be read.
    public func name(of report: ReportKey) async throws(RepositoryError) -> String {
        try await reportNames()(report)
    }
}

extension ReportRepository {
    /// The office's name of a report's agency, for an error to name the report by (``RepositoryError``), read inside
    /// a transaction; `nil` when the repository knows none — or cannot read it: the error is thrown all the same.
    static func officeName(of report: ReportKey, in reader: some StoreReading) -> String? {
        (try? reader.agency(report.agency))?.name
    }

    /// ``officeName(of:in:)`` in a transaction of its own.
    func officeName(of report: ReportKey) async -> String? {
        try? await read { Self.officeName(of: report, in: $0) }
    }
}
