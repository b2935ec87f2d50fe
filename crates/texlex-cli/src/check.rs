//! `texlex check`: report the diagnostics of many files.
//!
//! Files are lexed in parallel; their reports are printed in the order of the
//! selection (see [`input::select`]), so the output is deterministic.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use texlex::{Lexed, Severity};

use crate::{EXIT_FAILURE, EXIT_FOUND_ERRORS, EXIT_OK, Failure, input, output};

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
    lexing: texlex::LexOptions,
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

fn check_file(
    path: &Path,
    regime: input::Lexing,
    json: bool,
    lexing: &texlex::LexOptions,
) -> Report {
    let bytes = match input::read_file(path) {
        Ok(bytes) => bytes,
        Err(reason) => return Report::Failed(reason),
    };
    let profile = regime.profile_for(path);
    let lexed = match texlex::try_lex_with(&bytes, &profile, lexing) {
        Ok(lexed) => lexed,
        Err(e) => return Report::Failed(e.to_string()),
    };
    let name = path.display().to_string();
    let has_error = lexed
        .diagnostics()
        .iter()
        .any(|d| d.severity == Severity::Error);
    let text = if json {
        render_json(&name, &lexed)
    } else {
        render_text(&name, &lexed)
    };
    Report::Checked { text, has_error }
}

fn render_text(name: &str, lexed: &Lexed) -> String {
    let mut text = Vec::new();
    crate::lex_cmd::write_diagnostics(name, lexed, &mut text).expect("writing to a Vec");
    String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn render_json(name: &str, lexed: &Lexed) -> String {
    // Written by hand to keep the documented field order.
    let path = serde_json::to_string(name).expect("a string serializes");
    let mut text = String::new();
    let mut positions = lexed.positions();
    for diagnostic in lexed.diagnostics() {
        let position = positions.position(diagnostic.span.start);
        let message = serde_json::to_string(&diagnostic.message()).expect("a string serializes");
        text.push_str(&format!(
            "{{\"path\":{path},\"severity\":\"{}\",\"kind\":\"{}\",\"message\":{message},\
             \"start\":{},\"end\":{},\"line\":{},\"col\":{}}}\n",
            diagnostic.severity.name(),
            diagnostic.kind.name(),
            diagnostic.span.start,
            diagnostic.span.end,
            position.line,
            position.col,
        ));
    }
    text
}
