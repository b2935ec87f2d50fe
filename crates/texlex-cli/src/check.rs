//! `texlex check`: report the diagnostics of many files.
//!
//! Files are lexed in parallel; their reports are printed in the order of the
//! selection (see [`input::select`]), so the output is deterministic.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use texlex::Severity;

use crate::{
    EXIT_FAILURE, EXIT_FOUND_ERRORS, EXIT_OK, Failure, Tracking, detect, input, lex_cmd, output,
};

/// What checking one file gave.
enum Report {
    /// The rendered diagnostics (possibly empty) and whether one is an error.
    Checked { text: String, has_error: bool },
    /// The file could not be read or lexed.
    Failed(String),
}

pub fn run(
    paths: &[PathBuf],
    regime: input::Lexing,
    json: bool,
    lexing: Tracking,
) -> Result<u8, Failure> {
    let selection = input::select(paths);
    let mut any_failed = !selection.failed.is_empty();
    for (path, reason) in &selection.failed {
        output::error_line(format_args!("{}: {reason}", path.display()));
    }

    let reports: Vec<Report> = selection
        .files
        .par_iter()
        .map(|path| check_file(path, regime, json, &lexing))
        .collect();

    let mut any_error = false;
    let mut out = output::stdout();
    for (path, report) in selection.files.iter().zip(reports) {
        match report {
            Report::Checked { text, has_error } => {
                any_error |= has_error;
                out.write_all(text.as_bytes()).map_err(output::failure)?;
            }
            Report::Failed(reason) => {
                any_failed = true;
                // Keep stdout and stderr in step when both go to a terminal.
                out.flush().map_err(output::failure)?;
                output::error_line(format_args!("{}: {reason}", path.display()));
            }
        }
    }
    output::finish(out)?;

    Ok(if any_failed {
        EXIT_FAILURE
    } else if any_error {
        EXIT_FOUND_ERRORS
    } else {
        EXIT_OK
    })
}

fn check_file(path: &Path, regime: input::Lexing, json: bool, lexing: &Tracking) -> Report {
    let mut file = match input::open_file(path) {
        Ok((file, _)) => file,
        Err(reason) => return Report::Failed(reason),
    };
    let head = match detect::read_head(&mut file) {
        Ok(head) => head,
        Err(e) => return Report::Failed(input::reason(&e)),
    };
    let (profile, engine, detected) = detect::choose(&regime, input::regime_for(path, None), &head);
    let lexer = lexing.lexer(profile);
    let name = path.display().to_string();
    let mut text = Vec::new();
    if !detected.is_empty() {
        let written = if json {
            write_note_json(&name, &detected, &head, engine, &mut text)
        } else {
            detected
                .notes(&head)
                .iter()
                .try_for_each(|note| writeln!(text, "{name}: note: {note}"))
        };
        written.expect("writing to a Vec");
    }
    let reader = std::io::Cursor::new(head).chain(file);
    let diagnostics = match lex_cmd::placed_diagnostics(&lexer, reader) {
        Ok(diagnostics) => diagnostics,
        Err(e) => return Report::Failed(input::reason(&e)),
    };
    let has_error = diagnostics
        .iter()
        .any(|d| d.kind.severity() == Severity::Error);
    for diagnostic in &diagnostics {
        let written = if json {
            diagnostic.write_json(&name, &mut text)
        } else {
            diagnostic.write(&name, &mut text)
        };
        written.expect("writing to a Vec");
    }
    let text = String::from_utf8(text)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Report::Checked { text, has_error }
}

/// The JSON object of `check --format json` for what was detected: `path`,
/// `severity` `"note"`, `kind` `"input"`, `message`, then the fields of
/// [`detect::Detected::json`].
fn write_note_json(
    path: &str,
    detected: &detect::Detected,
    head: &[u8],
    engine: texlex::TexEngine,
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    let mut object = serde_json::Map::new();
    object.insert("path".into(), path.into());
    object.insert("severity".into(), "note".into());
    object.insert("kind".into(), "input".into());
    object.insert("message".into(), detected.notes(head).join("; ").into());
    object.extend(detected.json(head, engine));
    writeln!(out, "{}", serde_json::Value::Object(object))
}
