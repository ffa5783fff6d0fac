public import Foundation

/// A time as the protocol carries it: whole seconds since 1970-01-01T00:00:00Z. A node writes only times from 1970 to
/// the end of the year 9999; a time outside them is refused where it is read, since a date from it could not be
/// turned back into seconds (`Int64.max` seconds, as a `Date`, overflows on the way back: rr97 F1).
public enum WireTime {
    /// The seconds a time on the wire may carry: 1970-01-01 to 9999-12-31T23:59:59Z.
    public static let seconds: ClosedRange<Int64> = 0...253_402_300_799

    /// The date of a time on the wire, or `nil` when it is outside ``seconds``.
    public static func date(_ seconds: Int64) -> Date? {
        Self.seconds.contains(seconds) ? Date(timeIntervalSince1970: TimeInterval(seconds)) : nil
    }

    /// The date of a time a remote lists only to be shown (when a conflict was opened there, a mark moved, an agency
    /// was merged): one outside ``seconds`` is shown as 1970-01-01, the protocol's "no time", never trapped on.
    public static func listedDate(_ seconds: Int64) -> Date {
        date(seconds) ?? Date(timeIntervalSince1970: 0)
    }
}
