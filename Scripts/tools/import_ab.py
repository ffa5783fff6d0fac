#!/usr/bin/env python3
"""Times `nianbao import` of one folder with two or more builds side by side, each into a fresh repository, the
builds taking turns run by run; prints each build's times and median.

Usage: import_ab.py RUNS [--docx] BINARY [BINARY…]
The folder: the five bundled sample reports (Scripts/samples) as four years each, 20 text files named by township and
year, with an agencies.tsv giving each township its id. With --docx the same 20 reports are first committed with the
first binary and exported as Word files (`nianbao export --format docx`), and the Word files are imported instead.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_history import revision_text  # noqa: E402

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
ENV = dict(os.environ, NIANBAO_AUTHOR="bench", NIANBAO_LOG="error")
ENV.pop("NIANBAO_REPO", None)


def run(*args):
    return subprocess.run(args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def write_folder(folder, binary, docx, scratch):
    """The 20 reports, as text or (with docx) as Word files exported by `binary`; returns the file names."""
    texts = {f"t{township:02d}-{year}": revision_text(SAMPLES, township, year)
             for township in range(5) for year in (2021, 2022, 2023, 2024)}
    extension = ".docx" if docx else ".txt"
    if docx:
        source = os.path.join(scratch, "source")
        os.makedirs(source)
        repository = os.path.join(scratch, "source.sqlite")
        run(binary, "init", "--repo", repository, "--node", "source")
        for name, text in texts.items():
            path = os.path.join(source, name + ".txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
            township, year = name.split("-")
            run(binary, "commit", path, "--agency", township, "--year", year, "--force", "--repo", repository)
            run(binary, "export", f"{township}/{year}", "--format", "docx", "-o",
                os.path.join(folder, name + extension), "--repo", repository)
    else:
        for name, text in texts.items():
            with open(os.path.join(folder, name + extension), "w", encoding="utf-8") as out:
                out.write(text)
    with open(os.path.join(folder, "agencies.tsv"), "w", encoding="utf-8") as mapping:
        mapping.writelines(f"{name}{extension}\t{name.split('-')[0]}\n" for name in texts)
    return sorted(name + extension for name in texts)


def main():
    runs, rest = int(sys.argv[1]), sys.argv[2:]
    docx = "--docx" in rest
    binaries = [argument for argument in rest if argument != "--docx"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = os.path.join(scratch, "folder")
        os.makedirs(folder)
        names = write_folder(folder, binaries[0], docx, scratch)
        missing = [name for name in names if not os.path.exists(os.path.join(folder, name))]
        if missing:
            sys.exit(f"import_ab: could not make {', '.join(missing)}")
        times = {binary: [] for binary in binaries}
        for number in range(runs):
            for binary in binaries[number % len(binaries):] + binaries[:number % len(binaries)]:
                repository = os.path.join(scratch, f"run-{number}-{binaries.index(binary)}.sqlite")
                run(binary, "init", "--repo", repository, "--node", "bench")
                started = time.perf_counter()
                result = run(binary, "import", folder, "--repo", repository)
                times[binary].append(time.perf_counter() - started)
                if result.returncode != 0:
                    sys.exit(f"import_ab: {binary} import failed ({result.returncode})")
        kind = "Word" if docx else "text"
        for binary, series in times.items():
            print(f"{binary}: import of {len(names)} {kind} files, median {statistics.median(series) * 1000:.0f} ms "
                  f"({', '.join(f'{value * 1000:.0f}' for value in series)})")


if __name__ == "__main__":
    main()
