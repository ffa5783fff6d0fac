// The name of each check as people read it: the rule codes stay in data (JSON, decisions), the names in text.

/// The Chinese name of each rule a finding can come from (``Finding/rule``), for pages and messages people read.
public enum RuleNames {
    /// The name of a rule (`t3-row-total` → `表三行合计`), or the code itself for one this table does not know.
    public static func name(of rule: String) -> String {
        names[rule] ?? rule
    }

    /// Every rule the checks and the reading of a file report, by code.
    static let names: [String: String] = [
        "title-missing": "缺少标题",
        "title-template": "标题仍是模板的标题",
        "year-missing": "未写年度",
        "year-mismatch": "年度不一致",
        "stale-year": "沿用往年年度",
        "late-signature": "落款晚于公布期限",
        "early-signature": "落款早于统计期结束",
        "section-missing": "缺少部分",
        "subsection-missing": "缺少小节",
        "section-unnumbered": "部分没有编号",
        "section-title": "部分标题与模板不同",
        "section-prompt": "模板提示文字未改写",
        "section-number": "部分编号不连续",
        "section-number-reused": "部分编号重复",
        "heading-malformed": "标题格式不规范",
        "heading-repeated": "标题重复",
        "heading-before-sections": "正文前的编号标题",
        "paragraph-broken": "段落被断开",
        "table-missing": "缺少表格",
        "table-incomplete": "表格不完整",
        "table-unreadable": "表格无法读取",
        "table-stray-text": "表格中的其他文字",
        "table-row-unknown": "表格中不认识的行",
        "table-column-extra": "表格中多出的栏",
        "table-row-repeated": "表格行重复",
        "table-rows-disagree": "表格一行填了几次且不同",
        "table-repeated": "表格出现了两次",
        "table-columns-disagree": "表格一栏有几栏且不同",
        "template-2019": "旧版表格格式",
        "cells-unread": "单元格未能读出",
        "cell-text-uncertain": "单元格中有不确定是否显示的文字",
        "file-repaired": "文件已损坏并经修复",
        "page-image": "页面是图片",
        "page-text-undecodable": "页面文字无法识别",
        "cell-undecodable": "单元格文字无法识别",
        "cell-not-filled": "单元格未填写",
        "cell-domain": "单元格数值不合规",
        "cell-written-number": "数字写法不规范",
        "cell-unit-mismatch": "单位与栏目不符",
        "cell-number-malformed": "数字格式不规范",
        "split-digits": "数字被拆开",
        "t2-total-public": "表二公开数",
        "t2-in-force": "表二现行有效件数",
        "t3-identity": "表三收结平衡",
        "t3-row-total": "表三行合计",
        "t3-result-total": "表三办理结果合计",
        "t4-total": "表四合计",
        "prose-table": "正文与表格不一致",
        "regulations-nonzero": "乡镇不制定规章",
        "scope-county": "照搬县级报告用语",
        "fee-not-reported": "未说明收费情况",
        "cross-year-in-force": "与上年现行有效件数不衔接",
        "cross-year-carryover": "与上年结转不衔接",
        "cross-year-same-numbers": "数字与上年完全相同",
    ]
}
