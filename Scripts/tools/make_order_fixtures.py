#!/usr/bin/env python3
"""Makes the test fixtures of tables whose columns a clerk put in another order than the national format's, each
header kept over its numbers, in the layouts that used to be read by position.

Dev tool, not run by CI: needs python-docx (PyPI).

    python3 Scripts/tools/make_order_fixtures.py [--out DIR]

From Tests/ReportParserTests/Fixtures/qingshi-2024.docx (the filled template; its numbers are in
qingshi-2024.expected.json) it writes into the fixtures folder (or DIR):
  plain-grid.html               tables 3 and 4 as a web page typed as a plain grid: every row has a cell for every
                                column, a merged cell written as its text in its first place and empty cells after
                                it (no colspan, no rowspan), in the format's order
  plain-grid-swapped.html       the same, table 3's 商业企业 and 科研机构 columns swapped
  plain-grid-legal-first.html   the same, table 3's 法人或其他组织 columns (with their group label) before 自然人
  plain-grid-t4-swapped.html    the same, table 4's 结果维持 and 结果纠正 swapped in the 行政复议 group
  plain-grid.docx               the report with tables 3 and 4 typed as plain grids in Word (no merged cells)
  plain-grid-swapped.docx       the same, table 3's 商业企业 and 科研机构 and table 4's 结果维持 and 结果纠正 swapped
and from qingshi-2024.txt (Word's plain-text export of the same report):
  table4-suit-swapped.txt       table 4's 结果维持 and 结果纠正 swapped in the 未经复议直接起诉 group (their header
                                words on the line under the group labels)
  cells-blank-lines.txt         table 3's header one cell a line, a blank line after each, in the format's order
  cells-blank-lines-swapped.txt the same with 商业企业 and 科研机构 (and their numbers) swapped
  staggered.txt                 table 3's header staggered over two lines (自然人 科研机构 法律服务机构 总计 over
                                商业企业 社会公益组织 其他), in the format's order
  staggered-swapped.txt         the same with 商业企业 and 科研机构 (and their numbers) swapped
Each swap moves the numbers with their header, as a clerk who moved a column does.
"""
import argparse
import html
import os
import re
import sys

import docx
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_html_fixtures import grid_rows  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")


def plain_grid(tbl):
    """The table as a full matrix: a merged cell's text in its top-left place, the places it covers further empty."""
    rows = grid_rows(tbl)
    width = max(sum(span for _, _, span in row) for row in rows)
    matrix = [[None] * width for _ in rows]
    for r, row in enumerate(rows):
        column = 0
        for text, rowspan, colspan in row:
            while matrix[r][column] is not None:
                column += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    matrix[r + dr][column + dc] = text if (dr, dc) == (0, 0) else ""
            column += colspan
    return [[text or "" for text in row] for row in matrix]


def reorder(matrix, order, first=0):
    """The matrix with its columns in `order` from row `first` on (the rows above, group labels over both columns
    moved, kept as they are)."""
    return matrix[:first] + [[row[index] for index in order] for row in matrix[first:]]


def page(document, tables):
    body = []
    found = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if text:
                body.append(f"<p>{html.escape(text)}</p>")
        elif child.tag == qn("w:tbl"):
            matrix = tables.get(found) or plain_grid(child)
            found += 1
            rows = ["<tr>" + "".join(f"<td>{html.escape(cell).replace(chr(10), '<br>')}</td>" for cell in row)
                    + "</tr>" for row in matrix]
            body.append('<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>")
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
LEAVES = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def swap_cells(line, a, b):
    cells = line.split("\t")
    cells[a], cells[b] = cells[b], cells[a]
    return "\t".join(cells)


def swap_business_research(lines, first):
    """Table 3's rows from `first` on with the numbers of 商业企业 and 科研机构 swapped."""
    for index in range(first, first + 25):
        cells = lines[index].split("\t")
        numbers = [i for i, cell in enumerate(cells) if re.fullmatch(r"\d+", cell)]
        if len(numbers) == 7:
            cells[numbers[1]], cells[numbers[2]] = cells[numbers[2]], cells[numbers[1]]
        lines[index] = "\t".join(cells)


def text_variants(text):
    source = text.split("\n")
    header = next(i for i, line in enumerate(source) if line.startswith(NOTE))
    table4 = next(i for i, line in enumerate(source) if line.startswith("行政复议\t行政诉讼"))
    variants = {}
    lines = list(source)
    lines[table4 + 2] = swap_cells(lines[table4 + 2], 5, 6)
    lines[table4 + 3] = swap_cells(lines[table4 + 3], 5, 6)
    variants["table4-suit-swapped"] = lines
    for swapped in (False, True):
        leaves = [LEAVES[1], LEAVES[0]] + LEAVES[2:] if swapped else LEAVES
        cells = [NOTE, "申请人情况", "自然人", "法人或其他组织", "总计"] + leaves
        lines = source[:header] + [line for cell in cells for line in (cell, "")] + source[header + 3:]
        if swapped:
            swap_business_research(lines, header + 2 * len(cells))
        variants["cells-blank-lines" + ("-swapped" if swapped else "")] = lines
        upper = ["自然人", leaves[1], "法律服务机构", "总计"]
        lower = [leaves[0], "社会公益组织", "其他"]
        lines = source[:header] + [
            NOTE + "\t申请人情况", "\t\t法人或其他组织", "\t" + "\t".join(upper[:2]) + "\t\t" + "\t\t".join(upper[2:]),
            "\t\t" + "\t\t".join(lower)] + source[header + 3:]
        if swapped:
            swap_business_research(lines, header + 4)
        variants["staggered" + ("-swapped" if swapped else "")] = lines
    return variants


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=FIXTURES)
    args = parser.parse_args()
    document = docx.Document(os.path.join(FIXTURES, "qingshi-2024.docx"))
    table3 = plain_grid(document.tables[1]._tbl)
    table4 = plain_grid(document.tables[2]._tbl)
    width3 = len(table3[0])
    width4 = len(table4[0])
    variants = {
        "plain-grid": {},
        "plain-grid-swapped": {1: reorder(table3, [0, 1, 2, 3, 5, 4] + list(range(6, width3)), first=2)},
        "plain-grid-legal-first": {1: reorder(table3, [0, 1, 2, 4, 5, 6, 7, 8, 3] + list(range(9, width3)), first=1)},
        "plain-grid-t4-swapped": {2: reorder(table4, [1, 0] + list(range(2, width4)), first=1)},
    }
    for name, tables in variants.items():
        with open(os.path.join(args.out, name + ".html"), "w", encoding="utf-8") as out:
            out.write(page(document, tables))
        print(name)
    swapped = {1: variants["plain-grid-swapped"][1], 2: variants["plain-grid-t4-swapped"][2]}
    for name, tables in (("plain-grid", {}), ("plain-grid-swapped", swapped)):
        word = docx.Document(os.path.join(FIXTURES, "qingshi-2024.docx"))
        for index in (1, 2):
            old = word.tables[index]
            matrix = tables.get(index) or plain_grid(old._tbl)
            new = word.add_table(rows=len(matrix), cols=len(matrix[0]))
            for r, row in enumerate(matrix):
                for c, text in enumerate(row):
                    new.rows[r].cells[c].text = text
            old._tbl.addnext(new._tbl)
            old._tbl.getparent().remove(old._tbl)
        word.core_properties.author = "nianbao fixtures"
        word.save(os.path.join(args.out, name + ".docx"))
        print(name + ".docx")
    with open(os.path.join(FIXTURES, "qingshi-2024.txt"), encoding="utf-8") as source:
        text = source.read()
    for name, lines in text_variants(text).items():
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
        print(name)


if __name__ == "__main__":
    main()
