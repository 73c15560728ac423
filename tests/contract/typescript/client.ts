// A node client of the example server written with nothing but the kit
// that `docs::typescript` generates (`shop.ts`): the typed fetch, the error
// class narrowed by code, the type guards, and the server's language
// matching, each answer compared with what the server sent. `.ci/run`
// compiles it under `tsc --strict` and runs it: `node client.js BASE`.

import {
  ShopErrorCode,
  ShopErrorException,
  fetchShopError,
  isShopErrorCode,
  isShopErrorFailure,
  shopErrorLanguageIn,
  shopErrorMessageIn,
} from "./shop";

declare const process: { argv: string[]; exit(code: number): never };

const base = process.argv[2];

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`failed: ${what}`);
  }
}

/** The exception `fetchShopError` throws for `path`. */
async function refused(path: string): Promise<ShopErrorException> {
  try {
    await fetchShopError<unknown>(`${base}${path}`);
  } catch (error) {
    if (error instanceof ShopErrorException) {
      return error;
    }
    throw error;
  }
  throw new Error(`${path} answered a success`);
}

async function typedAnswers(): Promise<void> {
  const order = await fetchShopError<{ id: number; item: string }>(`${base}/orders/1`);
  check(order.id === 1 && order.item === "tea", "a success is its data");

  const outOfStock = await refused("/orders/2");
  check(outOfStock.status === 409, "the status is kept");
  check(outOfStock.is(ShopErrorCode.OUT_OF_STOCK), "narrowed by code");
  check(!outOfStock.is(ShopErrorCode.SLOW_DOWN), "no other code");

  const slowDown = await refused("/orders/3");
  if (!slowDown.is(ShopErrorCode.SLOW_DOWN)) {
    throw new Error("60429 expected");
  }
  // Narrowed: `data` is the variant's fields, typed.
  const seconds: number | undefined = slowDown.failure.data?.retry_after;
  check(seconds === 30, "the data variant's field");

  const refusal = await refused("/orders/abc");
  check(refusal.is(ShopErrorCode.INVALID_PARAMETER), "a refusal is a failure too");

  check(isShopErrorCode(60404) && !isShopErrorCode(99999), "codes");
  check(!isShopErrorFailure({ code: 0, message: "ok", data: null }), "a success is no failure");
  check(!isShopErrorFailure({ code: 99999, message: "x" }), "an unknown code is no failure");
  check(!isShopErrorFailure("60409"), "a string is no failure");
}

/** Each header: the language and message the server answers with, and the kit's. */
async function languages(): Promise<number> {
  const headers = [
    "fr",
    "FR",
    "fr-CA",
    "zh",
    "zh-CN",
    "zh-Hans",
    "zh-TW",
    "zh-Hant",
    "zh-HK",
    "zh-SG",
    "en-US,en;q=0.9,zh-CN;q=0.8",
    "de, fr;q=0.5",
    "de",
    "*",
    "*, fr",
    "fr;q=0, zh",
    "en_US, fr",
    "fr;q=2, zh-CN",
    "fr;q=0.5, zh-CN;q=0.5",
    "zh-CN;q=0.4, fr;q=0.6",
    "sr-Latn",
    "und",
    "pt-BR, fr;q=0.1",
    "es-419, zh-Hans;q=0.5",
    "en-GB",
    "fr-x-private",
  ];
  for (const header of headers) {
    const response = await fetch(`${base}/orders/2`, { headers: { "accept-language": header } });
    const body = (await response.json()) as { message: string };
    const language = response.headers.get("content-language");
    const tag = shopErrorLanguageIn(header);
    check(language === (tag ?? "en"), `${header}: the server said ${language}, the kit ${tag}`);
    const message = shopErrorMessageIn(ShopErrorCode.OUT_OF_STOCK, header);
    check(body.message === message, `${header}: "${body.message}" from the server, "${message}" from the kit`);
  }
  return headers.length;
}

async function main(): Promise<void> {
  await typedAnswers();
  const compared = await languages();
  console.log(`TypeScript kit: typed answers and ${compared} Accept-Language headers as the server matches them`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
