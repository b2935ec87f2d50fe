//! `texlex flatten`: a main file with its inputs inlined.

use std::io::Write;
use std::path::PathBuf;

use crate::{EXIT_FAILURE, EXIT_FOUND_ERRORS, EXIT_OK, Failure, input, output};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: super::Common,

    /// Write the flattened text to OUT instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: Option<PathBuf>,

    /// The main file.
    #[arg(value_name = "MAIN")]
    main: PathBuf,
}

pub fn run(args: &Args) -> Result<u8, Failure> {
    let shown = args.main.display().to_string();
    let flat = texlex::flatten(&args.main, args.common.lexer_for())
        .map_err(|e| Failure::at(&shown, input::reason(&e)))?;
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &flat.text) {
                output::error_line(format_args!("{}: {}", path.display(), input::reason(&e)));
                return Ok(EXIT_FAILURE);
            }
        }
        None => {
            let mut out = output::stdout();
            out.write_all(&flat.text).map_err(output::failure)?;
            output::finish(out)?;
        }
    }
    let mut stderr = std::io::stderr().lock();
    for diagnostic in &flat.diagnostics {
        // A failing stderr is ignored, as for every message.
        let _ = writeln!(stderr, "{diagnostic}");
    }
    Ok(if flat.diagnostics.is_empty() {
        EXIT_OK
    } else {
        EXIT_FOUND_ERRORS
    })
}
