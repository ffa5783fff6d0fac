#!/usr/bin/env python3
"""Store benchmark driver (run by Scripts/bench-store): one history of edits to a ~20 KB report, committed to
nianbao, git and fossil in the same run, interleaved revision by revision so that all three see the same machine.

Usage: bench_store.py NIANBAO CORPUS_DIR WORK_DIR [REVISIONS]

The history: a sample report (corpus seed 000) exported by nianbao in its canonical layout, grown to about 20 KB
with distinct paragraphs made of sentences from the other sample reports, then REVISIONS revisions that alternate
between changing one table cell and rewriting one sentence. Prints a table of time per commit and bytes on disk.
"""

import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

NUMBERED = re.compile(r"^\s*[（(]?[一二三四五六七八九十0-9０-９]+[）)、.．]")


def run(args, cwd, env=None):
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{result.stdout.decode()}\n{result.stderr.decode()}")
    return elapsed, result.stdout.decode()


class Random:
    """A small LCG so that the history is the same on every machine and every run."""

    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


def corpus_sentences(corpus):
    sentences = []
    for folder in ("seeds", "real"):
        for name in sorted(os.listdir(os.path.join(corpus, folder))):
            text = open(os.path.join(corpus, folder, name), encoding="utf-8").read()
            for line in text.splitlines():
                if "|" in line or "\t" in line or len(line) < 30:
                    continue
                for sentence in line.split("。"):
                    sentence = sentence.strip().replace("　", "")
                    if len(sentence) >= 20 and not NUMBERED.match(sentence) and "#" not in sentence:
                        sentences.append(sentence + "。")
    seen, unique = set(), []
    for sentence in sentences:
        if sentence not in seen:
            seen.add(sentence)
            unique.append(sentence)
    return unique


def grown_report(base, sentences, target=20_000):
    """Inserts distinct paragraphs (three sentences each) before section 二 until the text reaches `target` bytes."""
    lines = base.split("\n")
    anchor = next(i for i, line in enumerate(lines) if line.startswith("二、"))
    extra, index, paragraph_number = [], 0, 0
    while len(("\n".join(lines[:anchor] + extra + lines[anchor:])).encode()) < target:
        group = sentences[index % len(sentences): index % len(sentences) + 3]
        index += 3
        paragraph_number += 1
        extra += [f"补充说明{paragraph_number}：" + "".join(group), ""]
    return lines[:anchor] + extra + lines[anchor:], list(range(anchor, anchor + len(extra), 2))


def edit(lines, paragraphs, revision, random):
    """Revision n changes one table cell (even n) or one sentence of one paragraph (odd n)."""
    lines = list(lines)
    if revision % 2 == 0:
        rows = [i for i, line in enumerate(lines)
                if line.startswith("| ") and re.search(r"\|\s*\d+\s*\|", line) and "---" not in line]
        row = rows[random.below(len(rows))]
        cells = lines[row].split("|")
        numeric = [i for i, cell in enumerate(cells) if re.fullmatch(r"\s*\d+\s*", cell)]
        cell = numeric[random.below(len(numeric))]
        cells[cell] = f" {revision} "
        lines[row] = "|".join(cells)
    else:
        line = paragraphs[random.below(len(paragraphs))]
        sentences = [s for s in lines[line].split("。") if s]
        which = random.below(len(sentences))
        sentences[which] = re.sub(r"(修订\d+)?$", f"修订{revision}", sentences[which], count=1)
        lines[line] = "。".join(sentences) + "。"
    return lines


def size(path):
    return os.path.getsize(path)


def tree_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def main():
    nianbao, corpus, work = sys.argv[1], sys.argv[2], sys.argv[3]
    revisions = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    shutil.rmtree(work, ignore_errors=True)
    env = dict(os.environ, NIANBAO_AUTHOR="bench", USER="bench", GIT_AUTHOR_NAME="bench",
               GIT_AUTHOR_EMAIL="bench@example.org", GIT_COMMITTER_NAME="bench",
               GIT_COMMITTER_EMAIL="bench@example.org")
    env.pop("NIANBAO_REPO", None)
    dirs = {name: os.path.join(work, name) for name in ("nianbao", "git", "fossil", "seed")}
    for path in dirs.values():
        os.makedirs(path)
    repo = os.path.join(dirs["nianbao"], "repository.sqlite")
    fossil_repo = os.path.join(work, "bench.fossil")

    # The base text: seed 000 in nianbao's canonical layout, grown to ~20 KB.
    seed_repo = os.path.join(dirs["seed"], "seed.sqlite")
    run([nianbao, "init", "--repo", seed_repo], dirs["seed"], env)
    run([nianbao, "commit", os.path.join(corpus, "seeds/000_35b5a4da37cb7d63.txt"), "--agency", "changzhang",
         "--year", "2024", "--repo", seed_repo], dirs["seed"], env)
    _, base = run([nianbao, "export", "changzhang/2024", "--repo", seed_repo], dirs["seed"], env)
    lines, paragraphs = grown_report(base, corpus_sentences(corpus))

    run([nianbao, "init", "--repo", repo, "--node", "bench"], dirs["nianbao"], env)
    run(["git", "init", "-q"], dirs["git"], env)
    run(["fossil", "init", fossil_repo], work, env)
    run(["fossil", "open", "--force", fossil_repo], dirs["fossil"], env)
    # Two revisions of the same size within one second look unchanged to fossil's default mtime check.
    run(["fossil", "settings", "mtime-changes", "off"], dirs["fossil"], env)

    times = {"nianbao": [], "git": [], "fossil": [], "parse": [], "start": []}
    random = Random(20250131)
    outcomes = {"committed": 0, "unchanged": 0}
    first_size = None
    for revision in range(revisions):
        if revision > 0:
            for _ in range(100):  # an edit that happens to write what was there already is drawn again
                edited = edit(lines, paragraphs, revision, random)
                if edited != lines:
                    break
            lines = edited
        text = "\n".join(lines)
        if first_size is None:
            first_size = len(text.encode())
        for name in ("nianbao", "git", "fossil"):
            with open(os.path.join(dirs[name], "report.txt"), "w", encoding="utf-8") as out:
                out.write(text)
        message = f"revision {revision}"
        elapsed, output = run([nianbao, "commit", "report.txt", "--agency", "changzhang", "--year", "2024",
                               "-m", message, "--repo", repo], dirs["nianbao"], env)
        outcomes["unchanged" if output.startswith(("Unchanged", "没有改动")) else "committed"] += 1
        times["nianbao"].append(elapsed)
        # Where nianbao's time goes: the same file parsed alone, and a process that does nothing.
        times["parse"].append(run([nianbao, "parse", "report.txt"], dirs["nianbao"], env)[0])
        times["start"].append(run([nianbao, "--version"], dirs["nianbao"], env)[0])
        add, _ = run(["git", "add", "report.txt"], dirs["git"], env)
        commit, _ = run(["git", "commit", "-q", "-m", message], dirs["git"], env)
        times["git"].append(add + commit)
        if revision == 0:
            run(["fossil", "add", "report.txt"], dirs["fossil"], env)
        elapsed, _ = run(["fossil", "commit", "-m", message, "--no-warnings", "--user", "bench"], dirs["fossil"], env)
        times["fossil"].append(elapsed)

    # Bytes on disk: as committed, then compacted the way each system compacts.
    before = {"nianbao": size(repo), "git": tree_size(os.path.join(dirs["git"], ".git")),
              "fossil": size(fossil_repo)}
    # nianbao's compaction is `nianbao gc`, as git's is `git gc`: it keeps the pieces of reports as deltas against
    # their previous versions, then VACUUMs. SQLite's VACUUM alone is measured on a copy, for comparison.
    shutil.copy(repo, repo + ".vacuumed")
    connection = sqlite3.connect(repo + ".vacuumed")
    connection.execute("VACUUM")
    connection.close()
    vacuumed = size(repo + ".vacuumed")
    os.remove(repo + ".vacuumed")
    gc_time, _ = run([nianbao, "gc", "--repo", repo], dirs["nianbao"], env)
    run(["git", "gc", "-q", "--aggressive", "--prune=now"], dirs["git"], env)
    run(["fossil", "close", "--force"], dirs["fossil"], env)
    run(["fossil", "rebuild", "--vacuum", fossil_repo], work, env)
    after = {"nianbao": size(repo), "git": tree_size(os.path.join(dirs["git"], ".git")),
             "fossil": size(fossil_repo)}
    pack = tree_size(os.path.join(dirs["git"], ".git", "objects"))
    run(["fossil", "rebuild", "--compress", "--vacuum", fossil_repo], work, env)
    fossil_compressed = size(fossil_repo)
    _, fsck = run([nianbao, "fsck", "--repo", repo], dirs["nianbao"], env)

    print(f"history: {revisions} revisions of a {first_size:,}-byte report "
          f"(odd revisions rewrite one sentence, even ones change one table cell); "
          f"nianbao: {outcomes['committed']} committed, {outcomes['unchanged']} unchanged; {fsck.strip()}")
    print()
    print(f"{'system':<10} {'ms/commit (mean)':>17} {'median':>8} {'p90':>8} {'bytes as committed':>19} "
          f"{'bytes compacted':>16}")
    for name, label in (("nianbao", "nianbao"), ("git", "git"), ("fossil", "fossil")):
        series = sorted(times[name])
        mean = statistics.mean(series) * 1000
        median = statistics.median(series) * 1000
        p90 = series[int(len(series) * 0.9) - 1] * 1000
        print(f"{label:<10} {mean:>17.1f} {median:>8.1f} {p90:>8.1f} {before[name]:>19,} {after[name]:>16,}")
    parse, start = statistics.mean(times["parse"]) * 1000, statistics.mean(times["start"]) * 1000
    commit = statistics.mean(times["nianbao"]) * 1000
    print()
    print(f"nianbao commit = process start {start:.1f} ms (nianbao --version) + parsing {parse - start:.1f} ms "
          f"(nianbao parse, same file) + storing {commit - parse:.1f} ms (the rest).")
    print(f"compaction: nianbao gc ({gc_time * 1000:.0f} ms; {vacuumed:,} bytes with SQLite's VACUUM alone); "
          "git gc --aggressive --prune=now (whole .git; .git/objects alone: "
          f"{pack:,} bytes); fossil rebuild --vacuum ({fossil_compressed:,} bytes with --compress too).")
    print("git's time is git add + git commit; each figure is the wall time of the command(s), process start included.")


if __name__ == "__main__":
    main()
