#!/usr/bin/env python3
"""Writes Schema/canonical-vectors.json from Schema/canonical-encoding.md, independently of the Swift code.

Each vector is an object built by hand from the specification; the Swift test suite rebuilds the same values
through the model and must produce the same bytes and SHA-256.
"""
import hashlib
import json
import os

def text(t):
    b = t.encode("utf-8")
    return str(len(b)).encode() + b":" + b

def ref(kind, sha):
    return kind.encode() + b":" + sha.encode()

def obj(kind, fields):
    out = b"nianbao-object 1 " + kind.encode() + b"\n"
    for name, values in fields:
        out += name.encode()
        for v in values:
            out += b" " + v
        out += b"\n"
    return out

ABSENT = b"-"
vectors = []
def add(name, description, data):
    sha = hashlib.sha256(data).hexdigest()
    vectors.append({"name": name, "description": description, "bytes": data.decode("utf-8"), "sha256": sha})
    return sha

p1 = add("paragraph", "a paragraph with digits and Chinese punctuation",
         obj("paragraph", [("text", [text("本报告中使用数据统计期限为2024年1月1日至12月31日。")])]))
p2 = add("paragraph-empty", "an empty paragraph", obj("paragraph", [("text", [text("")])]))
p3 = add("paragraph-multiline", "text holding a line feed, a tab and a full-width space",
         obj("paragraph", [("text", [text("第一行\n\t第二行　末尾")])]))
t4cols = ["review", "suit-direct", "suit-after-review"]
t4 = [f"{g}.{c}" for g in t4cols for c in ["upheld", "corrected", "other", "pending", "total"]]
cells = [("cell", [text(k), text("　0" if i == 0 else str(i)) if i < 14 else ABSENT]) for i, k in enumerate(t4)]
r1 = add("row-template", "the one row of table 4: a full-width space kept in the first cell, the last cell missing",
         obj("row", [("key", [text("cases")])] + cells))
tb = add("table-template", "table 4 of the 2021 format holding that row",
         obj("table", [("template", [text("table4-2021")]), ("row", [ref("row", r1)])]))
gr = add("row-grid", "a row of a grid that matches no template: its label path is stored",
         obj("row", [("key", [text("合计")]), ("path", [text("合计")]),
                     ("cell", [text("数量"), text("12")]), ("cell", [text("占比"), text("—")])]))
gt = add("table-grid", "a grid that matches no template: its columns are stored",
         obj("table", [("template", [ABSENT]), ("column", [text("数量"), text("数量")]),
                       ("column", [text("占比"), text("占比")]), ("row", [ref("row", gr)])]))
s2 = add("section-leaf", "a subsection holding two paragraphs",
         obj("section", [("heading", [text("（一）主动公开情况")]),
                         ("block", [ref("paragraph", p1)]), ("block", [ref("paragraph", p3)])]))
s1 = add("section", "a section holding a table and the subsection",
         obj("section", [("heading", [text("一、总体情况")]), ("block", [ref("table", tb)]),
                         ("section", [ref("section", s2)])]))
rp = add("report", "a report root with a preamble paragraph and one section",
         obj("report", [("title", [text("常张乡人民政府2024年政府信息公开工作年度报告")]), ("agency", [text("常张乡人民政府")]),
                        ("year", [text("2024")]), ("block", [ref("paragraph", p2)]), ("section", [ref("section", s1)])]))
ra = add("report-unknown", "a report root whose title, agency and year were not found",
         obj("report", [("title", [ABSENT]), ("agency", [ABSENT]), ("year", [ABSENT])]))
rv1 = add("revision-first", "a first revision",
          obj("revision", [("report", [text("changzhang"), text("2024")]), ("root", [ref("report", rp)]),
                           ("author", [text("李明")]), ("node", [text("changzhang")]), ("time", [text("2025-01-08T01:30:00Z")]),
                           ("message", [text("导入2024年报告")])]))
add("revision-merge", "a merge revision with two parents, ours first",
    obj("revision", [("report", [text("changzhang"), text("2024")]), ("root", [ref("report", ra)]),
                     ("parent", [ref("revision", rv1)]), ("parent", [ref("revision", rv1.replace(rv1[0], "0", 1) if rv1[0] != "0" else "1" + rv1[1:])]),
                     ("author", [text("county")]), ("node", [text("county")]), ("time", [text("2025-01-20T08:00:05Z")]),
                     ("message", [text("")])]))
# Schema version 8: a blob (the bytes of an original file after the header line, no fields) and a revision that
# keeps its original file and the parser's diagnostics.
bl = add("blob", "a piece of an original file: its bytes after the header line, no fields",
         b"nianbao-object 1 blob\n" + "%PDF-1.7\n常张乡人民政府2024年报\n".encode("utf-8"))
add("revision-original", "revision-first with the original file it was read from (one blob) and two parse diagnostics",
    obj("revision", [("report", [text("changzhang"), text("2024")]), ("root", [ref("report", rp)]),
                     ("author", [text("李明")]), ("node", [text("changzhang")]), ("time", [text("2025-01-08T01:30:00Z")]),
                     ("message", [text("导入2024年报告")]),
                     ("original", [text("常张乡2024年报.pdf"), text("pdf"), ref("blob", bl)]),
                     ("diagnostic", [text("warning"), text("42"), text("table-unreadable"),
                                     text("表四无法从文本中可靠读取，请核对原件"), text("4"), ABSENT, ABSENT, text("行政复议 1 0")]),
                     ("diagnostic", [text("note"), ABSENT, text("page-numbers"), text("页码已略去"), ABSENT, ABSENT, ABSENT,
                                     ABSENT])]))

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Schema", "canonical-vectors.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"version": 1, "vectors": vectors}, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(vectors)} vectors to {os.path.normpath(out)}")
