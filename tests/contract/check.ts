// The example server's answers as TypeScript sees them: types that
// openapi-typescript generated from the server's own /openapi.json
// (./schema.d.ts), type-checked by `tsc --strict --noEmit`. Each endpoint's
// errors narrow on `code` (a switch that must cover every documented code,
// and only those), and a data-carrying code's fields are typed.

import type { operations } from "./schema";

/** The JSON body of an operation's answer of a status. */
type Body<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
  operations[Op]["responses"][Status] extends { content: { "application/json": infer B } } ? B : never;

/** What no code is left for: a switch covered every case. */
function unreachable(code: never): never {
  throw new Error(`undocumented code ${String(code)}`);
}

function loginError(error: Body<"login", 400 | 401 | 413 | 415>): string {
  switch (error.code) {
    case 60000: // a malformed body
    case 60001: // not JSON
    case 60013: // too large
      return `${error.message}: ${String(error.data)}`;
    case 40101:
      return error.message;
    default:
      return unreachable(error);
  }
}

function orderError(error: Body<"order", 400 | 404 | 409 | 429>): string {
  switch (error.code) {
    case 60002:
    case 60404:
    case 60409:
      return error.message;
    case 60429: {
      const seconds: number = error.data.retry_after;
      return `retry in ${seconds} s`;
    }
    default:
      return unreachable(error);
  }
}

function order(success: Body<"order", 200>): number | undefined {
  const code: 0 = success.code;
  return code === 0 ? success.data?.id : undefined;
}

// The "always 200" endpoint: its 200 is the success (the session's fields
// beside the code) or one of its errors.
function token(answer: Body<"wechat_token", 200>): string {
  switch (answer.errcode) {
    case 0:
      return answer.token;
    case 40013:
    case 40097:
      return answer.errmsg;
    default:
      return unreachable(answer);
  }
}

export { loginError, orderError, order, token };
