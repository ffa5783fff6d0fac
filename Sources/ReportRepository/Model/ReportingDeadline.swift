public import Foundation
import ReportModel

/// The day of the year after the reporting year by which townships and departments report: 1月31日 unless the
/// county sets another (`nianbao config deadline MM-DD`).
public struct ReportingDeadline: Sendable, Hashable, CustomStringConvertible {
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    /// 1月31日.
    public static let standard = ReportingDeadline(month: 1, day: 31)

    /// Creates a deadline.
    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// Reads `MM-DD` (`01-31`, `1-31`), or `nil` when it is not a day of a year.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month),
            day >= 1, day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        else { return nil }
        self.init(month: month, day: day)
    }

    /// `MM-DD`.
    public var description: String {
        (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// In Chinese: `1月31日`.
    public var label: String { "\(month)月\(day)日" }

    /// Whole days from a moment's Beijing date to the deadline of a reporting year's round (the deadline in the
    /// year after): 0 on the day itself, negative once it has passed.
    public func daysLeft(year: Int, from now: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = BeijingTime.zone
        let today = calendar.startOfDay(for: now)
        // 2月29日 in a year without one is 3月1日.
        let due =
            calendar.date(from: DateComponents(year: year + 1, month: month, day: day)).map {
                calendar.startOfDay(for: $0)
            } ?? today
        return calendar.dateComponents([.day], from: today, to: due).day ?? 0
    }
}
