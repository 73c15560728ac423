"""A gRPC server written with Python's grpcio, not this project, answering
the shop's `GetOrder` (examples/proto/shop.proto) with Google-style rich
errors (grpcio-status, googleapis-common-protos): the Rust side
(`grpc_shop --call ADDRESS`) reads each with `Failure::from_status_and_details`.

Usage: grpc_server.py STUBS_DIR; prints `listening on 127.0.0.1:PORT`.

- id 404: the shop's own `ORDER_NOT_FOUND` (domain `shop.example.com`,
  `metadata.code` 60404), with a `Help` link and a French
  `LocalizedMessage`: read as the catalogue's variant, details kept.
- id 429: another API's error (`RATE_LIMIT_EXCEEDED` of `googleapis.com`)
  with `RetryInfo`, `QuotaFailure`, `BadRequest`, `PreconditionFailure`,
  `RequestInfo` and `ResourceInfo`: read as unknown, details kept.
"""

import sys
from concurrent import futures

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

sys.path.insert(0, sys.argv[1])

import shop_pb2_grpc  # noqa: E402


def packed(*messages):
    details = []
    for message in messages:
        detail = any_pb2.Any()
        detail.Pack(message)
        details.append(detail)
    return details


class Orders(shop_pb2_grpc.OrdersServicer):
    def GetOrder(self, request, context):
        if request.id == 404:
            status = status_pb2.Status(
                code=code_pb2.NOT_FOUND,
                message="Order not found.",
                details=packed(
                    error_details_pb2.ErrorInfo(
                        reason="ORDER_NOT_FOUND",
                        domain="shop.example.com",
                        metadata={"code": "60404", "module": "orders"},
                    ),
                    error_details_pb2.Help(
                        links=[
                            error_details_pb2.Help.Link(
                                description="Orders", url="https://shop.example.com/errors/60404"
                            )
                        ]
                    ),
                    error_details_pb2.LocalizedMessage(locale="fr", message="Commande introuvable."),
                ),
            )
        else:
            status = status_pb2.Status(
                code=code_pb2.RESOURCE_EXHAUSTED,
                message="Quota exceeded.",
                details=packed(
                    error_details_pb2.ErrorInfo(
                        reason="RATE_LIMIT_EXCEEDED",
                        domain="googleapis.com",
                        metadata={"quota_limit": "ReadRequestsPerMinute"},
                    ),
                    error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=12)),
                    error_details_pb2.QuotaFailure(
                        violations=[
                            error_details_pb2.QuotaFailure.Violation(
                                subject="project:demo", description="read quota exceeded"
                            )
                        ]
                    ),
                    error_details_pb2.BadRequest(
                        field_violations=[
                            error_details_pb2.BadRequest.FieldViolation(
                                field="page_size", description="at most 100"
                            )
                        ]
                    ),
                    error_details_pb2.PreconditionFailure(
                        violations=[
                            error_details_pb2.PreconditionFailure.Violation(
                                type="TOS", subject="project:demo", description="terms not accepted"
                            )
                        ]
                    ),
                    error_details_pb2.RequestInfo(request_id="py-7"),
                    error_details_pb2.ResourceInfo(
                        resource_type="project", resource_name="demo", description="over quota"
                    ),
                ),
            )
        context.abort_with_status(rpc_status.to_status(status))


server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
shop_pb2_grpc.add_OrdersServicer_to_server(Orders(), server)
port = server.add_insecure_port("127.0.0.1:0")
server.start()
print(f"listening on 127.0.0.1:{port}", flush=True)
server.wait_for_termination()
