import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A county mark pushed by another county computer (a reviewer's token reaching every report) is held to the rules
/// 公开 and 退回 follow on this node (rv107 F12), and one that node forced arrives forced, with its reason (F11).
@Suite struct PushedCountyMarkTests {
    static let key = OwnedTokenTests.key

    /// A mark update of 常张乡's 2024 report onto a revision.
    static func update(_ mark: Mark, _ revision: ObjectID, comment: String? = nil, forced: Bool = false) -> RefUpdate {
        RefUpdate(
            report: key, ref: .mark(mark), revision: revision, expected: nil,
            comment: comment.map {
                MarkComment(report: key, mark: mark, comment: $0, author: "王审核", time: Date(), forced: forced)
            })
    }

    @Test func aPushCannotPublishWhatThePagesRefuse() async throws {
        let (repository, draft) = try await OwnedTokenTests.repository()
        let reviewer = Sender(try await OwnedTokenTests.token(.all, owner: "王审核", in: repository))
        let before = try await repository.reports()
        // Never submitted; returned without its correction request; forced without a reason: each mark refused
        // alone, nothing changed
        let refused = [
            Self.update(.published, draft.id), Self.update(.returned, draft.id),
            Self.update(.published, draft.id, comment: " ", forced: true),
        ]
        for update in refused {
            let outcome = try await repository.receive(objects: [], updates: [update], from: reviewer)
            #expect(outcome.results.map(\.status) == [.refused], "\(update.ref)")
        }
        #expect(try await repository.reports() == before)
        // A refused mark does not refuse the rest of its push (rv109 F5: a stale publication once blocked every push
        // of the computer that made it)
        let both = try await repository.receive(
            objects: [],
            updates: [Self.update(.published, draft.id), Self.update(.returned, draft.id, comment: "请补充表三")],
            from: reviewer)
        #expect(both.results.map(\.status) == [.refused, .created])
        #expect(try await repository.reports().first?.mark(.returned)?.revision == draft.id)
        #expect(try await repository.reports().first?.mark(.published) == nil)
        // Submitted, and every error of its checks the county dismissed (不予采纳): the push publishes it
        try await repository.mark(Self.key.description, as: .submitted, author: "常张乡党政办")
        let county = Principal(author: "王审核")
        for decided in try await repository.decidedFindings(of: Self.key.description)
        where decided.finding.severity == .error {
            try await repository.decide(
                finding: decided.key, on: Self.key.description, verdict: .dismissed, reason: "原表如此，已核实",
                by: county)
        }
        let outcome = try await repository.receive(
            objects: [], updates: [Self.update(.published, draft.id)], from: reviewer)
        #expect(outcome.results.first?.status == .created)
    }

    @Test func aMarkForcedOnTheOtherComputerArrivesForcedWithItsReason() async throws {
        let (repository, draft) = try await OwnedTokenTests.repository()
        let reviewer = Sender(try await OwnedTokenTests.token(.all, owner: "王审核", in: repository))
        // Forced there, with its reason, though never submitted
        let reason = "县领导要求先行公开，乡镇随后补报"
        let outcome = try await repository.receive(
            objects: [], updates: [Self.update(.published, draft.id, comment: reason, forced: true)], from: reviewer)
        #expect(outcome.results.first?.status == .created)
        let stored = try await repository.read { try $0.markComment(.published, of: Self.key) }
        #expect(stored?.forced == true)
        #expect(stored?.comment == reason)
    }
}
