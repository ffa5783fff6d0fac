// The names of the numbers a finding shows (``Finding/numbers``) as the English pages read them.

/// The English name of each number a finding can show that the checks name in their own words (`各列之和`, `缺失单元格`).
/// A number named by a label of the national format (`一`, `（七）总计`, `现行有效件数`) keeps that label, as the
/// report's tables do.
public enum NumberNames {
    /// The name of a number in English: the checks' own words in English, a label of the format as written.
    public static func english(_ name: String) -> String {
        names[name] ?? name
    }

    /// Whether a number is named by a label of the national format, kept as written in English too.
    public static func isFormatLabel(_ name: String) -> Bool {
        names[name] == nil
    }

    /// The checks' own names of numbers, in English.
    static let names: [String: String] = [
        "缺失单元格": "missing cells",
        "涉及行数": "rows concerned",
        "缺少的编号数": "numbers missing",
        "统计期限年份": "year of the reporting period",
        "正文": "text",
        "标题年份": "year in the title",
        "未能读取的单元格": "cells not read",
        "文中年份": "year in the text",
        "报告年度": "year of the report",
        "各项之和": "sum of the items",
        "各列之和": "sum of the columns",
        "可能的原数": "the number it may have been",
        "办理结果之和": "sum of the results",
        "值": "value",
        "本年上年结转": "carried over from last year (this year's report)",
        "上年现行有效＋本年制发－本年废止": "last year's in force + issued this year − repealed this year",
        "表三": "Table 3",
        "与上年相同的非零格": "non-zero cells the same as last year",
        "未填写格数": "cells not filled",
    ]
}
