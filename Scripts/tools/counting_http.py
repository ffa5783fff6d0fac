#!/usr/bin/env python3
"""A loopback HTTP server that counts requests and bytes, for Scripts/bench-sync.

  counting_http.py proxy PORT-FILE BACKEND-URL      forward every request to BACKEND-URL (nianbao, fossil)
  counting_http.py git PORT-FILE GIT-PROJECT-ROOT   serve repositories through `git http-backend` (CGI)

It listens on an ephemeral port of 127.0.0.1 and writes the port to PORT-FILE. GET /__stats returns
{"requests", "bytesSent", "bytesReceived"} as the clients saw them (request line, headers and body sent by the
client; status line, headers and body received), and resets them; it is not counted itself.
"""
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from http_hop import forward, reply

mode, port_file, target = sys.argv[1:4]
lock = threading.Lock()
stats = {"requests": 0, "bytesSent": 0, "bytesReceived": 0}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _request_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _count(self, body, status, headers, answer):
        sent = len(self.requestline) + 2 + sum(len(k) + len(v) + 4 for k, v in self.headers.items()) + 2 + len(body)
        received = 15 + sum(len(k) + len(v) + 4 for k, v in headers) + 2 + len(answer)
        with lock:
            stats["requests"] += 1
            stats["bytesSent"] += sent
            stats["bytesReceived"] += received

    def _handle(self):
        if self.path == "/__stats":
            with lock:
                answer = json.dumps(stats).encode()
                stats.update(requests=0, bytesSent=0, bytesReceived=0)
            return reply(self, 200, [("Content-Type", "application/json")], answer)
        body = self._request_body()
        status, headers, answer = (proxy if mode == "proxy" else git)(self, body)
        self._count(body, status, headers, answer)
        reply(self, status, headers, answer)

    do_GET = do_POST = do_PUT = _handle


def proxy(handler, body):
    headers = {k: v for k, v in handler.headers.items() if k.lower() not in ("host", "transfer-encoding")}
    return forward(target.split("//")[1], handler.command, handler.path, body, headers, timeout=600)


def git(handler, body):
    path, _, query = handler.path.partition("?")
    env = dict(os.environ, GIT_PROJECT_ROOT=target, GIT_HTTP_EXPORT_ALL="1", REQUEST_METHOD=handler.command,
               PATH_INFO=path, QUERY_STRING=query, CONTENT_TYPE=handler.headers.get("Content-Type", ""),
               CONTENT_LENGTH=str(len(body)), REMOTE_ADDR="127.0.0.1", REMOTE_USER="bench",
               GIT_PROTOCOL=handler.headers.get("Git-Protocol", ""))
    if handler.headers.get("Content-Encoding") == "gzip":
        env["HTTP_CONTENT_ENCODING"] = "gzip"
    output = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True).stdout
    head, _, answer = output.partition(b"\r\n\r\n")
    status, headers = 200, []
    for line in head.decode("latin-1").split("\r\n"):
        key, _, value = line.partition(":")
        if key.lower() == "status":
            status = int(value.strip().split()[0])
        elif key:
            headers.append((key, value.strip()))
    return status, headers, answer


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
