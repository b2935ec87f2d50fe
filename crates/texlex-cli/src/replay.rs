//! `texlex replay`: apply a script of edits to a live [`texlex::Document`]
//! and print the final tokens exactly as `texlex lex` prints them for the
//! final text.
//!
//! The edits file is JSON Lines, one edit per line (blank lines skipped):
//!
//! * `{"start":B,"end":B,"text":"…"}`: replace bytes `B..B` of the current
//!   text; `"bytes":[…]` (byte values) instead of `"text"` inserts arbitrary,
//!   possibly ill-formed, bytes;
//! * `{"range":{"start":{"line":L,"character":C},"end":{…}},"text":"…"}`:
//!   an LSP `TextDocumentContentChangeEvent` (0-based lines, UTF-16
//!   characters); `"rangeLength"` is accepted and ignored, as LSP allows;
//! * `{"text":"…"}` (or `{"bytes":[…]}`): replace the whole text.
//!
//! Every line is parsed before the first edit is applied, so a malformed
//! script changes nothing; an edit the document rejects stops the run.
//! Both are `EDITS:LINE: reason` errors (exit 2).

use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};
use texlex::LspPosition;

use crate::{EXIT_OK, Failure, input, lex_cmd};

/// What `replay` was asked to do.
pub struct Options {
    /// The forced regime; `None` picks it from the file extension.
    pub regime: input::Lexing,
    /// Catcode tracking and verbatim, as for `lex`.
    pub lexing: crate::Tracking,
    /// The edits file (JSON Lines).
    pub edits: String,
    /// JSON Lines instead of the oracle grammar.
    pub jsonl: bool,
    /// Trivia records too (JSON Lines only).
    pub trivia: bool,
    /// Print a one-line timing summary on stderr.
    pub timings: bool,
    /// The initial text.
    pub file: String,
}

/// One parsed edit.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Edit {
    /// Replace bytes `start..end` of the current text.
    Bytes { start: u32, end: u32, text: Vec<u8> },
    /// Replace the whole text by these bytes.
    Whole(Vec<u8>),
    /// An LSP change: `None` replaces the whole text.
    Lsp {
        range: Option<(LspPosition, LspPosition)>,
        text: String,
    },
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let path = Path::new(&options.file);
    let source = input::read_file(path).map_err(|r| Failure::at(&options.file, r))?;
    let edits = read_edits(&options.edits)?;

    // The engine and regime a lex of the initial text would choose.
    let (profile, _, _) = crate::detect::choose(
        &options.regime,
        input::regime_for(path, None),
        &source[..source.len().min(texlex::SNIFF_LEN)],
    );
    let mut doc = options
        .lexing
        .lexer(profile)
        .document(&source[..])
        .map_err(|e| Failure::at(&options.file, e))?;
    drop(source);

    let mut times = Vec::with_capacity(edits.len());
    let mut relexed_tokens = 0usize;
    for (line, edit) in &edits {
        let started = Instant::now();
        let change = match edit {
            Edit::Bytes { start, end, text } => doc.edit(*start..*end, text),
            Edit::Whole(text) => {
                let len = doc.len();
                doc.edit(0..len, text)
            }
            Edit::Lsp { range, text } => doc.edit_lsp(*range, text),
        };
        let elapsed = started.elapsed();
        let change = change.map_err(|e| at_line(&options.edits, *line, e))?;
        times.push(elapsed);
        relexed_tokens += change.relexed_tokens();
    }

    let text = doc.text();
    let lexed = doc.to_lexed(&text);
    lex_cmd::print_lexed(&options.file, &lexed, options.jsonl, options.trivia)?;
    if options.timings {
        let _ = writeln!(
            io::stderr().lock(),
            "{}",
            summary(&mut times, relexed_tokens)
        );
    }
    Ok(EXIT_OK)
}

/// `EDITS:LINE: reason`.
fn at_line(edits: &str, line: usize, reason: impl std::fmt::Display) -> Failure {
    Failure::Fatal(format!("{edits}:{line}: {reason}"))
}

/// Read and parse the whole edits file: `(1-based line, edit)` pairs.
fn read_edits(path: &str) -> Result<Vec<(usize, Edit)>, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::at(path, input::reason(&e)))?;
    let mut edits = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let edit = parse_edit(line).map_err(|r| at_line(path, line_no, r))?;
        edits.push((line_no, edit));
    }
    Ok(edits)
}

/// Parse one line of the edits file.
fn parse_edit(line: &[u8]) -> Result<Edit, String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(object) = value else {
        return Err("an edit must be a JSON object".to_owned());
    };
    if let Some(key) = object.keys().find(|k| {
        !matches!(
            k.as_str(),
            "start" | "end" | "text" | "bytes" | "range" | "rangeLength"
        )
    }) {
        return Err(format!(
            "unknown key `{key}` (expected start, end, text, bytes or range)"
        ));
    }
    let has = |key: &str| object.contains_key(key);

    if has("range") {
        if has("start") || has("end") || has("bytes") {
            return Err("an LSP edit (`range`) takes `text` only, not start, end or bytes".into());
        }
        let text = match object.get("text") {
            Some(Value::String(text)) => text.clone(),
            Some(_) => return Err("`text` must be a string".into()),
            None => return Err("an LSP edit needs `text`".into()),
        };
        let range = match &object["range"] {
            Value::Null => None,
            Value::Object(range) => {
                Some((lsp_position(range, "start")?, lsp_position(range, "end")?))
            }
            _ => return Err("`range` must be an object with `start` and `end`".into()),
        };
        return Ok(Edit::Lsp { range, text });
    }

    let text = replacement(&object)?;
    match (object.get("start"), object.get("end")) {
        (None, None) => match text {
            Replacement::Text(text) => Ok(Edit::Lsp { range: None, text }),
            Replacement::Bytes(bytes) => Ok(Edit::Whole(bytes)),
        },
        (Some(start), Some(end)) => {
            let start = offset(start, "start")?;
            let end = offset(end, "end")?;
            if start > end {
                return Err(format!("start {start} is after end {end}"));
            }
            Ok(Edit::Bytes {
                start,
                end,
                text: text.into_bytes(),
            })
        }
        (Some(_), None) => Err("`start` without `end`".into()),
        (None, Some(_)) => Err("`end` without `start`".into()),
    }
}

/// The new text of a byte-offset or whole edit.
enum Replacement {
    Text(String),
    Bytes(Vec<u8>),
}

impl Replacement {
    fn into_bytes(self) -> Vec<u8> {
        match self {
            Replacement::Text(text) => text.into_bytes(),
            Replacement::Bytes(bytes) => bytes,
        }
    }
}

fn replacement(object: &Map<String, Value>) -> Result<Replacement, String> {
    match (object.get("text"), object.get("bytes")) {
        (Some(_), Some(_)) => Err("give `text` or `bytes`, not both".into()),
        (None, None) => Err("an edit needs `text` or `bytes`".into()),
        (Some(Value::String(text)), None) => Ok(Replacement::Text(text.clone())),
        (Some(_), None) => Err("`text` must be a string".into()),
        (None, Some(Value::Array(items))) => items
            .iter()
            .map(|item| {
                item.as_u64()
                    .and_then(|b| u8::try_from(b).ok())
                    .ok_or_else(|| format!("`bytes` must hold integers 0 to 255, not {item}"))
            })
            .collect::<Result<Vec<u8>, String>>()
            .map(Replacement::Bytes),
        (None, Some(_)) => Err("`bytes` must be an array of integers 0 to 255".into()),
    }
}

fn offset(value: &Value, key: &str) -> Result<u32, String> {
    value
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| {
            format!(
                "`{key}` must be a byte offset (an integer 0 to {}), not {value}",
                u32::MAX
            )
        })
}

fn lsp_position(range: &Map<String, Value>, key: &str) -> Result<LspPosition, String> {
    let Some(Value::Object(pos)) = range.get(key) else {
        return Err(format!(
            "`range.{key}` must be an object with `line` and `character`"
        ));
    };
    let field = |name: &str| {
        pos.get(name)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| format!("`range.{key}.{name}` must be an integer 0 to {}", u32::MAX))
    };
    Ok(LspPosition {
        line: field("line")?,
        character: field("character")?,
    })
}

/// The `--timings` line: edits, median / p95 / max per edit, tokens re-lexed.
fn summary(times: &mut [Duration], relexed_tokens: usize) -> String {
    if times.is_empty() {
        return "replay: 0 edits".to_owned();
    }
    times.sort_unstable();
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    let n = times.len();
    let median = if n % 2 == 1 {
        micros(times[n / 2])
    } else {
        (micros(times[n / 2 - 1]) + micros(times[n / 2])) / 2.0
    };
    // Nearest rank: the smallest time at or above 95% of the edits.
    let p95 = micros(times[(n * 95).div_ceil(100).max(1) - 1]);
    let max = micros(times[n - 1]);
    format!(
        "replay: {n} edit{}, per edit median {median:.1} µs, p95 {p95:.1} µs, max {max:.1} µs; \
         {relexed_tokens} tokens re-lexed",
        if n == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Edit, String> {
        parse_edit(line.as_bytes())
    }

    #[test]
    fn byte_edits() {
        assert_eq!(
            parse(r#"{"start":1,"end":3,"text":"é"}"#),
            Ok(Edit::Bytes {
                start: 1,
                end: 3,
                text: "é".into()
            })
        );
        assert_eq!(
            parse(r#"{"start":0,"end":0,"bytes":[255,37]}"#),
            Ok(Edit::Bytes {
                start: 0,
                end: 0,
                text: vec![255, 37]
            })
        );
        assert_eq!(parse(r#"{"bytes":[65]}"#), Ok(Edit::Whole(vec![65])));
        assert!(parse(r#"{"start":3,"end":1,"text":""}"#).is_err());
        assert!(parse(r#"{"start":1,"text":""}"#).is_err());
        assert!(parse(r#"{"start":0,"end":0,"bytes":[256]}"#).is_err());
        assert!(parse(r#"{"start":-1,"end":0,"text":""}"#).is_err());
        assert!(parse(r#"{"start":0,"end":0,"text":"a","bytes":[]}"#).is_err());
        assert!(parse(r#"{"strat":0,"end":0,"text":""}"#).is_err());
    }

    #[test]
    fn lsp_edits() {
        let pos = |line, character| LspPosition { line, character };
        assert_eq!(
            parse(
                r#"{"range":{"start":{"line":0,"character":1},"end":{"line":2,"character":0}},"rangeLength":5,"text":"x"}"#
            ),
            Ok(Edit::Lsp {
                range: Some((pos(0, 1), pos(2, 0))),
                text: "x".into()
            })
        );
        assert_eq!(
            parse(r#"{"text":"all"}"#),
            Ok(Edit::Lsp {
                range: None,
                text: "all".into()
            })
        );
        assert!(
            parse(r#"{"range":{"start":{"line":0},"end":{"line":0,"character":0}},"text":""}"#)
                .is_err()
        );
        assert!(parse(r#"[1]"#).is_err());
        assert!(parse(r#"{"text":1}"#).is_err());
    }

    #[test]
    fn summary_line() {
        let mut times: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        assert_eq!(
            summary(&mut times, 42),
            "replay: 100 edits, per edit median 50.5 µs, p95 95.0 µs, max 100.0 µs; 42 tokens re-lexed"
        );
    }
}
