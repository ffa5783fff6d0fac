#!/usr/bin/env python3
"""Makes the .docx / PDF / text test fixtures of the readers from the real national template.

Dev tool, not run by CI: needs python-docx (PyPI) and, for the PDFs, LibreOffice (`soffice`).

    python3 Scripts/tools/make_docx_fixtures.py [--template ../shared/corpus/files/template-2021.docx] [--no-pdf]

For each fixture it fills the template's tables 2, 3 and 4 with distinct numbers, replaces the （文字描述）
prompts with paragraphs and subsection headings, and writes into Tests/ReportParserTests/Fixtures/:
  NAME.docx           the filled template
  NAME.pdf            the same file converted by LibreOffice (`soffice --headless --convert-to pdf`)
  NAME.txt            the same report as plain text, tables as Word's "plain text" export writes them (cells
                      separated by tabs, merged cells once)
  NAME.expected.json  every data row of tables 2-4: its label as printed and its cells in order
"""
import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "ReportParserTests", "Fixtures")

FIXTURES = {
    "qingshi-2024": {
        "agency": "青石镇人民政府", "year": 2024, "base": 100,
        "overview": "2024年，青石镇坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》要求，"
                    "持续推进政务公开标准化规范化建设，政府信息公开工作取得新进展。",
    },
    "dazhuang-2023": {
        "agency": "大庄乡人民政府", "year": 2023, "base": 5000,
        "overview": "2023年，大庄乡认真贯彻落实《条例》和上级工作部署，围绕群众关切做好政府信息公开工作，"
                    "规范依申请公开办理，加强平台建设和监督保障。",
    },
}


def cell_text(tc):
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p")))


def set_cell(tc, text):
    paragraphs = list(tc.iter(qn("w:p")))
    p = paragraphs[0]
    for r in list(p.findall(qn("w:r"))):
        p.remove(r)
    r = p.makeelement(qn("w:r"), {})
    t = r.makeelement(qn("w:t"), {})
    t.text = text
    r.append(t)
    p.append(r)


def fill_tables(document, base):
    """Fills every value cell (the cells right of a row's labels) of tables 2-4; returns the expected rows."""
    expected = []
    counter = [base]

    def next_value(decimal=False):
        counter[0] += 1
        return f"{counter[0]}.{counter[0] % 100:02d}" if decimal else str(counter[0])

    for number, table in zip((2, 3, 4), document.tables):
        for tr in table._tbl.iter(qn("w:tr")):
            tcs = tr.findall(qn("w:tc"))
            texts = [cell_text(tc).strip() for tc in tcs]
            values = []
            label = ""
            if number == 2:
                if len(tcs) < 2 or texts[0] in ("信息内容", "") or texts[0].startswith("第二十条"):
                    continue
                label = texts[0]
                for tc in tcs[1:]:
                    value = next_value(decimal="收费" in label)
                    set_cell(tc, value)
                    values.append(value)
            elif number == 3:
                # Data rows: cells after the last label cell (label cells have text or continue a vertical merge).
                if len(tcs) < 8:
                    continue
                value_cells = tcs[-7:]
                if any(t for t in texts[-7:]):
                    continue
                label = [t for t in texts[:-7] if t][-1] if any(texts[:-7]) else ""
                if not label:
                    continue
                for tc in value_cells:
                    value = next_value()
                    set_cell(tc, value)
                    values.append(value)
            else:
                if len(tcs) != 15 or any(texts):
                    continue
                for tc in tcs:
                    value = next_value()
                    set_cell(tc, value)
                    values.append(value)
            expected.append({"table": number, "row": label, "values": values})
    return expected


def replace_prompts(document, fixture):
    """Puts a title, a preamble, subsections and paragraphs where the template has prompts."""
    agency, year = fixture["agency"], fixture["year"]
    paragraphs = document.paragraphs
    title = next(p for p in paragraphs if "年度报告" in p.text)
    title.text = f"{agency}{year}年政府信息公开工作年度报告"
    prompts = [p for p in paragraphs if p.text.strip().startswith("（文字描述")]
    sections = [
        [
            fixture["overview"],
            "（一）主动公开情况",
            f"{year}年，{agency}通过政府门户网站主动公开政府信息235条，其中政策文件12条、工作动态118条。",
            "（二）依申请公开情况",
            "全年依申请公开工作规范有序，均在法定期限内答复，未发生行政复议和行政诉讼纠错情况。",
            "（三）政府信息管理情况",
            "严格执行信息发布审核制度，落实“三审三校”要求，及时清理过期信息。",
            "（四）政府信息公开平台建设情况",
            "加强政府网站和政务新媒体管理，集约整合功能栏目，确保信息及时准确。",
            "（五）监督保障情况",
            "将政务公开纳入年度考核，开展业务培训2次，接受社会评议。",
        ],
        [
            "（一）存在的主要问题",
            "政务公开的深度和广度仍有不足，公开队伍的业务能力有待提高。",
            "（二）改进情况",
            f"下一步，{agency}将进一步完善工作机制，加强业务培训，提升公开质量和实效。",
        ],
        [f"{year}年，{agency}未收取政府信息公开信息处理费。", agency, f"{year + 1}年1月20日"],
    ]
    for prompt, texts in zip(prompts, sections):
        prompt.text = texts[0]
        anchor = prompt._p
        for text in texts[1:]:
            new = copy.deepcopy(prompt._p)
            anchor.addnext(new)
            anchor = new
            paragraph = docx.text.paragraph.Paragraph(new, prompt._parent)
            paragraph.text = text
    preamble = copy.deepcopy(prompts[0]._p)
    title._p.addnext(preamble)
    paragraph = docx.text.paragraph.Paragraph(preamble, title._parent)
    paragraph.text = (f"本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据的统计期限自{year}年1月1日"
                      f"起至{year}年12月31日止。")


def plain_text(document):
    """The report as Word's plain-text export writes it: paragraphs, and table rows with tab-separated cells."""
    lines = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                lines.append("\t".join(cell_text(tc).replace("\n", "") for tc in tr.findall(qn("w:tc"))))
    return "\n".join(lines) + "\n"


def convert_to_pdf(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice (Scripts/check-doc does) or pass --no-pdf")
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{home}/profile", "--convert-to", "pdf",
                        "--outdir", os.path.dirname(path), path], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--template", default=os.path.join(ROOT, "..", "shared", "corpus", "files",
                                                            "template-2021.docx"))
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for name, fixture in FIXTURES.items():
        document = docx.Document(args.template)
        expected = fill_tables(document, fixture["base"])
        replace_prompts(document, fixture)
        path = os.path.join(OUT, name + ".docx")
        document.core_properties.author = "nianbao fixtures"
        document.save(path)
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as out:
            out.write(plain_text(document))
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump({"agency": fixture["agency"], "year": fixture["year"], "rows": expected}, out,
                      ensure_ascii=False, indent=1)
            out.write("\n")
        if not args.no_pdf:
            convert_to_pdf(path)
        print(name, sum(len(row["values"]) for row in expected), "cells")


if __name__ == "__main__":
    main()
