//! What does an error code mean? Asks every shipped catalogue: the
//! `error_codes::explain` tool over them (a service runs it over its own
//! with `error_codes::explain::main::<(ShopError, BillingError)>()`).
//!
//! ```text
//! cargo run --example explain -- 40101
//! cargo run --example explain -- --catalogue fresns --format markdown
//! cargo run --example explain -- --catalogue api-gateway --format json
//! cargo run --example explain -- --catalogue api-gateway --format typescript
//! cargo run --example explain -- --catalogue edu --format html > edu.html
//! cargo run --example explain -- 31101 --locale zh-Hans
//! cargo run --example explain -- --catalogue fresns --locale zh-Hans
//! ```

use std::process::ExitCode;

use error_codes::explain::Explain;

fn main() -> ExitCode {
    Explain::shipped().main()
}

#[cfg(test)]
mod tests {
    use error_codes::explain::Explain;

    fn run(line: &str) -> Result<String, String> {
        Explain::shipped().run(line.split_whitespace())
    }

    #[test]
    fn a_code_is_explained_by_every_catalogue_that_declares_it() {
        let out = run("40001").unwrap();
        assert!(out.contains(
            "40001 in edu (EduError::CouponNotFound):\n  message: The coupon does not exist.\n"
        ));
        assert!(out.contains("40001 in api_gateway (ApiGatewayError::InvalidCaptcha):\n"));
        assert!(out.contains("  help:    Refresh captcha and try again.\n"));
        assert!(out.contains("  http:    400\n  grpc:    INVALID_ARGUMENT\n"));
        assert!(out.contains("  grpc:    UNKNOWN\n"));
    }

    #[test]
    fn a_translated_message_is_shown_in_the_language_asked_for() {
        let out = run("31101 --locale zh-Hans-CN").unwrap();
        assert!(
            out.contains("  message: Platform ID not exist\n  zh-Hans: 平台 ID 不存在\n"),
            "{out}"
        );
        assert!(!run("31101 --locale fr").unwrap().contains("zh-Hans"));
    }

    #[test]
    fn an_undeclared_code_names_the_module_ranges_it_falls_in() {
        let out = run("40104").unwrap();
        assert!(out.starts_with("40104 is not declared by any of these catalogues.\n"));
        assert!(out.contains("module `coupon` (Coupon Errors)"));
        assert!(out.contains("module `auth` (Auth)"));
        let out = run("-77").unwrap();
        assert!(out.ends_with("It lies in no declared module range either.\n"));
    }

    #[test]
    fn a_catalogue_renders_in_every_format() {
        let markdown = run("--catalogue fresns --locale zh-Hans").unwrap();
        assert!(markdown.starts_with("# FresnsError\n"), "{markdown}");
        let json = run("--catalogue api-gateway --format json").unwrap();
        assert!(
            json.starts_with("{\n  \"name\": \"ApiGatewayError\""),
            "{json}"
        );
        let html = run("--catalogue ApiGatewayError --format html").unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        let typescript = run("--catalogue edu --format ts").unwrap();
        assert!(typescript.contains("export const EduErrorCode = {"));
    }

    #[test]
    fn arguments_are_checked() {
        for (line, problem) in [
            ("", "give a code"),
            ("abc", "not a code"),
            ("99999999999999999999", "not a code"),
            ("1 2", "unexpected argument `2`"),
            ("--catalogue", "needs a value"),
            (
                "--catalogue nope",
                "no catalogue `nope`; known: edu, api_gateway",
            ),
            ("--catalogue fresns --format yaml", "unknown format"),
            ("--catalogue fresns --catalogue edu", "given twice"),
            ("40101 --catalogue fresns", "not both"),
            ("40101 --format json", "applies to --catalogue"),
            ("--verbose", "unknown option"),
            (
                "--catalogue fresns --format json --locale fr",
                "applies to Markdown",
            ),
            (
                "--catalogue fresns --format ts --locale fr",
                "applies to Markdown",
            ),
        ] {
            match run(line) {
                Err(message) => assert!(message.contains(problem), "{line}: {message}"),
                Ok(_) => panic!("`{line}` was accepted"),
            }
        }
        assert!(run("--help").unwrap().starts_with("usage: explain CODE"));
        assert!(run("-5").unwrap().starts_with("-5 "));
    }
}
