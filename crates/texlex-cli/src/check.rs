//! `texlex check`: report the diagnostics of many files.
//!
//! Files are lexed in parallel; their reports are printed in the order of the
//! selection (see [`input::select`]), so the output is deterministic.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use texlex::Severity;

use crate::{EXIT_FAILURE, EXIT_FOUND_ERRORS, EXIT_OK, Failure, Tracking, input, lex_cmd, output};

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
    let file = match input::open_file(path) {
        Ok((file, _)) => file,
        Err(reason) => return Report::Failed(reason),
    };
    let lexer = lexing.lexer(regime.profile_for(path));
    let diagnostics = match lex_cmd::placed_diagnostics(&lexer, file) {
        Ok(diagnostics) => diagnostics,
        Err(e) => return Report::Failed(input::reason(&e)),
    };
    let name = path.display().to_string();
    let has_error = diagnostics
        .iter()
        .any(|d| d.kind.severity() == Severity::Error);
    let mut text = Vec::new();
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
