#!/usr/bin/env python3
"""Times `nianbao commit` of two or more builds side by side: each build commits the same one-sentence edits into its
own copy of a store that `bench_store.py` left, the builds taking turns (the order rotating) so that all of them see
the same machine. Prints the median, mean and fastest wall time of each.

Usage: commit_ab.py BENCH_STORE_WORK COMMITS BINARY [BINARY…]
BENCH_STORE_WORK is the WORK folder of a finished `bench_store.py` run (its nianbao/repository.sqlite and
nianbao/report.txt are copied, not changed).
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    work, commits, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    store = os.path.join(work, "nianbao", "repository.sqlite")
    base = open(os.path.join(work, "nianbao", "report.txt"), encoding="utf-8").read()
    anchor = "补充说明1："
    if anchor not in base:
        sys.exit(f"commit_ab: {work} does not hold a bench_store.py report")
    env = dict(os.environ, NIANBAO_AUTHOR="bench")
    env.pop("NIANBAO_REPO", None)
    times = {index: [] for index in range(len(binaries))}
    with tempfile.TemporaryDirectory() as scratch:
        copies = [os.path.join(scratch, f"store-{index}.sqlite") for index in range(len(binaries))]
        for copy in copies:
            shutil.copy(store, copy)
        report = os.path.join(scratch, "report.txt")
        for commit in range(commits):
            with open(report, "w", encoding="utf-8") as out:
                out.write(base.replace(anchor, f"补充说明1（{commit}）：", 1))
            order = list(range(len(binaries)))
            shift = commit % len(order)
            for index in order[shift:] + order[:shift]:
                started = time.perf_counter()
                subprocess.run([binaries[index], "commit", report, "--agency", "changzhang", "--year", "2024",
                                "-m", f"edit {commit}", "--repo", copies[index]], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                times[index].append(time.perf_counter() - started)
    for index, binary in enumerate(binaries):
        series = sorted(times[index])
        print(f"{binary}: median {statistics.median(series) * 1000:.1f} ms, mean "
              f"{statistics.mean(series) * 1000:.1f} ms, fastest {series[0] * 1000:.1f} ms ({commits} commits)")


if __name__ == "__main__":
    main()
