import Foundation

/// Counts failures by key (a client address, a token) and says when a key has failed too often: a token bucket of
/// `burst` failures that refills at `burst` per `period`. Used for failed logins and for requests that name what
/// does not exist, so that guessing tokens or walking ids takes years instead of minutes. Kept in memory: a restart
/// forgets it.
public actor RateLimiter {
    /// How many failures a key may have, and how fast they are forgiven.
    public struct Policy: Sendable, Hashable {
        /// Failures allowed in a row before the key is refused.
        public var burst: Int
        /// The time in which `burst` failures are forgiven.
        public var period: Duration

        /// Creates a policy.
        public init(burst: Int, period: Duration) {
            self.burst = burst
            self.period = period
        }

        /// Seconds for one failure to be forgiven.
        var secondsPerFailure: Double {
            let (seconds, attoseconds) = period.components
            return (Double(seconds) + Double(attoseconds) / 1e18) / Double(max(burst, 1))
        }
    }

    private struct Bucket {
        var failures: Double
        var updated: ContinuousClock.Instant
    }

    /// The most keys remembered; the oldest are forgotten beyond.
    public static let capacity = 100_000

    private let policy: Policy
    private let clock = ContinuousClock()
    private var buckets: [String: Bucket] = [:]

    /// Creates a limiter.
    public init(_ policy: Policy) {
        self.policy = policy
    }

    /// How long a key must wait before it may try again, or `nil` when it may now.
    public func retryAfter(_ key: String) -> Duration? {
        guard var bucket = buckets[key] else { return nil }
        forgive(&bucket)
        buckets[key] = bucket
        let excess = bucket.failures - Double(policy.burst) + 1
        guard excess > 0 else { return nil }
        return .milliseconds(Int64((excess * policy.secondsPerFailure * 1000).rounded(.up)))
    }

    /// Counts a failure of a key.
    public func recordFailure(_ key: String) {
        var bucket = buckets[key] ?? Bucket(failures: 0, updated: clock.now)
        forgive(&bucket)
        bucket.failures = min(bucket.failures + 1, Double(policy.burst) * 2)
        if buckets.count >= Self.capacity, buckets[key] == nil { dropOldest() }
        buckets[key] = bucket
    }

    private func forgive(_ bucket: inout Bucket) {
        let now = clock.now
        let (seconds, attoseconds) = (now - bucket.updated).components
        let elapsed = Double(seconds) + Double(attoseconds) / 1e18
        bucket.failures = max(0, bucket.failures - elapsed / policy.secondsPerFailure)
        bucket.updated = now
    }

    private func dropOldest() {
        let oldest = buckets.sorted { $0.value.updated < $1.value.updated }.prefix(buckets.count / 10 + 1)
        for (key, _) in oldest { buckets[key] = nil }
    }
}
