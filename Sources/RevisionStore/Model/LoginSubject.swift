/// What a web login session stands for: a person who logged in by name and password, or a token typed in (a node
/// administrator's). Each is checked again on every request, so that a revoked token, a disabled person or a
/// changed password ends the sessions it opened, before a restart of the server and after it.
public enum LoginSubject: Sendable, Hashable {
    /// The SHA-256 of the token typed at login.
    case token(hash: [UInt8])
    /// A person, by number, with the stamp of the password they logged in with.
    case person(id: Int64, stamp: String)
}
