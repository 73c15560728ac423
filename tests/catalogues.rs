//! Fidelity of the shipped catalogues: each seed page (copied into
//! `tests/fixtures/seeds/`) is parsed here, in its own format, and compared
//! code by code with the catalogue, its Markdown page and its JSON document.
//! The expected values come from the pages, never from the catalogues.

use std::collections::BTreeMap;
use std::fmt::Debug;

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::authing::AuthingError;
use error_codes::catalogues::edu::EduError;
use error_codes::catalogues::fresns::FresnsError;
use error_codes::catalogues::rayvision::RayvisionError;
use error_codes::catalogues::{self, SHIPPED};
use error_codes::docs::Catalogue;

/// One documented code, as a page (or an export) gives it. `None` in an
/// optional column means the source has no such column.
#[derive(Debug, Clone, Default, PartialEq)]
struct Row {
    code: i64,
    message: String,
    /// The heading of the section the code is listed under (the module).
    section: Option<String>,
    /// The sub-heading inside the section (the group).
    group: Option<String>,
    title: Option<String>,
    help: Option<String>,
    symbol: Option<String>,
    http: Option<u16>,
    /// The Markdown page's gRPC column (the seed pages have none).
    grpc: Option<String>,
}

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// A leading run of ASCII digits (optionally `-`) parsed as a code, and the rest.
fn leading_code(line: &str) -> Option<(i64, &str)> {
    let digits = line
        .char_indices()
        .find(|&(index, c)| !(c.is_ascii_digit() || (index == 0 && c == '-')))
        .map_or(line.len(), |(index, _)| index);
    let code = line[..digits].parse().ok()?;
    Some((code, &line[digits..]))
}

/// Seed 000: numbered sections ("4. Coupon Errors"), then lines that glue a
/// five-digit code to its description.
fn parse_edu() -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section = None;
    for line in fixture("000_2a37715acd88e999.txt").lines() {
        if let Some((number, title)) = line.split_once(". ")
            && number.len() == 1
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            section = Some(title.to_owned());
        } else if let Some((code, message)) = leading_code(line)
            && line.len() > 5
            && line.as_bytes()[..5].iter().all(u8::is_ascii_digit)
        {
            rows.push(Row {
                code,
                message: message.to_owned(),
                section: section.clone(),
                ..Row::default()
            });
        }
    }
    rows
}

/// A module as seed 001's table of modules declares it.
struct SeedModule {
    title: String,
    ranges: Vec<(i64, i64)>,
    purpose: String,
}

/// Seed 001, the table of modules: `| 40001-40111, 50011 | Auth | Purpose |`.
fn parse_gateway_modules() -> Vec<SeedModule> {
    let page = fixture("001_cde45f42f471d74c.txt");
    let mut modules = Vec::new();
    let mut in_table = false;
    for line in page.lines() {
        if line.starts_with("| Code Range |") {
            in_table = true;
            continue;
        }
        if !line.starts_with('|') {
            in_table = false;
        }
        let cells = cells(line);
        if !in_table || cells.len() != 3 || cells[0].starts_with("---") {
            continue;
        }
        let ranges = cells[0]
            .split(", ")
            .map(|range| match range.split_once('-') {
                Some((start, end)) => (start.parse().unwrap(), end.parse().unwrap()),
                None => (range.parse().unwrap(), range.parse().unwrap()),
            })
            .collect();
        modules.push(SeedModule {
            title: cells[1].clone(),
            ranges,
            purpose: cells[2].clone(),
        });
    }
    modules
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner
        .split(" | ")
        .map(|cell| cell.trim().to_owned())
        .collect()
}

/// Seed 001, the code tables `| Code | Name | Description | Recommendation |`.
/// They have no headings: a table belongs to the declared module whose ranges
/// hold all its codes; the table that no module holds is the HTTP level. A
/// sub-code's HTTP status is its first three digits, an HTTP-level code's the
/// code itself.
fn parse_gateway() -> Vec<Row> {
    let modules = parse_gateway_modules();
    let mut tables: Vec<Vec<Row>> = Vec::new();
    for line in fixture("001_cde45f42f471d74c.txt").lines() {
        if line.starts_with("| Code | Name |") {
            tables.push(Vec::new());
            continue;
        }
        let cells = cells(line);
        let Some(table) = tables.last_mut() else {
            continue;
        };
        if cells.len() != 4 || cells[0].starts_with("---") {
            continue;
        }
        let code: i64 = cells[0].parse().unwrap();
        let status = if code >= 1000 { code / 100 } else { code };
        table.push(Row {
            code,
            title: Some(cells[1].clone()),
            message: cells[2].clone(),
            help: Some(cells[3].clone()),
            http: Some(u16::try_from(status).unwrap()),
            ..Row::default()
        });
    }
    let mut rows = Vec::new();
    for table in tables {
        let holders: Vec<&String> = modules
            .iter()
            .filter(|module| {
                table.iter().all(|row| {
                    module
                        .ranges
                        .iter()
                        .any(|&(start, end)| (start..=end).contains(&row.code))
                })
            })
            .map(|module| &module.title)
            .collect();
        let section = match holders.as_slice() {
            [] => "HTTP".to_owned(),
            [one] => (*one).clone(),
            many => panic!("a table of seed 001 fits the ranges of {many:?}"),
        };
        rows.extend(table.into_iter().map(|row| Row {
            section: Some(section.clone()),
            ..row
        }));
    }
    rows
}

/// Seed 002: `1000 | The system is busy, please try again later |`.
fn parse_authing() -> Vec<Row> {
    fixture("002_a961ab40638abd9b.txt")
        .lines()
        .filter_map(|line| {
            let (code, rest) = leading_code(line)?;
            let message = rest.strip_prefix(" | ")?.strip_suffix(" |")?;
            Some(Row {
                code,
                message: message.to_owned(),
                ..Row::default()
            })
        })
        .collect()
}

/// Seed 003: a reStructuredText simple table; its `====` rule gives the
/// columns. A symbol cell with a space is one of the rows that slipped a
/// column (`docs/design.md`, "Real catalogues are messy"): its first word is the symbol, the rest starts the
/// description.
fn parse_rayvision() -> Vec<Row> {
    let page = fixture("003_734c5083193426b4.txt");
    let rule = page
        .lines()
        .find(|line| line.starts_with("====") && line.contains(" ="))
        .expect("a table rule (the title's underline has no columns)");
    let starts: Vec<usize> = rule
        .char_indices()
        .filter(|&(index, c)| c == '=' && (index == 0 || rule.as_bytes()[index - 1] == b' '))
        .map(|(index, _)| index)
        .collect();
    let [_, symbol_at, description_at] = starts[..] else {
        panic!("three columns expected, found {starts:?}");
    };
    page.lines()
        .filter_map(|line| {
            let (code, _) = leading_code(line)?;
            let symbol_cell = line[symbol_at..description_at].trim();
            let description = line[description_at..].trim();
            let (symbol, message) = match symbol_cell.split_once(' ') {
                Some((symbol, slipped)) => (symbol, format!("{slipped} {description}")),
                None => (symbol_cell, description.to_owned()),
            };
            Some(Row {
                code,
                message,
                symbol: Some(symbol.to_owned()),
                ..Row::default()
            })
        })
        .collect()
}

/// Seed 004: a section heading is a line followed by a blank line and
/// `CodeMessage`; inside a section, a line without a code right after another
/// line is a group heading. The first table (the page's title, "Error
/// Codes") holds the success code, outside any section.
fn parse_fresns() -> Vec<Row> {
    let page = fixture("004_c34e99dc16ff34ba.txt");
    let lines: Vec<&str> = page.lines().collect();
    let mut rows = Vec::new();
    let mut section: Option<String> = None;
    let mut group: Option<String> = None;
    let mut started = false;
    for (index, line) in lines.iter().enumerate() {
        if *line == "CodeMessage" {
            started = true;
            continue;
        }
        if lines.get(index + 1) == Some(&"") && lines.get(index + 2) == Some(&"CodeMessage") {
            section = started.then(|| (*line).to_owned());
            group = None;
            continue;
        }
        if !started || line.is_empty() {
            continue;
        }
        match leading_code(line) {
            Some((code, message)) if !message.is_empty() => rows.push(Row {
                code,
                message: message.to_owned(),
                section: section.clone(),
                group: group.clone(),
                ..Row::default()
            }),
            _ if lines[index - 1].is_empty() => break, // the page's footer
            _ => group = Some((*line).to_owned()),
        }
    }
    rows
}

/// The rows of a catalogue, read from its entries and modules.
fn rows_of(catalogue: &Catalogue) -> Vec<Row> {
    catalogue
        .entries()
        .iter()
        .map(|entry| Row {
            code: entry.code,
            message: entry.message.to_owned(),
            section: entry.module.map(|name| {
                let module = catalogue.modules().iter().find(|m| m.name == name).unwrap();
                module.title.unwrap_or(module.name).to_owned()
            }),
            group: entry.group.map(str::to_owned),
            title: entry.title.map(str::to_owned),
            help: entry.help.map(str::to_owned),
            symbol: entry.has_declared_symbol().then(|| entry.symbol.to_owned()),
            http: entry.http,
            grpc: Some(entry.grpc.name().to_owned()),
        })
        .collect()
}

/// Compares what `actual` says with the page, code by code: the same codes,
/// the same messages byte for byte, and every column the page gives.
#[track_caller]
fn assert_same(page: &[Row], actual: &[Row], what: &str) {
    let page: BTreeMap<i64, &Row> = page.iter().map(|row| (row.code, row)).collect();
    let actual: BTreeMap<i64, &Row> = actual.iter().map(|row| (row.code, row)).collect();
    let missing: Vec<&i64> = page
        .keys()
        .filter(|code| !actual.contains_key(code))
        .collect();
    let extra: Vec<&i64> = actual
        .keys()
        .filter(|code| !page.contains_key(code))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: codes missing {missing:?}, codes not on the page {extra:?}"
    );
    for (code, expected) in &page {
        let got = actual[code];
        assert_eq!(got.message, expected.message, "{what}: message of {code}");
        assert_eq!(got.section, expected.section, "{what}: section of {code}");
        assert_eq!(got.group, expected.group, "{what}: group of {code}");
        for (column, expected, got) in [
            ("title", &expected.title, &got.title),
            ("help", &expected.help, &got.help),
            ("symbol", &expected.symbol, &got.symbol),
        ] {
            assert_eq!(got, expected, "{what}: {column} of {code}");
        }
        if expected.http.is_some() {
            assert_eq!(got.http, expected.http, "{what}: HTTP status of {code}");
        }
    }
}

#[test]
fn the_pages_hold_503_codes() {
    let counts = [
        parse_edu().len(),
        parse_gateway().len(),
        parse_authing().len(),
        parse_rayvision().len(),
        parse_fresns().len(),
    ];
    assert_eq!(counts, [58, 45, 99, 49, 252]);
    assert_eq!(counts.iter().sum::<usize>(), 503);
    let shipped: Vec<usize> = SHIPPED
        .iter()
        .map(|s| s.catalogue.entries().len())
        .collect();
    assert_eq!(shipped, counts);
}

#[test]
fn edu_is_its_page() {
    assert_same(&parse_edu(), &rows_of(&Catalogue::of::<EduError>()), "edu");
}

#[test]
fn api_gateway_is_its_page() {
    let catalogue = Catalogue::of::<ApiGatewayError>();
    assert_same(&parse_gateway(), &rows_of(&catalogue), "api_gateway");
    // The module table: titles, ranges and purposes as the page declares them.
    for SeedModule {
        title,
        ranges,
        purpose,
    } in parse_gateway_modules()
    {
        let module = catalogue
            .modules()
            .iter()
            .find(|module| module.title == Some(title.as_str()))
            .unwrap_or_else(|| panic!("no module titled {title}"));
        let declared: Vec<(i64, i64)> = module.ranges.iter().map(|r| (r.start, r.end)).collect();
        assert_eq!(declared, ranges, "ranges of {title}");
        assert_eq!(
            module.description,
            Some(purpose.as_str()),
            "purpose of {title}"
        );
    }
    assert_eq!(catalogue.success().map(|entry| entry.code), Some(200));
}

#[test]
fn authing_is_its_page() {
    let page = parse_authing();
    assert_same(&page, &rows_of(&Catalogue::of::<AuthingError>()), "authing");
    // The quirks the page has: no 2033, one message for 2227 and 2228.
    assert!(AuthingError::lookup(2033).is_none());
    assert_eq!(
        AuthingError::lookup(2227).map(|e| e.message),
        AuthingError::lookup(2228).map(|e| e.message)
    );
}

#[test]
fn rayvision_is_its_page() {
    let page = parse_rayvision();
    let catalogue = Catalogue::of::<RayvisionError>();
    assert_same(&page, &rows_of(&catalogue), "rayvision");
    // The three rows that slipped a column, as `docs/design.md` reads them.
    for (code, symbol, message) in [
        (812, "ACCOUNT_LOGIN_IPLIMITFAIL", "IP address is prohibited"),
        (813, "ACCOUNT_QQ_FAIL", "QQ login failed"),
        (815, "ACCOUNT_UNIONID_EXISTS", "UNIONID already exists"),
    ] {
        let entry = RayvisionError::lookup(code).unwrap();
        assert_eq!((entry.symbol, entry.message), (symbol, message));
    }
    assert_eq!(
        catalogue.success().map(|e| (e.code, e.symbol)),
        Some((200, "SUCCESS"))
    );
}

#[test]
fn fresns_is_its_page() {
    let catalogue = Catalogue::of::<FresnsError>();
    assert_same(&parse_fresns(), &rows_of(&catalogue), "fresns");
    assert_eq!(catalogue.success().map(|entry| entry.code), Some(0));
}

#[test]
fn edu_sections_reserve_their_blocks() {
    // Every code of a section lies in its module's ranges, and a raw code of
    // the same block finds the module.
    for row in parse_edu() {
        let module = EduError::module_of(row.code).unwrap();
        assert_eq!(module.title, row.section.as_deref());
        let neighbour = row.code / 10_000 * 10_000 + 9_999;
        assert_eq!(EduError::module_of(neighbour), Some(module));
    }
}

/// All five pages, each with its catalogue.
fn pages() -> Vec<(&'static str, Vec<Row>)> {
    vec![
        ("edu", parse_edu()),
        ("api_gateway", parse_gateway()),
        ("authing", parse_authing()),
        ("rayvision", parse_rayvision()),
        ("fresns", parse_fresns()),
    ]
}

/// Text with CommonMark's backslash escapes read.
fn unescaped(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(char::is_ascii_punctuation) => {
                out.extend(chars.next())
            }
            c => out.push(c),
        }
    }
    out
}

/// Reads a Markdown page back: `##` headings are sections, `###` headings
/// groups (`##` ones too on a page without modules), tables by their header.
fn parse_markdown(page: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section = None;
    let mut group = None;
    let mut header: Vec<String> = Vec::new();
    for line in page.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            group = Some(unescaped(heading));
        } else if let Some(heading) = line.strip_prefix("## ") {
            section = Some(unescaped(heading));
            group = None;
        } else if line.starts_with("| Code |") {
            header = cells(line);
        } else if line.starts_with('|') && !line.starts_with("|---") {
            let mut row = Row {
                section: section.clone(),
                group: group.clone(),
                ..Row::default()
            };
            // Split on the pipes that are not escaped; a backslash before
            // ASCII punctuation is that character (CommonMark's escapes).
            let mut values = Vec::new();
            let mut cell = String::new();
            let mut chars = line.trim().chars().skip(1).peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek().is_some_and(char::is_ascii_punctuation) => {
                        cell.extend(chars.next());
                    }
                    '|' => values.push(std::mem::take(&mut cell).trim().to_owned()),
                    _ => cell.push(c),
                }
            }
            assert_eq!(values.len(), header.len(), "row {line}");
            for (column, value) in header.iter().zip(values) {
                match column.as_str() {
                    "Code" => row.code = value.parse().unwrap(),
                    "Message" => row.message = value,
                    "Name" => row.title = Some(value).filter(|v| !v.is_empty()),
                    "Help" => row.help = Some(value).filter(|v| !v.is_empty()),
                    "Symbol" => row.symbol = Some(value),
                    "HTTP" => row.http = value.parse().ok(),
                    "gRPC" => row.grpc = Some(value),
                    other => panic!("unknown column {other}"),
                }
            }
            rows.push(row);
        }
    }
    rows
}

#[test]
fn markdown_pages_show_what_the_seed_pages_show() {
    for (name, page) in pages() {
        let shipped = catalogues::find(name).unwrap();
        let markdown = shipped.catalogue.markdown().to_string();
        assert!(markdown.starts_with(&format!("# {}\n", shipped.catalogue.name())));
        let rows = parse_markdown(&markdown);
        assert_same(&page, &rows, &format!("{name} as Markdown"));
        assert_grpc_codes(&shipped.catalogue, &rows);
    }
}

/// Each row shows the gRPC code its HTTP status maps to (no shipped
/// catalogue declares one).
fn assert_grpc_codes(catalogue: &Catalogue, rows: &[Row]) {
    let success = catalogue.success().map(|entry| entry.code);
    for row in rows {
        let expected = grpc_of(row.http, success == Some(row.code));
        let what = format!("{}: gRPC of {}", catalogue.name(), row.code);
        assert_eq!(row.grpc.as_deref(), Some(expected), "{what}");
    }
}

/// The gRPC code of an entry that declares none, from its HTTP status: the
/// table of google's `code.proto` and grpc-gateway, as the crate documents it.
fn grpc_of(http: Option<u16>, success: bool) -> &'static str {
    match http {
        _ if success => "OK",
        Some(400) => "INVALID_ARGUMENT",
        Some(401) => "UNAUTHENTICATED",
        Some(403) => "PERMISSION_DENIED",
        Some(404) => "NOT_FOUND",
        Some(409) => "ABORTED",
        Some(412) => "FAILED_PRECONDITION",
        Some(429) => "RESOURCE_EXHAUSTED",
        Some(499) => "CANCELLED",
        Some(501) => "UNIMPLEMENTED",
        Some(503) => "UNAVAILABLE",
        Some(504) => "DEADLINE_EXCEEDED",
        Some(status) if (400..500).contains(&status) => "FAILED_PRECONDITION",
        Some(status) if (500..600).contains(&status) => "INTERNAL",
        _ => "UNKNOWN",
    }
}

#[test]
fn markdown_shows_only_columns_with_data() {
    let edu = Catalogue::of::<EduError>().markdown().to_string();
    assert!(edu.contains("\n| Code | Message | gRPC |\n"));
    assert!(!edu.contains("Symbol") && !edu.contains("HTTP") && !edu.contains("Help"));
    let rayvision = Catalogue::of::<RayvisionError>().markdown().to_string();
    assert!(rayvision.contains("\n| Code | Symbol | Message | gRPC |\n"));
    let gateway = Catalogue::of::<ApiGatewayError>().markdown().to_string();
    assert!(gateway.contains("\n| Code | Name | Message | HTTP | gRPC | Help |\n"));
    assert!(
        gateway.contains(
            "Module `payment`, codes 40021\u{2013}40028, 40302, 40411, 50021\u{2013}50023."
        )
    );
}

/// Reads a JSON document back into rows.
fn parse_json(document: &str) -> Vec<Row> {
    let json: serde_json::Value = serde_json::from_str(document).unwrap();
    let text = |value: &serde_json::Value| value.as_str().map(str::to_owned);
    let modules = json["modules"].as_array().unwrap();
    json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| Row {
            code: entry["code"].as_i64().unwrap(),
            message: text(&entry["message"]).unwrap(),
            section: text(&entry["module"]).map(|name| {
                let module = modules.iter().find(|m| m["name"] == name.as_str()).unwrap();
                text(&module["title"]).unwrap_or(name)
            }),
            group: text(&entry["group"]),
            title: text(&entry["title"]),
            help: text(&entry["help"]),
            symbol: None,
            http: entry["http"]
                .as_u64()
                .map(|http| u16::try_from(http).unwrap()),
            grpc: text(&entry["grpc"]),
        })
        .collect()
}

#[test]
fn json_documents_hold_what_the_seed_pages_hold() {
    for (name, page) in pages() {
        let shipped = catalogues::find(name).unwrap();
        let json = shipped.catalogue.to_json();
        // Symbols are in every JSON entry (declared or derived); compare the
        // page's where it has them.
        let page_without_symbols: Vec<Row> = page
            .iter()
            .map(|row| Row {
                symbol: None,
                ..row.clone()
            })
            .collect();
        let rows = parse_json(&json);
        assert_same(&page_without_symbols, &rows, &format!("{name} as JSON"));
        assert_grpc_codes(&shipped.catalogue, &rows);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        for row in page.iter().filter(|row| row.symbol.is_some()) {
            let entry = value["entries"]
                .as_array()
                .unwrap()
                .iter()
                .find(|entry| entry["code"] == row.code)
                .unwrap();
            assert_eq!(entry["symbol"].as_str(), row.symbol.as_deref());
        }
    }
}

/// `from_code(code(v)) == Some(v)` for every entry; `lookup` and `module_of`
/// agree with the entry; the codes around it are either declared or `None`.
fn round_trip<C: ErrorCatalog + Debug + PartialEq>() -> usize {
    for entry in C::entries() {
        let value = C::from_code(entry.code)
            .unwrap_or_else(|| panic!("{}: from_code({}) is None", C::NAME, entry.code));
        assert_eq!(value.code(), entry.code);
        assert_eq!(value.entry(), entry);
        assert_eq!(value.message(), entry.message);
        assert_eq!(C::from_code(value.code()), Some(value));
        assert_eq!(C::lookup(entry.code), Some(entry));
        assert_eq!(C::module_of(entry.code).map(|m| m.name), entry.module);
        for near in [entry.code - 1, entry.code + 1] {
            match C::lookup(near) {
                Some(other) => assert_eq!(other.code, near),
                None => assert_eq!(C::from_code(near), None),
            }
        }
    }
    C::entries().len()
}

#[test]
fn every_shipped_entry_round_trips() {
    let counts = [
        round_trip::<EduError>(),
        round_trip::<ApiGatewayError>(),
        round_trip::<AuthingError>(),
        round_trip::<RayvisionError>(),
        round_trip::<FresnsError>(),
    ];
    assert_eq!(counts, [58, 45, 99, 49, 252]);
}

#[test]
fn catalogues_are_found_by_module_feature_or_type() {
    for name in [
        "api_gateway",
        "api-gateway",
        "ApiGatewayError",
        "APIGATEWAYERROR",
    ] {
        assert_eq!(
            catalogues::find(name).map(|s| s.module),
            Some("api_gateway")
        );
    }
    assert!(catalogues::find("nope").is_none());
}

/// Fresns's Chinese page (`fixtures/seeds/fresns-zh-Hans.md`, the Markdown
/// source of the docs site, `clients/zh-Hans/reference/error-codes.md` of
/// github.com/fresns/docs at 9351ae06, the version whose English page the
/// catalogue follows), read as its site renders it: inline code as text.
fn parse_fresns_zh_hans() -> BTreeMap<i64, String> {
    let page = fixture("fresns-zh-Hans.md");
    let mut rows = BTreeMap::new();
    for line in page.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if let [code, message] = cells[..]
            && let Ok(code) = code.parse::<i64>()
        {
            assert!(
                rows.insert(code, message.replace('`', "")).is_none(),
                "{code} twice"
            );
        }
    }
    rows
}

#[test]
fn fresns_in_simplified_chinese_is_its_chinese_page() {
    let page = parse_fresns_zh_hans();
    assert_eq!(FresnsError::LOCALES, ["zh-Hans"]);
    let codes: Vec<i64> = FresnsError::ENTRIES
        .iter()
        .map(|entry| entry.code)
        .collect();
    assert_eq!(
        page.keys().copied().collect::<Vec<_>>(),
        codes,
        "the same codes"
    );
    for entry in FresnsError::ENTRIES {
        let translated = entry.translation("zh-Hans").map(|(_, message)| message);
        assert_eq!(
            translated,
            Some(page[&entry.code].as_str()),
            "{}",
            entry.code
        );
    }
    assert_eq!(
        FresnsError::PlatformIdNotExist.message_in("zh-Hans"),
        "平台 ID 不存在"
    );
}
