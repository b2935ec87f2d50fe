//! `texlex view`: one self-contained HTML page showing a file as TeX reads
//! it: every byte, coloured by the category the language server gives it,
//! with the server's hover text on every character and the diagnostics
//! underlined and listed.

mod page;

use std::io::Write;
use std::path::PathBuf;

pub use page::{Category, Diag, Model, Piece, render};

use crate::{EXIT_OK, Failure, Tracking, detect, input, output};

/// What `view` was asked to do.
pub struct Options {
    /// Regime, engine and catcodes from the command line.
    pub regime: input::Lexing,
    /// Tracking or static catcodes.
    pub lexing: Tracking,
    /// Where to write; `None` (or `-`) is standard output.
    pub output: Option<PathBuf>,
    /// The file, or `-` for standard input.
    pub file: PathBuf,
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let opened = input::open_lex_reader(&options.file).map_err(Failure::Fatal)?;
    let name = opened.name;
    let source = input::read_all(opened.reader).map_err(|reason| Failure::at(&name, reason))?;
    let (profile, engine, detected) = detect::choose(&options.regime, opened.regime, &source);
    let regime = profile.regime();
    let lexer = options.lexing.lexer(profile);
    let lexed = lexer.lex(&source).map_err(|e| Failure::at(&name, e))?;
    let mut info = vec![format!(
        "Read as `{}` from the start, engine `{}` ({} model); catcode tracking {}{}.",
        regime.name(),
        engine.name(),
        detect::model_name(engine.input_model()),
        if options.lexing.track { "on" } else { "off" },
        if options.lexing.verbatim {
            ", verbatim on"
        } else {
            ", verbatim off"
        },
    )];
    info.extend(detected.notes(&source));
    let html = render(&model(&lexed, &name, info));
    write_output(options, html.as_bytes())?;
    Ok(EXIT_OK)
}

/// The page's model of a lexed source.
pub fn model<'s>(lexed: &texlex::Lexed<'s>, name: &str, info: Vec<String>) -> Model<'s> {
    let mut positions = lexed.positions();
    let diagnostics = lexed
        .diagnostics()
        .map(|d| {
            let at = positions.position(d.span.start);
            Diag {
                start: d.span.start,
                end: d.span.end,
                error: d.severity() == texlex::Severity::Error,
                code: d.kind.name().to_owned(),
                message: d.message(),
                line: at.line,
                col: at.col,
            }
        })
        .collect();
    let (categories, hovers, pieces) = classify(lexed);
    Model {
        title: name.to_owned(),
        source: lexed.source(),
        info,
        categories,
        hovers,
        pieces,
        diagnostics,
    }
}

/// Placeholder until the language server's classification is merged.
fn classify(lexed: &texlex::Lexed) -> (Vec<Category>, Vec<String>, Vec<Piece>) {
    let cat = |key: &str, label: &str| Category {
        key: key.to_owned(),
        label: label.to_owned(),
        description: label.to_owned(),
    };
    let categories = vec![
        cat("plain", "text"),
        cat("control-word", "control sequence"),
        cat("comment", "comment"),
    ];
    let pieces = lexed
        .records()
        .map(|r| Piece {
            end: r.span().end,
            category: match r {
                texlex::Record::Token(t) if matches!(t.kind, texlex::TokenKind::Cs(_)) => 1,
                texlex::Record::Trivia(t) if t.kind == texlex::TriviaKind::Comment => 2,
                _ => 0,
            },
            hover: 0,
        })
        .collect();
    (categories, vec![String::new()], pieces)
}

fn write_output(options: &Options, text: &[u8]) -> Result<(), Failure> {
    match &options.output {
        Some(path) if path.as_os_str() != "-" => std::fs::write(path, text)
            .map_err(|e| Failure::at(&path.to_string_lossy(), input::reason(&e))),
        _ => {
            let mut out = output::stdout();
            out.write_all(text).map_err(output::failure)?;
            output::finish(out)
        }
    }
}
