// Next year's draft: which revision of last year it starts from.

public import ReportModel
public import RevisionStore

/// Next year's draft of a report, and the revision of last year's report it was made from.
public struct NextYearDraft: Sendable, Hashable {
    /// The revision of last year's report the draft starts from: its published revision, else its draft head.
    public var source: RevisionDetails
    /// The draft (see ``ReportModel/Report/nextYearDraft()``).
    public var report: Report
    /// The number of the new year's draft head when that report exists already (第 N 版; 0 in a file from before
    /// numbers): the draft made here holds none of its edits, and whoever asked should be told.
    public var existing: Int?

    /// Who the draft's note is from, as Word shows it beside the note.
    public static let noteAuthor = "年报草稿说明"

    /// What the clerk should know on opening the draft, for a comment on its title: where it came from, what was
    /// done to it, and what is left to do.
    public var note: String {
        let last = source.revision.report.year
        let year = last + 1
        let which = source.refs.contains(.published) ? "已公开的版本" : "最新版本（尚未公开）"
        // What the draft's 上年结转 row holds, said as it is (rv105 F5: "已按…填入" over a row left empty).
        let carriedOver = report.table(number: 3)?.rows.first { $0.key == "carried-over" }?.cells ?? []
        let filled = carriedOver.filter { !($0.text ?? "").isEmpty }.count
        let carried =
            if source.report.copies(ofTable: 3).count > 1, source.report.table(number: 3) == nil {
                "表格已清空（\(last) 年报告有两个内容不同的表三，无法确定哪一个是当年的，“上年结转”请自行填写）。"
            } else if source.report.table(number: 3) == nil {
                "表格已清空（\(last) 年报告没有表三，“上年结转”请自行填写）。"
            } else if filled == 0 {
                "表格已清空（\(last) 年表三的“结转下年度”没能读出，“上年结转”请自行填写）。"
            } else if filled < carriedOver.count {
                "表格已清空，表三“上年结转”一行已按 \(last) 年的“结转下年度”填入 \(filled) 格（另有 \(carriedOver.count - filled) 格"
                    + "没能读出，空着，请自行填写）。"
            } else {
                "表格已清空，表三“上年结转”一行已按 \(last) 年的“结转下年度”填入。"
            }
        let years =
            source.report.title == nil
            ? "开头和统计期限中的年份已改为 \(year) 年，标题已按 \(year) 年补上；" : "标题、开头和统计期限中的年份已改为 \(year) 年；"
        // A year that has its report already: this draft holds none of it (rv105 F9).
        let already = existing.map { number in
            "注意：\(year) 年已有报告" + (number > 0 ? "（草稿为第 \(number) 版）" : "")
                + "，这份草稿是按 \(last) 年报告重新生成的，不含其中的修改；请先到系统里看那份报告。\n"
        }
        return (already ?? "") + "这份 \(year) 年报告草稿由 \(last) 年报告的\(which)生成：" + years + carried + "\n"
            + "正文其余各段沿用 \(last) 年的文字和数字，请逐段改写为 \(year) 年的情况，并在表格中填入本年数字。"
            + "改完后可删除这条批注。"
    }
}

extension ReportRepository {
    /// The draft of a year's report made from the year before: from last year's published revision, or from its
    /// draft head when nothing is published yet.
    ///
    /// - Parameters:
    ///   - key: The new report (`AGENCY/YEAR`); the draft is made from `AGENCY/YEAR−1`.
    ///   - scope: What the reader reaches: last year's report outside it is answered as one that does not exist.
    /// - Throws: ``RepositoryError/refNotSet(_:_:)`` when last year's report does not exist (or is out of scope);
    ///   what ``show(_:scope:)`` throws.
    public func nextYearDraft(
        of key: ReportKey, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> NextYearDraft
    {
        let last = ReportKey(agency: key.agency, year: key.year - 1)
        // Last year's report as the checks and the workbook count it (``countedRevision(of:in:)``).
        guard scope.allows(agency: key.agency), let counted = try await previousYear(of: key) else {
            throw .refNotSet(
                last, .draft, agencyName: scope.allows(agency: key.agency) ? await officeName(of: last) : nil)
        }
        let source = try await show(counted.id.hex, scope: scope)
        // The repository's year is the report's year, whatever its text says.
        var base = source.report
        base.year = last.year
        let draft = base.nextYearDraft() ?? base
        let existing = try await read { reader -> Int? in
            guard scope.allows(agency: key.agency), let head = try reader.ref(.draft, of: key)?.revision else {
                return nil
            }
            return try reader.generations(of: [head])[head] ?? 0
        }
        return NextYearDraft(source: source, report: draft, existing: existing)
    }
}
