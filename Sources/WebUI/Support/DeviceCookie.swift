import Foundation
import Hummingbird
import SyncServer

/// A browser a person has logged in from before (the "device cookie" of OWASP's guidance on slowing online
/// password guessing): a random id signed with the node's key together with the person's name, given at each
/// successful login. A login from such a browser counts its failures against the browser alone, so that wrong
/// passwords typed elsewhere — for her name, or from the office's shared address or a proxy in front of the node —
/// never lock a person out of her own browser (rr97 F3). A guesser without the cookie is held to the limits per
/// address and per name as before; the cookie logs nobody in.
enum DeviceCookie {
    /// The cookie's name.
    static let name = "nianbao_device"
    /// How long a browser stays known without another login: a year (a report's round comes once a year).
    static let lifetime = 365 * 24 * 3600

    /// A new cookie value for a person's name.
    static func value(for personName: String, protection: CSRFProtection) -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
        return id + "." + protection.token(for: signed(id, personName))
    }

    /// The rate-limit key of the request's browser, when its cookie was given at a login of this name; else `nil`.
    static func limitKey(_ request: Request, personName: String, protection: CSRFProtection) -> String? {
        guard let value = request.cookies[name]?.value else { return nil }
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].count == 32, parts[0].allSatisfy(\.isHexDigit),
            protection.isValid(parts[1], for: signed(parts[0], personName))
        else { return nil }
        return "device " + parts[0]
    }

    /// What the signature covers: the id and the name as the limits key it (spaces around it trimmed).
    private static func signed(_ id: String, _ personName: String) -> String {
        "device\u{0}" + id + "\u{0}" + NodeProtection.nameKey(personName)
    }
}
