public import Foundation

/// An immutable snapshot of a report: the root of its content, its parents and who made it when.
///
/// A revision is itself an object: its id is the SHA-256 of its canonical encoding, so the same snapshot made
/// on two nodes by the same person at the same second with the same message has the same id everywhere.
public struct RevisionContent: Sendable, Hashable {
    /// The report this revision is of.
    public var report: ReportKey
    /// The id of the report root.
    public var root: ObjectID
    /// The revisions this one follows: none for the first, one for an edit, two for a merge (ours first).
    public var parents: [ObjectID]
    /// Who made it.
    public var author: String
    /// The node (repository) it was made on.
    public var node: String
    /// When it was made, to the second, in UTC.
    public var time: Date
    /// What it changes, in the author's words.
    public var message: String
    /// The file the report was read from (a .docx, PDF or web page), kept with the revision; `nil` for a revision
    /// read from plain text, made by a merge, or made before originals were kept.
    public var original: OriginalReference?
    /// What the parser noticed reading that file (the checks need them: `RevisionContent+Source.swift`).
    public var diagnostics: [Diagnostic]

    /// Creates a revision content; the time is cut to whole seconds so that it encodes exactly.
    public init(
        report: ReportKey, root: ObjectID, parents: [ObjectID], author: String, node: String, time: Date,
        message: String, original: OriginalReference? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.report = report
        self.root = root
        self.parents = parents
        self.author = author
        self.node = node
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.message = message
        self.original = original
        self.diagnostics = diagnostics.map(Self.stored)
    }

    /// The time as written in the encoding: `2025-01-08T09:30:00Z`.
    public var timeText: String { Self.format(time) }

    static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondsOfDay = seconds - days * 86400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2))Z"
    }

    static func parse(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 20, utf8[4] == 45, utf8[7] == 45, utf8[10] == 84, utf8[13] == 58, utf8[16] == 58,
            utf8[19] == 90
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? { Int64(String(decoding: utf8[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let date = Date(timeIntervalSince1970: Double(days * 86400 + hour * 3600 + minute * 60 + second))
        return format(date) == text ? date : nil
    }

    // Howard Hinnant's civil-date algorithms: exact for every proleptic Gregorian date, no calendar or locale.
    static func civilDate(daysSinceEpoch z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysSinceEpoch(year y0: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
