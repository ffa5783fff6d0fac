import Foundation
import ReportModel

/// Which time a clause of the overview speaks of: the report's year, or another — last year (`上年收到申请96件`,
/// `去年同期`), another year (`较2023年收到申请96件` in the report of 2024), a month (`最多的是3月，收到申请20件`). A
/// count in a clause about another time is no figure of the year's table, and was compared with it as one
/// (review rv112 F19).
enum ClauseTime {
    /// Words that put a clause in another year than the report's.
    static let otherYearWords = ["上年", "去年", "上一年", "前年", "同期"]
    /// Words that put a clause in the report's year.
    static let thisYearWords = ["本年", "今年", "全年", "本年度"]
    /// Marks of a range of months (`1-12月`, `1至12月`): the whole year, no one month.
    static let rangeMarks: [Character] = ["-", "—", "－", "~", "～", "至"]

    /// For each clause of a sentence, whether it speaks of another time than the report's `year`: by its own words,
    /// or, having none, as the clause before it does (`最多的是3月，收到申请20件`).
    static func otherTime(_ clauses: [String], year: Int?) -> [Bool] {
        var previous = false
        return clauses.map { clause in
            let own = time(of: clause, year: year)
            previous = own ?? previous
            return previous
        }
    }

    /// `true` for another time, `false` for the report's year, `nil` when the clause does not say.
    static func time(of clause: String, year: Int?) -> Bool? {
        if otherYearWords.contains(where: { clause.containsBytes($0) }) { return true }
        let characters = Array(clause)
        var saysThisYear = thisYearWords.contains { clause.containsBytes($0) }
        for (index, character) in characters.enumerated() where character == "年" && index >= 4 {
            let digits = String(characters[(index - 4)..<index])
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let written = Int(digits) else { continue }
            guard let year else { continue }
            if written != year { return true }
            saysThisYear = true
        }
        let months = characters.indices.filter { index in
            characters[index] == "月" && index > 0
                && (characters[index - 1].isNumber || "一二三四五六七八九十".contains(characters[index - 1]))
                && !endsTheYear(characters, month: index)
        }
        if !months.isEmpty, !saysThisYear, !characters.contains(where: rangeMarks.contains) { return true }
        return saysThisYear ? false : nil
    }

    /// Whether the month whose `月` stands at `index` is the year's end, not a month of it: `12月底`, `12月末`,
    /// `12月31日`, `十二月底` (`12月底前，共收到申请96件` is the year's count: review rv114 F3).
    static func endsTheYear(_ characters: [Character], month index: Int) -> Bool {
        let before = String(characters[max(0, index - 2)..<index])
        guard before == "12" || before == "十二" || before == "１２" else { return false }
        let after = String(characters[(index + 1)..<min(characters.count, index + 4)])
        return after.hasPrefix("底") || after.hasPrefix("末") || after.hasPrefix("31日")
    }
}
