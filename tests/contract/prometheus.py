"""The example server's error counts, scraped by a real Prometheus.

A fresh example server (`axum_server --port 0`, its `/metrics` served by
metrics-exporter-prometheus) answers a scripted run of known errors, and
hostile ones: ids and paths nobody declared, and upstream codes relayed
from a peer, each one different. Debian's Prometheus, started on
127.0.0.1 with a configuration that scrapes the server every second,
then answers `sum by (code) (error_codes_answers_total)` through its HTTP
API with exactly the counts sent: every relayed code under the one label
`undeclared`, so no peer can grow the series.

The gRPC example (`grpc_shop --serve --metrics-port N`) answers a scripted
run of known errors too, called with Python's grpcio (run this script with
the Python that has it, and give the stubs generated from
`examples/proto/shop.proto`); Prometheus scrapes both, and the sum by code
covers both transports.

Usage: prometheus.py SERVER_BINARY PROMETHEUS_BINARY WORK_DIR [GRPC_BINARY STUBS_DIR]
"""

import json
import os
import random
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

SERVER, PROMETHEUS, WORK = sys.argv[1:4]
GRPC = sys.argv[4:6]

# What each gRPC call answers, by code: (order id, session, code, times).
GRPC_SCRIPT = [
    (404, "s1", "60404", 3),  # order not found
    (409, "s1", "60409", 2),  # out of stock, with a precondition failure
    (0, "s1", "60400", 1),  # an invalid id, with a bad request
    (1, "", "40101", 2),  # no session: the API gateway's code
    (1, "s1", None, 2),  # a success: not an error answer
]

# What each request answers, by code (successes are not counted).
SCRIPT = [
    ("/orders/2", "60409", 3),  # out of stock
    ("/orders/3", "60429", 2),  # slow down
    ("/orders/abc", "60002", 2),  # a malformed path: a refusal
    ("/nowhere", "60004", 2),  # no such route: a refusal
    ("/orders/1", None, 2),  # a success: not an error answer
]


def get(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def start(command, marker, log):
    process = subprocess.Popen(command, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    for _ in range(300):
        text = open(log).read()
        if marker in text:
            return process, text
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    sys.exit(f"{command[0]} did not start:\n{open(log).read()}")


def main():
    os.makedirs(WORK, exist_ok=True)
    server, text = start([SERVER, "--port", "0"], "listening on", os.path.join(WORK, "server.log"))
    prometheus = None
    try:
        address = text.split("listening on http://")[1].split()[0]
        base = f"http://{address}"
        expected = {}
        for path, code, times in SCRIPT:
            for _ in range(times):
                get(base + path)
            if code:
                expected[code] = expected.get(code, 0) + times
        # Hostile: ids nobody has (each a 404 of one declared code) and
        # upstream codes relayed as they came, every one different.
        rng = random.Random(7)
        for _ in range(20):
            get(f"{base}/orders/{rng.randrange(10, 2**31)}")
        expected["60404"] = expected.get("60404", 0) + 20
        relayed = [rng.randrange(-(2**62), 2**62) for _ in range(30)]
        for code in relayed:
            get(f"{base}/upstream/{code}")
        expected["undeclared"] = 30
        targets = [address]
        if GRPC:
            targets.append(run_grpc(expected))

        config = os.path.join(WORK, "prometheus.yml")
        with open(config, "w") as file:
            file.write(
                "global:\n  scrape_interval: 1s\n"
                "scrape_configs:\n  - job_name: shop\n    static_configs:\n"
                f"      - targets: {json.dumps(targets)}\n"
            )
        port = free_port()
        prometheus, _ = start(
            [
                PROMETHEUS,
                f"--config.file={config}",
                f"--storage.tsdb.path={os.path.join(WORK, 'data')}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            "Server is ready to receive web requests",
            os.path.join(WORK, "prometheus.log"),
        )
        query = urllib.parse.quote("sum by (code) (error_codes_answers_total)")
        found = {}
        for _ in range(60):
            _, body = get(f"http://127.0.0.1:{port}/api/v1/query?query={query}")
            result = json.loads(body)["data"]["result"]
            found = {row["metric"]["code"]: int(float(row["value"][1])) for row in result}
            if found == expected:
                break
            time.sleep(0.5)
        assert found == expected, f"Prometheus has {found}, the script sent {expected}"
        _, body = get(f"http://127.0.0.1:{port}/api/v1/series?match[]=error_codes_answers_total")
        series = json.loads(body)["data"]
        assert not any(str(code) in json.dumps(series) for code in relayed), "a relayed code is a label"
        transports = sorted({row["transport"] for row in series})
        assert transports == (["grpc", "http"] if GRPC else ["http"]), transports
        print(
            f"Prometheus: {sum(expected.values())} error answers over {' and '.join(transports)} "
            f"counted by code as sent ({len(series)} series; {len(relayed)} relayed codes under one label)"
        )
    finally:
        server.kill()
        if prometheus:
            prometheus.kill()
        for process in GRPC_PROCESSES:
            process.kill()


GRPC_PROCESSES = []


def run_grpc(expected):
    """Starts the gRPC example with its metrics, sends its script, and
    gives the address of its `/metrics`."""
    binary, stubs = GRPC
    sys.path.insert(0, stubs)
    import grpc
    import shop_pb2
    import shop_pb2_grpc

    port = free_port()
    server, text = start(
        [binary, "--serve", "--metrics-port", str(port)],
        "listening on",
        os.path.join(WORK, "grpc.log"),
    )
    GRPC_PROCESSES.append(server)
    address = text.split("listening on ")[1].split()[0]
    orders = shop_pb2_grpc.OrdersStub(grpc.insecure_channel(address))
    for order, session, code, times in GRPC_SCRIPT:
        for _ in range(times):
            try:
                orders.GetOrder(shop_pb2.GetOrderRequest(id=order, session=session), timeout=10)
            except grpc.RpcError:
                pass
        if code:
            expected[code] = expected.get(code, 0) + times
    return f"127.0.0.1:{port}"


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


main()
