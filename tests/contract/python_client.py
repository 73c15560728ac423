"""The example server's answers, read by a Python client that
openapi-python-client generated from the server's own /openapi.json.

Usage: python_client.py BASE_URL GENERATED_DIR

Every request of the guide's curl session (error-codes/src/guide/web.md) and the hostile ones (a path that
is not UTF-8 or not a number, a bad query, a 3 MB body, a wrong content
type, an unknown route, methods a route does not take) is sent as is; each
answer of a documented operation is parsed by that operation's generated
parser with `raise_on_unexpected_status=True` (an undocumented status
raises `UnexpectedStatus`; a code outside the documented ones raises
`ValueError`), and must come back whole: its code an enum member equal to
the code sent, its `to_dict()` the body sent. The router's own answers
(unknown route, method not allowed) belong to no operation: they parse
into the generated model of their code's schema.
"""

import enum
import json
import sys

base, generated = sys.argv[1], sys.argv[2]
sys.path.insert(0, generated)

from shop_client import Client, models  # noqa: E402
from shop_client.api.default import login, order, order_problem, payment, wechat_token  # noqa: E402

client = Client(base_url=base, raise_on_unexpected_status=True, timeout=10.0)
http = client.get_httpx_client()
checked = 0


def same(parsed, body, code_field):
    """The parsed model holds the code sent, as a known code, and all of the
    body."""
    if code_field is not None:
        code = getattr(parsed, code_field)
        assert isinstance(code, enum.Enum), f"{code!r} is not a known code"
        assert code.value == body[code_field], (code, body)
    assert parsed.to_dict() == body, (parsed.to_dict(), body)


def check(operation, method, path, status, code_field="code", **request):
    global checked
    response = http.request(method, path, **request)
    assert response.status_code == status, (method, path, response.status_code, response.text)
    parsed = operation._build_response(client=client, response=response).parsed
    assert parsed is not None, (method, path)
    same(parsed, response.json(), code_field)
    checked += 1
    print(f"{method} {path}: {status} {type(parsed).__name__}")


def check_nested(operation, path, status, symbol):
    """An answer in Stripe's shape: the error under `error`, its code the
    symbol, parsed whole by the generated model."""
    global checked
    response = http.request("GET", path)
    assert response.status_code == status, (path, response.status_code, response.text)
    parsed = operation._build_response(client=client, response=response).parsed
    body = response.json()
    code = parsed.error.code
    assert getattr(code, "value", code) == symbol == body["error"]["code"], (code, body)
    assert parsed.to_dict() == body, (parsed.to_dict(), body)
    checked += 1
    print(f"GET {path}: {status} {type(parsed).__name__} {symbol}")


def model_of(code):
    """The generated model of a code's schema (`ShopError 60004 ...`)."""
    prefix = f"ShopError{code}"
    names = [name for name in dir(models) if name.startswith(prefix) and name[len(prefix)].isalpha()]
    assert names, (code, "no generated model")
    # The schema's model; the others are its parts (`...Code`, `...Data`).
    return getattr(models, min(names, key=len))


def check_router(method, path, status):
    global checked
    response = http.request(method, path)
    assert response.status_code == status, (method, path, response.status_code)
    body = response.json()
    same(model_of(body["code"]).from_dict(body), body, "code")
    checked += 1
    print(f"{method} {path}: {status} (router) {body['code']}")


JSON = {"content-type": "application/json"}

# The guide's curl session.
check(order, "GET", "/orders/1", 200)
check(order, "GET", "/orders/2", 409)
check(order, "GET", "/orders/3", 429)
check(order, "GET", "/orders/4", 404)
check(order_problem, "GET", "/orders/1/problem", 200, code_field=None)
check(order_problem, "GET", "/orders/4/problem", 404, code_field=None)
check(login, "POST", "/login", 200, content='{"username":"alice","password":"secret"}', headers=JSON)
check(login, "POST", "/login", 401, content='{"username":"alice","password":"no"}', headers=JSON)
check(wechat_token, "GET", "/wechat/token?appid=wx1", 200, code_field="errcode")
check(wechat_token, "GET", "/wechat/token?appid=nope", 200, code_field="errcode")

# Stripe's shape.
check(payment, "GET", "/payments/1", 200, code_field=None)
check_nested(payment, "/payments/2", 402, "card_declined")
check_nested(payment, "/payments/3", 404, "resource_missing")
check_nested(payment, "/payments/x", 400, "parameter_invalid_integer")

# Hostile requests.
check(login, "POST", "/login", 400, content='{"username":', headers=JSON)
check(login, "POST", "/login", 400, content='{"username":7}', headers=JSON)
check(login, "POST", "/login", 415, content='{"username":"alice","password":"secret"}')
large = json.dumps({"username": "a" * (3 << 20), "password": "x"})
# The server answers before reading the whole body and closes the
# connection: the client must not reuse it (it once raced into
# "Server disconnected without sending a response").
check(login, "POST", "/login", 413, content=large, headers={**JSON, "connection": "close"})
check(order, "GET", "/orders/%FF", 400)
check(order, "GET", "/orders/abc", 400)
check(order_problem, "GET", "/orders/abc/problem", 400)
check(wechat_token, "GET", "/wechat/token?appid=a&appid=b", 200, code_field="errcode")
check_router("GET", "/no/such/route", 404)
check_router("POST", "/orders/1", 405)
check_router("OPTIONS", "/login", 405)
check_router("FOO", "/orders/1", 405)

print(f"{checked} answers parsed by the generated client")
