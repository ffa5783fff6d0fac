import Foundation

/// How the web pages of a node behave: the key behind their anti-forgery tokens, how long a login lasts and whether
/// its cookie is for HTTPS only.
public struct WebConfiguration: Sendable {
    /// The node secret that signs each session's anti-forgery token (HMAC-SHA256 of the session's id).
    ///
    /// `nianbao serve` gives the key the repository keeps (``ReportRepository/webFormKey()``), so that a form opened
    /// before a restart is still taken after it; 32 random bytes by default, with which such a form is refused.
    public var csrfKey: [UInt8]
    /// How long a login session (and its cookie) lasts, in seconds (8 hours: a working day).
    public var sessionLifetime: Int
    /// Whether the login cookie is always marked `Secure` (sent over HTTPS only): set it when the node sits behind
    /// TLS. A request that comes through a proxy saying `X-Forwarded-Proto: https` gets a `Secure` cookie anyway.
    public var secureCookies: Bool

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - csrfKey: The key that signs anti-forgery tokens (at least 32 bytes); 32 random bytes when `nil`.
    ///   - sessionLifetime: How long a login lasts, in seconds.
    ///   - secureCookies: Whether the login cookie is marked `Secure`.
    public init(csrfKey: [UInt8]? = nil, sessionLifetime: Int = 8 * 3600, secureCookies: Bool = false) {
        var generator = SystemRandomNumberGenerator()
        self.csrfKey = csrfKey ?? (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        self.sessionLifetime = sessionLifetime
        self.secureCookies = secureCookies
    }
}
