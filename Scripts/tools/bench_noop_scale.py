#!/usr/bin/env python3
"""A sync with nothing to do at 20,000 revisions (issue 19: "the same at 20,000 revisions").

A county store of 5 townships x 5 years, ROUNDS rounds of `nianbao import` of 25 files (one revision each, every
round appending a sentence to one paragraph of each report): 800 rounds make 20,000 revisions in about 11 minutes on
2 cores, where Scripts/bench-sync's set-up (one process per revision, for git and fossil too) would take hours. After
MARK rounds and after the last, a new client clones the store over HTTP from `nianbao serve` on 127.0.0.1, syncs until
there is nothing to do, then times five syncs and prints the last one's total as the client reports it (requests and
bytes of the bodies).

Usage: bench_noop_scale.py BINARY SAMPLES WORK ROUNDS MARK      (e.g. … Scripts/samples /tmp/w 800 80)
"""
import os
import re
import subprocess
import sys
import time

from bench_history import revision_text

B, samples, work = sys.argv[1:4]
env = dict(os.environ, NIANBAO_AUTHOR="bench", NIANBAO_LOG="error")
def sh(*a):
    r = subprocess.run(a, env=env, capture_output=True, text=True)
    if r.returncode: sys.exit(f"{a} failed: {r.stderr[-1500:]}")
    return r.stdout
os.makedirs(work, exist_ok=True)
county = os.path.join(work, "county.sqlite")
sh(B, "init", "--repo", county, "--node", "county")
rounds = int(sys.argv[4]); mark = int(sys.argv[5])
began = time.time()
def measure(label):
    token = sh(B, "token", "create", "--all", "--repo", county).strip().splitlines()[-1]
    server = subprocess.Popen([B, "serve", "--port", "0", "--repo", county], env=env, stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r"127\.0\.0\.1:(\d+)", server.stderr.readline()).group(1))
        client = os.path.join(work, f"client-{label}.sqlite")
        sh(B, "init", "--repo", client, "--node", "c" + label)
        sh(B, "remote", "add", "county", f"http://127.0.0.1:{port}", "--token", token, "--repo", client)
        t = time.perf_counter(); sh(B, "pull", "--repo", client); clone = time.perf_counter() - t
        sh(B, "sync", "--repo", client); sh(B, "sync", "--repo", client)
        times = []
        for _ in range(5):
            t = time.perf_counter(); out = sh(B, "sync", "--repo", client); times.append(time.perf_counter() - t)
        print(f"{label}: clone {clone*1000:.0f} ms; no-op sync median {sorted(times)[2]*1000:.0f} ms; last line: {out.strip().splitlines()[-1]}", flush=True)
    finally:
        server.terminate(); server.wait()
for r in range(rounds):
    folder = os.path.join(work, "round")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "agencies.tsv"), "w") as m:
        for t in range(5):
            for y in range(2020, 2025):
                name = f"t{t}-{y}.txt"
                open(os.path.join(folder, name), "w", encoding="utf-8").write(revision_text(samples, t, y, r))
                m.write(f"{name}\tt{t}\n")
    sh(B, "import", folder, "--repo", county)
    if r + 1 == mark:
        print(f"{(r+1)*25} revisions in {time.time()-began:.0f} s", flush=True)
        measure(str((r + 1) * 25))
print(f"{rounds*25} revisions in {time.time()-began:.0f} s", flush=True)
measure(str(rounds * 25))
