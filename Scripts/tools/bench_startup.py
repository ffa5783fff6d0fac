#!/usr/bin/env python3
"""Start-up benchmark driver (run by Scripts/bench-startup): each command started RUNS times as a fresh process,
the commands interleaved run by run so that all of them see the same machine. Prints the median, the fastest run and
the 90th percentile of the wall time from fork to exit, and the binary's size.

Usage: bench_startup.py RUNS "LABEL=COMMAND ARGS…" …
"""

import os
import shutil
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    commands = []
    for spec in sys.argv[2:]:
        label, _, command = spec.partition("=")
        commands.append((label, command.split()))
    times = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, args in commands:
            started = time.perf_counter()
            result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                sys.exit(f"failed: {' '.join(args)} (exit {result.returncode})")
            times[label].append(elapsed * 1000)
    print(f"{runs} runs each, interleaved; wall time of one process from start to exit")
    print()
    print(f"{'command':<50} {'median ms':>10} {'fastest':>8} {'p90':>8} {'binary bytes':>14}")
    for label, args in commands:
        series = sorted(times[label])
        binary = shutil.which(args[0]) or args[0]
        print(f"{label:<50} {statistics.median(series):>10.2f} {series[0]:>8.2f} "
              f"{series[int(len(series) * 0.9) - 1]:>8.2f} {os.path.getsize(binary):>14,}")


if __name__ == "__main__":
    main()
