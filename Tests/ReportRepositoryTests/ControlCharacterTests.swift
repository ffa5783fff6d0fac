import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A NUL typed into a form (`%00`) or sent by another node (rv102 F4–F6). The store keeps a text up to its first NUL
/// only: a comment was cut while its name stayed that of the whole text (the county and the township then filed it
/// under two names, and the township's every later push was refused), a 退回意见 lost what followed without a word,
/// `赵六\0…` logged in as 赵六 without counting against 赵六's wrong passwords, and `刘主任\0` disabled the last
/// administrator past the check. Such texts are refused, such names are no one's; every other character stays.
@Suite struct ControlCharacterTests {
    @Test func aCommentOrAReasonWithAControlCharacterIsRefusedAndNothingIsKept() async throws {
        let (repository, draft) = try await WorkflowTests.repository()
        let (paragraph, _) = try WorkflowTests.anchors(in: SampleReport.make())
        for text in ["请核对表三\u{0}第二句", "\u{0}"] {
            await #expect(throws: RepositoryError.workflow(.controlCharacter(text.showingInvisibleCharacters))) {
                try await repository.addComment(
                    on: "changzhang/2024", at: paragraph, text: text, by: WorkflowTests.reviewer)
            }
        }
        #expect(try await repository.comments(of: WorkflowTests.key).isEmpty)
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.mark(
                draft.id.hex, as: .returned, comment: "请核对表三\u{0}第二句", author: "王审核")
        }
        #expect(error?.description(in: .chinese).contains("<U+0000>") == true)
        #expect(try await repository.marks(of: WorkflowTests.key).isEmpty)
        // what people do paste — line breaks, tabs, Word's manual line break and page break — is kept as written
        // (another node's notes may hold them too: refusing them would refuse its every push, rv104 F3/F4)
        let pasted = "第一条\r\n第二条\t完\u{0B}第三条\u{0C}第四条\u{1B}"
        let kept = try await repository.addComment(
            on: "changzhang/2024", at: paragraph, text: pasted, by: WorkflowTests.reviewer)
        #expect(kept.comment.text == pasted)
    }

    @Test func aNameWithAControlCharacterIsNoOnes() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        _ = try await repository.addPerson(name: "刘主任", role: .admin, password: "admin-password-1", by: "管理员")
        _ = try await repository.addPerson(name: "赵六", role: .reviewer, password: "clerk-password-1", by: "刘主任")
        #expect(try await repository.authenticatePerson(name: "赵六", password: "clerk-password-1") != nil)
        #expect(
            try await repository.authenticatePerson(name: "赵六\u{0}127.0.0.6-1", password: "clerk-password-1") == nil)
        await #expect(throws: RepositoryError.people(.personNotFound("刘主任<U+0000>"))) {
            try await repository.disablePerson(named: "刘主任\u{0}", by: "刘主任")
        }
        await #expect(throws: RepositoryError.people(.personNotFound("赵六<U+0000>"))) {
            try await repository.setPassword(of: "赵六\u{0}", to: "another-password-2", by: "刘主任")
        }
        let people = try await repository.people()
        #expect(people.allSatisfy { $0.isActive })
        #expect(try await repository.authenticatePerson(name: "赵六", password: "clerk-password-1") != nil)
    }
}
