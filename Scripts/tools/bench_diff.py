"""Times diff-match-patch and git word-diff on report pairs and prints them beside nianbao's structured diff.

Usage: bench_diff.py STRUCTURED_TSV OLD NEW [OLD NEW ...]
STRUCTURED_TSV is the output of `NianbaoBench diff` for the same pairs, in the same order. With NIANBAO_BINARY set
to a release `nianbao`, a second table times whole processes, `nianbao diff OLD NEW` (start, reading and parsing both
files, diffing, printing) beside `git diff --no-index --word-diff`, the two interleaved run by run.
"""

import os
import statistics
import subprocess
import sys
import time

from diff_match_patch import diff_match_patch


def timings(action, runs):
    """The median and the fastest of `runs` timed calls, in microseconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6, min(samples) * 1e6


def interleaved_timings(commands, runs):
    """The median and the fastest wall time of each command run as a process, the commands taking turns run by run
    so that all of them see the same machine; in microseconds."""
    samples = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=GIT_ENV)
            samples[index].append(time.perf_counter() - start)
    return [(statistics.median(values) * 1e6, min(values) * 1e6) for values in samples]


GIT_ENV = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME="/nonexistent")


def git_word_diff(old_path, new_path):
    return ["git", "diff", "--no-index", "--word-diff", "--no-color", old_path, new_path]


def ratio(slow, fast):
    value = slow / fast
    return f"{value:,.1f}×" if value < 10 else f"{value:,.0f}×"


def main():
    structured_path, files = sys.argv[1], sys.argv[2:]
    with open(structured_path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle][1:]
    dmp = diff_match_patch()
    table = []
    for index, row in enumerate(rows):
        old_path, new_path = files[2 * index], files[2 * index + 1]
        with open(old_path, encoding="utf-8") as handle:
            old = handle.read()
        with open(new_path, encoding="utf-8") as handle:
            new = handle.read()

        def plain():
            diffs = dmp.diff_main(old, new)
            dmp.diff_cleanupSemantic(diffs)
            return diffs

        edits = sum(1 for op, _ in plain() if op != 0)
        dmp_us, dmp_min = timings(plain, 30)

        def word_diff():
            subprocess.run(git_word_diff(old_path, new_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False, env=GIT_ENV)

        git_us, git_min = timings(word_diff, 20)
        structured_us, structured_min = float(row[3]), float(row[4])
        table.append((row[0].replace(".old.txt", ""), int(row[1]), int(row[2]), (structured_us, structured_min),
                      (dmp_us, dmp_min), (git_us, git_min), row[5], row[6], row[7], edits))

    print()
    print("| pair | bytes old → new | nianbao structured diff | diff-match-patch (Python) | git diff --word-diff "
          "| nianbao vs dmp | nianbao reports | dmp edits |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |")
    for name, old_bytes, new_bytes, structured, dmp, git, sections, cells, paragraphs, edits in table:
        print(f"| {name} | {old_bytes} → {new_bytes} | {structured[0]:,.0f} µs ({structured[1]:,.0f}) "
              f"| {dmp[0]:,.0f} µs ({dmp[1]:,.0f}) | {git[0]:,.0f} µs ({git[1]:,.0f}) "
              f"| {ratio(dmp[1], structured[1])} faster | {sections} sections, {cells} cells, {paragraphs} paragraphs "
              f"| {edits} |")
    print()
    print("Times: median (fastest) per diff. The ratio compares the fastest runs, which other load on the machine")
    print("disturbs least. nianbao: the in-process DiffEngine.diff of two parsed reports (parsing excluded), release")
    print("build. diff-match-patch: diff_main + diff_cleanupSemantic on the two texts, in process.")
    print("git: wall time of one `git diff --no-index --word-diff` process, process start included.")

    binary = os.environ.get("NIANBAO_BINARY")
    if not binary:
        return
    runs = 40
    print()
    print(f"Whole processes, {runs} runs of each, interleaved: `nianbao diff OLD NEW` (release build: start, read and")
    print("parse both files, diff, print) beside `git diff --no-index --word-diff`.")
    print()
    print("| pair | nianbao diff | git diff --word-diff | nianbao ÷ git (medians) |")
    print("| --- | ---: | ---: | ---: |")
    for index, row in enumerate(rows):
        old_path, new_path = files[2 * index], files[2 * index + 1]
        nianbao, git = interleaved_timings([[binary, "diff", old_path, new_path], git_word_diff(old_path, new_path)],
                                           runs)
        print(f"| {row[0].replace('.old.txt', '')} | {nianbao[0] / 1000:,.1f} ms ({nianbao[1] / 1000:,.1f}) "
              f"| {git[0] / 1000:,.1f} ms ({git[1] / 1000:,.1f}) | {nianbao[0] / git[0]:,.1f}× |")


if __name__ == "__main__":
    main()
