import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ReportModel
import ReportRepository
import RevisionStore
public import SyncAPI
import SyncMapping

// Pushing: planning what the remote lacks from its listing, sending it in batches, and the ref moves with the last.

extension SyncClient {
    /// Sends every draft and mark that moved here to the remote: the objects it lacks in batches, then the ref
    /// moves with the last batch.
    ///
    /// - Parameter listing: The remote's reports as a pull just listed them; `nil` asks the remote first.
    /// - Throws: ``SyncError``; batches the remote stored before a failure stay stored there, and a retry does not
    ///   send them again.
    public func push(listing known: RefsListing? = nil) async throws(SyncError) -> PushReport {
        try await push(listing: known, partial: false)
    }

    /// A push; with `partial`, `known` lists only the reports that changed on the remote since the last pull (and
    /// those named), and the push looks only at those and at those changed here since the last complete push.
    ///
    /// A push the remote refuses for a reason it gives to a request (HTTP 400 or 404) is planned once more on what
    /// the remote lists now, without counting what this node last saw there as held: a county restored from an
    /// older backup lacks revisions its townships once pushed, and a push that left out their objects was refused
    /// every time (`对象 … 引用了仓库中没有的对象 …`) until the remote was removed and added again. When that plan
    /// sends nothing more, the first refusal stands.
    ///
    /// The report's figures count every request made, those of a refused first attempt included.
    func push(listing known: RefsListing?, partial: Bool) async throws(SyncError) -> PushReport {
        let first = try await plan(listing: known, partial: partial, trustingSeen: true)
        var statistics = TransferStatistics()
        do {
            return try await send(first, exchanged: &statistics)
        } catch .rejected(let remote, let status, let code, let message) where status == 400 || status == 404 {
            let again = try await plan(listing: nil, partial: false, trustingSeen: false)
            let planned = Set(first.plan.objects)
            guard !again.plan.objects.allSatisfy(planned.contains) else {
                throw .rejected(remote: remote, status: status, code: code, message: message)
            }
            return try await send(again, exchanged: &statistics)
        }
    }

    /// A push's plan, made on the remote's listing (asked for when not given).
    private struct PlannedPush {
        var listing: RefsListing
        var plan: PushPlan
        var statistics: TransferStatistics
    }

    private func plan(
        listing known: RefsListing?, partial: Bool, trustingSeen: Bool
    ) async throws(SyncError) -> PlannedPush {
        var statistics = TransferStatistics()
        let listing: RefsListing
        if let known {
            listing = known
        } else {
            listing = try await connection.json(
                .GET, "refs", Optional<ObjectIDList>.none, as: RefsListing.self, statistics: &statistics)
        }
        try check(listing)
        let states = listing.reports.map(ReportState.init)
        let scope = AccessScope(listing.identity)
        let remoteName = remote.name
        let plan = try await local { () async throws(RepositoryError) in
            try await repository.pushPlan(
                to: remoteName, states: states, scope: scope, partial: partial && known != nil,
                trustingSeen: trustingSeen)
        }
        return PlannedPush(listing: listing, plan: plan, statistics: statistics)
    }

    /// Sends what a plan found the remote may lack, with its ref moves, and records what the remote answered.
    ///
    /// - Parameter statistics: What the push exchanged before (a refused attempt); the plan's listing and this
    ///   attempt's requests are added, also when the remote refuses it. The report gives the sum.
    private func send(
        _ planned: PlannedPush, exchanged statistics: inout TransferStatistics
    ) async throws(SyncError) -> PushReport {
        let plan = planned.plan
        statistics.add(planned.statistics)
        let remoteName = remote.name
        var report = PushReport(
            remote: remote.name, node: planned.listing.node, results: [], objectsSent: 0, objectsSkipped: 0,
            unsent: plan.unsent, notesKept: plan.keptNotes, notesHeld: plan.heldNotes, statistics: statistics)
        report.reach = planned.listing.identity.all ? [] : planned.listing.identity.agencies.sorted()
        report.reachNames = Dictionary(
            (planned.listing.agencies ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        guard !plan.updates.isEmpty || !plan.notes.isEmpty else {
            try await local { () async throws(RepositoryError) in
                try await repository.recordPushed(localSequence: plan.localSequence, to: remoteName)
            }
            return report
        }
        let missing = try await missingOnRemote(plan.objects, statistics: &statistics)
        report.objectsSkipped = plan.objects.count - missing.count
        let objects = try await local { () async throws(RepositoryError) in
            try await repository.objects(missing, scope: .all)
        }
        let alreadyThere = try await revisionsAlreadyThere(plan, missing: Set(missing))
        let result = try await upload(
            objects, updates: plan.updates, notes: plan.notes, alreadyThere: alreadyThere, statistics: &statistics)
        let results = result.results.map(RefUpdateResult.init)
        try await local { () async throws(RepositoryError) in
            try await repository.recordPush(results, to: remoteName, localSequence: plan.localSequence)
        }
        report.results = results
        report.staleMarks = Self.staleMarks(results, updates: plan.updates, listing: planned.listing)
        report.notesSent = plan.notes
        report.objectsSent = objects.count
        report.statistics = statistics
        return report
    }

    /// The marks a push did not move (`stale`), with what the remote's listing said of its own.
    static func staleMarks(
        _ results: [RefUpdateResult], updates: [RefUpdate], listing: RefsListing
    ) -> [StaleMark] {
        results.compactMap { result in
            guard result.status == .stale, let mark = result.ref.mark else { return nil }
            let update = updates.first { $0.report == result.report && $0.ref == result.ref }
            let listed = listing.reports.first { $0.report == result.report }?.marks.first { $0.name == mark }
            return StaleMark(
                report: result.report, mark: mark,
                moved: listed?.moved.map(WireTime.listedDate),
                seenBefore: update?.expected != nil)
        }
    }

    /// The revisions of a push the remote holds already (an earlier push stored them and did not finish), newest of
    /// each report first: walked from each draft the push moves, through the revisions the plan sends.
    private func revisionsAlreadyThere(_ plan: PushPlan, missing: Set<ObjectID>) async throws(SyncError) -> [Revision] {
        let planned = Set(plan.objects)
        var found: [Revision] = []
        var queue = plan.updates.filter { $0.ref == .draft }.map(\.revision)
        var seen: Set<ObjectID> = []
        while let id = queue.popLast() {
            guard planned.contains(id), seen.insert(id).inserted else { continue }
            let revision = try await local { () async throws(RepositoryError) in
                try await repository.revisions([id]).first
            }
            guard let revision else { continue }
            if !missing.contains(id) { found.append(revision) }
            queue.append(contentsOf: revision.parents)
        }
        return found
    }
}
