// Bodies in three shapes as a frontend reads them: `shapes.ts`, generated
// by `error_codes::docs::typescript` for the catalogues of
// `tests/published_shapes.rs` (kept current there), type-checked by
// `tsc --strict --noEmit` in `.ci/run`.

import {
  MarkedErrorCode,
  type MarkedErrorBody,
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

export { twilio, x, first, marked, notMarked, withData };
