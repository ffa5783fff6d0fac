import Foundation
import GRDB
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A person disabled loses the tokens they own for good (review rr96, finding 1): enabled again with a new password
/// (the people page's 启用, `user passwd`), they log in again, but no old token — the one on the laptop that was lost
/// — opens anything again.
@Suite struct DisabledTokenTests {
    @Test func enablingAPersonAgainBringsNoTokenBack() async throws {
        let (repository, _) = try await OwnedTokenTests.repository()
        let issued = try await repository.issueToken(label: "李四的电脑", scope: .agencies(["dazhuang"]), owner: "李四")
        let others = try await repository.issueToken(label: "王审核的电脑", scope: .all, owner: "王审核")
        #expect(try await repository.authenticate(issued.secret) != nil)
        try await repository.disablePerson(named: "李四", by: "孙管理")
        #expect(try await repository.authenticate(issued.secret) == nil)
        // `token list` says it is revoked, not only unusable while its owner is disabled
        let listed = try #require(try await repository.tokens().first { $0.label == "李四的电脑" })
        #expect(listed.revoked != nil)
        // Enabled again with a new password: the person logs in, the token stays revoked
        try await repository.setPassword(of: "李四", to: "新密码2025年报!", by: "孙管理")
        #expect(try await repository.authenticate(issued.secret) == nil)
        #expect(try await repository.people().first { $0.name == "李四" }?.isActive == true)
        // Another person's token is untouched
        #expect(try await repository.authenticate(others.secret) != nil)
    }

    @Test func aTokenKeptUnrevokedByAnOlderVersionIsRevokedWhenItsOwnerIsEnabledAgain() async throws {
        let store = try TemporaryDirectory()
        defer { store.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: store)
        _ = try await repository.addPerson(name: "孙管理", role: .admin, password: "常张乡2024年报!", by: "管理员")
        _ = try await repository.addPerson(name: "李四", role: .reviewer, password: "常张乡2024年报!", by: "管理员")
        let issued = try await repository.issueToken(label: "李四的电脑", scope: .all, owner: "李四")
        try await repository.disablePerson(named: "李四", by: "孙管理")
        // As an older version left it: the person disabled, the token not revoked
        let file = try DatabaseQueue(path: store.path("county.sqlite").path)
        try await file.write { db in try db.execute(sql: "UPDATE token SET revoked = NULL") }
        try file.close()
        #expect(try await repository.tokens().first?.revoked == nil)
        try await repository.setPassword(of: "李四", to: "新密码2025年报!", by: "孙管理")
        #expect(try await repository.authenticate(issued.secret) == nil)
        #expect(try await repository.tokens().first?.revoked != nil)
    }
}
