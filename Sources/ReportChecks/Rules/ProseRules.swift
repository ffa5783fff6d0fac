import Foundation
import ReportModel

/// What the text says against what the tables say, and what the format asks the text to say.
enum ProseRules {
    static func check(_ context: CheckContext) -> [Finding] {
        proseAgainstTables(context) + scope(context) + fees(context) + table2(context)
    }

    /// A number stated in the text, with the sentence it was found in.
    struct Statement {
        let value: Decimal
        let sentence: String
    }

    /// Numbers the first section states about requests: received, handled.
    ///
    /// A count's own clause is read, not the clauses that qualify it: text in brackets (`答复3050件（含上年度结转
    /// 申请34件，另有103件顺延到下年度答复）`) and clauses that give a part or an addition of the count (含, 其中,
    /// 包括, 另有) or what was carried over (结转, 顺延) are left out.
    static func statements(in paragraphs: [String], verbs: [String], noun: String, year: Int? = nil) -> [Statement] {
        var found: [Statement] = []
        for paragraph in paragraphs {
            for sentence in withoutBrackets(paragraph).split(atAnyOf: "。；") {
                // Sentences about reconsideration and litigation cases count other things.
                guard !["复议", "诉讼", "案件"].contains(where: { sentence.containsBytes($0) }) else { continue }
                let clauses = sentence.split(atAnyOf: "，,")
                // A clause about last year, another year or a month counts no figure of the year's (``ClauseTime``).
                let otherTime = ClauseTime.otherTime(clauses.map { $0.removingLayoutSpace() }, year: year)
                for (clause, other) in zip(clauses, otherTime) where !other {
                    let bare = clause.removingLayoutSpace()
                    guard verbs.contains(where: { bare.containsBytes($0) }), bare.containsBytes(noun),
                        !isQualifying(bare)
                    else {
                        continue
                    }
                    if bare.hasPrefix("未")
                        || verbs.contains(where: { bare.containsBytes("未" + $0) || bare.containsBytes("未接" + $0) })
                    {
                        found.append(Statement(value: 0, sentence: clause))
                        continue
                    }
                    if let number = countBefore(["件", "个"], in: bare) {
                        found.append(Statement(value: number, sentence: clause))
                    }
                }
            }
        }
        return found
    }

    /// The words that open a clause giving a part of a count or something besides it.
    static let qualifiers = ["含", "其中", "包括", "包含", "另有", "另外", "此外"]
    /// The words of a clause about requests carried over from or into another year.
    static let carryWords = ["结转", "顺延", "转入下", "转下", "下一年度", "下年度"]

    /// Whether a clause qualifies a count instead of stating one.
    static func isQualifying(_ clause: String) -> Bool {
        qualifiers.contains { clause.hasBytePrefix($0) } || carryWords.contains { clause.containsBytes($0) }
    }

    /// The text without what stands in brackets, full- or half-width.
    static func withoutBrackets(_ text: String) -> String {
        // (most paragraphs have none: the text as it is, without rebuilding it character by character)
        guard
            text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
                || text.containsBytes("（") || text.containsBytes("）")
        else { return text }
        // (plain text, as reports are, by its scalars' bytes: each scalar is a character there)
        if let kept = withoutBracketsByBytes(text) { return kept }
        var result = ""
        var depth = 0
        for character in text {
            switch character {
            case "（", "(": depth += 1
            case "）", ")": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(character) }
            }
        }
        return result
    }

    /// ``withoutBrackets(_:)`` over the UTF-8 of plain text (``Swift/StringProtocol/isPlainText``); `nil` for other
    /// text.
    private static func withoutBracketsByBytes(_ text: String) -> String? {
        text.withUTF8Bytes { bytes -> String? in
            guard UTF8Scalars.arePlain(bytes) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var depth = 0
            var index = 0
            while let (value, length) = UTF8Scalars.decode(bytes, at: index) {
                switch value {
                case 0xFF08, 0x28: depth += 1
                case 0xFF09, 0x29: depth = max(0, depth - 1)
                default: if depth == 0 { result.append(contentsOf: bytes[index..<(index + length)]) }
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The number written just before a counter word (`申请 17 件` → 17).
    static func countBefore(_ counters: [String], in text: String) -> Decimal? {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where counters.contains(String(character)) {
            var start = index
            while start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber { start -= 1 }
            if start < index, let value = Decimal(string: String(characters[start..<index])) { return value }
        }
        return nil
    }

    static func proseAgainstTables(_ context: CheckContext) -> [Finding] {
        guard let section = context.report.section(slot: 1), let (table, path) = context.table(3) else { return [] }
        let paragraphs = section.allParagraphs.map(\.text)
        var findings: [Finding] = []
        let received = table.value(Table3Row.received, Table3Column.total)
        let carried = table.value(Table3Row.carriedOver, Table3Column.total)
        let handled = table.value(Table3Row.total, Table3Column.total)
        func compare(
            _ statements: [Statement], with accepted: [Decimal], what: String, english: String, row: String
        ) {
            guard let tableValue = accepted.first else { return }
            for statement in statements where !accepted.contains(statement.value) {
                let zeroAgainstSome = (statement.value == 0) != (tableValue == 0)
                findings.append(
                    Finding(
                        rule: "prose-table", severity: zeroAgainstSome ? .error : .warning,
                        place: context.place(table, section: path, row: row, column: Table3Column.total.rawValue),
                        numbers: ["正文": statement.value, "表三": tableValue],
                        message:
                            "正文说\(what)\(statement.value)件（“\(statement.sentence.trimmingLayoutSpace())”），表三为\(tableValue)件",
                        english: "The text says \(statement.value) \(english)"
                            + " (“\(statement.sentence.trimmingLayoutSpace())”); Table 3 says \(tableValue)"))
            }
        }
        let receivedStatements = statements(
            in: paragraphs, verbs: ["收到", "受理", "新收", "接收到", "接到"], noun: "申请", year: context.year)
        if let received {
            compare(
                receivedStatements, with: [received] + (carried.map { [received + $0] } ?? []), what: "收到申请",
                english: "requests received", row: Table3Row.received.rawValue)
        }
        let handledStatements = statements(in: paragraphs, verbs: ["办结", "答复", "办理"], noun: "件", year: context.year)
            .filter { !$0.sentence.contains("申请") || $0.sentence.contains("办结") || $0.sentence.contains("办理") }
            .filter { !$0.sentence.contains("受理") }
        if let handled {
            compare(
                handledStatements, with: [handled], what: "办理", english: "requests handled",
                row: Table3Row.total.rawValue)
        }
        return findings
    }

    /// A township's report that speaks of 全县 or 我县 in its own account copied the county's text.
    static func scope(_ context: CheckContext) -> [Finding] {
        guard context.isTownship, let section = context.report.section(slot: 1) else { return [] }
        return section.allParagraphs.compactMap { paragraph in
            guard let word = ["全县", "我县"].first(where: { paragraph.text.containsText($0) }) else { return nil }
            return Finding(
                rule: "scope-county", severity: .warning, place: Place(section: [section.heading]),
                message: "乡镇报告的总体情况中出现“\(word)”：可能照搬了县级报告的文字",
                english: "A township's overview says “\(word)” (the whole county): it may copy the county's report")
        }
    }

    /// Section 六 reports the 信息处理费 (every agency, 2021 format). The template's prompt
    /// `（文字描述，收取信息处理费情况在此处报告。）` names the fee without reporting it: its words do not count.
    static func fees(_ context: CheckContext) -> [Finding] {
        guard let year = context.year, year >= 2021 else { return [] }
        guard let section = context.report.section(slot: 6) else { return [] }
        let paragraphs = section.allParagraphs.map { TemplateCatalog.standard.textAfterPrompt($0.text) }
        let text = ([section.heading] + paragraphs + section.sections.map(\.heading)).joined()
        guard !["信息处理费", "处理费", "收费"].contains(where: { text.contains($0) }) else { return [] }
        return [
            Finding(
                rule: "fee-not-reported", severity: .warning, place: Place(section: [section.heading]),
                message: "第六部分没有说明信息处理费的收取情况（《政府信息公开信息处理费管理办法》，2021年格式要求每个机关报告）",
                english: "Section 6 does not say whether information processing fees were charged (the 2021 format asks"
                    + " every agency to report them)")
        ]
    }

    static func table2(_ context: CheckContext) -> [Finding] {
        guard let (table, path) = context.table(2) else { return [] }
        var findings: [Finding] = []
        let regulations = Table2Row.regulations.rawValue
        if context.isBelowCityLevel, let row = table.rows.first(where: { $0.key == regulations }),
            row.cells.contains(where: { ($0.value ?? 0) != 0 })
        {
            findings.append(
                Finding(
                    rule: "regulations-nonzero", severity: .warning,
                    place: context.place(table, section: path, row: regulations),
                    message: "乡镇、街道和县（区）级机关不制定规章，表二“规章”一行应为0",
                    english: "Townships, sub-districts and county-level agencies make no regulations: Table 2's"
                        + " regulations row should be 0"))
        }
        for rowKey in Table2Row.allCases {
            let row = rowKey.rawValue
            if let issued = table.value(rowKey, Table2Column.issued),
                let repealed = table.value(rowKey, Table2Column.repealed),
                let inForce = table.value(rowKey, Table2Column.inForce), issued > inForce + repealed
            {
                findings.append(
                    Finding(
                        rule: "t2-in-force", severity: .warning,
                        place: context.place(table, section: path, row: row, column: Table2Column.issued.rawValue),
                        numbers: ["本年制发件数": issued, "本年废止件数": repealed, "现行有效件数": inForce],
                        message:
                            "表二“\(table.rows.first { $0.key == row }?.path.last ?? row)”：本年制发\(issued)件，多于现行有效与本年废止之和（\(inForce + repealed)）",
                        english:
                            "Table 2 “\(table.rows.first { $0.key == row }?.path.last ?? row)”: \(issued) issued this"
                            + " year, more than those in force and those repealed together (\(inForce + repealed))"))
            }
            if let published = table.value(rowKey, Table2Column2019.published),
                let total = table.value(rowKey, Table2Column2019.totalPublic), total < published
            {
                findings.append(
                    Finding(
                        rule: "t2-total-public", severity: .warning,
                        place: context.place(
                            table, section: path, row: row, column: Table2Column2019.totalPublic.rawValue),
                        numbers: ["本年新公开数量": published, "对外公开总数量": total],
                        message: "表二：对外公开总数量（\(total)）小于本年新公开数量（\(published)）",
                        english: "Table 2: the total made public (\(total)) is less than those newly made public this"
                            + " year (\(published))"))
            }
        }
        return findings
    }
}
