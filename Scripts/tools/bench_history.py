"""The report texts the sync benchmarks commit (bench_sync.py, bench_server.py, bench_noop_scale.py): one of the
bundled sample reports per township, its years moved to the given year, and each revision appending a sentence to one
more paragraph, so that every revision changes the report a little and differently for each township."""
import os
import re


def revision_text(samples, township, year, revision=0):
    """The text of `township`'s report of `year` at `revision` (0: the sample itself, its years moved)."""
    names = sorted(f for f in os.listdir(samples) if f.endswith(".txt"))
    with open(os.path.join(samples, names[township % len(names)]), encoding="utf-8") as f:
        base = f.read()
    base = re.sub("2024", str(year), re.sub("2023", str(year - 1), base))
    if revision == 0:
        return base
    lines = base.split("\n")
    long = [i for i, line in enumerate(lines) if len(line) > 30 and not line.lstrip().startswith("|")]
    for j in range(1, revision + 1):
        lines[long[(township + j) % len(long)]] += f"（第{j}次修订）"
    return "\n".join(lines)
