#!/usr/bin/env python3
"""Cold clones of several repository files side by side: one `nianbao serve` per file on 127.0.0.1, and a fresh
client pulling everything from each in turn, RUNS times. Prints each file's median and fastest clone.

Usage: clone_ab.py BINARY RUNS FILE...

For comparing how a file is kept (after `nianbao gc` or not, one schema or another) with one build: copy the file
first, as `nianbao serve` brings an older schema up to date and `token create` writes a token into it. Every server
is stopped in `finally`; every loop is bounded.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

binary, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, check=True).stdout.strip()


servers, ports, tokens = [], {}, {}
work = tempfile.mkdtemp(prefix="nianbao-clone-ab.")
try:
    for path in files:
        tokens[path] = run("token", "create", "--all", "--repo", path)
        server = subprocess.Popen([binary, "serve", "--port", "0", "--repo", path], stderr=subprocess.PIPE, text=True)
        servers.append(server)
        for _ in range(50):
            found = re.search(r"127\.0\.0\.1:(\d+)", server.stderr.readline())
            if found:
                ports[path] = found.group(1)
                break
        if path not in ports:
            sys.exit(f"clone_ab: the server of {path} did not say where it listens")
    times = {path: [] for path in files}
    for index in range(runs):
        for number, path in enumerate(files if index % 2 == 0 else files[::-1]):
            client = os.path.join(work, f"client-{index}-{number}.sqlite")
            run("init", "--repo", client, "--node", "client")
            run("remote", "add", "county", f"http://127.0.0.1:{ports[path]}", "--token", tokens[path], "--repo", client)
            started = time.perf_counter()
            run("pull", "--repo", client)
            times[path].append(time.perf_counter() - started)
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(client + suffix):
                    os.remove(client + suffix)
    for path in files:
        print(f"{path}: clone median {statistics.median(times[path]) * 1000:.0f} ms, "
              f"fastest {min(times[path]) * 1000:.0f} ms ({runs} runs)")
finally:
    for server in servers:
        server.terminate()
        server.wait(timeout=10)
    subprocess.run(["rm", "-rf", work], check=False)
