import Foundation
import ReportModel
import ReportRepository

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

    /// How pages name a revision: by its generation, the same on every node that holds it (`第 3 版`; `第3版` in a
    /// file name); `修订` when the number is not known.
    static func revision(_ generation: Int?, spaced: Bool = true) -> String {
        generation.map { spaced ? "第 \($0) 版" : "第\($0)版" } ?? "修订"
    }

    /// How pages name a report's latest revision (the draft head): `当前草稿`, but `当前版本（已公开）` while it is the
    /// published version — a published report has no draft waiting.
    static func head(of status: ReportStatus) -> String {
        status == .published ? "当前版本（已公开）" : "当前草稿"
    }

    /// A count with its unit, or `无` for none (`3 条`).
    static func count(_ value: Int, unit: String = "条") -> String {
        value == 0 ? "无" : "\(value) \(unit)"
    }
}
