// Failed logins by name and password, counted against the name as well as the address — or, from a browser the
// person logged in from before, against that browser alone.

import Foundation
import ReportRepository

extension NodeProtection {
    /// The rate-limit key of a name typed at login.
    public static func nameKey(_ name: String) -> String {
        "name " + name.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Counts a failed login by name and password: against the address and against the name, or only against the
    /// browser when it is one the person logged in from before.
    ///
    /// - Parameter device: The rate-limit key of a browser the person logged in from before, if the request is
    ///   from one (the web pages' device cookie).
    public func recordFailedLogin(name: String, from address: String, device: String? = nil) async {
        if let device { return await failedLogins.recordFailure(device) }
        await recordFailedLogin(from: address)
        await failedLogins.recordFailure(Self.nameKey(name))
    }

    /// How long must pass before the next login with this name or from this address (or, from a browser the person
    /// logged in from before, from that browser), or `nil` when it may be now.
    public func loginRetryAfter(name: String, from address: String, device: String? = nil) async -> Duration? {
        if let device { return await failedLogins.retryAfter(device) }
        if let wait = await loginRetryAfter(from: address) { return wait }
        return await failedLogins.retryAfter(Self.nameKey(name))
    }
}
