import Foundation
import ReportModel

/// How pages write times, ids and numbers.
enum DisplayFormat {
    /// China Standard Time (UTC+8, no daylight saving), whatever the server's zone.
    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt

    /// `2025-01-20 14:03` in China Standard Time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chinaTime
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// The short form of a revision id shown on pages (12 hexadecimal digits, enough to name it in a REF).
    static func short(_ id: ObjectID) -> String { id.shortHex(12) }

    /// A count with its unit, or `无` for none (`3 条`).
    static func count(_ value: Int, unit: String = "条") -> String {
        value == 0 ? "无" : "\(value) \(unit)"
    }
}
