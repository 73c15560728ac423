//! The frontend's kit in the TypeScript module: the data each code
//! carries, the failure union, type guards, an error class, the server's
//! language matching and a typed `fetch`. See [`Catalogue::typescript`].

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use super::Catalogue;
use super::typescript::{identifier, quoted};
use crate::Entry;

/// Whether the kit can be written for this envelope: the code field
/// carries the number, at the top of the body, beside a `data` field.
pub(super) fn applies(catalogue: &Catalogue) -> bool {
    let fields = catalogue.envelope;
    let shape = fields.shape;
    !shape.code_is_symbol && shape.under.is_none() && !shape.without_data && !fields.flatten
}

/// The kit, after the module's codes, entries and data interfaces.
pub(super) fn write(out: &mut String, catalogue: &Catalogue, exact: &[&Entry]) {
    let name = identifier(catalogue.name);
    let lower = lower_first(&name);
    data_by_code(out, &name, exact);
    failure_union(out, &name, catalogue);
    guards(out, &name, &lower, catalogue);
    exception(out, &name);
    languages(out, &name, &lower, catalogue);
    fetch(out, &name, catalogue);
}

/// The success entry's code, when it is one of the module's codes (a
/// number JavaScript holds exactly).
fn success_code(catalogue: &Catalogue) -> Option<i64> {
    let code = catalogue.success().map(|entry| entry.code);
    code.filter(|code| super::exact_in_javascript(*code))
}

/// `shopError` of `ShopError`.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_lowercase().to_string() + chars.as_str()
    })
}

/// `ShopErrorDataByCode` and `ShopErrorDataOf<C>`.
fn data_by_code(out: &mut String, name: &str, exact: &[&Entry]) {
    let _ = writeln!(
        out,
        "\n/** The `data` of each data variant's failures, by code. */"
    );
    let _ = writeln!(out, "export interface {name}DataByCode {{");
    for entry in exact.iter().filter(|entry| !entry.data.is_empty()) {
        let _ = writeln!(
            out,
            "  {}: {name}{}Data;",
            quoted(&entry.code.to_string()),
            identifier(entry.name)
        );
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(
        out,
        "/** The `data` a failure with code `C` carries: its variant's fields, else `null`. */"
    );
    let _ = write!(out, "export type {name}DataOf<C> =");
    for entry in exact.iter().filter(|entry| !entry.data.is_empty()) {
        let code = entry.code;
        let _ = write!(
            out,
            " C extends {code} ? {name}DataByCode[{}] :",
            quoted(&code.to_string())
        );
    }
    let _ = writeln!(out, " null;\n");
}

/// `ShopErrorFailure`: one member per error code, its `data` typed.
fn failure_union(out: &mut String, name: &str, catalogue: &Catalogue) {
    let success = success_code(catalogue);
    let errors = match success {
        Some(code) => format!("Exclude<{name}AnswerCode, {code}>"),
        None => format!("{name}AnswerCode"),
    };
    let fields = catalogue.envelope;
    let _ = writeln!(
        out,
        "/** A failure's code in {name}: every answer code but success. */"
    );
    let _ = writeln!(out, "export type {name}FailureCode = {errors};\n");
    let _ = writeln!(
        out,
        "/** A failure of {name}, as its body carries it: narrowed on `{}`, its `{}` typed. */",
        super::typescript::comment(fields.code),
        super::typescript::comment(fields.data)
    );
    let _ = writeln!(
        out,
        "export type {name}Failure = {{\n  [C in {name}FailureCode]: Omit<{name}Body, {}> & {{ {}: C; {}?: {name}DataOf<C> }};\n}}[{name}FailureCode];",
        quoted_union(&[fields.code, fields.data]),
        quoted(fields.code),
        quoted(fields.data),
    );
}

/// `"code" | "data"`.
fn quoted_union(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| quoted(name)).collect();
    quoted.join(" | ")
}

/// `isShopErrorCode`, `isShopErrorAnswerCode` and `isShopErrorFailure`.
fn guards(out: &mut String, name: &str, lower: &str, catalogue: &Catalogue) {
    let fallback: Vec<String> = catalogue
        .rejection_codes()
        .into_iter()
        .map(|(_, _, code)| code)
        .filter(|code| super::exact_in_javascript(*code))
        .map(|code| code.to_string())
        .collect();
    let fields = catalogue.envelope;
    let success = success_code(catalogue);
    let not_success = success.map_or_else(String::new, |code| format!(" && code !== {code}"));
    let message = if fields.shape.without_message {
        String::new()
    } else {
        format!(
            " && typeof fields[{}] === \"string\"",
            quoted(fields.message)
        )
    };
    let _ = write!(
        out,
        "
const {lower}Codes: ReadonlySet<number> = new Set<number>(Object.values({name}Code));
const {lower}AnswerCodes: ReadonlySet<number> = new Set<number>([...{lower}Codes{fallback}]);

/** Whether `value` is a code of {name}. */
export function is{name}Code(value: unknown): value is {name}Code {{
  return typeof value === \"number\" && {lower}Codes.has(value);
}}

/** Whether `value` is a code an answer of {name} carries (refusals' fallback codes too). */
export function is{name}AnswerCode(value: unknown): value is {name}AnswerCode {{
  return typeof value === \"number\" && {lower}AnswerCodes.has(value);
}}

/** Whether a parsed body is a failure of {name}: an object whose code is one of its error codes. */
export function is{name}Failure(body: unknown): body is {name}Failure {{
  if (typeof body !== \"object\" || body === null) {{
    return false;
  }}
  const fields = body as {{ readonly [field: string]: unknown }};
  const code = fields[{code}];
  return is{name}AnswerCode(code){not_success}{message};
}}
",
        fallback = fallback
            .iter()
            .map(|code| format!(", {code}"))
            .collect::<String>(),
        code = quoted(fields.code),
    );
}

/// `ShopErrorException`: a failure as a thrown `Error`, narrowed by `is`.
fn exception(out: &mut String, name: &str) {
    let _ = write!(
        out,
        "
/** A failure of {name} as an `Error`: `failure` is the body, `status` the HTTP status. */
export class {name}Exception extends Error {{
  readonly failure: {name}Failure;
  readonly status: number;

  constructor(failure: {name}Failure, status: number) {{
    super({name}Entries[failure.code as {name}Code]?.message ?? `error ${{failure.code}}`);
    this.name = \"{name}Exception\";
    this.failure = failure;
    this.status = status;
  }}

  /** Whether the failure's code is `code`: then `failure` is that member of the union. */
  is<C extends {name}FailureCode>(code: C): this is {name}Exception & {{ readonly failure: Extract<{name}Failure, {{ code: C }}> }} {{
    return this.failure.code === code;
  }}
}}
"
    );
}

/// `ShopErrorLanguages` and `shopErrorMessageIn`, matching as the server.
fn languages(out: &mut String, name: &str, lower: &str, catalogue: &Catalogue) {
    let own = catalogue
        .language
        .map_or_else(|| "null".to_string(), quoted);
    let tags: Vec<String> = catalogue.locales.iter().map(|tag| quoted(tag)).collect();
    let translated = catalogue
        .entries
        .iter()
        .any(|entry| !entry.translations.is_empty());
    let texts = if translated {
        format!("{name}Entries[code].messages[tag]")
    } else {
        "undefined".to_string()
    };
    let _ = write!(
        out,
        r#"
/** The language of {name}'s declared messages (`null`: not declared) and its translations. */
export const {name}Languages = {{ own: {own}, translations: [{tags}] }} as const;

/** The translation an `Accept-Language` header picks, as the server picks it (`null`: the declared messages). */
// Ranges by weight (ties in the order written, `q=0` never, a malformed
// range skipped, none after `*`), each with its likely subtags (`zh-CN` is
// `zh-Hans-CN`, by `Intl.Locale`), matched as fluent-langneg's filtering
// negotiation matches: the most specific translation first, the declared
// language counting as one.
export function {lower}LanguageIn(acceptLanguage: string): string | null {{
  const ranges = acceptLanguage
    .split(",")
    .map((item, index) => ({{ item: item.split(";"), index }}))
    .map(({{ item, index }}) => ({{ range: item[0].trim(), weight: weight(item.slice(1)), index }}))
    .filter(({{ range, weight }}) => weight !== null && weight > 0 && wellFormed(range))
    .sort((a, b) => (b.weight as number) - (a.weight as number) || a.index - b.index);
  const candidates: Array<{{ tag: string | null; id: Id }}> = [];
  for (const tag of [{name}Languages.own, ...{name}Languages.translations]) {{
    const id = tag === null ? null : parse(tag, false);
    if (id !== null) {{
      candidates.push({{ tag: tag === {name}Languages.own ? null : tag, id }});
    }}
  }}
  const subtags = (id: Id) => Number(!!id.script) + Number(!!id.region);
  candidates.sort((a, b) => subtags(b.id) - subtags(a.id));
  for (const {{ range }} of ranges) {{
    if (range === "*") {{
      return null;
    }}
    const wanted = parse(range, true);
    if (wanted === null) {{
      continue;
    }}
    const steps: Array<[Id, boolean, boolean]> = [[wanted, false, false], [wanted, true, false]];
    if (wanted.language !== "und") {{
      steps.push([wanted, true, true]);
      const regionless: Id = {{ language: wanted.language, script: wanted.script }};
      const likely = parse(name(regionless), true) ?? regionless;
      const changed = name(likely) !== name(regionless);
      if (changed) {{
        steps.push([likely, true, false]);
      }}
      steps.push([{{ language: likely.language, script: likely.script }}, true, true]);
    }}
    for (const [id, asRange, wantedAsRange] of steps) {{
      const found = candidates.find((candidate) => matches(candidate.id, id, asRange, wantedAsRange));
      if (found) {{
        return found.tag;
      }}
    }}
  }}
  return null;
}}

/** A language identifier's subtags. */
interface Id {{
  readonly language: string;
  readonly script?: string;
  readonly region?: string;
}}

/** A tag's subtags, with its likely subtags when `maximize`; `null` when it is none. */
function parse(tag: string, maximize: boolean): Id | null {{
  // The server reads language identifiers: no extension or private use.
  if (tag.split("-").some((subtag) => subtag.length === 1)) {{
    return null;
  }}
  try {{
    const locale = maximize ? new Intl.Locale(tag).maximize() : new Intl.Locale(tag);
    return {{ language: locale.language, script: locale.script, region: locale.region }};
  }} catch {{
    return null;
  }}
}}

function name(id: Id): string {{
  return [id.language, id.script, id.region].filter((part) => !!part).join("-");
}}

/** Whether two identifiers match, either one's missing subtags taken as any when a range. */
function matches(a: Id, b: Id, aAsRange: boolean, bAsRange: boolean): boolean {{
  const subtag = (x?: string, y?: string) => (aAsRange && !x) || (bAsRange && !y) || x === y;
  const language =
    (aAsRange && a.language === "und") || (bAsRange && b.language === "und") || a.language === b.language;
  return language && subtag(a.script, b.script) && subtag(a.region, b.region);
}}

/** A qvalue in thousandths (RFC 9110): `null` when malformed. */
function weight(parameters: string[]): number | null {{
  if (parameters.length === 0) {{
    return 1000;
  }}
  const match = parameters.length === 1 ? /^\s*[qQ]=(0(\.\d{{0,3}})?|1(\.0{{0,3}})?)\s*$/.exec(parameters[0]) : null;
  return match ? Math.round(Number(match[1]) * 1000) : null;
}}

/** `*`, or subtags of 1 to 8 letters and digits, the first starting with a letter. */
function wellFormed(range: string): boolean {{
  return range === "*" || /^[A-Za-z][A-Za-z0-9]{{0,7}}(-[A-Za-z0-9]{{1,8}})*$/.test(range);
}}

/** A code's message in the language `acceptLanguage` picks, as the server answers it. */
export function {lower}MessageIn(code: {name}Code, acceptLanguage: string): string {{
  const tag = {lower}LanguageIn(acceptLanguage);
  const translated: string | undefined = tag === null ? undefined : {texts};
  return translated ?? {name}Entries[code].message;
}}
"#,
        tags = tags.join(", "),
    );
}

/// `fetchShopError`: `fetch`, then the success's data, or a thrown
/// `ShopErrorException`.
fn fetch(out: &mut String, name: &str, catalogue: &Catalogue) {
    let fields = catalogue.envelope;
    let success = match catalogue.success_code() {
        Some(_) => format!(
            "(body as {{ readonly [field: string]: unknown }})[{}] as T",
            quoted(fields.data)
        ),
        None => "body as T".to_string(),
    };
    let _ = write!(
        out,
        "
/** `fetch`, read as {name} answers: the success's data, or a thrown {name}Exception. */
// A body that is no failure of {name} on an HTTP error is thrown as a
// plain `Error`.
export async function fetch{name}<T>(input: string | URL, init?: RequestInit): Promise<T> {{
  const response = await fetch(input, init);
  const body: unknown = await response.json();
  if (is{name}Failure(body)) {{
    throw new {name}Exception(body, response.status);
  }}
  if (!response.ok) {{
    throw new Error(`HTTP ${{response.status}}: not an answer of {name}`);
  }}
  return {success};
}}
"
    );
}
