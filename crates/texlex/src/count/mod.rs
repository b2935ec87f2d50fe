//! The counting pass: the drivers' records counted as they come, by a
//! [`Counter`] sink that keeps none of them, for statistics over inputs of
//! any size ([`Lexer::count`](crate::Lexer::count), which gives
//! [`Counts`]).
//!
//! A [`Counter`] counts what [`Lexed::token_stats`](crate::Lexed::token_stats)
//! would count in the store a [`Builder`](crate::store::Builder) makes of
//! the same records, and finds the same diagnostics and open braces (the
//! part both share, [`Findings`]). Runs of plain characters are counted by
//! catcode as they are reported ([`segment`]); with catcode tracking, with
//! the catcodes in force then (a run never spans a change).

mod segment;

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Read};

use crate::catcode::Setting;
use crate::diag::{Diagnostic, DiagnosticKind};
use crate::intern::Interner;
use crate::store::{Findings, OpenBraces, Sink, TokenTally};
use crate::stream::StreamCounting;
use crate::{Catcode, CsId, LexOptions, Profile, Span, Stream, TokenStats, TriviaKind};

pub(crate) use segment::{SegmentClasses, SegmentCounts};

/// How many segments a [`Counter`] counts at once.
pub(crate) const BATCH: usize = 256;

/// What [`Lexer::count`](crate::Lexer::count) found in an input: the
/// totals a [`Lexed`](crate::Lexed) of all of it would give
/// ([`Lexed::token_stats`](crate::Lexed::token_stats), its diagnostics and
/// lines), counted without keeping tokens.
///
/// ```
/// use texlex::{DiagnosticKind, Lexer, Regime, builtin};
/// let input = &b"\\section{A}\n\n\\section{B}}\n"[..]; // any `std::io::Read`
/// let counts = Lexer::new(Regime::Latex).count(input)?;
/// assert_eq!((counts.bytes(), counts.lines()), (26, 4));
/// let stats = counts.token_stats();
/// assert_eq!(stats.tokens(), 12);
/// let section = stats.control_sequences.iter().find(|&&(id, _)| id == builtin::SECTION);
/// assert_eq!(section, Some(&(builtin::SECTION, 2)));
/// assert_eq!(counts.name(builtin::SECTION), b"section");
/// assert_eq!(counts.diagnostics(), [(DiagnosticKind::UnmatchedCloseBrace, 1)]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone)]
pub struct Counts {
    bytes: u64,
    lines: u64,
    tokens: TokenStats,
    diagnostics: Vec<(DiagnosticKind, u64)>,
    names: Interner,
}

impl Counts {
    /// Bytes read.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Lines, as [`Lexed::line_count`](crate::Lexed::line_count) counts
    /// them (a final line terminator opens one more, empty line).
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Tokens by kind, and control sequences by id, as
    /// [`Lexed::token_stats`](crate::Lexed::token_stats) counts them.
    pub fn token_stats(&self) -> &TokenStats {
        &self.tokens
    }

    /// The diagnostics a lex of the whole input gives, each kind once with
    /// how many there are, in the order their kinds first appear (those
    /// known only at the end, `{` left open and ill-formed UTF-8, last).
    pub fn diagnostics(&self) -> &[(DiagnosticKind, u64)] {
        &self.diagnostics
    }

    /// The name of control sequence `id` (see
    /// [`Lexed::name`](crate::Lexed::name)).
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.name(id)
    }
}

impl std::fmt::Debug for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Counts")
            .field("bytes", &self.bytes)
            .field("lines", &self.lines)
            .field("tokens", &self.tokens)
            .field("diagnostics", &self.diagnostics)
            .finish_non_exhaustive()
    }
}

/// Diagnostics counted by kind, in the order kinds first appear.
#[derive(Default)]
struct KindCounts {
    counts: Vec<(DiagnosticKind, u64)>,
    index: HashMap<DiagnosticKind, usize>,
}

impl KindCounts {
    fn add(&mut self, kind: DiagnosticKind) {
        let next = self.counts.len();
        let at = *self.index.entry(kind).or_insert(next);
        if at == next {
            self.counts.push((kind, 0));
        }
        self.counts[at].1 += 1;
    }
}

/// Counts what `reader` yields, lexed from `profile` with `options`, piece
/// by piece as a [`Stream`] lexes it (see [`Counts`]).
pub(crate) fn count(
    reader: impl Read,
    profile: Profile,
    options: LexOptions,
) -> io::Result<Counts> {
    let mut counting = StreamCounting::new(&profile);
    let mut stream = Stream::new(reader, profile, options);
    let (mut bytes, mut lines) = (0, 1);
    let mut diagnostics = KindCounts::default();
    while let Some(piece) = stream.next_counted(&mut counting)? {
        bytes += piece.len as u64;
        lines += piece.line_ends;
        for d in piece.diagnostics {
            diagnostics.add(d.kind);
        }
    }
    for _ in stream.unclosed_braces() {
        diagnostics.add(DiagnosticKind::UnclosedOpenBrace);
    }
    if let Some(d) = stream.ill_formed_utf8() {
        diagnostics.add(d.kind);
    }
    Ok(Counts {
        bytes,
        lines,
        tokens: counting.tally.stats(),
        diagnostics: diagnostics.counts,
        names: stream.into_names(),
    })
}

/// A [`Sink`] that counts tokens into a [`TokenTally`] and keeps no
/// record: what [`Lexed::token_stats`](crate::Lexed::token_stats) and
/// [`Lexed::diagnostics`](crate::Lexed::diagnostics) would give for the
/// same records, without a store.
pub(crate) struct Counter<'s> {
    source: &'s [u8],
    /// End of the last record.
    pos: u32,
    findings: Findings,
    tally: TokenTally,
    /// The characters of segments, added to `tally` at the end.
    segments: SegmentCounts,
    /// Segments reported and not counted yet (counted [`BATCH`] at a
    /// time, or before the catcodes change).
    batch: Vec<(u32, u32)>,
    /// The catcodes in force (they change only with tracking): for the
    /// characters of segments from U+0100 on, and in `classes` for the
    /// others.
    profile: Cow<'s, Profile>,
    classes: SegmentClasses,
    /// Where the catcodes last changed (checked in debug builds: a segment
    /// reported since must start there or later).
    #[cfg(debug_assertions)]
    changed_at: u32,
}

impl<'s> Counter<'s> {
    /// A counter for `source`, whose lex starts with `profile`'s catcodes,
    /// adding to `tally`.
    pub(crate) fn new(source: &'s [u8], profile: &'s Profile, tally: TokenTally) -> Counter<'s> {
        Counter::with_classes(source, profile, tally, SegmentClasses::new(profile))
    }

    /// [`Counter::new`] with `classes` already made for `profile`: a
    /// stream counts every piece with the same starting catcodes when it
    /// does not track them.
    pub(crate) fn with_classes(
        source: &'s [u8],
        profile: &'s Profile,
        tally: TokenTally,
        classes: SegmentClasses,
    ) -> Counter<'s> {
        Counter {
            source,
            pos: 0,
            findings: Findings::default(),
            tally,
            segments: SegmentCounts::default(),
            batch: Vec::with_capacity(BATCH),
            profile: Cow::Borrowed(profile),
            classes,
            #[cfg(debug_assertions)]
            changed_at: 0,
        }
    }

    /// The tally, the diagnostics sorted by position, and the braces left
    /// open (see [`Builder::finish`](crate::store::Builder::finish)).
    pub(crate) fn finish(mut self) -> (TokenTally, Vec<Diagnostic>, OpenBraces) {
        self.count_segments();
        let (diagnostics, braces) = self.findings.finish();
        for (total, n) in self.tally.chars.iter_mut().zip(self.segments.chars()) {
            *total += n;
        }
        (self.tally, diagnostics, braces)
    }

    /// Counts the segments of `batch`.
    #[inline(never)]
    fn count_segments(&mut self) {
        self.classes
            .count_all(&self.profile, self.source, &self.batch, &mut self.segments);
        self.batch.clear();
    }

    /// The next record spans `span`.
    #[inline(always)]
    fn advance(&mut self, span: Span) {
        debug_assert_eq!(span.start, self.pos, "records must tile the source");
        self.pos = span.end;
    }

    /// One character token of catcode `cat`.
    #[inline(always)]
    fn one(&mut self, cat: Catcode) {
        self.tally.chars[usize::from(cat.number())] += 1;
    }
}

impl Sink for Counter<'_> {
    #[inline(always)]
    fn pos(&self) -> u32 {
        self.pos
    }

    #[inline(always)]
    fn char(&mut self, cat: Catcode, code: u32, span: Span, from_source: bool) {
        // A character read from the source is stored in a segment, and
        // decoded with the catcodes in force: the ones it was read with.
        debug_assert!(
            !from_source || cat == Catcode::Space || {
                let mut one = [0; 16];
                let text = &self.source[span.start as usize..span.end as usize];
                self.classes.count_scalar(&self.profile, text, &mut one);
                one[usize::from(cat.number())] == 1
            },
            "{cat:?} {code:#x} at {span:?}"
        );
        let _ = code;
        self.findings.brace(cat, span);
        self.one(cat);
        self.advance(span);
    }

    #[inline(always)]
    fn end_of_line_space(&mut self, span: Span) {
        self.one(Catcode::Space);
        self.advance(span);
    }

    #[inline(always)]
    fn brace(&mut self, cat: Catcode, span: Span) {
        self.findings.brace(cat, span);
    }

    #[inline(always)]
    fn segment(&mut self, span: Span) {
        #[cfg(debug_assertions)]
        debug_assert!(span.start >= self.changed_at, "a segment spans a change");
        if self.batch.len() == BATCH {
            self.count_segments();
        }
        self.batch.push((span.start, span.end));
        self.advance(span);
    }

    fn verb(&mut self, span: Span, _delimiter: u32, _starred: bool, terminated: bool) {
        self.tally.verbatim += 1;
        if !terminated {
            self.findings
                .diagnostic(DiagnosticKind::UnterminatedVerb, span);
        }
        self.advance(span);
    }

    fn verbatim(&mut self, span: Span, _env: CsId) {
        self.tally.verbatim += 1;
        self.advance(span);
    }

    #[inline(always)]
    fn cs(&mut self, id: CsId, span: Span) {
        self.tally.cs(id);
        self.advance(span);
    }

    #[inline]
    fn active(&mut self, _code: u32, span: Span, _from_source: bool) {
        self.tally.active += 1;
        self.advance(span);
    }

    #[inline]
    fn invalid(&mut self, code: u32, span: Span, _from_source: bool) {
        self.findings
            .diagnostic(DiagnosticKind::InvalidCharacter { code }, span);
        self.tally.invalid += 1;
        self.advance(span);
    }

    #[inline(always)]
    fn trivia(&mut self, _kind: TriviaKind, span: Span) {
        if !span.is_empty() {
            self.advance(span);
        }
    }

    #[cold]
    fn catcodes_changed(
        &mut self,
        offset: u32,
        _settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    ) {
        let _ = offset;
        #[cfg(debug_assertions)]
        {
            self.changed_at = offset;
        }
        self.count_segments();
        self.classes = self.classes.for_profile(profile);
        self.profile = Cow::Owned(profile.clone());
    }

    fn diagnostic(&mut self, kind: DiagnosticKind, span: Span) {
        self.findings.diagnostic(kind, span);
    }

    fn ill_formed_utf8(&mut self, span: Span) {
        self.findings.ill_formed_utf8(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fast::tests::{texish, tracked_texish};
    use crate::twins::{counted, counts_agree, named, summed};
    use crate::{Lexer, Regime, TexEngine};
    use proptest::prelude::*;
    use std::path::PathBuf;

    /// Static catcodes, tracking without verbatim (the oracle's `--track`),
    /// tracking with verbatim (the default).
    fn options(mode: u8) -> LexOptions {
        match mode % 3 {
            0 => LexOptions::default(),
            1 => LexOptions {
                track: true,
                ..LexOptions::default()
            },
            _ => LexOptions::tracking_with_verbatim(),
        }
    }

    fn lexer(profile: &Profile, mode: u8) -> Lexer {
        let lexer = Lexer::with_profile(profile.clone());
        match mode % 3 {
            0 => lexer.track_catcodes(false),
            1 => lexer.verbatim(false),
            _ => lexer,
        }
    }

    fn profiles() -> Vec<Profile> {
        Regime::ALL
            .into_iter()
            .flat_map(|r| [TexEngine::Luatex, TexEngine::Pdftex].map(|e| Profile::for_engine(r, e)))
            .collect()
    }

    /// The hand-made cases the oracle checks (`tests/oracle/cases`).
    fn oracle_cases() -> Vec<(PathBuf, Vec<u8>)> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/oracle/cases");
        let mut cases: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
            .expect("the oracle cases")
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "tex"))
            .map(|path| {
                let text = std::fs::read(&path).expect("a case");
                (path, text)
            })
            .collect();
        cases.sort();
        assert!(
            cases.len() >= 80,
            "{} cases in {}",
            cases.len(),
            dir.display()
        );
        cases
    }

    /// Every oracle case, under every profile, static, tracked and tracked
    /// without verbatim: the counting pass gives the token stats,
    /// diagnostics, line starts and end state of a lex, one piece at a
    /// time and through [`Lexer::count`].
    #[test]
    fn counting_equals_lexing_on_the_oracle_cases() {
        for (path, text) in oracle_cases() {
            for profile in profiles() {
                for mode in 0..3 {
                    let what = format!("{} {profile:?} mode {mode}", path.display());
                    for fast in [true, false] {
                        if let Err(e) = counts_agree(&text, &profile, &options(mode), fast) {
                            panic!("{what} fast {fast}: {e}");
                        }
                    }
                    let lexer = lexer(&profile, mode);
                    let whole = summed(&lexer, &text);
                    for step in [7, 1 << 20] {
                        assert_eq!(counted(&lexer, &text, step).unwrap(), whole, "{what}");
                    }
                    same_counts(&lexer, &text).unwrap_or_else(|e| panic!("{what}: {e}"));
                }
            }
        }
    }

    /// [`Lexer::count`] says what a lex of the whole input says.
    fn same_counts(lexer: &Lexer, text: &[u8]) -> Result<(), String> {
        let counts = lexer.count(text).map_err(|e| e.to_string())?;
        let lexed = lexer.lex(text).map_err(|e| e.to_string())?;
        let mut kinds = KindCounts::default();
        lexed.diagnostics().for_each(|d| kinds.add(d.kind));
        let sorted = |mut v: Vec<(DiagnosticKind, u64)>| {
            v.sort_by_key(|k| format!("{k:?}"));
            v
        };
        let stats = lexed.token_stats();
        let ours = (
            counts.bytes(),
            counts.lines(),
            counts.token_stats().tokens(),
            named(counts.token_stats(), |id| counts.name(id).to_vec()),
            sorted(counts.diagnostics().to_vec()),
        );
        let theirs = (
            text.len() as u64,
            lexed.line_count() as u64,
            stats.tokens(),
            named(&stats, |id| lexed.name(id).to_vec()),
            sorted(kinds.counts),
        );
        if ours == theirs {
            Ok(())
        } else {
            Err(format!("counted {ours:?}\nlexed {theirs:?}"))
        }
    }

    fn any_text() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            texish(),
            tracked_texish(),
            proptest::collection::vec(any::<u8>(), 0..300),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The counting pass gives what a lex's store gives, for the fast
        /// driver and the reference engine alike.
        #[test]
        fn counting_equals_lexing(src in any_text(),
                                  regime in proptest::sample::select(Regime::ALL.to_vec()),
                                  pdftex in any::<bool>(), mode in 0..3u8, fast in any::<bool>()) {
            let engine = if pdftex { TexEngine::Pdftex } else { TexEngine::Luatex };
            let profile = Profile::for_engine(regime, engine);
            if let Err(e) = counts_agree(&src, &profile, &options(mode), fast) {
                prop_assert!(false, "{:?}: {}", String::from_utf8_lossy(&src), e);
            }
        }

        /// Counted piece by piece (names, catcodes and braces carried
        /// between pieces), an input gives what one lex of all of it gives.
        #[test]
        fn streamed_counts_equal_a_whole_lex(src in any_text(),
                                             regime in proptest::sample::select(Regime::ALL.to_vec()),
                                             mode in 0..3u8, step in 1usize..400) {
            let lexer = lexer(&Profile::new(regime), mode);
            prop_assert_eq!(counted(&lexer, &src, step).unwrap(), summed(&lexer, &src));
            if let Err(e) = same_counts(&lexer, &src) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    /// Pieces of a stream long enough to be cut many times, with braces
    /// open across them, catcode changes, a verbatim body across a cut,
    /// and ill-formed UTF-8 in several pieces.
    #[test]
    fn long_inputs_count_as_they_lex() {
        let mut text = Vec::new();
        for i in 0..20_000 {
            text.extend_from_slice(match i % 9 {
                0 => &b"{\\section{A} text $x_1$ and more text\n"[..],
                1 => b"\\makeatletter\\a@b \\makeatother \\c@d\n",
                2 => b"caf\xe9 \\x}\n",
                3 => b"\\begin{verbatim}\n{ not a brace\n",
                4 => b"\\end{verbatim} after}\n\n",
                5 => "é€😀 \u{FEFF} ~ ^^41 \x7f\n".as_bytes(),
                6 => b"\\verb|x| \\verb+y\n",
                7 => b"\\ExplSyntaxOn \\a_b:n {x} \\ExplSyntaxOff\n",
                _ => b"%comment {\n  \t indented }\r\n",
            });
        }
        for mode in 0..3 {
            let lexer = lexer(&Profile::new(Regime::Latex), mode);
            assert_eq!(
                counted(&lexer, &text, 1 << 16).unwrap(),
                summed(&lexer, &text)
            );
            same_counts(&lexer, &text).unwrap();
        }
    }
}
