// The people of a node: added and managed on the CLI (`nianbao user`), logging in on the web pages by name and
// password. Passwords are kept as bcrypt hashes (HummingbirdBcrypt), never in the clear.

public import Foundation
import HummingbirdBcrypt
import ReportModel
public import RevisionStore
import Synchronization

extension ReportRepository {
    /// The bcrypt cost (log2 of the rounds) of the password hashes this node writes.
    public static let passwordCost: UInt8 = 11

    /// The fewest characters a password may have.
    public static let minimumPasswordLength = 8

    /// The most UTF-8 bytes a password may have: bcrypt reads no more.
    public static let maximumPasswordBytes = 72

    /// Adds a person.
    ///
    /// - Parameters:
    ///   - name: Their name as they sign (`张三`): 1 to 64 characters without line breaks, unique on the node.
    ///   - role: What they do.
    ///   - agencies: The agencies a clerk writes for (at least one); none for the other roles.
    ///   - password: Their password (8 characters to 72 bytes); only its bcrypt hash is kept.
    ///   - administrator: Who adds them: the audit log's line (添加用户 …), written with them.
    /// - Throws: ``RepositoryError/people(_:)`` (name taken or unsuitable, password unsuitable, agencies missing
    ///   or given where they mean nothing); ``RepositoryError/invalidAgencyID(_:)``; ``RepositoryError/agency(_:)``
    ///   for an agency not registered here (``AgencyError/notRegistered(_:)``) or merged into another.
    public func addPerson(
        name: String, role: PersonRole, agencies: Set<String> = [], password: String, by administrator: String,
        time: Date = Date()
    ) async throws(RepositoryError) -> Person {
        let name = try Self.checkedPersonName(name)
        if role == .clerk, agencies.isEmpty { throw .people(.clerkWithoutAgency) }
        if role != .clerk, !agencies.isEmpty { throw .people(.agenciesForRole(role)) }
        if let bad = agencies.first(where: { !Agency.isValidID($0) }) { throw .invalidAgencyID(bad) }
        let hash = try await passwordHash(password, of: name)
        let person = try await write { writer in
            try Self.checkNotMergedAway(agencies, in: writer)
            // A clerk of an office not registered here could see and do nothing, and pages would name it by its id.
            for id in agencies.sorted() where try writer.agency(id) == nil {
                throw RepositoryError.agency(.notRegistered(id))
            }
            let person = try writer.insertPerson(
                name: name, role: role, agencies: agencies, passwordHash: hash, created: time)
            if let person {
                try writer.appendAudit(
                    person: administrator, action: .userAdd,
                    detail: AuditWording.personAdded(person.role).detail(person.name),
                    time: time)
            }
            return person
        }
        guard let person else { throw .people(.nameTaken(name)) }
        return person
    }

    /// Every person of the node, disabled ones included, by name in pinyin order.
    public func people() async throws(RepositoryError) -> [Person] {
        try await read { try $0.people() }.sorted { one, other in
            one.name == other.name ? one.id < other.id : AgencyOrder.people(one.name, other.name)
        }
    }

    /// Disables a person: they cannot log in any more, their login sessions end at once, those opened with a token
    /// they own too, and the tokens they own are revoked (enabled again, they log in again, but no token comes back).
    ///
    /// - Parameter administrator: Who disables them: the audit log's line (停用用户 …), written with it.
    /// - Throws: ``RepositoryError/people(_:)`` with ``PeopleError/personNotFound(_:)``, or
    ///   ``PeopleError/lastAdministrator(_:)`` for the only active administrator (one slip on the people page, and no
    ///   one could manage people there any more).
    public func disablePerson(
        named name: String, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) {
        // (a name with an invisible character is no one's: `user add` refuses them, and the store would match it
        // cut at a NUL, past the last-administrator check)
        guard !name.hasInvisibleCharacters else { throw .people(.personNotFound(name.showingInvisibleCharacters)) }
        let found = try await write { writer in
            let active = try writer.people().filter { $0.isActive && $0.role == .admin }
            if active.map(\.name) == [name] { throw RepositoryError.people(.lastAdministrator(name)) }
            guard try writer.disablePerson(named: name, at: time) else { return false }
            try writer.appendAudit(
                person: administrator, action: .userDisable, detail: AuditWording.personDisabled.detail(name),
                time: time)
            return true
        }
        guard found else { throw .people(.personNotFound(name)) }
    }

    /// Sets a person's new password (and enables them again); the login sessions they opened with a password end.
    ///
    /// - Parameter administrator: Who sets it: the audit log's line (重设用户 … 的密码, or 重设用户 … 的密码并重新启用 for a
    ///   disabled person), written with it.
    /// - Returns: Whether the person was disabled and is enabled again.
    /// - Throws: ``RepositoryError/people(_:)``: no such person, or an unsuitable password.
    @discardableResult
    public func setPassword(
        of name: String, to password: String, by administrator: String, time: Date = Date()
    ) async throws(RepositoryError) -> Bool {
        // (the hashing takes half a second, in a lane of several: of two requests for one person, the one that came
        // later is kept whichever is hashed first — the page a browser shows is the later press's)
        guard !name.hasInvisibleCharacters else { throw .people(.personNotFound(name.showingInvisibleCharacters)) }
        let ticket = passwordOrder.take(name)
        let hash = try await passwordHash(password, of: name)
        let passwordOrder = passwordOrder
        let found = try await write { writer -> Bool? in
            guard passwordOrder.isLatest(ticket, of: name) else {
                throw RepositoryError.people(.passwordSetMeanwhile(name))
            }
            guard let person = try writer.personWithPassword(named: name)?.person,
                try writer.setPassword(of: name, hash: hash, at: time)
            else { return nil }
            let wording = person.isActive ? AuditWording.passwordReset : AuditWording.passwordResetEnabled
            try writer.appendAudit(
                person: administrator, action: .userPassword, detail: wording.detail(name), time: time)
            return !person.isActive
        }
        guard let found else { throw .people(.personNotFound(name)) }
        return found
    }

    /// The order in which requests to set a person's password came (``setPassword(of:to:by:time:)``).
    final class PasswordOrder: Sendable {
        private let latest = Mutex<[String: Int]>([:])
        private let counter = Mutex(0)

        /// A ticket for a request that came now.
        func take(_ name: String) -> Int {
            let ticket = counter.withLock { counter in
                counter += 1
                return counter
            }
            latest.withLock { $0[name] = ticket }
            return ticket
        }

        /// Whether no later request for the person came since this ticket was taken.
        func isLatest(_ ticket: Int, of name: String) -> Bool {
            latest.withLock { $0[name] == ticket }
        }
    }

    /// A new password made up for a person, for an administrator to hand on once (the people page's 生成新密码): three
    /// groups of four lower-case letters and digits without the ones read alike (0 o 1 l i), as `k7mp-3xqa-9rtw`
    /// (about 59 bits), easy to read out on the telephone and to type.
    public static func generatedPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<3).map { _ in
            String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }.joined(separator: "-")
    }

    /// The person a name and password are, if they match an active person. An unknown name takes as long to
    /// refuse as a wrong password, so that the answer's time does not tell which names exist.
    ///
    /// - Throws: ``PeopleError/accountDisabled(_:)`` for the right password of a disabled person (who would
    ///   otherwise retype a password that is not wrong).
    /// - Returns: The person, and a stamp of their current password that a login session keeps, so that the
    ///   session ends when the password changes (``activePerson(id:stamp:)``).
    public func authenticatePerson(
        name: String, password: String
    ) async throws(RepositoryError) -> (person: Person, stamp: String)? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        // (a name with an invisible character is no one's — `user add` refuses them — and is refused as an unknown
        // name is, not looked up: the store would match `赵六\0…` as 赵六, whom the limit on one name's wrong
        // passwords would not count it for)
        let found =
            trimmed.hasInvisibleCharacters ? nil : try await read { try $0.personWithPassword(named: trimmed) }
        let hash = found?.passwordHash ?? Self.unknownPersonHash
        let fits = password.utf8.count <= Self.maximumPasswordBytes
        let matches = await lanes.passwords.run { fits && Bcrypt.verify(password, hash: hash) }
        guard let found, matches else { return nil }
        guard found.person.isActive else { throw .people(.accountDisabled(found.person.name)) }
        return (found.person, Self.stamp(found.passwordHash))
    }

    /// The person of a login session: `nil` when they were disabled, removed or changed password since.
    public func activePerson(id: Int64, stamp: String) async throws(RepositoryError) -> Person? {
        guard let found = try await read({ try $0.personWithPassword(id: id) }) else { return nil }
        guard found.person.isActive, Self.stamp(found.passwordHash) == stamp else { return nil }
        return found.person
    }

    /// A person's name as recorded: trimmed; refused when empty, with a line break, or too long.
    static func checkedPersonName(_ name: String) throws(RepositoryError) -> String {
        do {
            return try checkedAuthor(name)
        } catch {
            throw .people(.invalidName(name))
        }
    }

    /// The bcrypt hash of a suitable password of a person: long enough and not too easy to guess (``PasswordRules``).
    func passwordHash(_ password: String, of name: String) async throws(RepositoryError) -> String {
        guard password.count >= Self.minimumPasswordLength, password.utf8.count <= Self.maximumPasswordBytes else {
            throw .people(.unsuitablePassword)
        }
        if let weakness = PasswordRules.weakness(of: password, name: name) { throw .people(.weakPassword(weakness)) }
        return await lanes.passwords.run { Bcrypt.hash(password, cost: Self.passwordCost) }
    }

    /// A hash to check a password against when the name is unknown: never matches anything typed.
    static let unknownPersonHash = Bcrypt.hash(
        HexDigits.encode((0..<16).map { _ in UInt8.random(in: .min ... .max) }), cost: passwordCost)

    /// A stamp of a password hash: its SHA-256 in hexadecimal (a session keeps this, not the hash).
    static func stamp(_ hash: String) -> String {
        ObjectID.hashing(Array(hash.utf8)).hex
    }
}
