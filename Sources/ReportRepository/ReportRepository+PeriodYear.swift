// Which version of an earlier year's report a file with only its title's year changed was downloaded from (rv120 F2).

import ReportModel
import RevisionStore

extension ReportRepository {
    /// The version (第 N 版) of `key`'s office's report of the mismatch's statistics-period year that `basedOn` (the
    /// file's `NianbaoRevision`) names: a revision on that report's draft line, within `scope`. Anything else — no
    /// revision, one this node does not hold, another office's, one out of reach — is `nil`, answered alike, so that
    /// a file cannot ask the store what it holds.
    func periodReportVersion(
        _ basedOn: String?, of key: ReportKey, _ mismatch: ReportMismatch?, scope: AccessScope
    ) async throws(RepositoryError) -> Int? {
        guard let basedOn, let id = ObjectID(hex: basedOn), let year = mismatch?.periodYear, year != key.year,
            scope.allows(agency: key.agency)
        else { return nil }
        let earlier = ReportKey(agency: key.agency, year: year)
        return try await read { reader -> Int? in
            guard ReportKey.years.contains(year), let head = try reader.ref(.draft, of: earlier)?.revision,
                try RevisionGraph.isAncestor(id, of: head, in: reader)
            else { return nil }
            return try reader.generations(of: [id], scope: scope)[id]
        }
    }
}
