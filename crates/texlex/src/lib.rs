//! texlex: the tokens TeX's eyes and mouth make of LaTeX source — exactly,
//! losslessly, and fast.
//!
//! ```
//! use texlex::{lex, Profile, Regime, TokenKind, Catcode};
//! let doc = lex(b"\\emph{Hi}", &Profile::new(Regime::Latex));
//! let tokens: Vec<_> = doc.tokens().collect();
//! assert_eq!(doc.name(match tokens[0].kind { TokenKind::Cs(id) => id, _ => unreachable!() }), b"emph");
//! assert_eq!(tokens[1].kind, TokenKind::Char { cat: Catcode::BeginGroup, code: '{' as u32 });
//! assert_eq!(tokens[1].span.range(), 5..6);
//! ```
//!
//! Modules, in the order data flows: [`catcode`] (tables and profiles),
//! `lexed` (line splitting and the document), `engine` (TeX's state machine
//! for one line, over a `buffer`), `store` (the packed token store),
//! [`intern`] (control-sequence names), [`pos`] (line index and columns),
//! [`render`] (the oracle's text format and JSON Lines).

#![warn(missing_docs)]

mod buffer;
pub mod catcode;
mod classify;
mod diag;
mod document;
mod engine;
mod fast;
pub mod intern;
mod lexed;
mod parallel;
pub mod pos;
pub mod render;
mod store;
mod stream;
mod token;
mod track;
#[cfg(any(test, feature = "fuzzing"))]
mod twins;

pub use catcode::{Catcode, InputModel, Profile, Regime, TexEngine};
pub use diag::{Diagnostic, DiagnosticKind, Severity};
pub use document::{
    Change, Document, DocumentDiagnostics, DocumentPositions, DocumentRecords, DocumentTokens,
    EditError,
};
pub use engine::VERBATIM_ENVIRONMENTS;
pub use intern::{CsId, Interner, builtin};
pub use lexed::{LexError, LexOptions, Lexed, Tokens, lex, lex_with, try_lex, try_lex_with};
pub use parallel::{PARALLEL_MIN_BYTES, lex_parallel, try_lex_parallel};
pub use pos::{LineIndex, LspPosition, Position};
pub use store::{MAX_OPEN_BRACES_REPORTED, Records, TokenStats};
pub use stream::{MAX_STRETCH, Stream};
pub use token::{Record, Span, Token, TokenKind, Trivia, TriviaKind};

/// Baselines that `texlex bench` and the criterion benches measure the
/// lexer against: not a stable API, and not part of the documentation.
#[doc(hidden)]
pub mod baseline {
    use crate::Profile;

    /// Visits, in order, every byte of `source` a tokenizer must look at
    /// under `profile` (every byte that is not a printable letter or other:
    /// `\ { } $ & # ^ _ ~ %`, spaces, tabs, line ends, controls and UTF-8
    /// under LaTeX), with the SIMD kernel the lexer uses, doing nothing
    /// with each but counting it by value. Returns how many it visited.
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let profile = Profile::new(Regime::Latex);
    /// assert_eq!(texlex::baseline::visit_special_bytes(b"\\emph{x} y%", &profile), 5);
    /// ```
    pub fn visit_special_bytes(source: &[u8], profile: &Profile) -> u64 {
        let set = crate::classify::SpecialSet::structural(profile);
        crate::classify::visit_special_bytes(&set, source)
    }
}

/// Entry points for the fuzz targets (feature `fuzzing`): not a stable
/// API, and not part of the documentation.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    use crate::{LexOptions, Profile, Regime};

    /// The regime and lexing options a fuzz input's selector byte picks:
    /// the regime from the whole byte, static or tracking (with or without
    /// verbatim) from its high nibble. The fuzz corpora depend on this
    /// mapping.
    pub fn selected(selector: u8) -> (Profile, LexOptions) {
        let regime = Regime::ALL[usize::from(selector) % Regime::ALL.len()];
        let options = match (selector >> 4) % 3 {
            0 => LexOptions::static_catcodes(),
            1 => LexOptions::tracking(),
            _ => LexOptions::tracking_with_verbatim(),
        };
        (Profile::new(regime), options)
    }

    /// Whether the fast driver and the reference engine (the faithful
    /// LuaTeX port it must equal) agree on `source` from the start of a
    /// file: records, diagnostics, names, line starts, and with tracking
    /// the catcode history and end state. `Err` says where they differ.
    pub fn drivers_agree(
        source: &[u8],
        profile: &Profile,
        options: &LexOptions,
    ) -> Result<(), String> {
        crate::twins::drivers_agree(source, profile, options)
    }
}
