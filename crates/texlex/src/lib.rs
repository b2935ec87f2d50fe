//! texlex: the tokens TeX's eyes and mouth make of LaTeX source — exactly,
//! losslessly, and fast.
//!
//! Configure a [`Lexer`], give it bytes, and read tokens, positions and
//! diagnostics from the [`Lexed`] result:
//!
//! ```
//! use texlex::{Lexer, Regime, TokenKind};
//!
//! let source = b"\\section{Intro}\nSee \\cite{knuth84}.\n}\n";
//! let lexed = Lexer::new(Regime::Latex).lex(source)?;
//!
//! // Tokens: control sequences carry an id, characters a catcode and a code.
//! let mut names = Vec::new();
//! for token in lexed.tokens() {
//!     if let TokenKind::Cs(id) = token.kind {
//!         names.push(String::from_utf8_lossy(lexed.name(id)).into_owned());
//!     }
//! }
//! assert_eq!(names, ["section", "cite"]);
//!
//! // Diagnostics, with positions (1-based line and column, UTF-16 column too).
//! let problem = lexed.diagnostics().next().unwrap();
//! let at = lexed.position(problem.span.start);
//! assert_eq!((at.line, at.col), (3, 1));
//! assert_eq!(problem.message(), "unmatched `}`");
//! # Ok::<(), texlex::LexError>(())
//! ```
//!
//! By default a [`Lexer`] follows literal catcode changes (`\makeatletter`,
//! `\ExplSyntaxOn`, `\catcode`…) and makes `\verb` and verbatim
//! environments single tokens, as the `texlex` command does; see its docs
//! for static catcodes, other engines, starting catcodes and threads.
//! Beyond one-shot lexing:
//!
//! - [`Lexed::records`] adds the trivia (comments, skipped spaces, ignored
//!   characters) whose spans, with the tokens', tile the input.
//! - [`Document`] ([`Lexer::document`]) is an editable text re-lexed in
//!   time proportional to each edit, with LSP positions.
//! - [`Stream`] ([`Lexer::stream`]) lexes any [`std::io::Read`] in pieces
//!   of whole lines, in bounded memory.
//!
//! Nothing here panics on input: a lex fails only on inputs of 4 GiB or
//! more (offsets are 32-bit); everything else yields tokens plus
//! [`Diagnostic`]s.
//!
//! # Modules, in the order data flows
//!
//! - `options`: the [`Lexer`] a user configures, resolved to a starting
//!   [`Profile`] (from `catcode`: tables, regimes, engines) and switches.
//! - `driver`: picks the lexer for the job and runs it over whole lines:
//!   - `fast` (static catcodes) and `fast::tracked` (tracking), the
//!     production drivers, which find the bytes that matter with the SIMD
//!     kernels of `classify` and lex runs of plain text in bulk;
//!   - `engine`, TeX's state machine for one line over a `buffer` (lines
//!     with their `^^` notation and end-of-line rules): the reference
//!     driver the fast ones must equal, and their fallback;
//!   - `track`, which follows catcode assignments, groups and verbatim,
//!     recording what changed where in a `catcode::History`.
//! - `line_end`: the one definition of CR, LF and CRLF line ends.
//! - `store`: the packed token store every driver writes and every reader
//!   decodes; `intern`: control-sequence names and their ids ([`builtin`]
//!   is the catalog); `diag`: diagnostics.
//! - `lexed`: the [`Lexed`] view over the chunks a driver made, with
//!   `pos` (line index and columns).
//! - `parallel`: big static inputs split at line ends, lexed on threads,
//!   merged into the serial result.
//! - `stream`: a [`Read`](std::io::Read)er lexed piece by piece.
//! - `sniff`: what a file's head says about how to read it (magic
//!   comments, a declared encoding, bytes that are not UTF-8): [`sniff`].
//! - `document`: the editable [`Document`].
//! - `project`: a project's structure from real tokens:
//!   [`Lexed::dependencies`], [`Lexed::outline`], [`main_files`],
//!   [`flatten`].

#![warn(missing_docs)]

mod buffer;
mod catcode;
mod classify;
mod count;
mod diag;
mod document;
mod driver;
mod engine;
mod fast;
mod intern;
mod latex;
mod lexed;
mod line_end;
mod options;
mod parallel;
mod pos;
mod project;
mod sniff;
mod store;
mod stream;
mod strip;
mod token;
mod track;
#[cfg(any(test, feature = "fuzzing"))]
mod twins;
mod walker;

pub use catcode::{Catcode, InputModel, Profile, Regime, TexEngine};
pub use count::Counts;
pub use diag::{Diagnostic, DiagnosticKind, Severity};
pub use document::{
    Change, Document, DocumentDiagnostics, DocumentPositions, DocumentRecords, DocumentTokens,
    EditError,
};
pub use driver::LexError;
pub use intern::{CsId, builtin};
pub use lexed::{Lexed, Tokens};
pub use options::{Lexer, VERBATIM_ENVIRONMENTS};
pub use pos::{LspPosition, Position, Positions};
pub use project::{
    BibliographyStart, Dependency, DependencyKind, FlattenDiagnostic, FlattenProblem, Flattened,
    Landmark, LandmarkKind, MainFile, MainReason, SectionLevel, flatten, main_files,
};
pub use sniff::{SNIFF_LEN, Sniff, SniffReason, Sniffed, sniff};
pub use store::{Records, TokenStats};
pub use stream::{Piece, Stream, StreamBrace, StreamDiagnostic};
pub use strip::{StripError, StripOptions, Stripped};
pub use token::{Record, Span, Token, TokenKind, Trivia, TriviaKind};

pub(crate) use intern::Interner;
pub(crate) use options::LexOptions;
#[cfg(test)]
pub(crate) use pos::LineIndex;

/// Lexes with static catcodes: the shorthand the unit tests use.
#[cfg(test)]
pub(crate) fn lex<'s>(source: &'s [u8], profile: &Profile) -> Lexed<'s> {
    lex_with(source, profile, &LexOptions::static_catcodes())
}

/// Lexes with `options`: the shorthand the unit tests use.
#[cfg(test)]
pub(crate) fn lex_with<'s>(source: &'s [u8], profile: &Profile, options: &LexOptions) -> Lexed<'s> {
    driver::check_len(source).expect("test inputs are small");
    driver::lex(source, profile, options)
}

/// Measurements for `texlex bench`, the benches and the memory tests: not
/// a stable API (it may change in any release), and not part of the
/// documentation.
#[doc(hidden)]
pub mod unstable {
    use crate::{Lexed, Profile};

    pub mod alloc_count;

    /// Visits, in order, every byte of `source` a tokenizer must look at
    /// under `profile` (every byte that is not a printable letter or other:
    /// `\ { } $ & # ^ _ ~ %`, spaces, tabs, line ends, controls and UTF-8
    /// under LaTeX), with the SIMD kernel the lexer uses, doing nothing
    /// with each but counting it by value. Returns how many it visited:
    /// the floor a lexer of this design cannot go below.
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let profile = Profile::new(Regime::Latex);
    /// assert_eq!(texlex::unstable::visit_special_bytes(b"\\emph{x} y%", &profile), 5);
    /// ```
    pub fn visit_special_bytes(source: &[u8], profile: &Profile) -> u64 {
        let set = crate::classify::SpecialSet::structural(profile);
        crate::classify::visit_special_bytes(&set, source)
    }

    /// The masks the lexer computes for `source` under `profile` (its own
    /// classifier, kernel included), for whole runs of 64-byte blocks at
    /// once, summing the number of special bytes, group bytes (`{ }` under
    /// LaTeX) and LFs in them. Nothing else is done: this is the limit the
    /// first stage of a scanner that classifies whole blocks before
    /// walking them is measured against (`texlex bench`).
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let profile = Profile::new(Regime::Latex);
    /// // Special: `\`, the space, `%` and the LF; group: `{ }`; and the LF.
    /// let source = b"\\emph{x} y%\n";
    /// assert_eq!(texlex::unstable::classify_and_popcount(source, &profile), 7);
    /// ```
    pub fn classify_and_popcount(source: &[u8], profile: &Profile) -> u64 {
        crate::classify::classify_and_popcount(profile.specials(), source)
    }

    /// The lexer's first stage alone over `source` under `profile`: every
    /// 64-byte block classified and its stops decided (spaces and line
    /// ends that join runs left out), window by window. Returns how many
    /// stops there are. Measured by `texlex bench` against
    /// [`classify_and_popcount`], the limit of such a stage.
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let profile = Profile::new(Regime::Latex);
    /// // `\` and `%`: both spaces follow a plain byte and join runs (the
    /// // lexer never starts a run at the one after `\emph`).
    /// assert_eq!(texlex::unstable::stage_one(b"\\emph {x} y%", &profile), 2);
    /// ```
    pub fn stage_one(source: &[u8], profile: &Profile) -> u64 {
        crate::walker::stage_one(
            source,
            profile.specials(),
            crate::fast::line_ends_join(profile),
        )
    }

    /// Both of the lexer's stages and nothing else: from the start of
    /// `source` and from the byte after every stop, the walk to the next
    /// stop, reading the braces and line ends of the runs it walks over.
    /// Returns how many stops and marks it met. Measured by `texlex bench`:
    /// what a lex costs before it handles a single stop.
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let profile = Profile::new(Regime::Latex);
    /// // Stops `\` and `%`; marks `{` and `}`.
    /// assert_eq!(texlex::unstable::walk_stops(b"\\emph {x} y%", &profile), 4);
    /// ```
    pub fn walk_stops(source: &[u8], profile: &Profile) -> u64 {
        crate::walker::walk_stops(
            source,
            profile.specials(),
            crate::fast::line_ends_join(profile),
        )
    }

    /// Makes every classifier built from now on (in this process) use the
    /// SIMD kernel named `name` instead of the best one the CPU has, or the
    /// best one again with `None`: `scalar`, `sse2`, `avx2`, `avx512bw`,
    /// `avx512vbmi` (x86-64; elsewhere only `scalar`). A profile keeps the
    /// classifier it built first; a classifier the kernel cannot serve
    /// (SSE2 with more than eight printable special bytes) uses the scalar
    /// kernel. `Err` says why when the name is unknown or the CPU lacks
    /// the kernel's features; nothing changes then.
    ///
    /// ```
    /// assert!(texlex::unstable::set_kernel_override(Some("avx1024")).is_err());
    /// ```
    pub fn set_kernel_override(name: Option<&str>) -> Result<(), String> {
        crate::classify::set_kernel_override(name)
    }

    /// The name of the SIMD kernel a lex with `profile` uses now (see
    /// [`set_kernel_override`]).
    ///
    /// ```
    /// use texlex::{Profile, Regime};
    /// let name = texlex::unstable::kernel_name(&Profile::new(Regime::Latex));
    /// assert!(["scalar", "sse2", "avx2", "avx512bw", "avx512vbmi"].contains(&name));
    /// ```
    pub fn kernel_name(profile: &Profile) -> &'static str {
        profile.specials().kernel().name()
    }

    /// Heap bytes of a lex's token store (the source not counted).
    pub fn store_heap_bytes(lexed: &Lexed) -> usize {
        lexed.store_heap_bytes()
    }

    /// Packed entries of a lex's store (a run of plain characters is one).
    pub fn entry_count(lexed: &Lexed) -> usize {
        lexed.entry_count()
    }

    /// Names a lex interned beyond the built-in catalog.
    pub fn dynamic_names(lexed: &Lexed) -> usize {
        lexed.interner().dynamic_len()
    }
}

/// Entry points for the fuzz targets (feature `fuzzing`): not a stable
/// API, and not part of the documentation.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    use crate::{LexOptions, Lexer, Profile, Regime};

    /// The lexer a fuzz input's selector byte picks: the regime from the
    /// whole byte, static or tracking (with or without verbatim) from its
    /// high nibble. The fuzz corpora depend on this mapping.
    pub fn selected(selector: u8) -> Lexer {
        let regime = Regime::ALL[usize::from(selector) % Regime::ALL.len()];
        let lexer = Lexer::new(regime);
        match (selector >> 4) % 3 {
            0 => lexer.track_catcodes(false),
            1 => lexer.verbatim(false),
            _ => lexer,
        }
    }

    /// Whether the fast driver and the reference engine (the faithful
    /// LuaTeX port it must equal) agree on `source` from the start of a
    /// file, lexed as `lexer` would: records, diagnostics, names, line
    /// starts, and with tracking the catcode history and end state. `Err`
    /// says where they differ.
    pub fn drivers_agree(source: &[u8], lexer: &Lexer) -> Result<(), String> {
        let (profile, options): (&Profile, &LexOptions) = lexer.parts();
        crate::twins::drivers_agree(source, profile, options)
    }

    /// Whether [`Lexer::strip_comments`] keeps its promise on `source`:
    /// the same tokens, a subsequence of the input, no comment text left,
    /// and stripping twice is stripping once. `Err` says what failed.
    pub fn strip_holds(
        source: &[u8],
        lexer: &Lexer,
        comment_environments: bool,
    ) -> Result<(), String> {
        crate::strip::promise_holds(source, lexer, comment_environments)
    }

    /// Whether a [`Stream`](crate::Stream) of `source`, read in reads of at
    /// most `step` bytes, gives what a whole lex gives: records (offsets
    /// and lines made absolute), names and diagnostics, unclosed braces
    /// included; each piece starts a line. `Err` shows both.
    pub fn stream_agrees(source: &[u8], lexer: &Lexer, step: usize) -> Result<(), String> {
        crate::twins::stream_agrees(source, lexer, step.max(1))
    }

    /// Whether [`Lexer::count`]'s counting pass gives what a lex gives on
    /// `source`, lexed as `lexer` would: token stats, diagnostics, line
    /// starts and (tracking) end state for one stretch, by the fast driver
    /// and the reference engine; and in sum for the input counted piece by
    /// piece as a [`Stream`](crate::Stream) reads it in reads of at most
    /// `step` bytes. `Err` shows both.
    pub fn count_agrees(source: &[u8], lexer: &Lexer, step: usize) -> Result<(), String> {
        crate::twins::count_agrees(source, lexer, step.max(1))
    }
}
