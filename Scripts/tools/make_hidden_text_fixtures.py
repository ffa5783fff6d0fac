#!/usr/bin/env python3
"""Makes the test fixtures of hidden text beside a cell's digits (`12` and a hidden `3`: 123 or 12?).

Dev tool, not run by CI: needs python-docx (PyPI) and LibreOffice (`soffice`).

    python3 Scripts/tools/make_hidden_text_fixtures.py [--template ../shared/corpus/files/template-2021.docx]

It writes into Tests/ReportParserTests/Fixtures/ the short report of make_reader_fixtures.py (title, section 三 with
table 3 only, row r of the table holding 10r+1 … 10r+7), with a `9` after the number of cells of （一）予以公开:
  hidden-text.docx   自然人 21+9 w:vanish, 商业企业 22+9 w:specVanish, 科研机构 23+9 w:webHidden, 社会公益组织 24 +
                     a w:webHidden space; （二）部分公开's 自然人 31+9 white on a white page, 商业企业 32+9 white on a
                     dark blue cell (shown), 科研机构 33+9 white on a light grey cell
  hidden-text.html   the same report as LibreOffice's web page, its （一） cells rewritten by hand: 21+9 font-size:0,
                     22+9 hidden by a class of the page's style sheet, 23+9 visibility:hidden, 24+9 <font
                     color=#ffffff> on the white page, 25+9 white on a dark blue cell (shown), 26+9 white on a light
                     grey cell, 27+9 white on a cell with a picture behind it
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_reader_fixtures import OUT, ROOT, convert, make  # noqa: E402

DISCLOSED = 5
PARTLY = 6


def flag(run, name):
    run._r.get_or_add_rPr().append(OxmlElement(name))


def shade(cell, fill):
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def add(cell, text, how):
    run = cell.paragraphs[0].add_run(text)
    if how == "white":
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    else:
        flag(run, how)


def hidden_docx(document):
    rows = document.tables[0].rows
    disclosed = rows[DISCLOSED].cells
    add(disclosed[3], "9", "w:vanish")
    add(disclosed[4], "9", "w:specVanish")
    add(disclosed[5], "9", "w:webHidden")
    add(disclosed[6], " ", "w:webHidden")
    partly = rows[PARTLY].cells
    add(partly[3], "9", "white")
    shade(partly[4], "1F3864")
    add(partly[4], "9", "white")
    shade(partly[5], "F2F2F2")
    add(partly[5], "9", "white")


def hidden_html(page):
    page = page.replace("</head>", "<style>.gone { display: none }</style></head>", 1)
    cells = {
        21: '21<span style="font-size:0">9</span>',
        22: '22<span class="gone">9</span>',
        23: '23<span style="visibility: hidden">9</span>',
        24: '24<font color="#ffffff">9</font>',
        25: '25<font color="#ffffff">9</font>',
        26: '26<span style="color: white">9</span>',
        27: '27<span style="color: rgb(255, 255, 255)">9</span>',
    }
    backgrounds = {25: ' bgcolor="#1f3864"', 26: ' style="background: #f2f2f2"', 27: ' style="background: url(x.png)"'}
    for number, text in cells.items():
        pattern = re.compile(r"<td([^>]*)>(\s*<p[^>]*>\s*)%d(\s*</p>)" % number)
        page, count = pattern.subn(lambda m: "<td%s%s>%s%s%s" % (
            re.sub(r'\s(bgcolor|style)="[^"]*"', "", m.group(1)) if number in backgrounds else m.group(1),
            backgrounds.get(number, ""), m.group(2), text, m.group(3)), page)
        if count != 1:
            sys.exit(f"cell {number}: {count} matches")
    return page


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", default=os.path.join(ROOT, "..", "shared", "corpus", "files",
                                                            "template-2021.docx"))
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice")
    with tempfile.TemporaryDirectory() as work:
        document = make(args.template)
        hidden_docx(document)
        document.save(os.path.join(OUT, "hidden-text.docx"))
        plain = os.path.join(work, "plain.docx")
        make(args.template).save(plain)
        convert(plain, soffice, "html")
        with open(os.path.join(work, "plain.html"), encoding="utf-8") as page:
            text = hidden_html(page.read())
        with open(os.path.join(OUT, "hidden-text.html"), "w", encoding="utf-8") as page:
            page.write(text)
    print("hidden-text.docx hidden-text.html")


if __name__ == "__main__":
    main()
