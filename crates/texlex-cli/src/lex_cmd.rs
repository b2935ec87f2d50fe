//! `texlex lex`: print the tokens of one input.

use std::io::{self, Write};

use texlex::{Lexed, render};

use crate::{EXIT_OK, Failure, input, output};

/// What `lex` was asked to do.
pub struct Options {
    /// The forced regime; `None` picks it from the file extension.
    pub regime: input::Lexing,
    /// JSON Lines instead of the oracle grammar.
    pub jsonl: bool,
    /// Trivia records too (JSON Lines only).
    pub trivia: bool,
    /// The file, or `-` for standard input.
    pub file: String,
    /// Tracking or static catcodes.
    pub lexing: texlex::LexOptions,
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let input = input::read_lex_input(&options.file).map_err(Failure::Fatal)?;
    let profile = options.regime.profile_or(input.regime);
    let lexed = texlex::try_lex_with(&input.bytes, &profile, &options.lexing)
        .map_err(|e| Failure::at(&input.name, e))?;

    print(&input.name, &lexed, options.jsonl, options.trivia)?;
    Ok(EXIT_OK)
}

/// Print `lexed` the way `lex` does: tokens on stdout (oracle grammar, or
/// JSON Lines with or without trivia); in the oracle grammar, diagnostics
/// after them on stderr as `NAME:LINE:COL: SEVERITY: MESSAGE`. Shared with
/// `replay`, whose output must be the same as `lex` of the final text.
pub fn print(name: &str, lexed: &Lexed, jsonl: bool, trivia: bool) -> Result<(), Failure> {
    let mut out = output::stdout();
    if jsonl {
        render::write_jsonl(lexed, trivia, &mut out).map_err(output::failure)?;
        output::finish(out)?;
    } else {
        render::write_tex(lexed, &mut out).map_err(output::failure)?;
        output::finish(out)?;
        // Diagnostics after the tokens, so they are the last thing on a terminal.
        // A failing stderr is not worth a different exit status. Stderr
        // is unbuffered: one write per diagnostic would cost a system call
        // each.
        let mut stderr = io::BufWriter::new(io::stderr().lock());
        let _ = write_diagnostics(name, lexed, &mut stderr).and_then(|()| stderr.flush());
    }
    Ok(())
}

/// Write every diagnostic as `PATH:LINE:COL: SEVERITY: MESSAGE`.
pub fn write_diagnostics<W: Write>(path: &str, lexed: &Lexed, out: &mut W) -> io::Result<()> {
    let mut positions = lexed.positions();
    for diagnostic in lexed.diagnostics() {
        let position = positions.position(diagnostic.span.start);
        writeln!(
            out,
            "{path}:{}:{}: {}: {}",
            position.line,
            position.col,
            diagnostic.severity.name(),
            diagnostic.message()
        )?;
    }
    Ok(())
}
