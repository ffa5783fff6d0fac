import Foundation
import ReportFixtures
import Testing

@testable import ReportRepository

/// A password too easy to guess is refused when a person is added or given a new one (review rv107 F8: any 8
/// characters were taken), and one that mixes kinds of characters is taken; the node's made-up ones always pass.
@Suite struct PasswordRulesTests {
    @Test(arguments: [
        ("12345678", PasswordRules.Weakness.oneKind), ("abcdefgh", .oneKind), ("aaaaaaaaaa", .oneKind),
        ("常张乡常张乡常张", .oneKind), ("!!!!@@@@", .oneKind), ("Passw0rd", .common), ("abc12345", .common),
        ("李四2024年报告", .holdsName), ("lisi-2024", nil), ("常张乡2024年报!", nil), ("correct horse 1", nil),
    ])
    func aPasswordIsJudged(password: String, weakness: PasswordRules.Weakness?) {
        let name = password.hasPrefix("李四") ? "李四" : "王审核"
        #expect(PasswordRules.weakness(of: password, name: name) == weakness)
    }

    @Test func theNodesMadeUpPasswordsPass() {
        for _ in 0..<200 {
            let made = ReportRepository.generatedPassword()
            #expect(PasswordRules.weakness(of: made, name: "王审核") == nil, "\(made)")
        }
    }

    @Test func aWeakPasswordIsRefusedAndNothingChanges() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        await #expect(throws: RepositoryError.people(.weakPassword(.oneKind))) {
            _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: "12345678", by: "管理员")
        }
        #expect(try await repository.people().isEmpty)
        _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: "审核-2025-年报", by: "管理员")
        await #expect(throws: RepositoryError.people(.weakPassword(.holdsName))) {
            try await repository.setPassword(of: "王审核", to: "王审核2025!", by: "管理员")
        }
        #expect(try await repository.authenticatePerson(name: "王审核", password: "审核-2025-年报") != nil)
    }
}
