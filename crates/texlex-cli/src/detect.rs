//! Per-file choices from the file itself: the engine (input model) and the
//! regime, when the command line did not fix them (see [`texlex::sniff`]).
//!
//! Precedence: `--engine`/`--regime` win over `% !TeX texlex-…` magic
//! comments, which win over a declared encoding and bytes that are not
//! UTF-8, which win over the defaults (LuaTeX; the regime from the file
//! name). A stream's head is read first and then chained with the rest of
//! the reader, so a pipe is read once.

use std::io::{self, Read};

use serde_json::{Value, json};
use texlex::{InputModel, Profile, Regime, SNIFF_LEN, SniffReason, Sniffed, TexEngine};

use crate::input::Lexing;

/// What was chosen from the file's own bytes; empty when nothing was (the
/// flags or the defaults hold, and nothing is said about it).
#[derive(Clone, Copy, Debug, Default)]
pub struct Detected {
    pub engine: Option<Sniffed<TexEngine>>,
    pub regime: Option<Sniffed<Regime>>,
}

impl Detected {
    pub fn is_empty(&self) -> bool {
        self.engine.is_none() && self.regime.is_none()
    }

    /// One line per choice for `check`'s text output, without the path:
    /// `read as bytes (pdfTeX model): \usepackage[latin1]{inputenc} at 3:1`.
    pub fn notes(&self, head: &[u8]) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(e) = self.engine {
            let what = match e.value.input_model() {
                InputModel::Bytes => "read as bytes (pdfTeX model)".to_owned(),
                InputModel::Unicode => format!("read as UTF-8 ({} model)", e.value.name()),
            };
            notes.push(format!("{what}: {}", evidence(&e, head)));
        }
        if let Some(r) = self.regime {
            notes.push(format!(
                "starts in regime {}: {}",
                r.value.name(),
                evidence(&r, head)
            ));
        }
        notes
    }

    /// The JSON object `check --format json`, `stats --json` and `lex
    /// --format jsonl` give (their own fields around it): `engine`,
    /// `model`, `reason`, `encoding`, `detail`, `start`, `end`, `line`,
    /// `col` of the engine's evidence, and `regime`, `regime_reason`,
    /// `regime_line` when a magic comment set the regime.
    pub fn json(&self, head: &[u8], engine: TexEngine) -> serde_json::Map<String, Value> {
        let mut map = serde_json::Map::new();
        map.insert("engine".into(), json!(engine.name()));
        map.insert("model".into(), json!(model_name(engine.input_model())));
        if let Some(e) = self.engine {
            map.insert("reason".into(), json!(e.reason.name()));
            if let Some(encoding) = e.reason.encoding() {
                map.insert("encoding".into(), json!(encoding));
            }
            map.insert("detail".into(), json!(evidence(&e, head)));
            map.insert("start".into(), json!(e.span.start));
            map.insert("end".into(), json!(e.span.end));
            map.insert("line".into(), json!(e.at.line));
            map.insert("col".into(), json!(e.at.col));
        }
        if let Some(r) = self.regime {
            map.insert("regime".into(), json!(r.value.name()));
            map.insert("regime_reason".into(), json!(r.reason.name()));
            map.insert("regime_line".into(), json!(r.at.line));
        }
        map
    }
}

/// `unicode` or `bytes`.
pub fn model_name(model: InputModel) -> &'static str {
    match model {
        InputModel::Unicode => "unicode",
        InputModel::Bytes => "bytes",
    }
}

/// What says so, and where: the declaration or comment as written, or the
/// first ill-formed byte.
fn evidence<T>(found: &Sniffed<T>, head: &[u8]) -> String {
    let (line, col) = (found.at.line, found.at.col);
    match found.reason {
        SniffReason::NotUtf8 => format!("not UTF-8 (first ill-formed byte at {line}:{col})"),
        _ => {
            let text = head
                .get(found.span.start as usize..found.span.end as usize)
                .unwrap_or_default();
            let text = String::from_utf8_lossy(text);
            format!("{} at {line}:{col}", text.trim())
        }
    }
}

/// The profile for a file whose head is `head`, regime `default` unless
/// one was forced or asked for, and what was detected.
pub fn choose(lexing: &Lexing, default: Regime, head: &[u8]) -> (Profile, TexEngine, Detected) {
    let mut detected = Detected::default();
    if lexing.engine.is_none() || lexing.regime.is_none() {
        let sniffed = texlex::sniff(head);
        if lexing.engine.is_none() {
            detected.engine = sniffed.engine;
        }
        if lexing.regime.is_none() {
            detected.regime = sniffed.regime;
        }
    }
    let engine = lexing
        .engine
        .or(detected.engine.map(|e| e.value))
        .unwrap_or(TexEngine::Luatex);
    let regime = lexing
        .regime
        .or(detected.regime.map(|r| r.value))
        .unwrap_or(default);
    (lexing.profile(regime, engine), engine, detected)
}

/// Reads the first [`SNIFF_LEN`] bytes of `reader` (fewer at its end).
pub fn read_head(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF_LEN);
    reader.take(SNIFF_LEN as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Reads what one read of `reader` gives, up to [`SNIFF_LEN`] bytes: all
/// of it for a file, what has arrived so far for a pipe (at least a byte,
/// unless the input is empty), so that `lex` of a pipe still prints its
/// first tokens before the input ends.
pub fn read_head_available(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = vec![0; SNIFF_LEN];
    let n = loop {
        match reader.read(&mut head) {
            Ok(n) => break n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    };
    head.truncate(n);
    Ok(head)
}
