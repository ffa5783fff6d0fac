// The words for an earlier year's file with only its title's year changed (rv120 F2).

public import ReportModel

extension ReportMismatch {
    /// `文件的标题写 2025 年，统计期限却还是 2024 年：多半是拿 2024 年度的报告只改了标题里的年份，内容还是 2024 年的`,
    /// then, for a file downloaded from that report, `（这份文件是从 2024 年度报告（第 3 版）下载的）`, when
    /// ``isPeriodYearLeft``.
    public var chinesePeriodYearLeft: String? {
        guard isPeriodYearLeft, let titleYear, let periodYear else { return nil }
        return "文件的标题写 \(titleYear) 年，统计期限却还是 \(periodYear) 年：多半是拿 \(periodYear) 年度的报告只改了标题里的年份，"
            + "内容还是 \(periodYear) 年的"
            + (downloadedFrom.map { "（这份文件是从 \(periodYear) 年度报告（第 \($0) 版）下载的）" } ?? "")
    }

    /// ``chinesePeriodYearLeft`` in English.
    public var englishPeriodYearLeft: String? {
        guard isPeriodYearLeft, let titleYear, let periodYear else { return nil }
        return "The file's title says \(titleYear), but its statistics period is still \(periodYear): most likely it "
            + "is the \(periodYear) report with only the title's year changed, its contents still \(periodYear)'s"
            + (downloadedFrom.map { " (this file was downloaded from the \(periodYear) report, version \($0))" } ?? "")
    }

    /// What to do about an earlier year's file with only the title's year changed (``isPeriodYearLeft``): on the web,
    /// `要起草 2025 年度的报告，请在 2024 年度报告的页面上用“下载 2025 年草稿”（上年结转已填好），或把这份文件的统计期限和内容
    /// 改为 2025 年的再上传`; at the terminal the same with `nianbao draft changzhang/2025`, and `--force` for a file
    /// meant as it is.
    ///
    /// - Parameters:
    ///   - upload: Said on the web (上传) rather than at the terminal (提交).
    ///   - language: The reader's.
    public func periodYearAdvice(upload: Bool, in language: Language) -> String {
        let (year, period) = (target.year, periodYear ?? target.year - 1)
        switch (language, upload) {
        case (.chinese, true):
            return "要起草 \(year) 年度的报告，请在 \(period) 年度报告的页面上用“下载 \(year) 年草稿”（上年结转已填好），"
                + "或把这份文件的统计期限和内容改为 \(year) 年的再上传"
        case (.chinese, false):
            return "要起草 \(year) 年度的报告，请用 nianbao draft \(target) -o 文件名.docx（上年结转已填好），"
                + "或把统计期限和内容改为 \(year) 年的再提交；确实要这样提交，请加 --force（会在修订说明里记下）"
        case (.english, true):
            return
                "To draft the \(year) report, use \"Download a draft for \(year)\" on the \(period) report's page (last "
                + "year's carried-over figures are filled in), or change this file's statistics period and contents to "
                + "\(year)'s and upload it again"
        case (.english, false):
            return "To draft the \(year) report, use nianbao draft \(target) -o FILE.docx (last year's carried-over "
                + "figures are filled in), or change the statistics period and the contents to \(year)'s and commit "
                + "again; to commit it all the same, add --force (it is noted in the revision's message)"
        }
    }
}
