#!/usr/bin/env python3
"""Sync benchmark of nianbao, git and fossil on the same history, on loopback (run by Scripts/bench-sync).

A county of TOWNSHIPS townships x YEARS years x REVISIONS revisions: the bundled sample reports, one per township and
year (its years moved to that year), each revision appending a sentence to one paragraph. Every revision is committed
in the same order to a nianbao repository (`nianbao commit`), a git repository and a fossil repository. Each system
then serves its repository on 127.0.0.1 behind a counting HTTP hop (Scripts/tools/counting_http.py: a reverse proxy
for `nianbao serve` and `fossil server`, a CGI host for `git http-backend`), and a client measures:

  clone    a new empty client gets everything (nianbao: `pull` into an empty repository; git clone; fossil clone)
  pull 1   the county commits one new revision; the client pulls it (nianbao pull; git pull; fossil pull)
  no-op    a sync with nothing to do (nianbao sync; git pull + git push; fossil sync), NOOP_RUNS times with the
           three systems taking turns: the median time, and the fastest run after the table

Requests and bytes are counted by the hop (request and status lines, headers and bodies, as the client sent and
received them); time is wall-clock around the client command, hop included for all three.

With --bulk (for 20,000 revisions, where one process per revision and system takes hours) the same history, in the
same order, one revision per report and round, is written in bulk instead: to nianbao by one `nianbao import` of a
folder per round, to git by one `git fast-import` stream, and to fossil by `fossil import --git` of that stream. The
measured commands are the same. `nianbao import` reads each report's agency from its text, so --bulk takes at most
one township per bundled sample (5): 5 x 5 x 800 makes 20,000 revisions.

Usage: bench_sync.py BINARY SAMPLES WORK TOWNSHIPS YEARS REVISIONS [--bulk]
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

from bench_history import revision_text

binary, samples, work = sys.argv[1:4]
townships, years, revisions = (int(x) for x in sys.argv[4:7])
bulk = "--bulk" in sys.argv[7:]
if bulk and townships > len([f for f in os.listdir(samples) if f.endswith(".txt")]):
    # `nianbao import` takes each report's agency from its text (it has no --force), so in bulk each township needs
    # a sample of its own.
    sys.exit(f"bench-sync: --bulk takes at most one township per sample report in {samples}")
NOOP_RUNS = 61
tools = os.path.dirname(os.path.abspath(__file__))
os.makedirs(work, exist_ok=True)
env = dict(os.environ, NIANBAO_AUTHOR="bench", NIANBAO_LOG="error", GIT_AUTHOR_NAME="bench",
           GIT_AUTHOR_EMAIL="bench@example.invalid", GIT_COMMITTER_NAME="bench",
           GIT_COMMITTER_EMAIL="bench@example.invalid", USER="bench")


def sh(*args, cwd=None, capture=True):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=capture, text=True)
    if result.returncode != 0:
        sys.exit(f"bench-sync: {' '.join(args)} failed ({result.returncode}): {result.stdout[-1000:]}"
                 f"{result.stderr[-2000:]}")
    return result.stdout


def text(township, year, revision):
    return revision_text(samples, township, year, revision)


def start(*args, port_file):
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for _ in range(200):
        if os.path.exists(port_file) and open(port_file).read().strip():
            return process, int(open(port_file).read())
        time.sleep(0.05)
    process.kill()
    sys.exit(f"bench-sync: {args[0]} did not start")


def order():
    """Every revision of the history, in the order all three systems take them: (township, year, revision)."""
    for revision in range(revisions):
        for township in range(townships):
            for year in range(2024 - years + 1, 2025):
                yield township, year, revision


def bulk_history(county, nb, fossil_repo):
    """The history written in bulk (--bulk): nianbao by one import per round, git by one fast-import stream, fossil
    by importing that stream. Returns the number of revisions each system holds."""
    stream_path = os.path.join(work, "history.fast-import")
    round_folder = os.path.join(work, "round")
    os.makedirs(round_folder)
    count = 0
    with open(stream_path, "wb") as stream:
        for revision in range(revisions):
            names = []
            for township, year, _ in ((t, y, r) for t, y, r in order() if r == revision):
                name = f"t{township:02d}-{year}.txt"
                body = text(township, year, revision).encode("utf-8")
                with open(os.path.join(round_folder, name), "wb") as f:
                    f.write(body)
                names.append((name, f"t{township:02d}"))
                message = f"{name} revision {revision}".encode("utf-8")
                stream.write(b"commit refs/heads/main\ncommitter bench <bench@example.invalid> %d +0000\n"
                             % (1700000000 + count))
                stream.write(b"data %d\n%s\nM 100644 inline %s\ndata %d\n%s\n"
                             % (len(message), message, name.encode(), len(body), body))
                count += 1
            with open(os.path.join(round_folder, "agencies.tsv"), "w", encoding="utf-8") as m:
                m.writelines(f"{name}\t{code}\n" for name, code in names)
            sh(binary, "import", round_folder, "--repo", nb)
            if (revision + 1) % max(1, revisions // 10) == 0:
                print(f"bench-sync: {count} revisions imported into nianbao ({time.perf_counter() - began:.0f} s)",
                      file=sys.stderr)
    with open(stream_path, "rb") as stream:
        subprocess.run(["git", "fast-import", "--quiet"], cwd=county, env=env, stdin=stream, check=True)
    print(f"bench-sync: git fast-import done ({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    sh("fossil", "import", "--git", "--quiet", "--rename-master", "trunk", fossil_repo, stream_path)
    print(f"bench-sync: fossil import done ({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    os.remove(stream_path)
    return count


def counted(backend, kind="proxy"):
    port_file = os.path.join(work, f"hop-{len(processes)}.port")
    process, port = start(sys.executable, os.path.join(tools, "counting_http.py"), kind, port_file, backend,
                          port_file=port_file)
    processes.append(process)
    return port


def stats(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats") as answer:
        return json.load(answer)


def measure(port, *commands, cwd=None):
    stats(port)
    began = time.perf_counter()
    for command in commands:
        sh(*command, cwd=cwd)
    elapsed = time.perf_counter() - began
    figures = stats(port)
    figures["ms"] = round(elapsed * 1000, 1)
    return figures


processes = []
try:
    # The history, committed to all three systems in the same order.
    county = os.path.join(work, "county")
    nb = os.path.join(work, "county.sqlite")
    fossil_repo = os.path.join(work, "county.fossil")
    os.makedirs(county)
    sh(binary, "init", "--repo", nb, "--node", "county")
    sh("git", "init", "-q", "-b", "main", cwd=county)
    fossil_checkout = os.path.join(work, "fossil-county")
    os.makedirs(fossil_checkout)
    began = time.perf_counter()
    count = 0
    if bulk:
        count = bulk_history(county, nb, fossil_repo)
        admin = re.search(r"^(\S+)", sh("fossil", "user", "default", "-R", fossil_repo))
        password = "bench-password"
        sh("fossil", "user", "password", admin.group(1), password, "-R", fossil_repo)
        admin = (None, admin.group(1), password)
        sh("git", "reset", "-q", "--hard", cwd=county)
    else:
        found = re.search(r'admin-user: (\S+) \(initial password is "([^"]+)"\)', sh("fossil", "init", fossil_repo))
        admin = (None, found.group(1), found.group(2))
    sh("fossil", "open", "--force", fossil_repo, cwd=fossil_checkout)
    for revision in range(0 if bulk else revisions):
        for township in range(townships):
            for year in range(2024 - years + 1, 2025):
                name = f"t{township:02d}-{year}.txt"
                body = text(township, year, revision)
                for folder in (county, fossil_checkout):
                    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                        f.write(body)
                message = f"{name} revision {revision}"
                # (--force: the five samples stand in for twenty townships, so a text names another township's office)
                sh(binary, "commit", os.path.join(county, name), "--agency", f"t{township:02d}", "--year", str(year),
                   "-m", message, "--force", "--repo", nb)
                sh("git", "add", name, cwd=county)
                sh("git", "commit", "-q", "-m", message, cwd=county)
                if revision == 0:
                    sh("fossil", "add", name, cwd=fossil_checkout)
                sh("fossil", "commit", "-m", message, "--no-warnings", name, cwd=fossil_checkout)
                count += 1
        print(f"bench-sync: {count} revisions committed to each system ({time.perf_counter() - began:.0f} s)",
              file=sys.stderr)
    bare = os.path.join(work, "git", "county.git")
    sh("git", "clone", "-q", "--bare", county, bare)
    if bulk:
        # fast-import deltifies each blob against its path's previous version only; packed afresh, the bare
        # repository serves what a clone of loose objects would compute (pack-objects' default window and depth).
        sh("git", "repack", "-q", "-a", "-d", "-f", cwd=bare)
    sh("git", "config", "http.receivepack", "true", cwd=bare)
    sh("git", "remote", "add", "served", bare, cwd=county)

    # The servers, each behind a counting hop.
    token = sh(binary, "token", "create", "--all", "--repo", nb).strip()
    nb_port_file = os.path.join(work, "nianbao.port")
    server = subprocess.Popen([binary, "serve", "--port", "0", "--repo", nb], env=env, stderr=subprocess.PIPE,
                              text=True)
    processes.append(server)
    line = server.stderr.readline()
    nb_port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))
    fossil_port = 18000 + os.getpid() % 20000
    processes.append(subprocess.Popen(["fossil", "server", "--localhost", "--port", str(fossil_port), fossil_repo],
                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(1)
    hops = {"nianbao": counted(f"http://127.0.0.1:{nb_port}"), "git": counted(os.path.join(work, "git"), "git"),
            "fossil": counted(f"http://127.0.0.1:{fossil_port}")}

    client = os.path.join(work, "client.sqlite")
    sh(binary, "init", "--repo", client, "--node", "client")
    sh(binary, "remote", "add", "county", f"http://127.0.0.1:{hops['nianbao']}", "--token", token, "--repo", client)
    git_client = os.path.join(work, "git-client")
    fossil_client = os.path.join(work, "client.fossil")
    fossil_url = f"http://{admin[1]}:{admin[2]}@127.0.0.1:{hops['fossil']}/"
    results = {"nianbao": {}, "git": {}, "fossil": {}}
    results["nianbao"]["clone"] = measure(hops["nianbao"], (binary, "pull", "--repo", client))
    results["git"]["clone"] = measure(hops["git"], ("git", "clone", "-q", f"http://127.0.0.1:{hops['git']}/county.git",
                                                    git_client))
    results["fossil"]["clone"] = measure(hops["fossil"], ("fossil", "clone", fossil_url, fossil_client))
    sh("git", "config", "pull.rebase", "false", cwd=git_client)

    # One new revision at the county.
    name = "t00-2024.txt"
    body = text(0, 2024, revisions) + "\n县里补充一句。"
    for folder in (county, fossil_checkout):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(body)
    sh(binary, "commit", os.path.join(county, name), "--agency", "t00", "--year", "2024", "-m", "one more", "--repo", nb)
    sh("git", "commit", "-q", "-am", "one more", cwd=county)
    sh("git", "push", "-q", "served", "main", cwd=county)
    sh("fossil", "commit", "-m", "one more", "--no-warnings", name, cwd=fossil_checkout)
    results["nianbao"]["pull 1"] = measure(hops["nianbao"], (binary, "pull", "--repo", client))
    results["git"]["pull 1"] = measure(hops["git"], ("git", "pull", "-q"), cwd=git_client)
    results["fossil"]["pull 1"] = measure(hops["fossil"], ("fossil", "pull", fossil_url, "-R", fossil_client))

    # A sync with nothing to do: a few tens of milliseconds, so one run says little on a shared machine. The three
    # systems take turns NOOP_RUNS times; each figure is the median of the runs (fossil's requests vary by a few
    # bytes from run to run).
    no_op = {"nianbao": ((binary, "sync", "--repo", client),), "git": (("git", "pull", "-q"), ("git", "push", "-q")),
             "fossil": (("fossil", "sync", fossil_url, "-R", fossil_client),)}
    runs = {system: [] for system in no_op}
    for _ in range(NOOP_RUNS):
        for system, commands in no_op.items():
            runs[system].append(measure(hops[system], *commands, cwd=git_client if system == "git" else None))
    for system, figures in runs.items():
        results[system]["no-op"] = {key: statistics.median_low(f[key] for f in figures)
                                    for key in ("requests", "bytesSent", "bytesReceived", "ms")}
        results[system]["no-op"]["fastest"] = min(f["ms"] for f in figures)

    def size(figure):
        return f"{figure / 1024:.1f} KB" if figure >= 1024 else f"{figure} B"

    print(f"\n{townships} townships x {years} years x {revisions} revisions = {count} revisions per system\n")
    print(f"{'':14}{'requests':>10}{'sent':>12}{'received':>12}{'time':>12}")
    for scenario in ("clone", "pull 1", "no-op"):
        for system in ("nianbao", "git", "fossil"):
            r = results[system][scenario]
            print(f"{scenario + ' ' + system:14}{r['requests']:>10}{size(r['bytesSent']):>12}"
                  f"{size(r['bytesReceived']):>12}{str(r['ms']) + ' ms':>12}")
    print(f"\nno-op: median of {NOOP_RUNS} runs each, the three systems taking turns; fastest run: "
          + ", ".join(f"{system} {results[system]['no-op']['fastest']} ms" for system in no_op))
    with open(os.path.join(work, "..", "bench-sync.json"), "w") as f:
        json.dump(results, f, indent=2)
finally:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
