// A person changes her own password (the pages' 修改密码): only an administrator could set one before, so the county's
// administrator knew or chose every clerk's and reviewer's password (review rv107 F8).

public import Foundation
import HummingbirdBcrypt
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Changes the password of the person of a login session, who types her current one: the new one is held to
    /// the same rules as any (``PasswordRules``), and every login session she opened with the old one ends — the
    /// caller opens a new one for the browser she changed it from (its stamp is returned). The audit log's line
    /// (修改密码, `从 ADDRESS 修改本人的密码`) is written under her name in the same transaction.
    ///
    /// - Parameters:
    ///   - id: The person's number, as the login session keeps it.
    ///   - stamp: The stamp of the password the session was opened with (``authenticatePerson(name:password:)``):
    ///     a password set meanwhile by someone else is not overwritten.
    ///   - current: The password she types as her current one.
    ///   - new: Her new password.
    ///   - address: Where the request came from, for the audit line.
    ///   - time: When.
    /// - Returns: The person, and the stamp of her new password, for the login session opened in place of hers.
    /// - Throws: ``RepositoryError/people(_:)``: ``PeopleError/wrongCurrentPassword`` (nothing else is checked
    ///   then, and nothing changes), ``PeopleError/unchangedPassword``, ``PeopleError/unsuitablePassword`` or
    ///   ``PeopleError/weakPassword(_:)``; ``PeopleError/passwordSetMeanwhile(_:)`` when her password changed or
    ///   she was disabled since the session was opened; ``RepositoryError/store(_:)`` with
    ///   ``StoreError/readOnly(path:)`` on a repository that is read-only, before anything is checked.
    public func changeOwnPassword(
        id: Int64, stamp: String, current: String, to new: String, from address: String, time: Date = Date()
    ) async throws(RepositoryError) -> (person: Person, stamp: String) {
        guard !isReadOnly else { throw .store(.readOnly(path: store.path)) }
        let stored = try await read { try $0.personWithPassword(id: id) }
        guard let found = stored, found.person.isActive, Self.stamp(found.passwordHash) == stamp else {
            throw .people(.passwordSetMeanwhile(stored?.person.name ?? ""))
        }
        let name = found.person.name
        let fits = current.utf8.count <= Self.maximumPasswordBytes
        let oldHash = found.passwordHash
        guard await lanes.passwords.run({ fits && Bcrypt.verify(current, hash: oldHash) }) else {
            throw .people(.wrongCurrentPassword)
        }
        guard new != current else { throw .people(.unchangedPassword) }
        let ticket = passwordOrder.take(name)
        let hash = try await passwordHash(new, of: name)
        let passwordOrder = passwordOrder
        let changed = try await write { writer -> Person? in
            // (an administrator's new password, or a disabling, between the check and now stands)
            guard passwordOrder.isLatest(ticket, of: name), let now = try writer.personWithPassword(id: id),
                now.person.isActive, now.passwordHash == oldHash, try writer.setPassword(of: name, hash: hash, at: time)
            else { return nil }
            try writer.appendAudit(
                person: name, action: .passwordChange, detail: AuditWording.ownPasswordChanged.detail(address),
                time: time)
            return now.person
        }
        guard let changed else { throw .people(.passwordSetMeanwhile(name)) }
        return (changed, Self.stamp(hash))
    }
}
