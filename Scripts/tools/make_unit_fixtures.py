#!/usr/bin/env python3
"""Makes the test fixtures of a fee whose unit is stated above table 2 instead of in its header (wn99 F13).

Dev tool, not run by CI: needs python-docx (PyPI) and LibreOffice (`soffice`).

    python3 Scripts/tools/make_unit_fixtures.py [--web-only]

From Tests/ReportParserTests/Fixtures/qingshi-2024.docx it writes into the same folder:
  unit-above.docx  table 2's fee header cut to 本年收费金额 (no unit), and a right-aligned paragraph 单位：元 right
                   above table 2, as a clerk who keeps the books in 元 lays it out (the fee cell still 110.10)
  unit-above.pdf   the same file converted by LibreOffice (`soffice --headless --convert-to pdf`)
  unit-above.word.html, unit-above.cms.html, unit-above.txt
                   qingshi-2024's web pages and text changed the same way: in the Word page the paragraph stands
                   right above table 2; in the CMS page, whose table 2 is cut per 第二十条 item, above the first
                   piece's caption (so it holds for the fee's piece three pieces below); in the text after the
                   section's heading
  unit-caption.cms.html
                   the CMS page with 单位：元 as the <caption> of the fee's piece of table 2 instead
  unit-title.docx, .pdf, .word.html, .txt
                   the unit at the end of table 2's title line instead (表二 主动公开政府信息情况（单位：元）, a
                   centred paragraph right above the table, or a line of text)
  unit-title-tab.docx, .pdf
                   the title with the unit set right by a tab (表二 主动公开政府信息情况⇥单位：元)
  unit-title.cms.html
                   the CMS page with the unit at the end of the fee piece's caption (第二十条第（八）项　单位：元)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")


def make(path, text="单位：元", align=WD_ALIGN_PARAGRAPH.RIGHT, right_tab=False):
    """qingshi-2024.docx with the fee header cut to 本年收费金额 and `text` in the empty paragraph above table 2."""
    document = docx.Document(os.path.join(FIXTURES, "qingshi-2024.docx"))
    table = document.tables[0]
    headers = [t for t in table._tbl.iter(qn("w:t")) if "收费金额" in (t.text or "")]
    assert len(headers) == 1, headers
    headers[0].text = "本年收费金额"
    above = table._tbl.getprevious()
    assert above.tag == qn("w:p") and not "".join(t.text or "" for t in above.iter(qn("w:t")))
    paragraph = docx.text.paragraph.Paragraph(above, table._parent)
    paragraph.add_run(text)
    paragraph.alignment = align
    if right_tab:
        section = document.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, docx.enum.text.WD_TAB_ALIGNMENT.RIGHT)
    document.core_properties.author = "nianbao fixtures"
    document.save(path)


def edit(name, encoding, before, unit, out_name=None, after=None):
    """qingshi-2024's NAME: the fee header without its unit, `unit` inserted before the first `before` (or `before`
    replaced by `after`)."""
    with open(os.path.join(FIXTURES, "qingshi-2024." + name), "rb") as source:
        text = source.read().decode(encoding)
    assert text.count("本年收费金额（单位：万元）") == 1 and before in text
    text = text.replace("本年收费金额（单位：万元）", "本年收费金额").replace(before, unit + (after or before), 1)
    with open(os.path.join(FIXTURES, out_name or "unit-above." + name), "wb") as out:
        out.write(text.encode(encoding))


def convert_to_pdf(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice")
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", "pdf",
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def main(documents=True):
    path = os.path.join(FIXTURES, "unit-above.docx")
    if documents:
        make(path)
        convert_to_pdf(path)
    edit("word.html", "gb18030", "<table", "<p class=MsoNormal align=right style='text-align:right'><span>单位：元</span></p>\n\n")
    edit("cms.html", "gbk", '<p style="text-align:center;"><strong>第二十条第（一）项', '<p style="text-align:right;">单位：元</p>\n')
    edit("txt", "utf-8", "第二十条第（一）项", "单位：元\n")
    edit("cms.html", "gbk", '<tbody>\n<tr><td>信息内容</td><td colspan="3">本年收费金额', "<caption>单位：元</caption>",
         "unit-caption.cms.html")
    title = "表二 主动公开政府信息情况（单位：元）"
    if documents:
        make(os.path.join(FIXTURES, "unit-title.docx"), title, WD_ALIGN_PARAGRAPH.CENTER)
        convert_to_pdf(os.path.join(FIXTURES, "unit-title.docx"))
        make(os.path.join(FIXTURES, "unit-title-tab.docx"), "表二 主动公开政府信息情况\t单位：元",
             WD_ALIGN_PARAGRAPH.LEFT, right_tab=True)
        convert_to_pdf(os.path.join(FIXTURES, "unit-title-tab.docx"))
    edit("word.html", "gb18030", "<table", f"<p class=MsoNormal align=center style='text-align:center'><span>{title}</span></p>\n\n",
         "unit-title.word.html")
    edit("txt", "utf-8", "第二十条第（一）项", title + "\n", "unit-title.txt")
    edit("cms.html", "gbk", "<strong>第二十条第（八）项</strong>", "", "unit-title.cms.html",
         after="<strong>第二十条第（八）项</strong>　　单位：元")
    print("wrote unit-above.docx, .pdf, .word.html, .cms.html and .txt in", FIXTURES)


if __name__ == "__main__":
    main(documents="--web-only" not in sys.argv)
