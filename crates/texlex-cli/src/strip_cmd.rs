//! `texlex strip`: the input without its comments, read by TeX (and by
//! `texlex lex`) as the same tokens.
//!
//! The settings are chosen from the input as `lex` chooses them (the
//! options, else the file's head and name), and the comments those were
//! read from (a `% !TeX texlex-regime` line, say) are kept, so that the
//! output is read the same way. The library checks the output against the
//! input with the chosen lexer; when the output's own head would make
//! `lex` choose other settings (its first 64 KiB now holds bytes that are
//! not UTF-8, say), the output is checked again with those, and a
//! difference is an error rather than a silent change.

use std::io::Write;
use std::path::PathBuf;

use texlex::{Regime, SniffReason, StripOptions, TexEngine};

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
    let lexer = options.lexing.lexer(profile.clone());
    // A comment the settings were read from is kept when it matters: a
    // magic comment always, since it says how to read the file; the
    // comment holding the first bytes that are not UTF-8 only when the
    // output would otherwise be read with other settings, and other tokens.
    let strip = |keep: &dyn Fn(SniffReason) -> bool| {
        let mut strip = StripOptions::new().comment_environments(options.comment_environments);
        let engine = detected.engine.map(|s| (s.reason, s.span));
        for (reason, span) in engine
            .into_iter()
            .chain(detected.regime.map(|s| (s.reason, s.span)))
        {
            if keep(reason) {
                strip = strip.keep_comment_at(span);
            }
        }
        lexer
            .strip_comments(&source, &strip)
            .map_err(|e| Failure::at(&name, e))
    };
    // The settings `lex` would choose for `text`, when they are not the
    // input's and give other tokens.
    let read_otherwise = |text: &[u8]| -> Result<Option<(TexEngine, Regime)>, Failure> {
        let (reread, engine, _) = detect::choose(&options.regime, opened.regime, text);
        if reread == profile {
            return Ok(None);
        }
        let other = (engine, reread.regime());
        if options.comment_environments {
            // The tokens differ by design: no comparison says more.
            return Ok(Some(other));
        }
        let lex = |profile, text| {
            (options.lexing.lexer(profile).lex(text)).map_err(|e| Failure::at(&name, e))
        };
        let same = lex(profile.clone(), &source)?
            .first_difference(&lex(reread, text)?)
            .is_none();
        Ok((!same).then_some(other))
    };
    let mut stripped = strip(&|reason| reason != SniffReason::NotUtf8)?;
    if read_otherwise(&stripped.text)?.is_some() {
        stripped = strip(&|_| true)?;
        if let Some((engine, regime)) = read_otherwise(&stripped.text)? {
            return Err(Failure::at(
                &name,
                format!(
                    "without its comments the file would be read as {} with regime {} (its \
                     first 64 KiB change), which changes its tokens; give --engine and --regime",
                    engine.name(),
                    regime.name(),
                ),
            ));
        }
    }
    write_output(options, &stripped.text)?;
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
