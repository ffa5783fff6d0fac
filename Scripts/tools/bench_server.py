#!/usr/bin/env python3
"""Server benchmark (run by Scripts/bench-server): requests per second of a sync with nothing to do, against one
county node with CLIENTS township clients, and the node's memory; `fossil server` beside it when fossil is installed.

  bench_server.py BINARY SAMPLES WORK CLIENTS YEARS SECONDS

1. A county repository of CLIENTS townships x YEARS years (the bundled samples, one per township and year, years
   moved), and one token per township that reaches its own agency only (`nianbao token create --agency tNN`).
2. CLIENTS township repositories, each pulled once and synced until a sync is the single request of a sync with
   nothing to do (Schema/sync-protocol.md, "Change sequence"). That request is captured per township by a loopback
   hop in front of `nianbao serve`, and replayed once to a fresh node: it must answer 200 with a listing of no
   report and no object.
3. `wrk` (2 threads) against a fresh `nianbao serve --port 0` on 127.0.0.1, after a short warm-up: every request is
   one township's captured request, with its own token and body, rotating over the townships. A Lua `response`
   hook checks that each answer is, byte for byte, one of the townships' no-op answers (a compressed batch: a
   listing of no report, no object), not an error.
   The node allows 32 connections from one address (`ConnectionLimits.connectionsPerAddress`) and all of wrk's come
   from 127.0.0.1: the figure is taken with 32 connections carrying the CLIENTS townships' requests, and, when
   CLIENTS is over 32, once more with CLIENTS connections to show what the cap does.
4. The server's processor time per request (/proc/PID/stat, user + system, children it waited for included) and
   its memory: VmRSS before the run, VmHWM (peak) and VmRSS after it, from /proc/PID/status. Connections a full
   listen queue dropped (TcpExt ListenOverflows) are counted.
5. The same with `fossil server` and the request of a `fossil sync` with nothing to do (POST / with the xfer cards,
   the admin's login replayed by every connection: fossil has no per-agency reach), the same files committed.

Every server listens on 127.0.0.1 only and is stopped in `finally`; every loop is bounded.
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench_history import revision_text
from http_hop import forward, reply

binary, samples, work = sys.argv[1:4]
clients, years, seconds = (int(x) for x in sys.argv[4:7])
warmup_seconds = 3
per_address_cap = 32  # ConnectionLimits.connectionsPerAddress, the default of `nianbao serve`
os.makedirs(work, exist_ok=True)
env = dict(os.environ, NIANBAO_AUTHOR="bench", NIANBAO_LOG="error", USER="bench")
processes = []


def say(message):
    print(f"bench-server: {message}", file=sys.stderr, flush=True)


def sh(*args, cwd=None):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"bench-server: {' '.join(args)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def text(township, year):
    return revision_text(samples, township, year)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    """Processor time of a process and of its children it has waited for (fossil serves each request in a child)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def listen_overflows():
    """The system's count of connections dropped because a listen queue was full (TcpExt ListenOverflows)."""
    with open("/proc/net/netstat") as f:
        lines = [line.split() for line in f if line.startswith("TcpExt:")]
    return int(dict(zip(lines[0], lines[1])).get("ListenOverflows", 0)) if len(lines) == 2 else 0


def wait_for_no_connections(port):
    """Waits (at most 5 s) until the server holds no connection on `port`, established or closing, so that the
    warm-up's connections do not count against the node's connections per address when the measured run starts."""
    local = f":{port:04X}"
    for _ in range(50):
        with open("/proc/net/tcp") as f:
            rows = [line.split() for line in f.readlines()[1:]]
        if not any(row[1].endswith(local) and row[3] in ("01", "08") for row in rows):
            return
        time.sleep(0.1)


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


# A loopback hop that forwards to `target` and records every request (method, path, headers, body) in `captured`.
target = {"port": 0}
captured = []
captured_lock = threading.Lock()


class Capture(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _handle(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
        with captured_lock:
            captured.append({"method": self.command, "path": self.path, "headers": headers, "body": body})
        reply(self, *forward(f"127.0.0.1:{target['port']}", self.command, self.path, body, headers))

    do_GET = do_POST = _handle


def replay(port, request):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(request["method"], request["path"], body=request["body"],
                       headers=dict(request["headers"], **{"Content-Length": str(len(request["body"]))}))
    response = connection.getresponse()
    answer = response.read()
    connection.close()
    return response.status, answer


def batch_header(answer):
    """The JSON header of an object batch (NBO2 plain, NBZ2 a zstd frame) and its object count."""
    magic, rest = answer[:4], answer[4:]
    if magic == b"NBZ2":
        rest = subprocess.run(["zstd", "-dc"], input=rest, capture_output=True, timeout=30, check=True).stdout
    elif magic != b"NBO2":
        sys.exit(f"bench-server: the answer is not an object batch: {answer[:200]!r}")
    (length,) = struct.unpack(">I", rest[:4])
    header = json.loads(rest[4:4 + length])
    (count,) = struct.unpack(">I", rest[4 + length:8 + length])
    return magic, header, count


def lua_string(value):
    """A Lua string literal of bytes."""
    return '"' + "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else f"\\{ord(c):03d}"
                         for c in value.decode("latin-1")) + '"'


def wrk_script(path, requests, check):
    """A wrk Lua script sending `requests` in turn (each thread starting at its own offset) and counting answers
    that fail `check` (Lua source of a function of status and body)."""
    lua = lua_string
    entries = []
    for r in requests:
        headers = ", ".join(f"[{lua(k.encode())}] = {lua(v.encode())}" for k, v in r["headers"].items())
        entries.append(f"  {{ method = {lua(r['method'].encode())}, path = {lua(r['path'].encode())}, "
                       f"headers = {{ {headers} }}, body = {lua(r['body'])} }},")
    with open(path, "w") as f:
        f.write("local specs = {\n" + "\n".join(entries) + "\n}\n" + f"""
local threads = {{}}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
function init(args)
  prepared = {{}}
  for i, s in ipairs(specs) do prepared[i] = wrk.format(s.method, s.path, s.headers, s.body) end
  turn = id * 7
  bad = 0
  first_bad = ""
end
function request()
  turn = turn + 1
  return prepared[(turn % #prepared) + 1]
end
local check = {check}
function response(status, headers, body)
  if not check(status, headers, body) then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. string.sub(body or "", 1, 120) end
  end
end
function done(summary, latency, requests)
  local bad, first = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("bad")
    if first == "" then first = t:get("first_bad") end
  end
  local e = summary.errors
  io.write(string.format("WRK-RESULT %d %d %d %d %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout,
    bad, summary.bytes))
  if first ~= "" then io.write("WRK-FIRST-BAD " .. string.gsub(first, "[^%g ]", "?") .. "\\n") end
end
""")


def run_wrk(port, path, script, connections, duration):
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s", "-s", script,
               f"http://127.0.0.1:{port}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60).stdout
    match = re.search(r"WRK-RESULT ((?:\d+ ?){12})", output)
    if not match:
        sys.exit(f"bench-server: wrk printed no result:\n{output}")
    keys = ("requests", "us", "p50", "p99", "max", "connect", "read", "write", "status", "timeout", "bad", "bytes")
    figures = dict(zip(keys, (int(x) for x in match.group(1).split())))
    first_bad = re.search(r"WRK-FIRST-BAD (.*)", output)
    figures["first_bad"] = first_bad.group(1) if first_bad else ""
    figures["rps"] = figures["requests"] / (figures["us"] / 1e6)
    return figures


def stop(process):
    """Stops a server started here, and the children of its process group (fossil's, one per request)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    for _ in range(50):  # children that were answering a request when their server stopped
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)


def start_nianbao(repo):
    server = subprocess.Popen([binary, "serve", "--port", "0", "--repo", repo], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, start_new_session=True)
    processes.append(server)
    line = server.stderr.readline()
    match = re.search(r"127\.0\.0\.1:(\d+)", line)
    if not match:
        sys.exit(f"bench-server: nianbao serve printed no port: {line!r}")
    # Keep reading its log so that it never blocks on a full pipe.
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
    return server, int(match.group(1))


def measure(label, port, pid, path, requests, check, connections):
    script = os.path.join(work, f"{label}.lua")
    wrk_script(script, requests, check)
    rss_before = status_kb(pid, "VmRSS")
    run_wrk(port, path, script, connections, warmup_seconds)
    wait_for_no_connections(port)
    cpu_before, overflows_before = cpu_seconds(pid), listen_overflows()
    # NIANBAO_BENCH_PERF=FILE: a `perf record -g` of the node during its first measured run (for a profile, not a figure).
    perf_file = os.environ.get("NIANBAO_BENCH_PERF") if label == "nianbao" and not results else None
    perf = subprocess.Popen(["perf", "record", "-g", "-F", "499", "-o", perf_file, "-p", str(pid)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if perf_file else None
    figures = run_wrk(port, path, script, connections, seconds)
    if perf:
        perf.send_signal(signal.SIGINT)
        perf.wait(timeout=60)
    figures["cpu_ms"] = (cpu_seconds(pid) - cpu_before) * 1000 / max(1, figures["requests"])
    figures["overflows"] = listen_overflows() - overflows_before
    figures.update(label=label, connections=connections, rss_before=rss_before,
                   hwm=status_kb(pid, "VmHWM"), rss_after=status_kb(pid, "VmRSS"))
    say(f"{label}, {connections} connections: {figures['rps']:.0f} requests/s")
    return figures


capture = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
capture_port = capture.server_address[1]
threading.Thread(target=capture.serve_forever, daemon=True).start()
results = []
try:
    # 1. The county: CLIENTS townships x YEARS years, one token per township.
    began = time.perf_counter()
    county = os.path.join(work, "county.sqlite")
    files = os.path.join(work, "files")
    os.makedirs(files)
    sh(binary, "init", "--repo", county, "--node", "county")
    year_list = list(range(2024 - years + 1, 2025))
    for township in range(clients):
        for year in year_list:
            name = os.path.join(files, f"t{township:02d}-{year}.txt")
            with open(name, "w", encoding="utf-8") as f:
                f.write(text(township, year))
            # (--force: five samples stand in for every township, so a text names another township's office)
            sh(binary, "commit", name, "--agency", f"t{township:02d}", "--year", str(year), "-m", f"t{township:02d} {year}",
               "--force", "--repo", county)
    tokens = [sh(binary, "token", "create", "--agency", f"t{t:02d}", "--owner", f"t{t:02d}", "--repo", county).strip()
              for t in range(clients)]
    say(f"county of {clients} townships x {years} years committed, {clients} tokens ({time.perf_counter() - began:.0f} s)")

    # 2. The townships: each pulls, then syncs until a sync is one request; that request is captured.
    server, port = start_nianbao(county)
    target["port"] = port
    noop = []
    for township in range(clients):
        repo = os.path.join(work, f"t{township:02d}.sqlite")
        sh(binary, "init", "--repo", repo, "--node", f"t{township:02d}")
        sh(binary, "remote", "add", "county", f"http://127.0.0.1:{capture_port}", "--token", tokens[township],
           "--repo", repo)
        sh(binary, "pull", "--repo", repo)
        for attempt in range(4):
            with captured_lock:
                captured.clear()
            sh(binary, "sync", "--repo", repo)
            if len(captured) == 1:
                break
        else:
            sys.exit(f"bench-server: a sync of township {township} with nothing to do is still "
                     f"{len(captured)} requests: {[c['path'] for c in captured]}")
        noop.append(captured[0])
    stop(server)
    say(f"{clients} townships pulled and synced ({time.perf_counter() - began:.0f} s); the no-op request: "
        f"{noop[0]['method']} {noop[0]['path']} {noop[0]['body'].decode()}")

    # 3. A fresh node for each run: each township's request answered as a sync with nothing to do, then wrk.
    for connections in sorted({min(clients, per_address_cap), clients}):
        server, port = start_nianbao(county)
        answers = set()
        for request in noop:
            status, answer = replay(port, request)
            magic, header, count = batch_header(answer) if status == 200 else (b"", {}, -1)
            if status != 200 or header["listing"]["reports"] or count or header["remaining"]:
                sys.exit(f"bench-server: the replayed request is not answered as a no-op: {status} {answer[:300]!r}")
            if replay(port, request) != (status, answer):
                sys.exit("bench-server: the no-op answer differs from one request to the next: wrk cannot check it")
            answers.add(answer)
        # The answer is a compressed batch: wrk checks each one is, byte for byte, one of the townships' answers.
        nianbao_check = "(function()\n  local answers = {\n" + "".join(
            f"    [{lua_string(a)}] = true,\n" for a in sorted(answers)) + """  }
  return function(status, headers, body) return status == 200 and answers[body] == true end
end)()"""
        say(f"replayed each township's request twice: 200, {len(answer)} bytes ({magic.decode()}), no report "
            f"listed, no object; header {json.dumps(header, ensure_ascii=False)}")
        results.append(measure("nianbao", port, server.pid, noop[0]["path"], noop, nianbao_check, connections))
        stop(server)

    # 5. fossil server, the same files, a `fossil sync` with nothing to do.
    if shutil.which("fossil"):
        fossil_repo = os.path.join(work, "county.fossil")
        admin = re.search(r'admin-user: (\S+) \(initial password is "([^"]+)"\)', sh("fossil", "init", fossil_repo))
        checkout = os.path.join(work, "fossil-county")
        os.makedirs(checkout)
        sh("fossil", "open", fossil_repo, cwd=checkout)
        for township in range(clients):
            for year in year_list:
                name = f"t{township:02d}-{year}.txt"
                shutil.copy(os.path.join(files, name), os.path.join(checkout, name))
                sh("fossil", "add", name, cwd=checkout)
                sh("fossil", "commit", "-m", name, "--no-warnings", name, cwd=checkout)
        fossil_port = free_port()
        fossil = subprocess.Popen(["fossil", "server", "--localhost", "--port", str(fossil_port), fossil_repo],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        processes.append(fossil)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", fossil_port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        target["port"] = fossil_port
        url = f"http://{admin.group(1)}:{admin.group(2)}@127.0.0.1:{capture_port}/"
        client = os.path.join(work, "client.fossil")
        sh("fossil", "clone", url, client)
        for attempt in range(4):
            with captured_lock:
                captured.clear()
            sh("fossil", "sync", url, "-R", client)
            if len(captured) == 1:
                break
        else:
            sys.exit(f"bench-server: a fossil sync with nothing to do is still {len(captured)} requests")
        request = captured[0]
        status, answer = replay(fossil_port, request)
        (size,) = struct.unpack(">I", answer[:4]) if len(answer) >= 4 else (0,)
        cards = zlib.decompress(answer[4:]).decode("utf-8", "replace") if status == 200 else ""
        # A sync with nothing to do is answered with the server's version and a comment, nothing else.
        if status != 200 or {line.split()[0] for line in cards.splitlines() if line.strip()} != {"#", "pragma"}:
            sys.exit(f"bench-server: fossil did not answer the replayed sync: {status} {cards[:300]!r}")
        say(f"fossil: {request['method']} {request['path']}, replayed once: 200, {len(answer)} bytes, cards "
            f"{sorted(set(line.split()[0] for line in cards.splitlines() if line.strip()))}")
        fossil_check = """function(status, headers, body)
  return status == 200 and headers["Content-Type"] == "application/x-fossil"
end"""
        for connections in sorted({min(clients, per_address_cap), clients}):
            results.append(measure("fossil", fossil_port, fossil.pid, request["path"], [request], fossil_check,
                                   connections))
        stop(fossil)
    else:
        say("fossil is not installed: no peer")

    print(f"\nA sync with nothing to do: {clients} townships x {years} years, wrk 2 threads, {seconds} s after a "
          f"{warmup_seconds} s warm-up, 127.0.0.1, {os.cpu_count()} cores\n")
    print(f"{'server':10}{'conns':>6}{'requests/s':>12}{'p50':>10}{'p99':>10}{'CPU/req':>9}{'non-2xx':>9}"
          f"{'not no-op':>11}{'sock errs':>11}{'RSS before':>12}{'peak RSS':>10}{'RSS after':>11}")
    for r in results:
        errors = r["connect"] + r["read"] + r["write"] + r["timeout"]
        mb = (lambda kb: f"{kb / 1024:.1f} MB" if kb else "—")
        print(f"{r['label']:10}{r['connections']:>6}{r['rps']:>12,.0f}{r['p50'] / 1000:>8.2f}ms{r['p99'] / 1000:>8.2f}ms"
              f"{r['cpu_ms']:>7.2f}ms{r['status']:>9}{r['bad']:>11}{errors:>11}{mb(r['rss_before']):>12}{mb(r['hwm']):>10}{mb(r['rss_after']):>11}")
        if r["label"] == "nianbao" and r["connections"] > per_address_cap:
            print(f"{'':10}over the node's {per_address_cap} connections from one address: it closes the others at "
                  "once, wrk opens them again")
        if errors:
            print(f"{'':10}socket errors: connect {r['connect']}, read {r['read']}, write {r['write']}, "
                  f"timeout {r['timeout']}")
        if r["overflows"]:
            print(f"{'':10}connections dropped by a full listen queue (the client retries the SYN after 1 s, 3 s…): "
                  f"{r['overflows']}")
        if r["first_bad"]:
            print(f"{'':10}first answer that was not the no-op one: {r['first_bad']}")
    print("\nCPU/req: the server's processor time (user + system, fossil's children included) over requests answered. "
          "Memory: /proc/PID/status of the server process (fossil: the parent; each request is served by a child "
          "it forks); peak RSS is VmHWM, since the node started.")
finally:
    for process in processes:
        stop(process)
    capture.shutdown()
