#!/usr/bin/env python3
"""Times whole `nianbao diff OLD NEW` processes of two or more builds side by side, with `git diff --no-index
--word-diff` of the same pair beside them: the builds take turns (the order alternating) so that all of them see the
same machine. Prints the median and fastest wall time of each.

Usage: diff_ab.py RUNS OLD NEW BINARY [BINARY…]
"""

import statistics
import subprocess
import sys
import time


def timed(args):
    started = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    runs, old, new, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    times = {name: [] for name in binaries + ["git"]}
    for run in range(runs):
        for binary in binaries if run % 2 == 0 else list(reversed(binaries)):
            times[binary].append(timed([binary, "diff", old, new]))
        times["git"].append(timed(["git", "diff", "--no-index", "--word-diff", "--no-color", old, new]))
    for name, series in times.items():
        print(f"{name}: median {statistics.median(series) * 1000:.1f} ms, fastest {min(series) * 1000:.1f} ms "
              f"({runs} runs)")


if __name__ == "__main__":
    main()
