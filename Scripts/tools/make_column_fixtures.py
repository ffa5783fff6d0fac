#!/usr/bin/env python3
"""Makes the test fixtures of table 3 whose header rows a page break cuts, as in the template's usual layout, and of
table 3 drawn without rules.

Dev tool, not run by CI: needs python-docx (PyPI), LibreOffice (`soffice`) and pdftotext (poppler-utils).

    python3 Scripts/tools/make_column_fixtures.py [--template ../shared/corpus/files/template-2021.docx]

It writes into Tests/ReportParserTests/Fixtures/ a short report of the real template (title, section 三 with
table 3 only) whose table starts low on page 1, so that LibreOffice breaks its header rows across pages 1 and 2
(`自然` at the foot of page 1, `人`, `商业企业`, `科研机构` … at the head of page 2):
  split-header.pdf          the table in the format's order
  split-header-swapped.pdf  the same table with the 商业企业 and 科研机构 columns swapped, each header kept over its
                            numbers (as a clerk who moved a column does)
  borderless.pdf            the table in the format's order, its borders removed (a table drawn without rules: the
                            PDF has no ruling lines, and its rows are lines of text)
  borderless-swapped.pdf    the same with the 商业企业 and 科研机构 columns swapped, each header kept over its numbers
Row r (0-based) of the table holds 10r+1 … 10r+7 in the format's columns.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")
FILLER = "本乡认真贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息公开工作。"


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


NO_BORDERS = ('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
              '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')


def remove_borders(table):
    """The table drawn without rules: no table borders, no cell borders."""
    properties = table._tbl.tblPr
    for borders in properties.findall(qn("w:tblBorders")):
        properties.remove(borders)
    properties.append(parse_xml(NO_BORDERS))
    for cell in table._tbl.iter(qn("w:tc")):
        if cell.tcPr is not None:
            for borders in cell.tcPr.findall(qn("w:tcBorders")):
                cell.tcPr.remove(borders)


def make(template, fillers, swapped, borderless=False):
    document = docx.Document(template)
    body = document.element.body
    paragraphs = document.paragraphs
    paragraphs[1].text = ""
    paragraphs[1].add_run("常张乡人民政府2024年政府信息公开工作年度报告").bold = True
    # Keep the title, section 三 and table 3; drop the other sections and tables.
    heading = next(p for p in paragraphs if p.text.startswith("三、"))
    for paragraph in paragraphs[2:]:
        if paragraph is not heading:
            paragraph._element.getparent().remove(paragraph._element)
    for index in (2, 0):
        table = document.tables[index]._element
        table.getparent().remove(table)
    for _ in range(fillers):
        heading.insert_paragraph_before(FILLER)
    table = document.tables[0]
    for row in range(25):
        for column in range(7):
            set_text(table.rows[3 + row].cells[3 + column], str(10 * row + column + 1))
    if swapped:
        for row in range(2, 28):
            first, second = table.rows[row].cells[4], table.rows[row].cells[5]
            a, b = first.text, second.text
            set_text(first, b)
            set_text(second, a)
    if borderless:
        remove_borders(table)
    document.core_properties.author = "nianbao fixtures"
    return document


def convert(path, soffice):
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", "pdf",
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def header_is_split(pdf):
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], check=True, capture_output=True,
                           text=True).stdout
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", pdf, "-"], check=True, capture_output=True,
                            text=True).stdout
    return "法人或其他组织" in first and "科研" not in first and "科研" in second


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", default=os.path.join(ROOT, "..", "shared", "corpus", "files",
                                                            "template-2021.docx"))
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        sys.exit("soffice or pdftotext not found: install LibreOffice and poppler-utils")
    with tempfile.TemporaryDirectory() as work:
        for name, swapped in (("split-header", False), ("split-header-swapped", True)):
            path = os.path.join(work, name + ".docx")
            # As many filler paragraphs as put the header rows across the page break.
            for fillers in range(10, 40):
                make(args.template, fillers, swapped).save(path)
                convert(path, soffice)
                if header_is_split(path[:-5] + ".pdf"):
                    break
            else:
                sys.exit(f"{name}: no number of filler paragraphs breaks the header across pages")
            shutil.copy(path[:-5] + ".pdf", os.path.join(OUT, name + ".pdf"))
            print(name, fillers)
        for name, swapped in (("borderless", False), ("borderless-swapped", True)):
            path = os.path.join(work, name + ".docx")
            make(args.template, 0, swapped, borderless=True).save(path)
            convert(path, soffice)
            shutil.copy(path[:-5] + ".pdf", os.path.join(OUT, name + ".pdf"))
            print(name)


if __name__ == "__main__":
    main()
