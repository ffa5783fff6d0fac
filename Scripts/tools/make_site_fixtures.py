#!/usr/bin/env python3
"""Makes the test fixtures of a report on a government website's article page whose site writes the page's
metadata (索引号, 发布机构, 发布日期, 名称 …) in a table above the report (review wn99 F5).

Dev tool, not run by CI (plain Python).

    python3 Scripts/tools/make_site_fixtures.py

From Tests/ReportParserTests/Fixtures/qingshi-2024.cms.html it writes into the same folder:
  site-info.cms.html     the metadata as a 4-column layout table (label cell, value cell, twice) between the
                         breadcrumb and the article, its 名称 row holding the report's title
  site-info-th.cms.html  the metadata as a table of <th>/<td> pairs inside the article, above its <h1>, one
                         item to a row, with the 信息名称 the title and the empty 文号 a blank cell
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")
TITLE = "青石镇人民政府2024年政府信息公开工作年度报告"

GRID = f"""<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><td class="tit">索 引 号：</td><td>11320812014061234X/2025-00003</td><td class="tit">主题分类：</td><td>政务公开</td></tr>
<tr><td class="tit">发布机构：</td><td>青石镇人民政府</td><td class="tit">发布日期：</td><td>2025-01-20</td></tr>
<tr><td class="tit">名　　称：</td><td colspan="3">{TITLE}</td></tr>
<tr><td class="tit">文　　号：</td><td></td><td class="tit">有 效 性：</td><td>有效</td></tr>
</table>
"""

PAIRS = f"""<table class="meta">
<tr><th>索引号</th><td>11320812014061234X/2025-00003</td></tr>
<tr><th>信息名称</th><td>{TITLE}</td></tr>
<tr><th>发布机构</th><td>青石镇人民政府</td></tr>
<tr><th>生成日期</th><td>2025-01-20</td></tr>
<tr><th>文号</th><td></td></tr>
<tr><th>公开方式</th><td>主动公开</td></tr>
</table>
"""


def write(name, before, insert):
    with open(os.path.join(FIXTURES, "qingshi-2024.cms.html"), "rb") as source:
        text = source.read().decode("gbk")
    assert text.count(before) == 1, before
    text = text.replace(before, insert + before)
    with open(os.path.join(FIXTURES, name), "wb") as out:
        out.write(text.encode("gbk"))


def main():
    write("site-info.cms.html", '<div class="article">', GRID)
    write("site-info-th.cms.html", "<h1>", PAIRS)
    print("wrote site-info.cms.html and site-info-th.cms.html in", FIXTURES)


if __name__ == "__main__":
    main()
