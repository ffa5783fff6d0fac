"""What the loopback hops share (bearer_proxy.py, counting_http.py, bench_server.py): sending a request on to the
server behind them, and relaying its answer to the client."""
import http.client

# Headers that describe one connection, not the message: the hop writes its own.
CONNECTION_HEADERS = ("transfer-encoding", "content-length", "connection")


def forward(host_port, method, path, body, headers, timeout=120):
    """Sends one request to the server at HOST:PORT; returns its status, headers and body."""
    headers = {k: v for k, v in headers.items() if k.lower() != "content-length"}
    headers["Content-Length"] = str(len(body))
    backend = http.client.HTTPConnection(host_port, timeout=timeout)
    try:
        backend.request(method, path, body=body, headers=headers)
        response = backend.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        backend.close()


def reply(handler, status, headers, answer):
    """Writes an answer through a BaseHTTPRequestHandler, with its own Content-Length."""
    handler.send_response(status)
    for key, value in headers:
        if key.lower() not in CONNECTION_HEADERS:
            handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(answer)))
    handler.end_headers()
    handler.wfile.write(answer)
