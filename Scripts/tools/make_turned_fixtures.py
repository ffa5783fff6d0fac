#!/usr/bin/env python3
"""Makes the test fixture of a PDF page a viewer shows turned (review wn99 F2).

Dev tool, not run by CI: needs pypdf (PyPI).

    python3 Scripts/tools/make_turned_fixtures.py

It writes into Tests/ReportParserTests/Fixtures/:
  turned-page.pdf  qingshi-2024.pdf with its page 3 (the rest of table 3) turned by /Rotate 90, as a page turned
                   to landscape in a viewer and saved: the page's content is unchanged, a viewer shows it sideways
"""
import os

from pypdf import PdfReader, PdfWriter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")


def main():
    reader = PdfReader(os.path.join(FIXTURES, "qingshi-2024.pdf"))
    writer = PdfWriter()
    for index, page in enumerate(reader.pages):
        if index == 2:
            page.rotate(90)
        writer.add_page(page)
    writer.add_metadata({"/Producer": "nianbao fixtures"})
    path = os.path.join(FIXTURES, "turned-page.pdf")
    with open(path, "wb") as out:
        writer.write(out)
    print("wrote", path)


if __name__ == "__main__":
    main()
