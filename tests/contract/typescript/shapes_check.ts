// Bodies in three shapes as a frontend reads them: `shapes.ts`, generated
// by `error_codes::docs::typescript` for the catalogues of
// `tests/published_shapes.rs` (kept current there), type-checked by
// `tsc --strict --noEmit` in `.ci/run`.

import {
  type GitHubErrorBody,
  MarkedErrorCode,
  type MarkedErrorBody,
  type StripeErrorBody,
  TwilioErrorCode,
  type TwilioErrorBody,
  XErrorCode,
  type XErrorBody,
} from "./shapes";

// Twilio's REST exception, as published.
const twilio: TwilioErrorBody = {
  code: TwilioErrorCode.NOT_FOUND,
  message: "The requested resource was not found",
  more_info: "https://www.twilio.com/docs/errors/20404",
  status: 404,
};

// X's list of errors.
const x: XErrorBody = { errors: [{ code: XErrorCode.PAGE_DOES_NOT_EXIST, message: "Sorry" }] };
const first: 34 | 32 | 88 | number = x.errors[0].code;

// A failure marked with a constant: `ok` can only be `false`.
const marked: MarkedErrorBody = { error: MarkedErrorCode.INVALID_AUTH, detail: "x", ok: false };
// @ts-expect-error: a body with `ok: true` is not a failure.
const notMarked: MarkedErrorBody = { error: MarkedErrorCode.INVALID_AUTH, detail: "x", ok: true };
// @ts-expect-error: Twilio's bodies carry no `data`.
const withData: TwilioErrorBody = { code: 20404, message: "", data: null };

// Stripe's error under `error`, its code a symbol, its data beside.
const stripe: StripeErrorBody = {
  error: { code: "resource_missing", message: "No such customer", type: "invalid_request_error", param: "id" },
};

// GitHub's: the message is the code; the status a string.
const github: GitHubErrorBody = { message: "Not Found", status: "404" };
// @ts-expect-error: GitHub's status is a string.
const numeric: GitHubErrorBody = { message: "Not Found", status: 404 };

export { twilio, x, first, marked, notMarked, withData, stripe, github, numeric };
