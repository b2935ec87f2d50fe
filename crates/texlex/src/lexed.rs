//! Lexing a whole document: split it into lines, run the engine on each,
//! and keep the packed result with the line index and diagnostics.

use std::borrow::Cow;

use crate::buffer::LineGeometry;
use crate::diag::Diagnostic;
use crate::engine::{Engine, EngineState, LineEnd, Resume};
use crate::pos::{LineIndex, Position};
use crate::store::{Builder, Chunk, OpenBraces, Records, Store};
use crate::{CsId, Interner, Profile};

/// The input is too large for 32-bit offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LexError {
    /// Length of the rejected input in bytes.
    pub len: usize,
}

impl std::fmt::Display for LexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "input is {} bytes; texlex handles at most {} bytes",
            self.len,
            u32::MAX
        )
    }
}

impl std::error::Error for LexError {}

/// A lexed document: the source it borrows, its tokens and trivia (packed),
/// the control-sequence names it uses, its line index and diagnostics.
///
/// ```
/// use texlex::{lex, Profile, Regime, TokenKind, builtin};
/// let doc = lex(b"\\begin{x}\n\n", &Profile::new(Regime::Latex));
/// let kinds: Vec<TokenKind> = doc.tokens().map(|t| t.kind).collect();
/// assert_eq!(kinds[0], TokenKind::Cs(builtin::BEGIN));
/// assert_eq!(kinds.last(), Some(&TokenKind::Cs(builtin::PAR)));
/// assert_eq!(doc.name(builtin::BEGIN), b"begin");
/// ```
#[derive(Clone, Debug)]
pub struct Lexed<'s> {
    source: &'s [u8],
    profile: Profile,
    chunks: Vec<Chunk>,
    names: Interner,
    lines: LineIndex,
    diagnostics: Vec<Diagnostic>,
}

/// Lexes `source` with the catcodes and `\endlinechar` of `profile`.
///
/// # Panics
/// If `source` is 4 GiB or longer; use [`try_lex`] to get an error instead.
pub fn lex<'s>(source: &'s [u8], profile: &Profile) -> Lexed<'s> {
    try_lex(source, profile).unwrap_or_else(|e| panic!("{e}"))
}

/// Lexes `source`, or fails if it is too large for 32-bit offsets.
///
/// ```
/// let doc = texlex::try_lex(b"x", &texlex::Profile::new(texlex::Regime::Latex)).unwrap();
/// assert_eq!(doc.tokens().count(), 2); // `x` and the space from the end of line
/// ```
pub fn try_lex<'s>(source: &'s [u8], profile: &Profile) -> Result<Lexed<'s>, LexError> {
    check_len(source)?;
    let mut names = Interner::new();
    let lexed = lex_chunk(source, profile, &mut names);
    Ok(Lexed::from_chunks(source, profile, names, [lexed]))
}

/// How to lex.
///
/// ```
/// use texlex::{lex_with, LexOptions, Profile, Regime};
/// let src = b"\\makeatletter\\a@b\n";
/// let tracked = lex_with(src, &Profile::new(Regime::Latex), &LexOptions::tracking());
/// // \makeatletter, then \a@b as one control word; the line end after it makes nothing.
/// assert_eq!(tracked.tokens().count(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LexOptions {
    /// Track literal catcode changes (`\makeatletter`, `\catcode`,
    /// `\ExplSyntaxOn`, groups) as `tex-oracle --track` does. Off: the
    /// profile's catcodes hold for the whole input (`--static`).
    pub track: bool,
    /// With tracking: make `\verb` arguments and the bodies of verbatim-like
    /// environments single tokens.
    pub verbatim: bool,
    /// Environments whose body is verbatim besides
    /// [`VERBATIM_ENVIRONMENTS`](crate::VERBATIM_ENVIRONMENTS).
    pub extra_verbatim_envs: Vec<String>,
}

impl LexOptions {
    /// Static catcodes: what [`lex`] does.
    pub fn static_catcodes() -> LexOptions {
        LexOptions::default()
    }

    /// Catcode tracking, without verbatim (what `tex-oracle --track` does).
    pub fn tracking() -> LexOptions {
        LexOptions {
            track: true,
            ..LexOptions::default()
        }
    }

    /// Catcode tracking with `\verb` and verbatim environments: the CLI's
    /// default.
    pub fn tracking_with_verbatim() -> LexOptions {
        LexOptions {
            track: true,
            verbatim: true,
            ..LexOptions::default()
        }
    }
}

/// Lexes `source` with `options`.
///
/// # Panics
/// If `source` is 4 GiB or longer; see [`try_lex_with`].
pub fn lex_with<'s>(source: &'s [u8], profile: &Profile, options: &LexOptions) -> Lexed<'s> {
    try_lex_with(source, profile, options).unwrap_or_else(|e| panic!("{e}"))
}

/// [`lex_with`], or an error if `source` is too large.
pub fn try_lex_with<'s>(
    source: &'s [u8],
    profile: &Profile,
    options: &LexOptions,
) -> Result<Lexed<'s>, LexError> {
    if !options.track {
        return try_lex(source, profile);
    }
    check_len(source)?;
    let mut names = Interner::new();
    let start = EngineState::initial(profile);
    let (chunk, _, _) = lex_tracked_piece(source, &start, options, &mut names);
    Ok(Lexed::from_chunks(source, profile, names, [chunk]))
}

/// The names of verbatim environments: borrowed when they are the default
/// ones, which every tracked lex (and every re-lex of a document chunk)
/// would otherwise copy.
pub(crate) type VerbatimEnvs = Cow<'static, [Cow<'static, [u8]>]>;

/// [`crate::engine::VERBATIM_ENVIRONMENTS`] as [`VerbatimEnvs`] entries.
static DEFAULT_VERBATIM: [Cow<'static, [u8]>; 6] = {
    use crate::engine::VERBATIM_ENVIRONMENTS as NAMES;
    [
        Cow::Borrowed(NAMES[0].as_bytes()),
        Cow::Borrowed(NAMES[1].as_bytes()),
        Cow::Borrowed(NAMES[2].as_bytes()),
        Cow::Borrowed(NAMES[3].as_bytes()),
        Cow::Borrowed(NAMES[4].as_bytes()),
        Cow::Borrowed(NAMES[5].as_bytes()),
    ]
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

/// Lexes `source` (whole lines) with tracking, from `start`. Returns the
/// chunk, the state at its end, and whether a verbatim body was still open
/// at the end (it would continue in text that follows).
pub(crate) fn lex_tracked_piece(
    source: &[u8],
    start: &EngineState,
    options: &LexOptions,
    names: &mut Interner,
) -> (LexedChunk, EngineState, bool) {
    lex_tracked_piece_with(source, start, options, names, true)
}

/// [`lex_tracked_piece`], with the fast driver allowed or not (the
/// reference engine alone is its twin in tests).
pub(crate) fn lex_tracked_piece_with(
    source: &[u8],
    start: &EngineState,
    options: &LexOptions,
    names: &mut Interner,
    fast: bool,
) -> (LexedChunk, EngineState, bool) {
    let mut out = Builder::for_source(source);
    let mut line_starts = Vec::with_capacity(crate::store::expected_line_starts(source));
    let fast_result = if fast {
        crate::fast::lex_tracked(source, start, options, &mut out, names, &mut line_starts)
    } else {
        None
    };
    let (end, open, depth_effect, assigns) = match fast_result {
        Some((end, open)) => {
            let (effect, assigns) = end.stretch_effect();
            (end, open, effect, assigns)
        }
        None => {
            let envs = verbatim_envs(options);
            let mut engine = Engine::resume(start, &mut out, names);
            if let Some(envs) = &envs {
                engine = engine.with_verbatim(envs);
            }
            reference_lex(source, &mut engine, &mut line_starts);
            let open = engine.open_verbatim;
            let (depth_effect, assigns) = engine.stretch_effect();
            (engine.into_state(), open, depth_effect, assigns)
        }
    };
    let history = out.take_history();
    let (store, diagnostics, braces) = out.finish();
    let chunk = LexedChunk {
        store,
        diagnostics,
        braces,
        line_starts,
        history,
        depth_effect,
        assigns,
    };
    (chunk, end, open)
}

/// A profile in force somewhere in a document, and where: see
/// [`Lexed::follow_profile`].
#[derive(Clone, Debug)]
pub(crate) struct FollowedProfile {
    /// The chunk it was found in, and after how many of its settings.
    base: u32,
    changes: usize,
    pub profile: Profile,
}

/// Fails if `source` is too large for 32-bit offsets.
pub(crate) fn check_len(source: &[u8]) -> Result<(), LexError> {
    match u32::try_from(source.len()) {
        Ok(_) => Ok(()),
        Err(_) => Err(LexError { len: source.len() }),
    }
}

/// One lexed stretch of whole lines, with offsets relative to its start.
#[derive(Clone, Debug)]
pub(crate) struct LexedChunk {
    pub store: Store,
    pub diagnostics: Vec<Diagnostic>,
    pub braces: OpenBraces,
    /// Line starts, the first being 0; a start equal to the chunk's length
    /// when it ends with a line terminator.
    pub line_starts: Vec<u32>,
    /// With tracking: the catcodes from each offset on where they changed.
    pub history: crate::catcode::History,
    /// With tracking: the stretch's effect on the save stack's depth, and
    /// whether it assigned catcodes.
    pub depth_effect: crate::track::DepthEffect,
    pub assigns: bool,
}

/// Lexes `source` (whole lines) with the fast driver, or the reference one
/// for profiles the fast driver does not handle.
pub(crate) fn lex_chunk(source: &[u8], profile: &Profile, names: &mut Interner) -> LexedChunk {
    let mut out = Builder::for_source(source);
    let mut line_starts = Vec::with_capacity(crate::store::expected_line_starts(source));
    if !crate::fast::lex(source, profile, &mut out, names, &mut line_starts) {
        let mut engine = Engine::new(profile, &mut out, names);
        reference_lex(source, &mut engine, &mut line_starts);
    }
    let (store, diagnostics, braces) = out.finish();
    LexedChunk {
        store,
        diagnostics,
        braces,
        line_starts,
        history: Default::default(),
        depth_effect: Default::default(),
        assigns: false,
    }
}

/// The reference driver: the engine on every line, from its start. The
/// fast driver must produce exactly what this one produces.
pub(crate) fn reference_lex(source: &[u8], engine: &mut Engine, line_starts: &mut Vec<u32>) {
    let all_valid = std::str::from_utf8(source).is_ok();
    let mut lines = Lines::new(source);
    let mut next = lines.next();
    while let Some(line) = next {
        line_starts.push(line.start);
        let mut current = line;
        let mut resume = Resume::LineStart;
        loop {
            match engine.lex_line(source, current, resume, all_valid) {
                LineEnd::Finished => break,
                LineEnd::Verbatim { body_start } => {
                    // A verbatim body: one token up to `\end{env}`, whose
                    // line is lexed on from there (as if it started there).
                    let Some(end) = engine.verbatim_body(source, body_start) else {
                        line_starts.extend(lines.by_ref().map(|l| l.start));
                        return finish_line_starts(source, line_starts);
                    };
                    while end >= current.end && end > current.start {
                        let Some(l) = lines.next() else { break };
                        line_starts.push(l.start);
                        current = l;
                    }
                    current.start = end;
                    resume = Resume::At {
                        loc: 0,
                        state: crate::engine::State::MidLine,
                    };
                }
            }
        }
        next = lines.next();
    }
    finish_line_starts(source, line_starts);
}

/// The line start after a final terminator.
fn finish_line_starts(source: &[u8], line_starts: &mut Vec<u32>) {
    // A final line terminator opens a line TeX never reads, but editors
    // have it.
    if source.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
        line_starts.push(source.len() as u32);
    }
}

/// The number of source bytes a store covers.
fn chunk_len(store: &Store) -> u32 {
    store.source_len()
}

/// Splits a source into TeX's lines: LF, CR and CRLF end a line; trailing
/// spaces are set apart; an empty source is one empty line, and nothing
/// follows a final terminator.
struct Lines<'s> {
    source: &'s [u8],
    pos: usize,
    done: bool,
}

impl<'s> Lines<'s> {
    fn new(source: &'s [u8]) -> Self {
        Lines {
            source,
            pos: 0,
            done: false,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = LineGeometry;

    fn next(&mut self) -> Option<LineGeometry> {
        if self.done || (self.pos == self.source.len() && self.pos > 0) {
            return None;
        }
        let start = self.pos;
        let rest = &self.source[start..];
        let (terminator_start, end) = match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let t = start + i;
                let crlf = rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n');
                (t, t + 1 + usize::from(crlf))
            }
            None => {
                self.done = true;
                (self.source.len(), self.source.len())
            }
        };
        let content = &self.source[start..terminator_start];
        let trailing = content.iter().rev().take_while(|&&b| b == b' ').count();
        self.pos = end;
        Some(LineGeometry {
            start: start as u32,
            content_end: (terminator_start - trailing) as u32,
            terminator_start: terminator_start as u32,
            end: end as u32,
        })
    }
}

impl<'s> Lexed<'s> {
    /// Assembles a document from chunks lexed in order (the first at offset
    /// 0, each next one where the previous ends), all with `names`:
    /// offsets are rebased, and braces matched across chunk boundaries.
    pub(crate) fn from_chunks(
        source: &'s [u8],
        profile: &Profile,
        names: Interner,
        parts: impl IntoIterator<Item = LexedChunk>,
    ) -> Self {
        let parts = parts.into_iter();
        let mut chunks = Vec::with_capacity(parts.size_hint().0);
        let mut diagnostics = Vec::new();
        let mut line_starts: Vec<u32> = Vec::new();
        let mut open = OpenBraces::default();
        let mut base = 0u32;
        for part in parts {
            open.add_chunk(part.diagnostics, part.braces, base, &mut diagnostics);
            if line_starts.is_empty() && base == 0 {
                // The first part's line starts need no rebasing.
                line_starts = part.line_starts;
            } else {
                let skip = usize::from(!line_starts.is_empty());
                line_starts.extend(part.line_starts[skip..].iter().map(|s| s + base));
            }
            let chunk_len = chunk_len(&part.store);
            chunks.push(Chunk {
                base,
                store: part.store,
                history: part.history,
            });
            base += chunk_len;
        }
        debug_assert_eq!(base as usize, source.len());
        open.finish(&mut diagnostics);
        crate::store::sort_by_position(&mut diagnostics);
        Lexed {
            source,
            profile: profile.clone(),
            chunks,
            names,
            lines: LineIndex::from_starts(line_starts, source.len() as u32),
            diagnostics,
        }
    }

    /// The catcodes in force at byte `offset` (they differ from
    /// [`Lexed::profile`] only with catcode tracking).
    ///
    /// The document keeps the settings each assignment changed, and a
    /// whole profile only every so often; a profile between two kept ones
    /// is built by replaying the settings since the last, so this may
    /// allocate (borrowing where nothing changed since a kept profile).
    ///
    /// ```
    /// use texlex::{Catcode, LexOptions, Profile, Regime, lex_with};
    /// let source = b"a@b\\makeatletter a@b";
    /// let options = LexOptions::tracking();
    /// let doc = lex_with(source, &Profile::new(Regime::Latex), &options);
    /// assert_eq!(doc.profile_at(0).catcode('@' as u32), Catcode::Other);
    /// assert_eq!(doc.profile_at(18).catcode('@' as u32), Catcode::Letter);
    /// ```
    pub fn profile_at(&self, offset: u32) -> Cow<'_, Profile> {
        match self.chunk_at(offset) {
            Some(chunk) => chunk.history.profile_at(&self.profile, offset - chunk.base),
            None => Cow::Borrowed(&self.profile),
        }
    }

    /// Brings `followed` to the profile in force at `offset`, and says
    /// whether the catcodes differ from those it held. Moving forward
    /// replays the settings passed, so walking a document's tokens in
    /// order costs each setting once, however far apart kept profiles are.
    pub(crate) fn follow_profile(
        &self,
        followed: &mut Option<FollowedProfile>,
        offset: u32,
    ) -> bool {
        let (base, history) = match self.chunk_at(offset) {
            Some(chunk) => (chunk.base, &chunk.history),
            None => (0, &crate::catcode::History::EMPTY),
        };
        let local = offset - base;
        match followed {
            Some(f) if f.base == base => {
                history.follow(&self.profile, &mut f.profile, &mut f.changes, local)
            }
            _ => {
                *followed = Some(FollowedProfile {
                    base,
                    changes: history.changes_through(local),
                    profile: history.profile_at(&self.profile, local).into_owned(),
                });
                true
            }
        }
    }

    /// The chunk that holds byte `offset` (the last one for the source's
    /// end).
    fn chunk_at(&self, offset: u32) -> Option<&Chunk> {
        let i = self.chunks.partition_point(|c| c.base <= offset);
        i.checked_sub(1).map(|i| &self.chunks[i])
    }

    /// The source this document was lexed from.
    pub fn source(&self) -> &'s [u8] {
        self.source
    }

    /// The profile it was lexed with.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The TeX tokens, in order.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens {
            records: Records::new(self.source, &self.profile, &self.chunks, false),
        }
    }

    /// Tokens and trivia, in order: their spans tile the source.
    ///
    /// ```
    /// let doc = texlex::lex(b"a %c\n", &texlex::Profile::new(texlex::Regime::Latex));
    /// let mut end = 0;
    /// for record in doc.records() {
    ///     assert_eq!(record.span().start, end);
    ///     end = record.span().end;
    /// }
    /// assert_eq!(end, 5);
    /// ```
    pub fn records(&self) -> Records<'_> {
        Records::new(self.source, &self.profile, &self.chunks, true)
    }

    /// Tokens and trivia from the record that contains byte `offset` on:
    /// random access without iterating from the start.
    ///
    /// ```
    /// let doc = texlex::lex(b"ab \\c", &texlex::Profile::new(texlex::Regime::Latex));
    /// let first = doc.records_from(4).next().unwrap();
    /// assert_eq!(first.span().range(), 3..5);
    /// ```
    pub fn records_from(&self, offset: u32) -> Records<'_> {
        self.records().seek(offset)
    }

    /// Token counts: characters by catcode, active and invalid characters,
    /// control sequences by id. Much faster than counting [`tokens`]
    /// (runs of plain characters are counted, not decoded one by one).
    ///
    /// [`tokens`]: Lexed::tokens
    ///
    /// ```
    /// let doc = texlex::lex(b"\\a b{}\n", &texlex::Profile::new(texlex::Regime::Latex));
    /// let stats = doc.token_stats();
    /// assert_eq!(stats.chars[11], 1); // b
    /// assert_eq!(stats.tokens(), doc.tokens().count() as u64);
    /// ```
    pub fn token_stats(&self) -> crate::TokenStats {
        let mut stats = crate::TokenStats::default();
        let mut bytes = [[0u32; 256]; 4];
        let mut by_id = vec![0u64; crate::intern::FIRST_DYNAMIC as usize];
        let mut dynamic = Vec::new();
        // u32 histogram cells cannot overflow: a source is below 4 GiB.
        for chunk in &self.chunks {
            crate::store::count_chunk(
                self.source,
                &self.profile,
                chunk,
                &mut stats,
                &mut bytes,
                &mut by_id,
                &mut dynamic,
            );
        }
        let catcodes = crate::catcode::CatcodesAt::fixed(&self.profile);
        for histogram in &bytes {
            for (b, &n) in histogram.iter().enumerate() {
                let cat = crate::store::segment_catcode(&catcodes, b as u32);
                stats.chars[usize::from(cat.number())] += u64::from(n);
            }
        }
        let dynamic_ids = (crate::intern::FIRST_DYNAMIC..).zip(dynamic);
        stats.control_sequences = (0..)
            .zip(by_id)
            .chain(dynamic_ids)
            .filter(|&(_, n)| n > 0)
            .map(|(id, n)| (CsId(id), n))
            .collect();
        stats
    }

    /// Problems found, sorted by position.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The names of control sequences.
    pub fn interner(&self) -> &Interner {
        &self.names
    }

    /// The name of control sequence `id` (bytes, usually UTF-8: `^^`
    /// notation in names can make other byte strings, as in LuaTeX).
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.name(id)
    }

    /// The line index built while lexing.
    pub fn line_index(&self) -> &LineIndex {
        &self.lines
    }

    /// Line and columns of a byte offset.
    pub fn position(&self, offset: u32) -> Position {
        self.lines.position(self.source, offset)
    }

    /// A cursor for the positions of many offsets asked in increasing
    /// order (see [`LineIndex::positions`]).
    ///
    /// ```
    /// let doc = texlex::lex(b"}}}", &texlex::Profile::new(texlex::Regime::Latex));
    /// let mut positions = doc.positions();
    /// let cols: Vec<u32> = doc.diagnostics().iter().map(|d| positions.position(d.span.start).col).collect();
    /// assert_eq!(cols, [1, 2, 3]);
    /// ```
    pub fn positions(&self) -> crate::pos::Positions<'_> {
        self.lines.positions(self.source)
    }

    /// Number of lines (as an editor counts them).
    pub fn line_count(&self) -> usize {
        self.lines.line_count()
    }

    /// Heap bytes used by the token store (the source not counted).
    pub fn store_heap_bytes(&self) -> usize {
        self.chunks.iter().map(|c| c.store.heap_bytes()).sum()
    }

    /// Number of packed entries (a segment of plain characters counts once).
    pub fn entry_count(&self) -> usize {
        self.chunks.iter().map(|c| c.store.entry_count()).sum()
    }
}

/// Iterator over the TeX tokens of a [`Lexed`] document.
#[derive(Clone)]
pub struct Tokens<'a> {
    records: Records<'a>,
}

impl Iterator for Tokens<'_> {
    type Item = crate::Token;

    #[inline(always)]
    fn next(&mut self) -> Option<crate::Token> {
        match self.records.next()? {
            crate::Record::Token(t) => Some(t),
            crate::Record::Trivia(_) => unreachable!("token iterators skip trivia"),
        }
    }
}
