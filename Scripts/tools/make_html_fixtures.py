#!/usr/bin/env python3
"""Makes the HTML test fixtures of the readers from the .docx fixtures: the same reports as web pages, written the
way portals write them. Dev tool, not run by CI (needs python-docx).

    python3 Scripts/tools/make_html_fixtures.py

For each NAME.docx in Tests/ReportParserTests/Fixtures it writes
  NAME.word.html  as Word's "Save as web page" writes it: charset gb2312 (GB18030 bytes), mso- styles and classes,
                  <o:p> elements, &nbsp; in empty cells, list numbers inside <![if !supportLists]>, merged cells as
                  rowspan/colspan, paragraphs indented with full-width spaces
  NAME.cms.html   as a county portal's CMS serves an article: <meta charset="gbk">, a layout table around the page,
                  a menu, a breadcrumb, the title in an <h1> above the article, table 2 cut into one table per
                  第二十条 item with the captions as paragraphs, a list of related links and a footer
"""
import html
import os

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")


def text_of(element):
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def grid_rows(tbl):
    """Rows of (text, rowspan, colspan, is_continuation) from w:tc, gridSpan and vMerge."""
    rows = []
    open_cells = {}
    for r, tr in enumerate(tbl.iter(qn("w:tr"))):
        row = []
        column = 0
        for tc in tr.findall(qn("w:tc")):
            pr = tc.find(qn("w:tcPr"))
            span = 1
            merge = None
            if pr is not None:
                gs = pr.find(qn("w:gridSpan"))
                if gs is not None:
                    span = int(gs.get(qn("w:val")))
                vm = pr.find(qn("w:vMerge"))
                if vm is not None:
                    merge = vm.get(qn("w:val")) or "continue"
            text = "\n".join(text_of(p) for p in tc.iter(qn("w:p")))
            if merge == "continue" and column in open_cells:
                open_cells[column][1] += 1
            else:
                cell = [text, 1, span]
                row.append(cell)
                if merge == "restart":
                    open_cells[column] = cell
                else:
                    for c in range(column, column + span):
                        open_cells.pop(c, None)
            column += span
        rows.append(row)
    return rows


def table_html(tbl, word):
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;'
           'border:none;mso-border-alt:solid windowtext .5pt\'>' if word else '<table border="1" cellspacing="0" width="100%">']
    for row in grid_rows(tbl):
        out.append(" <tr style='mso-yfti-irow:0'>" if word else " <tr>")
        for text, rowspan, colspan in row:
            attributes = ""
            if rowspan > 1:
                attributes += f" rowspan={rowspan}" if word else f' rowspan="{rowspan}"'
            if colspan > 1:
                attributes += f" colspan={colspan}" if word else f' colspan="{colspan}"'
            if word:
                body = html.escape(text) if text.strip() else "&nbsp;"
                out.append(f"  <td{attributes} valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid "
                           f"windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center "
                           f"style='text-align:center'><span style='font-family:宋体;mso-ascii-font-family:"
                           f"\"Times New Roman\"'>{body}<o:p></o:p></span></p></td>")
            else:
                out.append(f"  <td{attributes}>{html.escape(text)}</td>")
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def word_page(document):
    body = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = text_of(child)
            if not text.strip():
                body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
            elif text[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
                body.append(f"<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 "
                            f"level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>{text[:2]}<span "
                            f"style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span><![endif]><b><span "
                            f"style='font-family:黑体'>{html.escape(text[2:])}</span></b><o:p></o:p></p>")
            else:
                body.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span "
                            f"style='font-family:仿宋_GB2312'>　　{html.escape(text)}<o:p></o:p></span></p>")
        elif child.tag == qn("w:tbl"):
            body.append(table_html(child, word=True))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>admin</o:Author>\n"
            " </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\n p.MsoNormal\n\t{mso-style-parent:\"\";\n"
            "\tmargin:0cm;\n\tfont-size:10.5pt;}\n-->\n</style>\n</head>\n\n<body lang=ZH-CN style='tab-interval:21.0pt;"
            "text-justify-trim:punctuation'>\n\n<div class=WordSection1 style='layout-grid:15.6pt'>\n\n"
            + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n")


def cms_page(document, agency):
    title = ""
    article = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = text_of(child).strip()
            if not text:
                continue
            if not title and "年度报告" in text:
                title = text
                continue
            article.append(f'<p style="text-indent:2em;">{html.escape(text)}</p>')
        elif child.tag == qn("w:tbl"):
            rows = grid_rows(child)
            if rows and rows[0] and rows[0][0][0].startswith("第二十条"):
                # Table 2 cut per item, each caption a paragraph above its piece.
                piece = []
                for row in rows + [[["第二十条", 1, 1]]]:
                    if row and row[0][0].startswith("第二十条"):
                        if piece:
                            article.append(simple_table(piece))
                        if row[0][0] != "第二十条":
                            article.append(f'<p style="text-align:center;"><strong>{html.escape(row[0][0])}'
                                           f'</strong></p>')
                        piece = []
                    else:
                        piece.append(row)
            else:
                article.append(simple_table(rows))
    menu = "".join(f'<li><a href="/col/col{i}/index.html">{name}</a></li>'
                   for i, name in enumerate(["首页", "政务公开", "政府信息公开年报", "互动交流", "办事服务", "走进本区"]))
    related = "".join(f'<li><a href="/art/2024/{i}.html">{agency}关于做好第{i}季度政务公开工作的通知</a>'
                      f'<span>2024-0{i}-15</span></li>' for i in range(1, 5))
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"gbk\">\n<title>" + html.escape(title)
            + "_政府信息公开年报_" + agency + "</title>\n<script type=\"text/javascript\">var _hmt = _hmt || [];"
            "</script>\n<style>.nav li{float:left}</style>\n</head>\n<body>\n"
            "<table width=\"1000\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>\n"
            "<div class=\"top-bar\"><a href=\"/\">无障碍浏览</a> | <a href=\"/en\">English</a></div>\n"
            "<div id=\"nav\"><ul>" + menu + "</ul></div>\n"
            "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 年报</div>\n"
            "</td></tr><tr><td>\n<div class=\"article\">\n<h1>" + html.escape(title) + "</h1>\n"
            "<div class=\"info\">发布时间：2025-01-20&nbsp;&nbsp;来源：" + agency + "&nbsp;&nbsp;浏览次数：<span>"
            "128</span></div>\n<div class=\"content\" id=\"zoom\">\n" + "\n".join(article) + "\n</div>\n</div>\n"
            "<div class=\"related\"><h3>相关阅读</h3><ul>" + related + "</ul></div>\n</td></tr></table>\n"
            "<div class=\"footer\">主办单位：" + agency + "　　地址：人民路1号　　备案号：苏ICP备00000000号-1</div>\n"
            "</body>\n</html>\n")


def simple_table(rows):
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>']
    for row in rows:
        cells = []
        for text, rowspan, colspan in row:
            attributes = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
            cells.append(f"<td{attributes}>{html.escape(text) if text.strip() else '&nbsp;'}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def main():
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".docx"):
            continue
        stem = name[:-5]
        document = docx.Document(os.path.join(FIXTURES, name))
        agency = next(p.text for p in document.paragraphs if "年度报告" in p.text).split("20")[0]
        with open(os.path.join(FIXTURES, stem + ".word.html"), "wb") as out:
            out.write(word_page(document).encode("gb18030"))
        with open(os.path.join(FIXTURES, stem + ".cms.html"), "wb") as out:
            out.write(cms_page(document, agency).encode("gbk"))
        print(stem)


if __name__ == "__main__":
    main()
