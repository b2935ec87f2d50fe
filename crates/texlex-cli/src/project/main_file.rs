//! `texlex main`: the main file(s) of a project directory, ranked.

use std::io::Write;
use std::path::PathBuf;

use serde_json::json;
use texlex::MainReason;

use crate::{EXIT_FOUND_ERRORS, EXIT_OK, Failure, output};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: super::Common,

    /// Print JSON Lines, best first: {"rank", "path", "reasons": [{"reason",
    /// "text"}]}.
    #[arg(long)]
    json: bool,

    /// The project directory.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub fn run(args: &Args) -> Result<u8, Failure> {
    let found = texlex::main_files(&args.dir, args.common.lexer_for())
        .map_err(|e| Failure::Fatal(e.to_string()))?;
    if found.is_empty() {
        output::error_line(format_args!(
            "{}: no main file (no .tex file with both a real \\documentclass and a real \\begin{{document}})",
            args.dir.display()
        ));
        return Ok(EXIT_FOUND_ERRORS);
    }
    let mut out = output::stdout();
    for (rank, file) in (1..).zip(&found) {
        let written = if args.json {
            let reasons: Vec<_> = file
                .reasons
                .iter()
                .map(|r| json!({"reason": r.name(), "text": r.description()}))
                .collect();
            let record = json!({
                "rank": rank,
                "path": file.path.to_string_lossy(),
                "reasons": reasons,
            });
            writeln!(out, "{record}")
        } else {
            let reasons: Vec<String> = file.reasons.iter().map(MainReason::description).collect();
            writeln!(out, "{}\t{}", file.path.display(), reasons.join("; "))
        };
        written.map_err(output::failure)?;
    }
    output::finish(out)?;
    Ok(EXIT_OK)
}
