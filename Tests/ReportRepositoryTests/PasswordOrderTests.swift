import Foundation
import ReportFixtures
import Testing

@testable import ReportRepository

/// 生成新密码 pressed twice: the two requests' passwords were hashed side by side and written in either order, so the
/// page the browser showed (the second press's) could hold a password that did not work (review rv100 F8). Of two
/// requests for one person, the later one's password is kept; the earlier one, landing after it, is refused.
@Suite struct PasswordOrderTests {
    @Test func aPasswordSetWhileALaterRequestCameIsNotKept() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        _ = try await repository.addPerson(name: "李四", role: .reviewer, password: "old-password-1", by: "管理员")
        // Given a first request hashing its password (bcrypt takes a good fraction of a second)
        let first = Task { try await repository.setPassword(of: "李四", to: "first-password-1", by: "管理员") }
        try await Task.sleep(for: .milliseconds(20))
        // when a later request for the same person comes meanwhile
        let later = repository.passwordOrder.take("李四")
        // Then the first is refused and nothing it set is kept
        let result = await first.result
        guard case .failure(let error as RepositoryError) = result, case .people(.passwordSetMeanwhile("李四")) = error
        else {
            Issue.record("the earlier request was kept: \(result)")
            return
        }
        #expect(error.description(in: .chinese).contains("以最后显示的新密码为准"))
        #expect(try await repository.authenticatePerson(name: "李四", password: "first-password-1") == nil)
        #expect(try await repository.authenticatePerson(name: "李四", password: "old-password-1") != nil)
        #expect(repository.passwordOrder.isLatest(later, of: "李四"))
        // And a request alone, or for another person, is kept as before
        #expect(try await repository.setPassword(of: "李四", to: "second-password-2", by: "管理员") == false)
        #expect(try await repository.authenticatePerson(name: "李四", password: "second-password-2") != nil)
    }
}
