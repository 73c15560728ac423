"""The gRPC example server (`examples/grpc_shop.rs --serve`), called by
Python's grpcio and read by google-api-core, which this project did not
write: every standard detail the server sends arrives typed.

Usage: grpc_client.py ADDRESS STUBS_DIR

STUBS_DIR holds `shop_pb2.py` and `shop_pb2_grpc.py`, generated from
`examples/proto/shop.proto` by grpcio-tools. Each failing call's
`grpc.RpcError` goes through `google.api_core.exceptions.from_grpc_error`,
whose `reason`, `domain`, `metadata` and `details` (decoded by
grpcio-status) must say what the catalogue declares: the gRPC code, the
message, one `ErrorInfo`, a `Help` link to the code's documentation URL,
`RetryInfo`'s delay from a `Duration` field, and a handler's
`BadRequest`, `PreconditionFailure` and `QuotaFailure` violations,
`RequestInfo` and `ResourceInfo`, and a `LocalizedMessage` in the
language the request's `accept-language` asks for.
"""

import sys

import grpc
from google.api_core import exceptions
from google.rpc import error_details_pb2

address, stubs = sys.argv[1], sys.argv[2]
sys.path.insert(0, stubs)

import shop_pb2  # noqa: E402
import shop_pb2_grpc  # noqa: E402

channel = grpc.insecure_channel(address)
orders = shop_pb2_grpc.OrdersStub(channel)


def fail(order_id, session="s1", metadata=()):
    """The call's error, as google-api-core reads it."""
    try:
        request = shop_pb2.GetOrderRequest(id=order_id, session=session)
        orders.GetOrder(request, timeout=10, metadata=metadata)
    except grpc.RpcError as error:
        return error.code(), exceptions.from_grpc_error(error)
    raise AssertionError(f"GetOrder({order_id}) succeeded")


def of_type(details, kind):
    return [detail for detail in details if isinstance(detail, kind)]


checked = 0

assert orders.GetOrder(shop_pb2.GetOrderRequest(id=1, session="s1")).item == "tea"

code, error = fail(404)
assert code == grpc.StatusCode.NOT_FOUND, code
assert isinstance(error, exceptions.NotFound), type(error)
assert error.message == "Order not found.", error.message
assert (error.reason, error.domain) == ("ORDER_NOT_FOUND", "shop.example.com")
assert error.metadata == {"code": "60404", "module": "orders"}, error.metadata
assert len(of_type(error.details, error_details_pb2.ErrorInfo)) == 1, error.details
(help_,) = of_type(error.details, error_details_pb2.Help)
assert [link.url for link in help_.links] == ["https://shop.example.com/errors/60404"]
assert not of_type(error.details, error_details_pb2.RetryInfo)
checked += 1

# In French: a LocalizedMessage beside the message, which stays English.
code, error = fail(404, metadata=(("accept-language", "fr-CA, en;q=0.5"),))
assert error.message == "Order not found.", error.message
(localized,) = of_type(error.details, error_details_pb2.LocalizedMessage)
assert (localized.locale, localized.message) == ("fr", "Commande introuvable."), localized
checked += 1

code, error = fail(-1)
assert code == grpc.StatusCode.INVALID_ARGUMENT, code
assert error.reason == "INVALID_ID"
(bad,) = of_type(error.details, error_details_pb2.BadRequest)
violation = bad.field_violations[0]
assert (violation.field, violation.description) == ("id", "must be positive")
checked += 1

code, error = fail(409)
assert code == grpc.StatusCode.FAILED_PRECONDITION, code
assert error.reason == "OUT_OF_STOCK"
(failure,) = of_type(error.details, error_details_pb2.PreconditionFailure)
violation = failure.violations[0]
assert (violation.type, violation.subject, violation.description) == ("STOCK", "tea", "none left")
checked += 1

code, error = fail(429)
assert code == grpc.StatusCode.RESOURCE_EXHAUSTED, code
assert error.reason == "SLOW_DOWN"
(retry,) = of_type(error.details, error_details_pb2.RetryInfo)
assert retry.retry_delay.ToTimedelta().total_seconds() == 30, retry
(quota,) = of_type(error.details, error_details_pb2.QuotaFailure)
assert (quota.violations[0].subject, quota.violations[0].description) == ("order:429", "10 calls a minute")
(request,) = of_type(error.details, error_details_pb2.RequestInfo)
assert request.request_id == "req-429", request
(resource,) = of_type(error.details, error_details_pb2.ResourceInfo)
assert (resource.resource_type, resource.resource_name) == ("order", "429"), resource
checked += 1

# A composed catalogue's code: its own domain, no link (it declares none).
code, error = fail(7, session="")
assert code == grpc.StatusCode.UNAUTHENTICATED, code
assert (error.reason, error.domain) == ("UNAUTHORIZED_SESSION", "ApiGatewayError")
assert not of_type(error.details, error_details_pb2.Help)
checked += 1

print(f"{checked} failing calls read by grpcio and google-api-core, every detail typed")
