"""Published error bodies (tests/published_shapes.rs), read by a Python
client that openapi-python-client generated from their OpenAPI document.

Usage: published_client.py PUBLISHED_DIR GENERATED_DIR

PUBLISHED_DIR holds `openapi.json` and `answers.json`, kept current by
tests/published_shapes.rs: each answer is a published example (Twilio,
Twilio's bulk API, X v1.1, a Slack-style `"ok": false`, Stripe, GitHub,
RFC 9457's own) as a catalogue writes it. A server on 127.0.0.1 sends each
one over a real socket; the operation's generated parser, with
`raise_on_unexpected_status=True`, must parse it into a typed model (not
`None`) whose `to_dict()` is the body sent.
"""

import http.server
import importlib
import json
import sys
import threading

published, generated = sys.argv[1], sys.argv[2]
sys.path.insert(0, generated)

from published_client import Client  # noqa: E402

with open(f"{published}/answers.json", encoding="utf-8") as file:
    answers = json.load(file)
by_path = {answer["path"]: answer for answer in answers}


class Replay(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        answer = by_path[self.path]
        body = json.dumps(answer["body"]).encode()
        self.send_response(answer["status"])
        self.send_header("content-type", answer["content_type"])
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Replay)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = Client(
    base_url=f"http://127.0.0.1:{server.server_address[1]}",
    raise_on_unexpected_status=True,
    timeout=10.0,
)
http_client = client.get_httpx_client()

for answer in answers:
    operation = importlib.import_module(f"published_client.api.default.{answer['operation']}")
    response = http_client.get(answer["path"])
    assert response.status_code == answer["status"], (answer["path"], response.status_code)
    parsed = operation._build_response(client=client, response=response).parsed
    assert parsed is not None, answer["path"]
    assert not isinstance(parsed, dict), (answer["path"], "untyped")
    assert parsed.to_dict() == answer["body"], (answer["path"], parsed.to_dict(), answer["body"])
    print(f"{answer['path']}: {answer['status']} {type(parsed).__name__}")

server.shutdown()
print(f"{len(answers)} published answers parsed by the generated client")
