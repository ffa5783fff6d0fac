import Foundation
import ReportFixtures
import RevisionStore
import Testing

@testable import ReportRepository

/// The web pages' login sessions kept in the repository file (schema 19): only the hash of an id, ended ones
/// removed, at most so many, none in a backup, and the anti-forgery key the same after the file is opened again.
@Suite struct WebSessionStoreTests {
    static let start = Date(timeIntervalSince1970: 1_736_300_000)
    static let person = LoginSubject.person(id: 1, stamp: "stamp")

    @Test func aSessionIsFoundByItsIdUntilItEndsAndIsThenRemoved() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given a session opened for an hour
        try await repository.openWebSession(
            id: "id-one", for: Self.person, expires: Self.start.addingTimeInterval(3600), now: Self.start,
            capacity: 10, perSubject: 20)
        // Then its id finds it within the hour, another id nothing
        let found = try await repository.webSession(id: "id-one", now: Self.start.addingTimeInterval(60))
        #expect(found?.subject == Self.person)
        #expect(try await repository.webSession(id: "id-two", now: Self.start) == nil)
        // And after the hour it is not found (looking it up only reads), and the next login removes it
        #expect(try await repository.webSession(id: "id-one", now: Self.start.addingTimeInterval(3600)) == nil)
        try await repository.openWebSession(
            id: "id-two", for: Self.person, expires: Self.start.addingTimeInterval(7200),
            now: Self.start.addingTimeInterval(3600), capacity: 10, perSubject: 20)
        #expect(try await repository.webSessionCount() == 1)
    }

    @Test func openingRemovesEndedSessionsAndKeepsAtMostTheCapacity() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given three sessions ending one, two and three hours from now, and one already ended
        for hour in 1...3 {
            try await repository.openWebSession(
                id: "id-\(hour)", for: .token(hash: Array(repeating: UInt8(hour), count: 32)),
                expires: Self.start.addingTimeInterval(Double(hour) * 3600), now: Self.start, capacity: 3,
                perSubject: 20)
        }
        // When a fourth opens at half past one, at a capacity of 2
        let later = Self.start.addingTimeInterval(5400)
        try await repository.openWebSession(
            id: "id-4", for: Self.person, expires: later.addingTimeInterval(3600), now: later, capacity: 2,
            perSubject: 20)
        // Then the ended one is gone, and of the others the one that ends first made room
        #expect(try await repository.webSessionCount() == 2)
        #expect(try await repository.webSession(id: "id-2", now: later) == nil)
        #expect(try await repository.webSession(id: "id-3", now: later) != nil)
        #expect(try await repository.webSession(id: "id-4", now: later) != nil)
    }

    @Test func closingEndsThatSessionOnly() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let token = LoginSubject.token(hash: Array(repeating: 9, count: 32))
        for (id, subject) in [("a", Self.person), ("b", Self.person), ("c", token)] {
            try await repository.openWebSession(
                id: id, for: subject, expires: Self.start.addingTimeInterval(3600), now: Self.start, capacity: 10,
                perSubject: 20)
        }
        try await repository.closeWebSession(id: "c")
        #expect(try await repository.webSession(id: "c", now: Self.start) == nil)
        #expect(try await repository.webSession(id: "a", now: Self.start) != nil)
        #expect(try await repository.webSessionCount() == 2)
    }

    @Test func theFileKeepsOnlyTheHashOfAnIdAndABackupNone() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("county.sqlite").path
        let id = "SeSsIoNiD-" + String(repeating: "q", count: 30)
        do {
            let repository = try ReportRepository.create(at: path, node: "county", logger: RepositoryTestSupport.logger)
            try await repository.openWebSession(
                id: id, for: Self.person, expires: Date().addingTimeInterval(3600), capacity: 10, perSubject: 20)
            let key = try await repository.webFormKey()
            // When a backup is made
            try await repository.backup(to: folder.path("backup.sqlite").path)
            // Then the file opened again finds the session and has the same key
            let again = try ReportRepository.open(at: path, logger: RepositoryTestSupport.logger)
            #expect(try await again.webSession(id: id)?.subject == Self.person)
            #expect(try await again.webFormKey() == key)
            // And the backup holds no session, and no key
            let copy = try ReportRepository.open(
                at: folder.path("backup.sqlite").path, logger: RepositoryTestSupport.logger)
            #expect(try await copy.webSessionCount() == 0)
            #expect(try await copy.webFormKey() != key)
        }
        // And nowhere in the files is the id itself, only its SHA-256
        for name in ["county.sqlite", "county.sqlite-wal", "backup.sqlite"] {
            let bytes = (try? Data(contentsOf: folder.path(name))) ?? Data()
            #expect(bytes.range(of: Data(id.utf8)) == nil, "\(name)")
        }
        let store =
            try Data(contentsOf: folder.path("county.sqlite"))
            + ((try? Data(contentsOf: folder.path("county.sqlite-wal"))) ?? Data())
        #expect(store.range(of: Data(ReportRepository.sessionHash(id))) != nil)
        let backup = try Data(contentsOf: folder.path("backup.sqlite"))
        #expect(backup.range(of: Data(ReportRepository.sessionHash(id))) == nil)
    }

    /// A township's sync token could log in 10,000 times and so end every county reviewer's login (the oldest made
    /// room). One token or person now keeps at most so many, its own oldest ending first.
    @Test func oneSubjectLoggingInAgainAndAgainEndsOnlyItsOwnOldestSessions() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let township = LoginSubject.token(hash: Array(repeating: 7, count: 32))
        try await repository.openWebSession(
            id: "reviewer", for: Self.person, expires: Self.start.addingTimeInterval(3600), now: Self.start,
            capacity: 4, perSubject: 2)
        for minute in 1...10 {
            try await repository.openWebSession(
                id: "township-\(minute)", for: township,
                expires: Self.start.addingTimeInterval(3600 + Double(minute) * 60), now: Self.start, capacity: 4,
                perSubject: 2)
        }
        #expect(try await repository.webSession(id: "reviewer", now: Self.start) != nil)
        #expect(try await repository.webSession(id: "township-10", now: Self.start) != nil)
        #expect(try await repository.webSession(id: "township-9", now: Self.start) != nil)
        #expect(try await repository.webSessionCount() == 3)
    }

    /// A person disabled while no request came kept the session of a token they own, which worked again once they
    /// were enabled (`user passwd`); a revoked token's logins stayed in the file until their next request.
    @Test func disablingAPersonOrRevokingATokenEndsItsLoginsAtOnce() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let person = try await repository.addPerson(
            name: "王审核", role: .reviewer, password: "secret-password-1", by: "管理员")
        let owned = try await repository.issueToken(label: "王审核的令牌", scope: .all, owner: "王审核")
        let other = try await repository.issueToken(label: "其他", scope: .all)
        let later = Date().addingTimeInterval(3600)
        let logins: [(String, LoginSubject)] = [
            ("password", .person(id: person.id, stamp: "stamp")),
            ("owned", .token(hash: ReportRepository.tokenHash(owned.secret))),
            ("other", .token(hash: ReportRepository.tokenHash(other.secret))),
        ]
        for (id, subject) in logins {
            try await repository.openWebSession(id: id, for: subject, expires: later, capacity: 10, perSubject: 20)
        }
        try await repository.disablePerson(named: "王审核", by: "管理员")
        #expect(try await repository.webSession(id: "password") == nil)
        #expect(try await repository.webSession(id: "owned") == nil)
        #expect(try await repository.webSession(id: "other") != nil)
        try await repository.revokeToken(id: other.token.id)
        #expect(try await repository.webSessionCount() == 0)
    }
}
