#!/usr/bin/env python3
"""Makes the test fixtures of a report whose title runs over two lines, as long office names make it.

Dev tool, not run by CI: needs python-docx (PyPI) and LibreOffice (`soffice`).

    python3 Scripts/tools/make_title_fixtures.py

It writes into Tests/ReportParserTests/Fixtures/:
  wrapped-title.docx  a short report laid out as a township's Word report (A4, official-document margins) whose title,
                      one centred paragraph of 22 pt, is too long for one line
  wrapped-title.pdf   that file converted by LibreOffice: the title wraps inside 年度报告 (`…工作年` / `度报告`), the
                      second line centred under the first
  split-title.docx    the same report with its title typed as the two lines the PDF shows, two centred paragraphs (as
                      a PDF-to-Word converter writes a wrapped title, or as someone pressed Enter to balance it)
  split-title.html    that file saved as a web page by LibreOffice (`--convert-to html`): two <p> for the title
  split-title.txt     that file saved as text by LibreOffice (`--convert-to txt`, UTF-8): two lines for the title
"""
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")

TITLE = "宋村乡人民政府2024年政府信息公开工作年度报告"
# Where LibreOffice wraps the title at 22 pt on the page below (checked on the PDF with pdftotext).
TITLE_LINES = ["宋村乡人民政府2024年政府信息公开工作年", "度报告"]
BODY = [
    ("text", "本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据的统计期限自2024年1月1日起至2024年"
             "12月31日止。"),
    ("heading", "一、总体情况"),
    ("text", "2024年，宋村乡认真贯彻落实《条例》和上级工作部署，围绕群众关切做好政府信息公开工作。"),
    ("heading", "二、主动公开政府信息情况"),
    ("text", "全年通过政府门户网站主动公开政府信息133条。"),
    ("heading", "三、收到和处理政府信息公开申请情况"),
    ("text", "全年收到政府信息公开申请8件，均在法定期限内答复。"),
    ("heading", "四、政府信息公开行政复议、行政诉讼情况"),
    ("text", "全年未发生政府信息公开行政复议和行政诉讼。"),
    ("heading", "五、存在的主要问题及改进情况"),
    ("text", "公开队伍的业务能力有待提高，下一步将加强业务培训。"),
    ("heading", "六、其他需要报告的事项"),
    ("text", "2024年，宋村乡未收取政府信息公开信息处理费。"),
]


def set_font(run, east_asia, size):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)


def make(title_lines):
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    section.top_margin, section.bottom_margin = Twips(2098), Twips(1985)
    section.left_margin, section.right_margin = Twips(1588), Twips(1474)
    for line in title_lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(paragraph.add_run(line), "方正小标宋简体", 22)
    for kind, text in BODY:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        set_font(paragraph.add_run(text), "黑体" if kind == "heading" else "仿宋_GB2312", 16)
    document.core_properties.author = "nianbao fixtures"
    return document


def convert(path, target, soffice):
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", target,
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice (Scripts/check-doc does)")
    os.makedirs(OUT, exist_ok=True)
    wrapped = os.path.join(OUT, "wrapped-title.docx")
    make([TITLE]).save(wrapped)
    convert(wrapped, "pdf", soffice)
    split = os.path.join(OUT, "split-title.docx")
    make(TITLE_LINES).save(split)
    convert(split, "html", soffice)
    convert(split, "txt:Text (encoded):UTF8", soffice)
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        lines = subprocess.run([pdftotext, "-l", "1", os.path.join(OUT, "wrapped-title.pdf"), "-"], check=True,
                               capture_output=True, text=True).stdout.split("\n")
        first = [line.replace(" ", "") for line in lines[:2]]
        if first != TITLE_LINES:
            sys.exit(f"the PDF's title no longer wraps as TITLE_LINES says: {first}")


if __name__ == "__main__":
    main()
