// Failed logins by name and password, counted against the name as well as the address.

import Foundation
import ReportRepository

extension NodeProtection {
    /// The rate-limit key of a name typed at login.
    public static func nameKey(_ name: String) -> String {
        "name " + name.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Counts a failed login by name and password: against the address and against the name.
    public func recordFailedLogin(name: String, from address: String) async {
        await recordFailedLogin(from: address)
        await failedLogins.recordFailure(Self.nameKey(name))
    }

    /// How long must pass before the next login with this name or from this address, or `nil` when it may be now.
    public func loginRetryAfter(name: String, from address: String) async -> Duration? {
        if let wait = await loginRetryAfter(from: address) { return wait }
        return await failedLogins.retryAfter(Self.nameKey(name))
    }
}
