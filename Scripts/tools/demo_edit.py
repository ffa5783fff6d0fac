#!/usr/bin/env python3
"""Edits an exported report text the way a person would in an editor, for Scripts/demo.

Usage:
  demo_edit.py FILE append-to LINE-PREFIX TEXT     append TEXT to the first line starting with LINE-PREFIX
  demo_edit.py FILE replace OLD NEW                replace the first OLD with NEW
  demo_edit.py FILE cell ROW-LABEL COLUMN VALUE    set the COLUMN-th (1-based) number of the table row ROW-LABEL
  demo_edit.py FILE last-year                      turn a 2024 report into its 2023 predecessor
Exits 1 when the place to edit is not found.
"""
import re
import sys

path, action, *args = sys.argv[1:]
text = open(path, encoding="utf-8").read()
lines = text.split("\n")

def fail(what):
    sys.exit(f"demo_edit: {what} not found in {path}")

if action == "append-to":
    prefix, addition = args
    index = next((i for i, line in enumerate(lines) if line.startswith(prefix)), None)
    if index is None:
        fail(prefix)
    lines[index] += addition
elif action == "replace":
    old, new = args
    if old not in text:
        fail(old)
    lines = text.replace(old, new, 1).split("\n")
elif action == "cell":
    label, column, value = args
    index = next((i for i, line in enumerate(lines) if line.startswith("| " + label)), None)
    if index is None:
        fail(label)
    cells = lines[index].split("|")
    cells[1 + int(column)] = f" {value} "
    lines[index] = "|".join(cells)
elif action == "last-year":
    lines = [re.sub("2024", "2023", re.sub("2023", "2022", line)) for line in lines]
    lines = [line.replace("133条", "118条").replace("12条", "9条") for line in lines]
else:
    sys.exit(f"demo_edit: unknown action {action}")
open(path, "w", encoding="utf-8").write("\n".join(lines))
