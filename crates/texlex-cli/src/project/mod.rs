//! The project commands: `deps`, `outline`, `main` and `flatten`, thin
//! layers over the library's [`texlex::Lexed::dependencies`],
//! [`texlex::Lexed::outline`], [`texlex::main_files`] and
//! [`texlex::flatten`].

pub mod deps;
pub mod flatten;
pub mod main_file;
pub mod outline;

use std::path::Path;

use texlex::{Lexer, SNIFF_LEN};

use crate::{RegimeArg, TrackArg, Tracking, detect, input};

/// The COMMON options of the project commands.
#[derive(Debug, clap::Args)]
pub struct Common {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,
}

impl Common {
    /// How each file is lexed: as `check` lexes it (the flags, else what
    /// the file's head says, else the defaults).
    pub fn lexer_for(&self) -> impl Fn(&Path, &[u8]) -> Lexer + Sync {
        let lexing = self.regime.selection();
        let tracking: Tracking = self.tracking.options();
        move |path, bytes| {
            let head = &bytes[..bytes.len().min(SNIFF_LEN)];
            let (profile, _, _) = detect::choose(&lexing, input::regime_for(path, None), head);
            tracking.lexer(profile)
        }
    }
}

/// Reads and lexes one file for `deps` and `outline`, and hands the result
/// to `f`. The error is a `PATH: REASON` line.
pub fn with_lexed<T>(
    path: &Path,
    lexer_for: &impl Fn(&Path, &[u8]) -> Lexer,
    f: impl FnOnce(&texlex::Lexed) -> T,
) -> Result<T, String> {
    let shown = path.display();
    let bytes = input::read_file(path).map_err(|r| format!("{shown}: {r}"))?;
    let lexed = lexer_for(path, &bytes)
        .lex(&bytes)
        .map_err(|e| format!("{shown}: {e}"))?;
    Ok(f(&lexed))
}
