#!/usr/bin/env python3
"""Makes the test fixture of table 4 printed with rules between its columns only (review wn99 F9).

Dev tool, not run by CI: needs python-docx (PyPI) and LibreOffice (`soffice`).

    python3 Scripts/tools/make_ruling_fixtures.py

From Tests/ReportParserTests/Fixtures/qingshi-2024.docx it writes into the same folder:
  table4-columns.pdf  a short report (title, the opening paragraph, section 四 with table 4 only), table 4 without
                      its inner horizontal borders (w:insideH and the cells' top and bottom borders nil), converted by
                      LibreOffice: the PDF draws the frame and the rules between columns, none between rows. The
                      numbers are 286 … 300 in the format's columns.
  table4-columns-blank.pdf  the same with the 293 cell (未经复议直接起诉 其他结果) left blank
"""
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")


def text(element):
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def make(path, blank=None):
    document = docx.Document(os.path.join(FIXTURES, "qingshi-2024.docx"))
    table = document.tables[2]._tbl
    if blank:
        cells = [t for t in table.iter(qn("w:t")) if t.text == blank]
        assert len(cells) == 1, blank
        cells[0].text = ""
    table.find(qn("w:tblPr")).find(qn("w:tblBorders")).find(qn("w:insideH")).set(qn("w:val"), "nil")
    rows = table.findall(qn("w:tr"))
    for index, row in enumerate(rows):
        for cell in row.findall(qn("w:tc")):
            properties = cell.find(qn("w:tcPr"))
            borders = properties.find(qn("w:tcBorders")) if properties is not None else None
            if borders is None:
                continue
            if index > 0:
                borders.find(qn("w:top")).set(qn("w:val"), "nil")
            if index < len(rows) - 1:
                borders.find(qn("w:bottom")).set(qn("w:val"), "nil")
    body = document.element.body
    elements = list(body)
    start = next(i for i, e in enumerate(elements) if text(e).startswith("四、"))
    end = next(i for i, e in enumerate(elements) if text(e).startswith("五、"))
    for index, element in enumerate(elements):
        if element.tag == qn("w:sectPr") or index <= 2 or start <= index < end:
            continue
        body.remove(element)
    document.core_properties.author = "nianbao fixtures"
    document.save(path)


def convert_to_pdf(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice")
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", "pdf",
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def main():
    for name, blank in (("table4-columns", None), ("table4-columns-blank", "293")):
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, name + ".docx")
            make(path, blank)
            convert_to_pdf(path)
            shutil.copy(os.path.join(work, name + ".pdf"), FIXTURES)
    print("wrote table4-columns.pdf and table4-columns-blank.pdf in", FIXTURES)


if __name__ == "__main__":
    main()
