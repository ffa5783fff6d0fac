import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A token a person owns acts as that person at most (review rr95, finding 2): their role, within their reach, on
/// the pages and through the sync API alike. A token owned by no person of the node acts as its scope says.
@Suite struct OwnedTokenTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// A repository with 常张乡's 2024 draft and four people, one of each role.
    static func repository() async throws -> (ReportRepository, Revision) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let outcome = try await repository.commit(SampleReport.make(), to: key, author: "常张乡党政办", message: "初稿")
        try await repository.addAgency(id: "dazhuang", name: "大庄乡人民政府", by: "管理员")
        let password = "常张乡2024年报!"
        _ = try await repository.addPerson(
            name: "李四", role: .clerk, agencies: ["dazhuang"], password: password, by: "管理员")
        _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: password, by: "管理员")
        _ = try await repository.addPerson(name: "赵领导", role: .viewer, password: password, by: "管理员")
        _ = try await repository.addPerson(name: "孙管理", role: .admin, password: password, by: "管理员")
        return (repository, outcome.revision)
    }

    /// The token a secret opens, as a request presenting it gets it.
    static func token(
        _ scope: AccessScope, owner: String?, in repository: ReportRepository
    ) async throws -> AccessToken {
        let issued = try await repository.issueToken(label: "电脑", scope: scope, owner: owner)
        return try #require(try await repository.authenticate(issued.secret))
    }

    @Test func aTokenActsAtMostInItsOwnersRoleAndReach() async throws {
        let (repository, _) = try await Self.repository()
        let roles: [(String?, PersonRole)] = [
            ("孙管理", .admin), ("王审核", .reviewer), ("赵领导", .viewer), ("县政务公开办", .admin), (nil, .admin),
        ]
        for (owner, role) in roles {
            let token = try await Self.token(.all, owner: owner, in: repository)
            #expect(Principal(token: token).role == role, "\(owner ?? "nobody")")
        }
        let clerks = try await Self.token(.agencies(["dazhuang"]), owner: "李四", in: repository)
        #expect(Principal(token: clerks).role == .clerk)
        // A token issued to a name before that person was added reaches the person's agencies only, whatever it was
        // issued for
        let early = try await repository.issueToken(label: "钱五的电脑", scope: .all, owner: "钱五")
        _ = try await repository.addPerson(
            name: "钱五", role: .clerk, agencies: ["dazhuang"], password: "常张乡2024年报!", by: "管理员")
        #expect(try await repository.authenticate(early.secret)?.scope == .agencies(["dazhuang"]))
        // A township's token owned by the reviewer stays a township's clerk
        let reviewers = try await Self.token(.agencies(["changzhang"]), owner: "王审核", in: repository)
        #expect(Principal(token: reviewers).role == .clerk && reviewers.scope == .agencies(["changzhang"]))
    }

    @Test func aViewersTokenChangesNothingThroughSync() async throws {
        let (repository, draft) = try await Self.repository()
        let before = try await repository.reports()
        let viewer = Sender(try await Self.token(.all, owner: "赵领导", in: repository))
        let publish = RefUpdate(report: Self.key, ref: .mark(.published), revision: draft.id, expected: nil)
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .publish))) {
            try await repository.receive(objects: [], updates: [publish], from: viewer)
        }
        let moved = RefUpdate(report: Self.key, ref: .draft, revision: draft.id, expected: draft.id)
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .edit))) {
            try await repository.receive(objects: [], updates: [moved], from: viewer)
        }
        #expect(try await repository.reports() == before)
        // Nor does it store objects: a viewer has nothing to push, and its objects were kept up to its upload quota
        // (rv117 F7)
        let blob = EncodedObject(.paragraph("只读查看的上传"))
        await #expect(throws: RepositoryError.people(.notAllowed(role: .viewer, action: .edit))) {
            try await repository.receive(
                objects: [ReceivedObject(id: blob.id, bytes: blob.bytes)], updates: [], from: viewer)
        }
        #expect(try await repository.read { try $0.contains(blob.id) } == false)
        #expect(try await repository.missingObjects([blob.id], for: viewer) == [blob.id])
        // The reviewer's token publishes, as the reviewer does on the pages (a report never submitted: forced, with
        // the reason, as 公开 there asks)
        let reviewer = Sender(try await Self.token(.all, owner: "王审核", in: repository))
        var forced = publish
        forced.comment = MarkComment(
            report: Self.key, mark: .published, comment: "县领导要求先行公开", author: "王审核", time: Date(), forced: true)
        _ = try await repository.receive(objects: [], updates: [forced], from: reviewer)
        #expect(try await repository.reports().first?.mark(.published) != nil)
    }

    @Test func aTokenBeyondItsOwnersReachIsRefusedAndTheListSaysWhatEachReaches() async throws {
        let (repository, _) = try await Self.repository()
        let before = try await repository.tokens()
        // 李四 is 大庄乡's clerk: a token for every report, or for 常张乡 too, would reach 大庄乡's only
        for scope: AccessScope in [.all, .agencies(["changzhang", "dazhuang"])] {
            await #expect(throws: RepositoryError.tokenBeyondOwner(owner: "李四", reaches: ["大庄乡人民政府"])) {
                _ = try await repository.issueToken(label: "混合", scope: scope, owner: "李四")
            }
        }
        #expect(try await repository.tokens() == before)
        #expect(
            RepositoryError.tokenBeyondOwner(owner: "李四", reaches: ["大庄乡人民政府"]).description(in: .chinese).contains(
                "李四 只能用于 大庄乡人民政府 的报告"))
        // A token issued to a name before the person was added is listed with the reach it has
        _ = try await repository.issueToken(label: "钱五的电脑", scope: .all, owner: "钱五")
        _ = try await repository.addPerson(
            name: "钱五", role: .clerk, agencies: ["dazhuang"], password: "常张乡2024年报!", by: "管理员")
        let listed = try #require(try await repository.tokens().first { $0.label == "钱五的电脑" })
        #expect(listed.scope == .agencies(["dazhuang"]))
    }
}
