public import Foundation

/// Times as people read them: `2024-12-02 15:04` in Beijing time (Asia/Shanghai, UTC+8, no daylight saving).
///
/// The command line shows every time this way, as the web pages do; `TZ` naming another zone (`TZ=UTC`) shows that
/// zone instead, named after the time. Stored and JSON times are not affected: they stay ISO 8601 in UTC.
public enum BeijingTime {
    /// China Standard Time, whatever the machine's zone.
    public static let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt

    /// The zone the command line shows: `TZ` when it names a zone this machine knows, else Beijing time.
    public static let shown: TimeZone = {
        guard let name = EnvironmentVariable.value("TZ"), !name.isEmpty else { return zone }
        let trimmed = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return TimeZone(identifier: trimmed) ?? TimeZone(abbreviation: trimmed) ?? zone
    }()

    /// The year a moment falls in, in Beijing time (the year of 2025-01-01 07:00 in Beijing is 2025, though it is
    /// still 2024 in UTC).
    public static func year(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.component(.year, from: date)
    }

    /// `2024-12-02 15:04`: the minute in a zone (Beijing time unless told otherwise); a time in another zone than
    /// Beijing time says which (`2024-12-02 07:04 UTC`, `2024-12-02 16:04 UTC+9`), so that nobody reads it as Beijing time.
    public static func minute(_ date: Date, in zone: TimeZone = shown) -> String {
        let parts = components(date, in: zone)
        let text = "\(parts.year)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
        let offset = zone.secondsFromGMT(for: date)
        guard offset != Self.zone.secondsFromGMT(for: date) else { return text }
        let (hours, minutes) = (abs(offset) / 3600, abs(offset) % 3600 / 60)
        let sign = offset < 0 ? "-" : "+"
        return text + " UTC" + (offset == 0 ? "" : "\(sign)\(hours)" + (minutes == 0 ? "" : ":\(two(minutes))"))
    }

    /// `2024-12-02`: the day in a zone (Beijing time unless told otherwise).
    public static func day(_ date: Date, in zone: TimeZone = shown) -> String {
        let parts = components(date, in: zone)
        return "\(parts.year)-\(two(parts.month))-\(two(parts.day))"
    }

    /// `20241202-1504`: the minute in Beijing time as a file name may hold it (no space, no colon).
    public static func compactMinute(_ date: Date) -> String {
        let parts = components(date, in: zone)
        return "\(parts.year)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))"
    }

    private static func components(
        _ date: Date, in zone: TimeZone
    ) -> (
        year: Int, month: Int, day: Int, hour: Int, minute: Int
    ) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
