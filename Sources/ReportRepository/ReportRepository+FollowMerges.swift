// Following the agency merges a remote made: the same ids merged here, and an edit made here kept, not stranded.

public import Foundation
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Follows the agency merges a remote listed: each id this node still has (an agency, a report's refs, or only
    /// notes of its reports, which a listing brings with the report the id was merged into) is merged here too, as
    /// ``mergeAgency(_:into:author:time:)`` does, the audit log naming the remote. A year this node edited under the
    /// old id on a text the county's report does not contain (the county kept another text) is not refused, as the
    /// county's own merge would be: the edit must not be stranded under an id no node takes any more. It becomes a
    /// second head of the merged report with an open conflict, whose base is the draft this node had last seen
    /// there (the edit's copy is the child of a copy of that text under the new id, so that its history shows the
    /// edit as what it changed), and is merged into the draft at once when that is clean (the merge revision authored by
    /// whoever made the edit); otherwise it waits for `nianbao merge`. One that cannot be merged (an open conflict,
    /// `into` not known here) is left as it is, with why.
    ///
    /// - Parameters:
    ///   - merges: The remote's agency merges.
    ///   - remote: The remote's name.
    ///   - seen: The drafts this node had last seen on the remote, before this pull (``seenDrafts(at:)``): a year's
    ///     draft here that is one of them, or older, holds no edit of this node's own. A year without one is left
    ///     as it is when the texts differ (``AgencyError/followConflict(from:into:years:)``).
    ///   - time: When.
    /// - Returns: What became of each merge this node had anything of.
    public func followMerges(
        _ merges: [AgencyMerge], from remote: String, seen: [ReportKey: ObjectID] = [:], time: Date = Date()
    ) async throws(RepositoryError) -> [FollowedMerge] {
        var followed: [FollowedMerge] = []
        // The ids this node still has, as an agency or by a report's refs, of those it has not merged itself yet:
        // nothing to read after the first sync that followed them.
        let present = try await read { reader -> Set<String> in
            let wanted = try Set(merges.map(\.agency).filter { try reader.agencyMerge(of: $0) == nil })
            guard !wanted.isEmpty else { return [] }
            let known = try reader.agencies().map(\.id) + reader.refs().map(\.report.agency)
            var present = Set(known).intersection(wanted)
            // An id this node holds only notes of (the county's comments under it, which a listing brings with the
            // report it was merged into): followed too, so that they are read with that report here as there.
            for agency in wanted.subtracting(present) where try reader.hasNotes(ofAgency: agency) {
                present.insert(agency)
            }
            return present
        }
        for merge in merges where merge.agency != merge.into && present.contains(merge.agency) {
            // Named before the merge, which makes the old id's name an alias of `into`: what the lines say of it.
            let names =
                (try? await read { (try $0.agency(merge.agency)?.name, try $0.agency(merge.into)?.name) }) ?? (nil, nil)
            func record(_ outcome: AgencyMergeOutcome?, _ problem: RepositoryError?) -> FollowedMerge {
                FollowedMerge(merge: merge, outcome: outcome, problem: problem, fromName: names.0, intoName: names.1)
            }
            do {
                let outcome = try await write { writer in
                    if try writer.agency(merge.agency) == nil {
                        try writer.save(Agency(id: merge.agency, name: merge.agency))
                    }
                    let detail = AuditWording.agencyMergedBySync.detail(
                        try writer.agency(merge.agency)?.name ?? merge.agency, merge.agency,
                        try writer.agency(merge.into)?.name ?? merge.into, remote)
                    let outcome = try Self.mergeAgency(
                        merge.agency, into: merge.into, time: time, seen: seen, writer: writer)
                    try writer.appendAudit(person: remote, action: .agencyMerge, detail: detail, time: time)
                    return outcome
                }
                followed.append(record(try await mergeKeptEdits(of: outcome, time: time), nil))
            } catch .agency(.mergeConflict(let from, let into, let years)) {
                // The county's advice (commit the kept text under the old id) would overwrite an edit made here.
                let problem = RepositoryError.agency(.followConflict(from: from, into: into, years: years))
                followed.append(record(nil, problem))
            } catch {
                followed.append(record(nil, error))
            }
        }
        return followed
    }

    /// Merges each edit a followed agency merge kept as a second head into the merged report's draft, when that is
    /// clean; an edit with conflicts stays for `nianbao merge`.
    private func mergeKeptEdits(
        of outcome: AgencyMergeOutcome, time: Date
    ) async throws(RepositoryError) -> AgencyMergeOutcome {
        var outcome = outcome
        for year in outcome.kept {
            let key = ReportKey(agency: outcome.into, year: year)
            let head = try await read { reader in
                try reader.conflicts(openOnly: true, report: key).last {
                    if case .agencyMerge = ConflictOrigin(recorded: $0.origin) { true } else { false }
                }
            }
            guard let head else { continue }
            let author = try await read { reader in try reader.requireRevision(head.theirs).content.author }
            let merged = try await mergeHeads(of: key, head: head.head, author: author, time: time)
            if let revision = merged.revision { outcome.merged[year] = revision.id }
        }
        return outcome
    }
}
