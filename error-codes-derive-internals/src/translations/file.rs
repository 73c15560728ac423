//! One translation file's text, read without a parser crate: a proc
//! macro's dependencies are built unoptimised for `cargo check`, and a
//! TOML parser crate cost every user its build on the first run and a
//! large catalogue most of its check (BENCHMARKS.md, "Translations").
//!
//! What it reads is the part of TOML a translation file is written in:
//! blank lines, comments, and `KEY = VALUE` lines whose key is bare
//! (`40101`, `-1`) or quoted (`"-1"`, `'-1'`) and whose value is a string
//! (basic `"..."` with TOML's escapes, literal `'...'`, multi-line `"""..."""`
//! and `'''...'''`) or an inline table of strings (`{ message = "...",
//! title = "..." }`). A table header, a dotted key or a value of another
//! type is refused with what to write instead; the fuzz target and the
//! tests check that whatever it reads, the `toml` crate reads alike.

/// One `KEY = VALUE` of a file.
pub(super) struct Item {
    /// The line the key is on (from 1).
    pub line: usize,
    pub key: String,
    pub value: Value,
}

/// What a key maps to.
pub(super) enum Value {
    Text(String),
    /// An inline table's members; a member's `None` is a value that is no
    /// string (the file's last item then).
    Table(Vec<(String, Option<String>)>),
    /// A value that is no string or table (the file's last item then).
    Other,
}

/// A fault of the file: its line, and what to say after the file's name
/// (`" is not valid TOML: ..."` or `": ..."`).
pub(super) type Fault = (usize, String);

/// The items of `text`, in order; reading stops after a value that is no
/// string, which the caller reports.
pub(super) fn items(text: &str) -> Result<Vec<Item>, Fault> {
    let mut reader = Reader {
        rest: text.strip_prefix('\u{feff}').unwrap_or(text),
        line: 1,
    };
    let mut items = Vec::new();
    loop {
        reader.blanks();
        match reader.peek() {
            None => return Ok(items),
            Some('#' | '\n' | '\r') => reader.line_end()?,
            Some('[') => return Err(reader.unread("a table header")),
            Some(_) => {
                let item = reader.item()?;
                let last = !item.value.is_text();
                items.push(item);
                if last {
                    return Ok(items);
                }
                reader.line_end()?;
            }
        }
    }
}

impl Value {
    fn is_text(&self) -> bool {
        match self {
            Value::Text(_) => true,
            Value::Table(members) => members.iter().all(|(_, text)| text.is_some()),
            Value::Other => false,
        }
    }
}

struct Reader<'a> {
    rest: &'a str,
    line: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let eaten = self.rest.strip_prefix(prefix);
        eaten.inspect(|rest| self.rest = rest).is_some()
    }

    fn invalid(&self, why: &str) -> Fault {
        (self.line, format!(" is not valid TOML: {why}"))
    }

    fn unread(&self, what: &str) -> Fault {
        let why = format!(
            ": {what} is not read in a translation file; write one line per code, \
             `40101 = \"...\"` or `40101 = {{ message = \"...\", title = \"...\" }}`"
        );
        (self.line, why)
    }

    /// Spaces and tabs.
    fn blanks(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t']);
    }

    /// A newline (LF or CRLF); `false` when none is next.
    fn newline(&mut self) -> bool {
        let newline = self.eat("\n") || self.eat("\r\n");
        self.line += usize::from(newline);
        newline
    }

    /// Blanks, an optional comment, then a newline or the end.
    fn line_end(&mut self) -> Result<(), Fault> {
        self.blanks();
        if self.eat("#") {
            let end = self.rest.find('\n').unwrap_or(self.rest.len());
            let comment = self.rest[..end].strip_suffix('\r');
            let comment = comment.unwrap_or(&self.rest[..end]);
            if comment.chars().any(|c| c.is_control() && c != '\t') {
                return Err(self.invalid("a control character in a comment"));
            }
            self.rest = &self.rest[comment.len()..];
        }
        if self.rest.is_empty() || self.newline() {
            return Ok(());
        }
        Err(self.invalid("more after the value; one key and value per line"))
    }

    /// `KEY = VALUE`.
    fn item(&mut self) -> Result<Item, Fault> {
        let line = self.line;
        let key = self.key()?;
        self.equals()?;
        let value = match self.string()? {
            Some(text) => Value::Text(text),
            None if self.eat("{") => Value::Table(self.table()?),
            None => Value::Other,
        };
        Ok(Item { line, key, value })
    }

    /// Blanks, `=`, blanks.
    fn equals(&mut self) -> Result<(), Fault> {
        self.blanks();
        if self.peek() == Some('.') {
            return Err(self.unread("a dotted key"));
        }
        if !self.eat("=") {
            return Err(self.invalid("expected `=` after the key"));
        }
        self.blanks();
        Ok(())
    }

    /// A bare key (`A-Za-z0-9_-`) or a quoted one on one line.
    fn key(&mut self) -> Result<String, Fault> {
        if self.rest.starts_with("\"\"\"") || self.rest.starts_with("'''") {
            return Err(self.invalid("a key is on one line"));
        }
        if let Some(key) = self.string()? {
            return Ok(key);
        }
        let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        let end = self
            .rest
            .find(|c: char| !bare(c))
            .unwrap_or(self.rest.len());
        if end == 0 {
            return Err(self.invalid("expected a key"));
        }
        let (key, rest) = self.rest.split_at(end);
        self.rest = rest;
        Ok(key.to_owned())
    }

    /// `{ KEY = VALUE, ... }` after its `{`, on one line.
    fn table(&mut self) -> Result<Vec<(String, Option<String>)>, Fault> {
        let mut members: Vec<(String, Option<String>)> = Vec::new();
        self.blanks();
        if self.eat("}") {
            return Ok(members);
        }
        loop {
            self.blanks();
            if self.rest.starts_with(['\n', '\r']) {
                return Err(self.invalid("a table `{ ... }` is on one line"));
            }
            let key = self.key()?;
            if members.iter().any(|(member, _)| *member == key) {
                return Err(self.invalid("a key given twice in one table"));
            }
            self.equals()?;
            let text = self.string()?;
            let stop = text.is_none();
            members.push((key, text));
            self.blanks();
            if stop || self.eat("}") {
                return Ok(members);
            }
            if !self.eat(",") {
                return Err(self.invalid("expected `,` or `}` in the table, on one line"));
            }
        }
    }

    /// A string of any of the four kinds, or `None` when none is next.
    fn string(&mut self) -> Result<Option<String>, Fault> {
        let text = if self.eat("\"\"\"") {
            self.newline();
            self.text('"', true)?
        } else if self.eat("\"") {
            self.text('"', false)?
        } else if self.eat("'''") {
            self.newline();
            self.text('\'', true)?
        } else if self.eat("'") {
            self.text('\'', false)?
        } else {
            return Ok(None);
        };
        Ok(Some(text))
    }

    /// The closing quotes of a multi-line string: three, and the one or
    /// two more before them that belong to the text.
    fn closing(&mut self, quote: char, text: &mut String) -> Result<bool, Fault> {
        let run = self.rest.len() - self.rest.trim_start_matches(quote).len();
        if run < 3 {
            return Ok(false);
        }
        if run > 5 {
            return Err(self.invalid("more than five quotes in a row"));
        }
        text.extend(std::iter::repeat_n(quote, run - 3));
        self.rest = &self.rest[run..];
        Ok(true)
    }

    /// The characters up to the next `quote`, backslash or control
    /// character (a tab aside), taken as they are in one step: most of a
    /// string is such a run, and the macro runs unoptimised.
    fn plain_run(&mut self, text: &mut String, quote: char) {
        let special = |c: char| c == quote || c == '\\' || (c.is_control() && c != '\t');
        let end = self.rest.find(special).unwrap_or(self.rest.len());
        let (run, rest) = self.rest.split_at(end);
        text.push_str(run);
        self.rest = rest;
    }

    /// A newline inside a multi-line string, kept as written.
    fn text_newline(&mut self, text: &mut String) -> bool {
        let crlf = self.rest.starts_with("\r\n");
        let newline = self.newline();
        if newline {
            text.push_str(if crlf { "\r\n" } else { "\n" });
        }
        newline
    }

    /// A character of a string's text: no control character but a tab
    /// (and newlines in a multi-line string, which the caller takes).
    fn text_char(&mut self, text: &mut String) -> Result<(), Fault> {
        match self.bump() {
            None => Err(self.invalid("an unclosed string")),
            Some('\n' | '\r') => Err(self.invalid("an unclosed string: end it on its line")),
            Some(c) if c.is_control() && c != '\t' => {
                Err(self.invalid("a control character in a string; escape it"))
            }
            Some(c) => {
                text.push(c);
                Ok(())
            }
        }
    }

    /// A string's text after its opening quote(s), through its close: a
    /// basic string's (`"`, with escapes) or a literal string's (`'`).
    fn text(&mut self, quote: char, multi: bool) -> Result<String, Fault> {
        let mut text = String::new();
        loop {
            self.plain_run(&mut text, quote);
            if multi && self.closing(quote, &mut text)? {
                return Ok(text);
            }
            if multi && self.text_newline(&mut text) {
                continue;
            }
            if !multi && self.rest.starts_with(quote) {
                self.rest = &self.rest[1..];
                return Ok(text);
            }
            if quote == '"' && self.eat("\\") {
                self.escape(multi, &mut text)?;
                continue;
            }
            self.text_char(&mut text)?;
        }
    }

    /// An escape after its backslash; in a multi-line string, a backslash
    /// that ends its line also takes the blanks and newlines after it.
    fn escape(&mut self, multi: bool, text: &mut String) -> Result<(), Fault> {
        let blanks_then_newline = {
            let rest = self.rest.trim_start_matches([' ', '\t']);
            rest.starts_with('\n') || rest.starts_with("\r\n")
        };
        if multi && blanks_then_newline {
            loop {
                self.blanks();
                if !self.newline() {
                    return Ok(());
                }
            }
        }
        let escaped = match self.bump() {
            Some('"') => '"',
            Some('\\') => '\\',
            Some('b') => '\u{8}',
            Some('t') => '\t',
            Some('n') => '\n',
            Some('f') => '\u{c}',
            Some('r') => '\r',
            Some('u') => self.unicode(4)?,
            Some('U') => self.unicode(8)?,
            _ => return Err(self.invalid("an unknown escape in a string")),
        };
        text.push(escaped);
        Ok(())
    }

    /// The scalar value of the next `digits` hexadecimal digits.
    fn unicode(&mut self, digits: usize) -> Result<char, Fault> {
        let hex = self
            .rest
            .get(..digits)
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = hex.and_then(|hex| u32::from_str_radix(hex, 16).ok());
        let Some(c) = value.and_then(char::from_u32) else {
            return Err(self.invalid("an escape that is no Unicode scalar value"));
        };
        self.rest = &self.rest[digits..];
        Ok(c)
    }
}
