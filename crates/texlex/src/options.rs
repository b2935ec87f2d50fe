//! How to lex: the [`Lexer`] a user configures, and the resolved
//! [`LexOptions`] the drivers read.
//!
//! This module decides nothing about *how* the bytes are read (that is
//! `driver`'s job) and holds no result (that is [`Lexed`]'s): it only
//! turns a user's wishes into a starting [`Profile`] and a few switches.

use std::borrow::Cow;
use std::io::Read;

use crate::{Catcode, Document, LexError, Lexed, Profile, Regime, Stream, TexEngine};

/// The one way to configure a lex, and the calls that run it.
///
/// A `Lexer` starts from a [`Regime`] (the catcode table a file starts
/// with) and by default does what the `texlex` command does:
///
/// - the LuaTeX input model ([`TexEngine::Luatex`]),
/// - **catcode tracking**: literal catcode changes in the source
///   (`\makeatletter`, `\ExplSyntaxOn`, `\catcode`\@=11`, groups) take
///   effect where TeX would apply them,
/// - **verbatim**: `\verb` arguments and the bodies of verbatim-like
///   environments are single tokens,
/// - one thread.
///
/// Every setter returns the lexer, so configuration reads as one chain,
/// and a configured lexer can be kept and reused for many inputs.
///
/// ```
/// use texlex::{Catcode, Lexer, Regime, TokenKind};
/// let lexer = Lexer::new(Regime::Latex).catcode('|', Catcode::Active);
/// let lexed = lexer.lex(b"\\makeatletter\\a@b |x|\n")?;
/// let names: Vec<&[u8]> = lexed
///     .tokens()
///     .filter_map(|t| match t.kind {
///         TokenKind::Cs(id) => Some(lexed.name(id)),
///         _ => None,
///     })
///     .collect();
/// // Tracking made `@` a letter before `\a@b` was read.
/// assert_eq!(names, [&b"makeatletter"[..], b"a@b"]);
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lexer {
    profile: Profile,
    options: LexOptions,
    threads: usize,
}

impl Lexer {
    /// A lexer for files that start in `regime`, with the defaults above.
    pub fn new(regime: Regime) -> Lexer {
        Lexer::with_profile(Profile::new(regime))
    }

    /// A lexer that starts from `profile` (a catcode table and
    /// `\endlinechar` built by hand), with the defaults above.
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Profile, Regime};
    /// let mut profile = Profile::new(Regime::PlainIni);
    /// profile.set_end_line_char(None);
    /// let lexed = Lexer::with_profile(profile).lex(b"a\nb")?;
    /// assert_eq!(lexed.tokens().count(), 2); // no spaces from line ends
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn with_profile(profile: Profile) -> Lexer {
        Lexer {
            profile,
            options: LexOptions::tracking_with_verbatim(),
            threads: 1,
        }
    }

    /// Reads input as `engine` does: LuaTeX and XeTeX read UTF-8 code
    /// points, pdfTeX reads bytes (with pdfTeX's catcodes for them).
    /// Resets catcodes set with [`Lexer::catcode`] before this call.
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime, TexEngine, TokenKind};
    /// let lexed = Lexer::new(Regime::Latex).engine(TexEngine::Pdftex).lex("é".as_bytes())?;
    /// assert_eq!(lexed.tokens().next().unwrap().kind, TokenKind::Active(0xC3));
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn engine(mut self, engine: TexEngine) -> Lexer {
        self.profile = Profile::for_engine(self.profile.regime(), engine);
        self
    }

    /// Sets the starting catcode of `character` (a `char`, or a code point
    /// as `u32`), as `--catcode CHAR=N` does on the command line. Code
    /// points past U+10FFFF are ignored, as TeX rejects them.
    pub fn catcode(mut self, character: impl Into<u32>, catcode: Catcode) -> Lexer {
        self.profile.set_catcode(character.into(), catcode);
        self
    }

    /// `true` (the default): follow literal catcode changes in the source.
    /// `false`: the starting catcodes hold for the whole input (and
    /// verbatim is off, since recognising `\verb` needs the same tracking);
    /// this is what the oracle's `--static` mode does, and what lets big
    /// inputs be lexed on several [`threads`](Lexer::threads).
    pub fn track_catcodes(mut self, track: bool) -> Lexer {
        self.options.track = track;
        self
    }

    /// `true` (the default): with tracking, `\verb|…|` and the bodies of
    /// verbatim environments become single tokens. `false`: they are
    /// lexed as ordinary text, as the oracle's `--track` mode does.
    pub fn verbatim(mut self, verbatim: bool) -> Lexer {
        self.options.verbatim = verbatim;
        self
    }

    /// One more environment whose body is verbatim, besides
    /// [`VERBATIM_ENVIRONMENTS`].
    ///
    /// ```
    /// use texlex::{Lexer, Regime, TokenKind};
    /// let lexed = Lexer::new(Regime::Latex)
    ///     .verbatim_environment("code")
    ///     .lex(b"\\begin{code}\\x{\\end{code}")?;
    /// assert!(lexed.tokens().any(|t| matches!(t.kind, TokenKind::Verbatim { .. })));
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn verbatim_environment(mut self, name: impl Into<String>) -> Lexer {
        self.options.extra_verbatim_envs.push(name.into());
        self
    }

    /// Lex inputs of 1 MiB and more on up to `threads` threads (0: as many
    /// as the machine has). Only static catcodes can be split: with
    /// tracking, what a line means depends on every line before it, so a
    /// tracking lex is always serial. The result is the same either way.
    pub fn threads(mut self, threads: usize) -> Lexer {
        self.threads = threads;
        self
    }

    /// The catcodes and `\endlinechar` a lex starts with.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Whether literal catcode changes are followed.
    pub fn tracks_catcodes(&self) -> bool {
        self.options.track
    }

    /// The starting profile and the switches the drivers read.
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn parts(&self) -> (&Profile, &LexOptions) {
        (&self.profile, &self.options)
    }

    /// Lexes `source` at once. Fails only if `source` is 4 GiB or longer
    /// (token offsets are 32-bit); bad input is never an error: it yields
    /// tokens and [`diagnostics`](Lexed::diagnostics).
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"}")?;
    /// assert_eq!(lexed.diagnostics().next().unwrap().message(), "unmatched `}`");
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn lex<'s>(&self, source: &'s [u8]) -> Result<Lexed<'s>, LexError> {
        crate::driver::check_len(source)?;
        if !self.options.track && self.threads != 1 {
            return Ok(crate::parallel::lex_parallel(
                source,
                &self.profile,
                self.threads,
            ));
        }
        Ok(crate::driver::lex(source, &self.profile, &self.options))
    }

    /// An editable document holding `text`, re-lexed incrementally after
    /// each edit. Fails only if `text` is 4 GiB or longer.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let mut doc = Lexer::new(Regime::Latex).document(b"\\a@b\n")?;
    /// assert_eq!(doc.token_count(), 4); // \a, @, b, the space from the line end
    /// doc.edit(0..0, b"\\makeatletter ").unwrap();
    /// assert_eq!(doc.token_count(), 2); // \makeatletter, \a@b
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn document(&self, text: &[u8]) -> Result<Document, LexError> {
        Document::with_options(text, &self.profile, &self.options)
    }

    /// Lexes what `reader` yields, piece by piece, without holding more
    /// of it than the piece being lexed: see [`Stream`].
    pub fn stream<R: Read>(&self, reader: R) -> Stream<R> {
        Stream::new(reader, self.profile.clone(), self.options.clone())
    }

    /// Counts what `reader` yields: tokens by kind, control sequences by
    /// name, diagnostics, lines and bytes — what a lex of all of it would
    /// give ([`Lexed::token_stats`], [`Lexed::diagnostics`],
    /// [`Lexed::line_count`]), in one pass that keeps no tokens, in the
    /// bounded memory of a [`Stream`] (which it lexes the input as). Fails
    /// as [`Stream::next_piece`] does: on the reader's errors, and on a
    /// line (or verbatim body) of 4 GiB or more.
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime};
    /// let counts = Lexer::new(Regime::Latex).count(&b"\\makeatletter\\a@b x\n"[..])?;
    /// let stats = counts.token_stats();
    /// assert_eq!(stats.control_sequences.len(), 2); // \makeatletter, \a@b
    /// assert_eq!(stats.chars[Catcode::Letter.number() as usize], 1); // x
    /// assert_eq!(stats.tokens(), 4); // and the line end's space
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn count<R: Read>(&self, reader: R) -> std::io::Result<crate::Counts> {
        crate::count::count(reader, self.profile.clone(), self.options.clone())
    }
}

/// Environments whose body is verbatim unless the source makes them
/// ordinary (see also [`Lexer::verbatim_environment`]): LaTeX's
/// `verbatim`, `verbatim*` and `filecontents`, fancyvrb's, listings',
/// minted's, comment's and luacode's `luacode*`.
pub const VERBATIM_ENVIRONMENTS: [&str; 14] = [
    "verbatim",
    "verbatim*",
    "Verbatim",
    "lstlisting",
    "minted",
    "comment",
    "Verbatim*",
    "BVerbatim",
    "LVerbatim",
    "VerbatimOut",
    "SaveVerbatim",
    "filecontents",
    "filecontents*",
    "luacode*",
];

/// The switches the drivers read: static or tracking catcodes, verbatim,
/// and the extra verbatim environments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LexOptions {
    /// Track literal catcode changes (`\makeatletter`, `\catcode`,
    /// `\ExplSyntaxOn`, groups) as `tex-oracle --track` does. Off: the
    /// profile's catcodes hold for the whole input (`--static`).
    pub track: bool,
    /// With tracking: make `\verb` arguments and the bodies of verbatim-like
    /// environments single tokens.
    pub verbatim: bool,
    /// Environments whose body is verbatim besides
    /// [`VERBATIM_ENVIRONMENTS`].
    pub extra_verbatim_envs: Vec<String>,
}

impl LexOptions {
    /// Static catcodes.
    #[cfg(test)]
    pub fn static_catcodes() -> LexOptions {
        LexOptions::default()
    }

    /// Catcode tracking, without verbatim (what `tex-oracle --track` does).
    #[cfg(test)]
    pub fn tracking() -> LexOptions {
        LexOptions {
            track: true,
            ..LexOptions::default()
        }
    }

    /// Catcode tracking with `\verb` and verbatim environments.
    pub fn tracking_with_verbatim() -> LexOptions {
        LexOptions {
            track: true,
            verbatim: true,
            ..LexOptions::default()
        }
    }
}

/// The names of verbatim environments: borrowed when they are the default
/// ones, which every tracked lex (and every re-lex of a document chunk)
/// would otherwise copy.
pub(crate) type VerbatimEnvs = Cow<'static, [Cow<'static, [u8]>]>;

/// [`VERBATIM_ENVIRONMENTS`] as [`VerbatimEnvs`] entries.
static DEFAULT_VERBATIM: [Cow<'static, [u8]>; VERBATIM_ENVIRONMENTS.len()] = {
    let mut entries = [const { Cow::Borrowed(&[] as &[u8]) }; VERBATIM_ENVIRONMENTS.len()];
    let mut i = 0;
    while i < entries.len() {
        // (A plain assignment would drop the old entry, which a constant
        // cannot do; it borrows, so forgetting it is free.)
        let name = Cow::Borrowed(VERBATIM_ENVIRONMENTS[i].as_bytes());
        std::mem::forget(std::mem::replace(&mut entries[i], name));
        i += 1;
    }
    entries
};

/// The verbatim environments of `options`, if verbatim is on.
pub(crate) fn verbatim_envs(options: &LexOptions) -> Option<VerbatimEnvs> {
    options.verbatim.then(|| {
        let extra = &options.extra_verbatim_envs;
        if extra.is_empty() {
            return Cow::Borrowed(&DEFAULT_VERBATIM[..]);
        }
        let extra = extra.iter().map(|e| Cow::Owned(e.as_bytes().to_vec()));
        Cow::Owned(DEFAULT_VERBATIM.iter().cloned().chain(extra).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TokenKind;

    #[test]
    fn the_default_is_tracking_with_verbatim() {
        let lexer = Lexer::new(Regime::Latex);
        assert!(lexer.tracks_catcodes());
        let lexed = lexer.lex(b"\\verb|\\x|").unwrap();
        // `\verb`, then its argument as one token.
        assert!(matches!(
            lexed.tokens().nth(1).unwrap().kind,
            TokenKind::Verb { .. }
        ));
    }

    #[test]
    fn static_catcodes_ignore_makeatletter() {
        let lexed = Lexer::new(Regime::Latex)
            .track_catcodes(false)
            .lex(b"\\makeatletter\\a@b")
            .unwrap();
        // \makeatletter, \a, @, b, and the space from the line end.
        assert_eq!(lexed.tokens().count(), 5);
    }

    #[test]
    fn threads_give_the_serial_result() {
        let text = "\\section{A} text $x$ \\foo{b}\n".repeat(50_000);
        let serial = Lexer::new(Regime::Latex).track_catcodes(false);
        let parallel = serial.clone().threads(3);
        let a = serial.lex(text.as_bytes()).unwrap();
        let b = parallel.lex(text.as_bytes()).unwrap();
        assert!(a.records().eq(b.records()));
    }

    #[test]
    fn engine_and_catcodes_shape_the_profile() {
        let lexer = Lexer::new(Regime::Latex)
            .engine(TexEngine::Pdftex)
            .catcode('@', Catcode::Letter)
            .catcode(0x1F600u32, Catcode::Active);
        assert_eq!(lexer.profile().input_model(), crate::InputModel::Bytes);
        assert_eq!(lexer.profile().catcode('@' as u32), Catcode::Letter);
        assert_eq!(lexer.profile().catcode(0x1F600), Catcode::Active);
    }
}
