//! `texlex lex`: print the tokens of one input as they are lexed.
//!
//! The input is read and lexed in pieces of whole lines (see
//! [`texlex::Stream`]), and each piece's tokens are written before the next
//! is read: the first lines of a big file come out at once, and memory
//! stays bounded on a pipe that never ends. Diagnostics in the oracle
//! grammar go to stderr after all the tokens, sorted by position; in JSON
//! Lines they follow the record they point into, except the `{` left open,
//! which are known only at the end and come last.

use std::io::{self, Read, Write};

use texlex::{Diagnostic, DiagnosticKind, Lexed, Lexer, Stream, StreamDiagnostic};
use texlex_cli::render::{self, Base};

use crate::{EXIT_OK, Failure, Tracking, detect, input, output};

/// What `lex` was asked to do.
pub struct Options {
    /// The forced regime; `None` picks it from the file extension.
    pub regime: input::Lexing,
    /// JSON Lines instead of the oracle grammar.
    pub jsonl: bool,
    /// Trivia records too (JSON Lines only).
    pub trivia: bool,
    /// The file, or `-` for standard input.
    pub file: std::path::PathBuf,
    /// Tracking or static catcodes.
    pub lexing: Tracking,
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let mut input = input::open_lex_reader(&options.file).map_err(Failure::Fatal)?;
    // With both --engine and --regime given nothing is read ahead: a pipe's
    // first line is lexed as soon as it comes.
    let head = if options.regime.engine.is_none() || options.regime.regime.is_none() {
        detect::read_head_available(&mut input.reader)
            .map_err(|e| Failure::at(&input.name, input::reason(&e)))?
    } else {
        Vec::new()
    };
    let (profile, engine, detected) = detect::choose(&options.regime, input.regime, &head);
    let lexer = options.lexing.lexer(profile);
    if !detected.is_empty() {
        if options.jsonl {
            let mut object = serde_json::Map::new();
            object.insert("kind".into(), "input".into());
            object.extend(detected.json(&head, engine));
            let mut out = output::stdout();
            writeln!(out, "{}", serde_json::Value::Object(object)).map_err(output::failure)?;
            out.flush().map_err(output::failure)?;
        } else {
            for note in detected.notes(&head) {
                let _ = writeln!(io::stderr(), "{}: note: {note}", input.name);
            }
        }
    }
    let reader = io::Cursor::new(head).chain(input.reader);
    print_stream(&input.name, &lexer, reader, options.jsonl, options.trivia)?;
    Ok(EXIT_OK)
}

/// Lexes `reader` piece by piece with `lexer` and prints it the way `lex`
/// does: tokens on stdout (oracle grammar, or JSON Lines with or without
/// trivia); in the oracle grammar, diagnostics after them on stderr as
/// `NAME:LINE:COL: SEVERITY: MESSAGE`. A read error ends the output where
/// it happened, with the error on stderr (exit 2).
fn print_stream(
    name: &str,
    lexer: &Lexer,
    reader: impl Read,
    jsonl: bool,
    trivia: bool,
) -> Result<(), Failure> {
    let mut out = output::stdout();
    let mut stream = lexer.stream(reader);
    let mut diagnostics = Vec::new();
    loop {
        let piece = match stream.next_piece() {
            Ok(Some(piece)) => piece,
            Ok(None) => break,
            Err(e) => {
                // What was lexed is out; say why the rest is not.
                output::finish(out)?;
                return Err(Failure::at(name, input::reason(&e)));
            }
        };
        let base = Base {
            offset: piece.offset(),
            line: piece.first_line(),
        };
        if jsonl {
            render::write_jsonl(&piece, base, trivia, &mut out).map_err(output::failure)?;
        } else {
            render::write_tex(&piece, &mut out).map_err(output::failure)?;
            collect_diagnostics(&piece, base, &mut diagnostics);
        }
        // A reader waiting on the pipe sees each piece when it is done.
        out.flush().map_err(output::failure)?;
    }
    if jsonl {
        for d in at_end(&stream) {
            render::write_stream_diagnostic_jsonl(&d, &mut out).map_err(output::failure)?;
        }
        return output::finish(out);
    }
    output::finish(out)?;
    diagnostics.extend(at_end(&stream).map(Placed::from));
    write_diagnostics(name, diagnostics);
    Ok(())
}

/// Prints a whole `lexed` exactly as [`print_stream`] prints a stream of
/// the same text: what `replay` prints of its document.
pub fn print_lexed(name: &str, lexed: &Lexed, jsonl: bool, trivia: bool) -> Result<(), Failure> {
    let mut out = output::stdout();
    if jsonl {
        render::write_jsonl(lexed, Base::default(), trivia, &mut out).map_err(output::failure)?;
        return output::finish(out);
    }
    render::write_tex(lexed, &mut out).map_err(output::failure)?;
    output::finish(out)?;
    let mut diagnostics = Vec::new();
    collect_diagnostics(lexed, Base::default(), &mut diagnostics);
    write_diagnostics(name, diagnostics);
    Ok(())
}

/// Writes diagnostics on stderr, sorted by position. They come after the
/// tokens, so that they are the last thing on a terminal. A failing
/// stderr is not worth a different exit status. Stderr is unbuffered: one
/// write per diagnostic would cost a system call each.
fn write_diagnostics(name: &str, mut diagnostics: Vec<Placed>) {
    diagnostics.sort_by_key(|d| (d.start, d.end));
    let mut stderr = io::BufWriter::new(io::stderr().lock());
    let _ = diagnostics
        .iter()
        .try_for_each(|d| d.write(name, &mut stderr))
        .and_then(|()| stderr.flush());
}

/// A diagnostic placed in the whole input (pieces count from their start).
pub struct Placed {
    pub start: u64,
    pub end: u64,
    pub line: u64,
    pub col: u32,
    pub kind: DiagnosticKind,
}

impl Placed {
    /// `PATH:LINE:COL: SEVERITY: MESSAGE`.
    pub fn write<W: Write>(&self, path: &str, out: &mut W) -> io::Result<()> {
        writeln!(
            out,
            "{path}:{}:{}: {}: {}",
            self.line,
            self.col,
            self.kind.severity().name(),
            self.kind.message()
        )
    }

    /// One JSON object: path, severity, kind, message, start, end, line,
    /// col (in this order, as documented), and `sequences` for ill-formed
    /// UTF-8.
    pub fn write_json<W: Write>(&self, path: &str, out: &mut W) -> io::Result<()> {
        let path = serde_json::to_string(path).expect("a string serializes");
        let message = serde_json::to_string(&self.kind.message()).expect("a string serializes");
        write!(
            out,
            "{{\"path\":{path},\"severity\":\"{}\",\"kind\":\"{}\",\"message\":{message},\
             \"start\":{},\"end\":{},\"line\":{},\"col\":{}",
            self.kind.severity().name(),
            self.kind.name(),
            self.start,
            self.end,
            self.line,
            self.col,
        )?;
        if let DiagnosticKind::IllFormedUtf8 { sequences } = self.kind {
            write!(out, ",\"sequences\":{sequences}")?;
        }
        writeln!(out, "}}")
    }
}

/// Lexes `reader` piece by piece and returns its diagnostics, placed and
/// sorted by position; no piece is kept.
pub fn placed_diagnostics(lexer: &Lexer, reader: impl Read) -> io::Result<Vec<Placed>> {
    let mut stream = lexer.stream(reader);
    let mut diagnostics = Vec::new();
    while let Some(piece) = stream.next_piece()? {
        let base = Base {
            offset: piece.offset(),
            line: piece.first_line(),
        };
        collect_diagnostics(&piece, base, &mut diagnostics);
    }
    diagnostics.extend(at_end(&stream).map(Placed::from));
    diagnostics.sort_by_key(|d| (d.start, d.end));
    Ok(diagnostics)
}

/// Adds the diagnostics of `lexed` (at `base`) to `out`.
fn collect_diagnostics(lexed: &Lexed, base: Base, out: &mut Vec<Placed>) {
    let mut positions = lexed.positions();
    out.extend(lexed.diagnostics().map(|d: Diagnostic| {
        let at = positions.position(d.span.start);
        Placed {
            start: base.offset + u64::from(d.span.start),
            end: base.offset + u64::from(d.span.end),
            line: base.line + u64::from(at.line),
            col: at.col,
            kind: d.kind,
        }
    }));
}

/// What a finished stream knows only at its end: the `{` left open and
/// the one ill-formed UTF-8 diagnostic, in position order.
pub fn at_end<R: Read>(stream: &Stream<R>) -> impl Iterator<Item = StreamDiagnostic> {
    let mut all: Vec<StreamDiagnostic> = stream
        .unclosed_braces()
        .iter()
        .map(|brace| StreamDiagnostic {
            kind: DiagnosticKind::UnclosedOpenBrace,
            offset: brace.offset,
            end: brace.end,
            line: brace.line,
            col: brace.col,
        })
        .chain(stream.ill_formed_utf8())
        .collect();
    all.sort_by_key(|d| (d.offset, d.end));
    all.into_iter()
}

impl From<StreamDiagnostic> for Placed {
    fn from(d: StreamDiagnostic) -> Placed {
        Placed {
            start: d.offset,
            end: d.end,
            line: d.line,
            col: d.col,
            kind: d.kind,
        }
    }
}
