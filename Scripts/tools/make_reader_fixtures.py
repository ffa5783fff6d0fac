#!/usr/bin/env python3
"""Makes the test fixtures of table 3 as clerks edit it and LibreOffice converts it (review rr94 F8).

Dev tool, not run by CI: needs python-docx (PyPI) and LibreOffice (`soffice`).

    python3 Scripts/tools/make_reader_fixtures.py [--template ../shared/corpus/files/template-2021.docx]

It writes into Tests/ReportParserTests/Fixtures/ a short report of the real template (title, section 三 with
table 3 only), row r (0-based) of the table holding 10r+1 … 10r+7 in the format's columns:
  short-row.html        the row （一）予以公开 a cell short (its 社会公益组织 cell, 24, deleted), as LibreOffice's HTML
                        export writes it: 三、本年度办理结果 merged down with one column too many
  header-repeated.pdf   the table split in two before （四）1.本机关不掌握相关政府信息, the three header rows repeated
                        on top of the second part, as LibreOffice prints it to PDF: it draws the copied label cells
                        of the second part without their rules
  drop-cell.pdf         the row （一）予以公开 a cell short as in short-row.html, printed to PDF with four empty
                        paragraphs above the table, so that it runs onto a second page in （六）: LibreOffice draws the
                        label column's edge 1.5 pt apart on the two pages
"""
import argparse
import copy
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")
# Table 3's grid rows: three header rows, then 一、 二、 （一） （二） 1.–8. of （三） …
DISCLOSED = 5
NOT_HELD = 15


def set_text(cell, text):
    for paragraph in cell.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)
    paragraph = cell.paragraphs[0]
    for run in paragraph.runs[1:]:
        run._element.getparent().remove(run._element)
    if paragraph.runs:
        paragraph.runs[0].text = text
    else:
        paragraph.add_run(text)


def make(template):
    """The short report with table 3 filled."""
    document = docx.Document(template)
    paragraphs = document.paragraphs
    paragraphs[1].text = ""
    paragraphs[1].add_run("常张乡人民政府2024年政府信息公开工作年度报告").bold = True
    heading = next(p for p in paragraphs if p.text.startswith("三、"))
    for paragraph in paragraphs[2:]:
        if paragraph is not heading:
            paragraph._element.getparent().remove(paragraph._element)
    for index in (2, 0):
        table = document.tables[index]._element
        table.getparent().remove(table)
    table = document.tables[0]
    for row in range(25):
        for column in range(7):
            set_text(table.rows[3 + row].cells[3 + column], str(10 * row + column + 1))
    document.core_properties.author = "nianbao fixtures"
    return document


def short_row(document):
    """（一）予以公开 with its 社会公益组织 cell deleted: the row a cell short of the grid."""
    row = document.tables[0].rows[DISCLOSED]._tr
    row.remove(row.tc_lst[5])


def drop_cell(document):
    """short_row, the table moved down by four empty paragraphs so that its last four rows go to a second page."""
    short_row(document)
    heading = next(p for p in document.paragraphs if p.text.startswith("三、"))
    for _ in range(4):
        heading._p.addprevious(OxmlElement("w:p"))


def header_repeated(document):
    """Table 3 split before （四）1. into two tables, the second with the three header rows on top."""
    table = document.tables[0]._tbl
    second = copy.deepcopy(table)
    for index, row in enumerate(list(table.tr_lst)):
        if index >= NOT_HELD:
            table.remove(row)
    for index, row in enumerate(list(second.tr_lst)):
        if 3 <= index < NOT_HELD:
            second.remove(row)
    paragraph = OxmlElement("w:p")
    table.addnext(paragraph)
    paragraph.addnext(second)


def convert(path, soffice, kind):
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", kind,
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", default=os.path.join(ROOT, "..", "shared", "corpus", "files",
                                                            "template-2021.docx"))
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice")
    with tempfile.TemporaryDirectory() as work:
        for name, edit, kind in (("short-row", short_row, "html"), ("header-repeated", header_repeated, "pdf"),
                                 ("drop-cell", drop_cell, "pdf")):
            path = os.path.join(work, name + ".docx")
            document = make(args.template)
            edit(document)
            document.save(path)
            convert(path, soffice, kind)
            shutil.copy(os.path.join(work, f"{name}.{kind}"), os.path.join(OUT, f"{name}.{kind}"))
            print(name, kind)


if __name__ == "__main__":
    main()
