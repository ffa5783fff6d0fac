#!/usr/bin/env python3
"""A loopback HTTP hop that adds `Authorization: Bearer TOKEN` to every request, for Scripts/check-web.

  bearer_proxy.py PORT-FILE BACKEND-URL TOKEN
  bearer_proxy.py PORT-FILE BACKEND-URL nianbao_session=ID

With a session cookie instead of a token, the hop presents that cookie: the pages of a person who logged in through
the login form by name and password, as their browser would see them.

Headless Chromium cannot type a token into the login form, and a token in the address logs nobody in, so the pages are
browsed through this hop, which presents the token as a program would. It listens on an ephemeral port of 127.0.0.1
and writes the port to PORT-FILE.
"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from http_hop import forward, reply

port_file, target, token = sys.argv[1:4]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _handle(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "cookie", "authorization")}
        if token.startswith("nianbao_session="):
            headers["Cookie"] = token
        else:
            headers["Authorization"] = "Bearer " + token
        reply(self, *forward(target.split("//")[1], self.command, self.path, body, headers))

    do_GET = do_POST = _handle


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file, "w") as out:
    out.write(str(server.server_address[1]))
server.serve_forever()
