//! Output formats of `texlex lex`: the oracle's text grammar and JSON Lines.
//!
//! `--format tex` is byte-for-byte the grammar of `tex-oracle` (see the
//! README), quirks included, so any output can be diffed against LuaTeX's:
//! it lives here, with the command and its tests, not in the library. JSON
//! Lines carry spans and positions for tools.
//!
//! Both write one [`Lexed`] at a time: a whole input, or a piece of a
//! [`Stream`](texlex::Stream) (JSON offsets and lines are then shifted by
//! where the piece starts).

use std::borrow::Cow;
use std::io::{self, Write};

use texlex::{
    Catcode, Diagnostic, InputModel, Lexed, Positions, Profile, Record, StreamBrace, Token,
    TokenKind,
};

/// Writes the tokens of `lexed` in the oracle's grammar, one per line:
/// `chr <cat> U+XXXX`, `cs <name>`, `active U+XXXX`, `invalid U+XXXX`.
///
/// ```
/// use texlex::{Lexer, Regime};
/// let doc = Lexer::new(Regime::Latex).lex(b"\\a~ ").unwrap();
/// let mut out = Vec::new();
/// texlex_cli::render::write_tex(&doc, &mut out).unwrap();
/// assert_eq!(out, b"cs a\nactive U+007E\nchr 10 U+0020\n");
/// ```
pub fn write_tex<W: Write>(lexed: &Lexed, out: &mut W) -> io::Result<()> {
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    let mut invalid = InvalidCodes::default();
    let mut name = String::new();
    for token in lexed.tokens() {
        match token.kind {
            TokenKind::Char { cat, code } => {
                // LuaTeX keeps 21 bits of character code; `^^^^^^` codes
                // beyond overflow into the command code, as the oracle shows.
                let cmd = u32::from(cat.number()) + (code >> 21);
                writeln!(out, "chr {cmd} U+{:04X}", code & 0x1F_FFFF)?;
            }
            TokenKind::Cs(id) => {
                name.clear();
                let full = lexed.name(id);
                if bytes_model {
                    // The oracle's pdfTeX mode: a raw NUL byte prints as
                    // U+0000, but a NUL written `^^@`/`^^00` reaches LuaTeX
                    // as a real NUL, which ends the name.
                    let raw_nul = lexed.source()[token.span.range()].contains(&0);
                    let shown = if raw_nul {
                        full
                    } else {
                        full.split(|&b| b == 0).next().unwrap_or(full)
                    };
                    latin1_name(shown, &mut name);
                } else {
                    // The oracle reads LuaTeX names through a C string: a
                    // NUL byte ends them (`\^^@` prints as `cs <>`; its
                    // pdfTeX mode keeps them). Tokens keep the true name.
                    let shown = full.split(|&b| b == 0).next().unwrap_or(full);
                    tex_name(shown, &mut name);
                }
                writeln!(out, "cs {name}")?;
            }
            // LuaTeX names an active character U+FFFF followed by it; the
            // oracle reads that name as a C string, so an active NUL prints
            // as the control sequence `<U+FFFF>`. In its pdfTeX mode only a
            // NUL written `^^@`/`^^00` reaches LuaTeX as NUL; a raw NUL byte
            // travels as a stand-in and prints as itself.
            TokenKind::Active(0)
                if !bytes_model || !lexed.source()[token.span.range()].contains(&0) =>
            {
                writeln!(out, "cs <U+FFFF>")?
            }
            TokenKind::Active(code) => writeln!(out, "active U+{code:04X}")?,
            TokenKind::Invalid(_) => {
                let code = invalid.code(lexed, token);
                writeln!(out, "invalid U+{code:04X}")?;
            }
            TokenKind::Verb { starred, .. } => {
                // Delimiters and body, in the name escaping.
                let text = &lexed.source()
                    [token.span.start as usize + usize::from(starred)..token.span.end as usize];
                name.clear();
                escape(text, bytes_model, &mut name);
                writeln!(out, "verb{} {name}", if starred { "*" } else { "" })?;
            }
            TokenKind::Verbatim { env } => {
                name.clear();
                escape(lexed.name(env), bytes_model, &mut name);
                name.push(' ');
                escape(&lexed.source()[token.span.range()], bytes_model, &mut name);
                writeln!(out, "verbatim {name}")?;
            }
        }
    }
    Ok(())
}

/// Appends a control-sequence name in the oracle's escaping: printable ASCII
/// except `<` and `>` stands for itself, every other character is
/// `<U+XXXX>`, a byte that starts no character is `<B+XX>`, and the empty
/// name is `<>`.
///
/// ```
/// let mut s = String::new();
/// texlex_cli::render::tex_name("é<a".as_bytes(), &mut s);
/// assert_eq!(s, "<U+00E9><U+003C>a");
/// ```
pub fn tex_name(name: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    if name.is_empty() {
        out.push_str("<>");
        return;
    }
    let mut i = 0;
    while i < name.len() {
        match lua_decode(name, i) {
            Some((c, len)) => {
                if (0x21..=0x7E).contains(&c) && c != 0x3C && c != 0x3E {
                    out.push(c as u8 as char);
                } else {
                    let _ = write!(out, "<U+{c:04X}>");
                }
                i += len;
            }
            None => {
                let _ = write!(out, "<B+{:02X}>", name[i]);
                i += 1;
            }
        }
    }
}

/// Text in the oracle's name escaping, for either input model.
fn escape(text: &[u8], bytes_model: bool, out: &mut String) {
    if bytes_model {
        latin1_name(text, out);
    } else {
        tex_name(text, out);
    }
}

/// A name of the byte model in the oracle's escaping: every byte is the
/// character with that code.
fn latin1_name(name: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    if name.is_empty() {
        out.push_str("<>");
    }
    for &b in name {
        if (0x21..=0x7E).contains(&b) && b != b'<' && b != b'>' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "<U+{b:04X}>");
        }
    }
}

/// Lua 5.3's `utf8.codepoint` on one character: lenient about surrogates,
/// strict about overlong forms and the U+10FFFF limit.
fn lua_decode(s: &[u8], i: usize) -> Option<(u32, usize)> {
    let b = s[i];
    let len = match b {
        0x00..=0x7F => return Some((u32::from(b), 1)),
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => return None,
    };
    let bytes = s.get(i..i + len)?;
    if b >= 0xF8 || bytes[1..].iter().any(|&c| c & 0xC0 != 0x80) {
        return None;
    }
    let lead = u32::from(b) & (0x7F >> len);
    let c = bytes[1..]
        .iter()
        .fold(lead, |v, &c| (v << 6) | u32::from(c & 0x3F));
    let min = [0, 0, 0x80, 0x800, 0x1_0000][len];
    (c >= min && c <= 0x10_FFFF).then_some((c, len))
}

/// The character the oracle prints for an invalid-character error.
///
/// TeX does not say which character it dropped; the oracle guesses it from
/// the line's text: the n-th error on a line is the n-th catcode-15
/// character of the line (raw, or in two- and four-digit `^^` notation),
/// scanning up to the first comment character. We print what the oracle
/// prints so outputs can be compared byte for byte; tokens and JSON carry
/// the true character.
#[derive(Default)]
struct InvalidCodes {
    line: Option<u32>,
    seen: usize,
    occurrences: Vec<u32>,
    line_text_range: std::ops::Range<u32>,
    /// The catcodes `occurrences` were scanned with, if they were.
    scanned_with: Option<Profile>,
}

impl InvalidCodes {
    fn code(&mut self, lexed: &Lexed, token: Token) -> u32 {
        let line = lexed.line_of(token.span.start);
        if self.line != Some(line) {
            self.line = Some(line);
            self.seen = 0;
            self.line_text_range = lexed.line_range(line).unwrap_or(0..0);
            self.scanned_with = None;
        }
        // The oracle scans the line again at each error, with the catcodes
        // in force then (they change under catcode tracking): scan again
        // when they are other catcodes than last time.
        let profile = lexed.profile_at(token.span.start);
        if self.scanned_with.as_ref() != Some(&*profile) {
            let range = self.line_text_range.clone();
            let text = &lexed.source()[range.start as usize..range.end as usize];
            self.occurrences = if profile.input_model() == InputModel::Bytes {
                pdftex_invalid_occurrences(text, &profile)
            } else {
                oracle_invalid_occurrences(text, &profile)
            };
            self.scanned_with = Some(Cow::into_owned(profile));
        }
        self.seen += 1;
        self.occurrences
            .get(self.seen - 1)
            .or(self.occurrences.last())
            .copied()
            .unwrap_or(0xFFFD)
    }
}

/// The oracle's scan of a line for catcode-15 characters (`tex-oracle.lua`,
/// `invalid_occurrences`).
fn oracle_invalid_occurrences(line: &[u8], profile: &Profile) -> Vec<u32> {
    // Ill-formed bytes read as U+FFFD, one per maximal ill-formed subpart,
    // as the lexer reads them.
    let cps = String::from_utf8_lossy(line)
        .chars()
        .map(u32::from)
        .collect();
    invalid_in_code_points(cps, profile)
}

/// The oracle's stand-in for a NUL byte in its pdfTeX mode (LuaTeX cuts a
/// line at NUL); it has the catcode of U+0000 and prints as U+0000.
const NUL_STAND_IN: u32 = 0x10_FFFD;

/// The scan of [`oracle_invalid_occurrences`], over code points.
fn invalid_in_code_points(mut cps: Vec<u32>, profile: &Profile) -> Vec<u32> {
    cps.extend(profile.end_line_char());
    let catcode = |c: u32| {
        if c == NUL_STAND_IN && profile.input_model() == InputModel::Bytes {
            profile.catcode(0)
        } else {
            profile.catcode(c)
        }
    };
    let get = |j: usize| cps.get(j).copied();
    let hex = |c: Option<u32>| c.is_some_and(|c| matches!(c, 0x30..=0x39 | 0x61..=0x66));
    let hex_value = |from: usize, n: usize| {
        (from..from + n).fold(0u32, |v, j| {
            let c = cps[j];
            (v << 4) | if c <= 0x39 { c - 0x30 } else { c - 0x61 + 10 }
        })
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        let cat = catcode(c);
        if cat == Catcode::Superscript && get(i + 1) == Some(c) && get(i + 2).is_some() {
            let form = if get(i + 2) == Some(c)
                && get(i + 3) == Some(c)
                && (i + 4..i + 8).all(|j| hex(get(j)))
            {
                Some((hex_value(i + 4, 4), 8))
            } else if hex(get(i + 2)) && hex(get(i + 3)) {
                Some((hex_value(i + 2, 2), 4))
            } else if cps[i + 2] < 128 {
                let c2 = cps[i + 2];
                Some((if c2 < 64 { c2 + 64 } else { c2 - 64 }, 3))
            } else {
                None
            };
            match form {
                Some((code, used)) => {
                    if catcode(code) == Catcode::Invalid {
                        found.push(code);
                    }
                    i += used;
                }
                None => i += 1,
            }
        } else if cat == Catcode::Invalid {
            found.push(if c == NUL_STAND_IN { 0 } else { c });
            i += 1;
        } else if cat == Catcode::Comment {
            break;
        } else if cat == Catcode::Escape {
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

/// The byte model's counterpart of [`oracle_invalid_occurrences`]: the
/// oracle's pdfTeX mode rewrites each line before LuaTeX reads it (every
/// `^^` form pdfTeX would reduce becomes `^^xx`, a NUL byte a stand-in), and
/// scans that rewritten line. Emulated here, then scanned the same way.
fn pdftex_invalid_occurrences(line: &[u8], profile: &Profile) -> Vec<u32> {
    let hex = |c: u32| matches!(c, 0x30..=0x39 | 0x61..=0x66);
    let value = |c: u32| if c <= 0x39 { c - 0x30 } else { c - 0x61 + 10 };
    let mut code: Vec<u32> = line.iter().map(|&b| u32::from(b)).collect();
    let mut reduced = vec![false; code.len()];
    let mut sup: Vec<Option<u32>> = vec![None; code.len()];
    let mut n = code.len();
    if let Some(elc) = profile.end_line_char() {
        code.push(elc);
        reduced.push(false);
        sup.push(None);
    }
    let mut last = code.len();
    let mut i = 0;
    while i < last {
        let c = code[i];
        let form = i + 2 < last && code[i + 1] == c && profile.catcode(c) == Catcode::Superscript;
        if form && code[i + 2] >= 128 {
            i += 1;
        } else if form {
            let c2 = code[i + 2];
            let (v, used) = if hex(c2) && i + 3 < last && hex(code[i + 3]) {
                ((value(c2) << 4) | value(code[i + 3]), 4)
            } else {
                (if c2 < 64 { c2 + 64 } else { c2 - 64 }, 3)
            };
            if i + used > n {
                // The form uses \endlinechar: LuaTeX reads it itself.
                break;
            }
            let s = sup[i].unwrap_or(c);
            let d = used - 1;
            code.drain(i + 1..i + 1 + d);
            reduced.drain(i + 1..i + 1 + d);
            sup.drain(i + 1..i + 1 + d);
            (last, n) = (last - d, n - d);
            (code[i], reduced[i], sup[i]) = (v, true, Some(s));
        } else {
            i += 1;
        }
    }
    let mut cps = Vec::with_capacity(n + 8);
    for j in 0..n {
        if reduced[j] {
            let s = sup[j].unwrap_or(0x5E);
            cps.extend([s, s]);
            cps.extend(format!("{:02x}", code[j]).chars().map(|c| c as u32));
        } else if code[j] == 0 {
            cps.push(NUL_STAND_IN);
        } else {
            cps.push(code[j]);
        }
    }
    invalid_in_code_points(cps, profile)
}

/// Where a [`Lexed`] sits in the input the JSON Lines describe: 0 and 0
/// for a whole input, or a [`Piece`](texlex::Piece)'s offset and first
/// line.
#[derive(Clone, Copy, Debug, Default)]
pub struct Base {
    /// Byte offset of the lexed text's start.
    pub offset: u64,
    /// 0-based line of its start.
    pub line: u64,
}

/// Writes JSON Lines: one object per token (and per trivia span if
/// `trivia`), with `kind`, `start`, `end`, `line`, `col`; diagnostics as
/// `"kind":"diagnostic"` records after the record they point into, except
/// `{` never closed and the one ill-formed UTF-8 diagnostic (with its
/// `sequences` count): those come last, in position order, as they do from
/// a stream, where they are known only at the end.
///
/// ```
/// use texlex::{Lexer, Regime};
/// let doc = Lexer::new(Regime::Latex).lex(b"a").unwrap();
/// let mut out = Vec::new();
/// texlex_cli::render::write_jsonl(&doc, Default::default(), false, &mut out).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert_eq!(text.lines().next().unwrap(),
///     r#"{"kind":"char","start":0,"end":1,"line":1,"col":1,"cat":11,"cp":97}"#);
/// ```
pub fn write_jsonl<W: Write>(
    lexed: &Lexed,
    base: Base,
    trivia: bool,
    out: &mut W,
) -> io::Result<()> {
    let mut positions = lexed.positions();
    let unclosed = |d: &Diagnostic| {
        matches!(
            d.kind,
            texlex::DiagnosticKind::UnclosedOpenBrace
                | texlex::DiagnosticKind::IllFormedUtf8 { .. }
        )
    };
    let (last, diagnostics): (Vec<Diagnostic>, Vec<Diagnostic>) =
        lexed.diagnostics().partition(unclosed);
    let mut next_diag = 0;
    let mut text = String::new();
    let records: Box<dyn Iterator<Item = Record>> = if trivia {
        Box::new(lexed.records())
    } else {
        Box::new(lexed.tokens().map(Record::Token))
    };
    let bytes_model = lexed.profile().input_model() == InputModel::Bytes;
    for record in records {
        let span = record.span();
        let position = positions.position(span.start);
        let (line, col) = (base.line + u64::from(position.line), position.col);
        let (start, end) = (
            base.offset + u64::from(span.start),
            base.offset + u64::from(span.end),
        );
        text.clear();
        let head = |kind: &str| {
            format!(r#"{{"kind":"{kind}","start":{start},"end":{end},"line":{line},"col":{col}"#)
        };
        match record {
            Record::Token(token) => match token.kind {
                TokenKind::Char { cat, code } => writeln!(
                    out,
                    r#"{},"cat":{},"cp":{code}}}"#,
                    head("char"),
                    cat.number()
                )?,
                TokenKind::Cs(id) => {
                    let name = lexed.name(id);
                    let name = if bytes_model {
                        name.iter().map(|&b| char::from(b)).collect()
                    } else {
                        String::from_utf8_lossy(name)
                    };
                    json_string(&name, &mut text);
                    writeln!(
                        out,
                        r#"{},"name":{text},"id":{}}}"#,
                        head("cs"),
                        id.as_u32()
                    )?
                }
                TokenKind::Active(code) => writeln!(out, r#"{},"cp":{code}}}"#, head("active"))?,
                TokenKind::Invalid(code) => writeln!(out, r#"{},"cp":{code}}}"#, head("invalid"))?,
                TokenKind::Verb {
                    delimiter,
                    starred,
                    terminated,
                } => {
                    let body = token.kind.verb_body(span).unwrap_or(span);
                    json_string(
                        &char::from_u32(delimiter).unwrap_or('\u{FFFD}').to_string(),
                        &mut text,
                    );
                    writeln!(
                        out,
                        r#"{},"delim":{text},"starred":{starred},"terminated":{terminated},"body_start":{},"body_end":{}}}"#,
                        head("verb"),
                        base.offset + u64::from(body.start),
                        base.offset + u64::from(body.end)
                    )?
                }
                TokenKind::Verbatim { env } => {
                    json_string(&String::from_utf8_lossy(lexed.name(env)), &mut text);
                    writeln!(
                        out,
                        r#"{},"env":{text},"body_start":{start},"body_end":{end}}}"#,
                        head("verbatim"),
                    )?
                }
            },
            Record::Trivia(t) => {
                writeln!(out, r#"{},"what":"{}"}}"#, head("trivia"), t.kind.name())?
            }
        }
        while let Some(d) = diagnostics.get(next_diag) {
            if d.span.start < span.end || d.span.start == span.start {
                write_diagnostic(&mut positions, base, d, out)?;
                next_diag += 1;
            } else {
                break;
            }
        }
    }
    for d in diagnostics[next_diag..].iter().chain(&last) {
        write_diagnostic(&mut positions, base, d, out)?;
    }
    Ok(())
}

fn write_diagnostic<W: Write>(
    positions: &mut Positions,
    base: Base,
    d: &Diagnostic,
    out: &mut W,
) -> io::Result<()> {
    let pos = positions.position(d.span.start);
    let start = base.offset + u64::from(d.span.start);
    let end = base.offset + u64::from(d.span.end);
    let line = base.line + u64::from(pos.line);
    write_diagnostic_at(d.kind, start..end, line, pos.col, out)
}

/// Writes a diagnostic a stream settles at its end (see
/// [`texlex::Stream::ill_formed_utf8`]) as a JSON Lines diagnostic.
pub fn write_stream_diagnostic_jsonl<W: Write>(
    d: &texlex::StreamDiagnostic,
    out: &mut W,
) -> io::Result<()> {
    write_diagnostic_at(d.kind, d.offset..d.end, d.line, d.col, out)
}

/// Writes a `{` a stream left open as a JSON Lines diagnostic.
pub fn write_unclosed_jsonl<W: Write>(brace: &StreamBrace, out: &mut W) -> io::Result<()> {
    let kind = texlex::DiagnosticKind::UnclosedOpenBrace;
    write_diagnostic_at(kind, brace.offset..brace.end, brace.line, brace.col, out)
}

fn write_diagnostic_at<W: Write>(
    kind: texlex::DiagnosticKind,
    span: std::ops::Range<u64>,
    line: u64,
    col: u32,
    out: &mut W,
) -> io::Result<()> {
    let mut message = String::new();
    json_string(&kind.message(), &mut message);
    write!(
        out,
        r#"{{"kind":"diagnostic","severity":"{}","code":"{}","message":{message},"start":{},"end":{},"line":{line},"col":{col}"#,
        kind.severity().name(),
        kind.name(),
        span.start,
        span.end,
    )?;
    if let texlex::DiagnosticKind::IllFormedUtf8 { sequences } = kind {
        write!(out, r#","sequences":{sequences}"#)?;
    }
    writeln!(out, "}}")
}

/// Appends `s` as a JSON string literal.
fn json_string(s: &str, out: &mut String) {
    use std::fmt::Write as _;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7F}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use texlex::{Lexer, Regime};

    /// Static catcodes, as the oracle's default mode lexes.
    fn lex<'s>(src: &'s [u8], profile: &Profile) -> Lexed<'s> {
        Lexer::with_profile(profile.clone())
            .track_catcodes(false)
            .lex(src)
            .unwrap()
    }

    fn name(bytes: &[u8]) -> String {
        let mut s = String::new();
        tex_name(bytes, &mut s);
        s
    }

    #[test]
    fn names_escape_like_the_oracle() {
        assert_eq!(name(b""), "<>");
        assert_eq!(name(b" "), "<U+0020>");
        assert_eq!(name(b"\r"), "<U+000D>");
        assert_eq!(name(b"a>b"), "a<U+003E>b");
        assert_eq!(name("😀".as_bytes()), "<U+1F600>");
        // Encoded surrogates are accepted (Lua 5.3 is lenient there) ...
        assert_eq!(name(&[0xED, 0xA0, 0x80]), "<U+D800>");
        // ... overlong forms, stray continuation bytes and codes past
        // U+10FFFF are not.
        assert_eq!(name(&[0xC0, 0x80]), "<B+C0><B+80>");
        assert_eq!(name(&[0x80, b'a']), "<B+80>a");
        assert_eq!(name(&[0xF4, 0x90, 0x80, 0x80]), "<B+F4><B+90><B+80><B+80>");
        assert_eq!(name(&[0xE2, 0x82]), "<B+E2><B+82>");
    }

    fn tex(src: &[u8], regime: Regime) -> String {
        let doc = lex(src, &Profile::new(regime));
        let mut out = Vec::new();
        write_tex(&doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn nul_ends_a_printed_name_but_not_the_token() {
        assert_eq!(tex(b"\\\0", Regime::PlainIni), "cs <>\nchr 10 U+0020\n");
        let doc = lex(b"\\\0", &Profile::new(Regime::PlainIni));
        let TokenKind::Cs(id) = doc.tokens().next().unwrap().kind else {
            panic!("a control symbol")
        };
        assert_eq!(doc.name(id), b"\0");
    }

    #[test]
    fn an_active_nul_prints_as_the_oracle_prints_it() {
        let mut p = Profile::new(Regime::Latex);
        p.set_catcode(0, Catcode::Active);
        let doc = lex(b"\0", &p);
        assert_eq!(doc.tokens().next().unwrap().kind, TokenKind::Active(0));
        let mut out = Vec::new();
        write_tex(&doc, &mut out).unwrap();
        assert_eq!(out, b"cs <U+FFFF>\nchr 10 U+0020\n");
    }

    /// In the oracle's pdfTeX mode a raw NUL byte travels as a stand-in and
    /// prints as itself; only `^^@` reaches LuaTeX as NUL (checked with
    /// `tex-oracle --engine pdftex --track` on `\catcode0=13 a^^@b<NUL>c`).
    #[test]
    fn an_active_nul_in_pdftex_mode_prints_by_how_it_was_written() {
        let mut p = Profile::for_engine(Regime::LatexAt, texlex::TexEngine::Pdftex);
        p.set_catcode(0, Catcode::Active);
        let doc = lex(b"a^^@b\0c", &p);
        let mut out = Vec::new();
        write_tex(&doc, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "cs <U+FFFF>");
        assert_eq!(lines[3], "active U+0000");
    }

    #[test]
    fn codes_beyond_21_bits_overflow_into_the_catcode() {
        assert_eq!(
            tex(b"^^^^^^ffffff", Regime::Latex),
            "chr 19 U+1FFFFF\nchr 10 U+0020\n"
        );
    }

    #[test]
    fn invalid_characters_print_the_oracle_guess() {
        // The true character is U+007F from `^^^^^^00007f`, but the oracle's
        // scan does not know six-digit forms: it reads `^^^` as `^^` + `^`,
        // that is U+001E (also catcode 15), and prints that.
        let doc = lex(b"a^^^^^^00007f", &Profile::new(Regime::Latex));
        assert!(doc.tokens().any(|t| t.kind == TokenKind::Invalid(0x7F)));
        assert!(tex(b"a^^^^^^00007f", Regime::Latex).contains("invalid U+001E"));
        // Raw and two-digit forms are found in order.
        assert_eq!(
            tex(b"\x7f^^01", Regime::Latex),
            "invalid U+007F\ninvalid U+0001\ncs par\n"
        );
    }
}
