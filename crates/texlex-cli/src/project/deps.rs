//! `texlex deps`: the dependencies of files and directories.

use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;
use serde_json::json;

use crate::{EXIT_FAILURE, EXIT_OK, Failure, input, output};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: super::Common,

    /// Print JSON Lines: {"path", "kind", "name", "start", "end", "line",
    /// "col"} (the span is the name's bytes).
    #[arg(long)]
    json: bool,

    /// Files and directories (walked as `texlex stats` walks them).
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: &Args) -> Result<u8, Failure> {
    let selection = input::select(&args.paths);
    let mut failed = !selection.failed.is_empty();
    for (path, reason) in &selection.failed {
        output::error_line(format_args!("{}: {reason}", path.display()));
    }
    let lexer_for = args.common.lexer_for();
    let reports: Vec<Result<Vec<u8>, String>> = selection
        .files
        .par_iter()
        .map(|path| {
            super::with_lexed(path, &lexer_for, |lexed| {
                let name = path.display().to_string();
                let mut text = Vec::new();
                let mut positions = lexed.positions();
                for dep in lexed.dependencies() {
                    let at = positions.position(dep.span.start);
                    let shown = String::from_utf8_lossy(&dep.name);
                    let written = if args.json {
                        let record = json!({
                            "path": name,
                            "kind": dep.kind.name(),
                            "name": shown,
                            "start": dep.span.start,
                            "end": dep.span.end,
                            "line": at.line,
                            "col": at.col,
                        });
                        writeln!(text, "{record}")
                    } else {
                        let kind = dep.kind.name();
                        writeln!(text, "{name}:{}:{}: {kind} {shown}", at.line, at.col)
                    };
                    written.expect("writing to a Vec");
                }
                text
            })
        })
        .collect();
    let mut out = output::stdout();
    for report in reports {
        match report {
            Ok(text) => out.write_all(&text).map_err(output::failure)?,
            Err(message) => {
                failed = true;
                out.flush().map_err(output::failure)?;
                output::error_line(message);
            }
        }
    }
    output::finish(out)?;
    Ok(if failed { EXIT_FAILURE } else { EXIT_OK })
}
