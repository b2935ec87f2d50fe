//! `texlex strip`: the input without its comments, read by TeX (and by
//! `texlex lex`) as the same tokens.
//!
//! The settings are chosen from the input as `lex` chooses them (the
//! options, else the file's head and name), and the library keeps the
//! comments those were read from where that matters (a `% !TeX
//! texlex-regime` line, say), so that `lex` reads the output the same
//! way; when it cannot, that is an error rather than a silent change (see
//! [`texlex::Lexer::strip_comments_as_read`]).

use std::path::PathBuf;

use texlex::StripOptions;

use crate::{EXIT_OK, Failure, Tracking, detect, input, output};

/// What `strip` was asked to do.
pub struct Options {
    /// Regime, engine and catcodes from the command line.
    pub regime: input::Lexing,
    /// Tracking or static catcodes.
    pub lexing: Tracking,
    /// Remove `comment` environments too.
    pub comment_environments: bool,
    /// Where to write; `None` is standard output.
    pub output: Option<PathBuf>,
    /// The file, or `-` for standard input.
    pub file: PathBuf,
    /// A one-line summary on stderr.
    pub summary: bool,
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let opened = input::open_lex_reader(&options.file).map_err(Failure::Fatal)?;
    let name = opened.name;
    let source = input::read_all(opened.reader).map_err(|reason| Failure::at(&name, reason))?;
    let (profile, _, detected) = detect::choose(&options.regime, opened.regime, &source);
    let lexer = options.lexing.lexer(profile);
    // What the settings were read from: `detect::choose` found it.
    let mut sniffed = texlex::sniff(&source);
    sniffed.engine = detected.engine;
    sniffed.regime = detected.regime;
    let reread = |text: &[u8]| {
        let (profile, _, _) = detect::choose(&options.regime, opened.regime, text);
        options.lexing.lexer(profile)
    };
    let strip = StripOptions::new().comment_environments(options.comment_environments);
    let stripped = lexer
        .strip_comments_as_read(&source, &strip, &sniffed, reread)
        .map_err(|e| Failure::at(&name, e))?;
    output::write_to(options.output.as_deref(), &stripped.text)?;
    if options.summary {
        let removed = source.len() - stripped.text.len();
        output::error_line(format!(
            "{name}: {} comments removed ({} comment characters and {} comments kept), \
             {} comment environments removed, {removed} of {} bytes removed",
            stripped.removed_comments,
            stripped.kept_comment_chars,
            stripped.kept_comments,
            stripped.removed_environments,
            source.len(),
        ));
    }
    Ok(EXIT_OK)
}
