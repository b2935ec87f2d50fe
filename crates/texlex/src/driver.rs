//! Driver selection: which lexer runs over which bytes. Static catcodes
//! go to the fast driver (or the reference engine for profiles it does not
//! handle); tracking goes to the fast tracking driver (or the reference
//! engine with a tracker). Every driver produces a [`LexedChunk`]: one
//! stretch of whole lines, packed, with offsets relative to its start.

use crate::buffer::LineGeometry;
use crate::count::{Counter, SegmentClasses};
use crate::diag::Diagnostic;
use crate::engine::{Engine, EngineState, LineEnd, Resume};
use crate::options::LexOptions;
use crate::store::{Builder, OpenBraces, Sink, Store, TokenTally};
use crate::{Interner, Lexed, Profile};

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

/// Lexes all of `source` (which must be below 4 GiB) with `options`.
pub(crate) fn lex<'s>(source: &'s [u8], profile: &Profile, options: &LexOptions) -> Lexed<'s> {
    let mut names = Interner::new();
    let chunk = if options.track {
        let start = EngineState::initial(profile, options);
        lex_tracked_piece(source, &start, &mut names).0
    } else {
        lex_chunk(source, profile, &mut names)
    };
    Lexed::from_chunks(source, profile, names, [chunk])
}

/// Lexes `source` (whole lines) with tracking, from `start`. Returns the
/// chunk, the state at its end, and whether a verbatim body was still open
/// at the end (it would continue in text that follows).
pub(crate) fn lex_tracked_piece(
    source: &[u8],
    start: &EngineState,
    names: &mut Interner,
) -> (LexedChunk, EngineState, bool) {
    lex_tracked_piece_with(source, start, names, true)
}

/// [`lex_tracked_piece`], with the fast driver allowed or not (the
/// reference engine alone is its twin in tests).
pub(crate) fn lex_tracked_piece_with(
    source: &[u8],
    start: &EngineState,
    names: &mut Interner,
    fast: bool,
) -> (LexedChunk, EngineState, bool) {
    let mut out = Builder::for_source(source);
    let mut line_starts = Vec::with_capacity(crate::store::expected_line_starts(source));
    let tracked = run_tracked(source, start, &mut out, names, &mut line_starts, fast);
    let history = out.take_history();
    let (store, diagnostics, braces) = out.finish();
    let chunk = LexedChunk {
        store,
        diagnostics,
        braces,
        line_starts,
        history,
        depth_effect: tracked.depth_effect,
        assigns: tracked.assigns,
    };
    (chunk, tracked.end, tracked.open)
}

/// What a tracked lex of whole lines leaves.
pub(crate) struct TrackedEnd {
    /// The state at the end.
    pub end: EngineState,
    /// A verbatim body was still open at the end.
    pub open: bool,
    /// The stretch's effect on the save stack's depth, and whether it
    /// assigned catcodes.
    pub depth_effect: crate::track::DepthEffect,
    pub assigns: bool,
}

/// Lexes `source` (whole lines) with tracking from `start` into `out`,
/// pushing line starts: with the fast driver if `fast` and it takes the
/// state, else with the reference engine.
fn run_tracked(
    source: &[u8],
    start: &EngineState,
    out: &mut impl Sink,
    names: &mut Interner,
    line_starts: &mut Vec<u32>,
    fast: bool,
) -> TrackedEnd {
    let fast_result = if fast {
        crate::fast::lex_tracked(source, start, out, names, line_starts)
    } else {
        None
    };
    match fast_result {
        Some((end, open)) => {
            let (depth_effect, assigns) = end.stretch_effect();
            TrackedEnd {
                end,
                open,
                depth_effect,
                assigns,
            }
        }
        None => {
            let mut engine = Engine::resume(start, out, names);
            reference_lex(source, &mut engine, line_starts);
            let open = engine.open_verbatim;
            let (depth_effect, assigns) = engine.stretch_effect();
            TrackedEnd {
                end: engine.into_state(),
                open,
                depth_effect,
                assigns,
            }
        }
    }
}

/// Lexes `source` (whole lines) with static catcodes into `out`, pushing
/// line starts: with the fast driver, or the reference one for profiles
/// the fast driver does not handle.
fn run_static(
    source: &[u8],
    profile: &Profile,
    out: &mut impl Sink,
    names: &mut Interner,
    line_starts: &mut Vec<u32>,
) {
    if !crate::fast::lex(source, profile, out, names, line_starts) {
        let mut engine = Engine::new(profile, out, names);
        reference_lex(source, &mut engine, line_starts);
    }
}

/// What counting one stretch of whole lines found (its tokens are counted
/// into the tally it was given): diagnostics, braces left open, as a
/// [`LexedChunk`] has them; its line starts are in the vector it was given.
pub(crate) struct CountedChunk {
    pub diagnostics: Vec<Diagnostic>,
    pub braces: OpenBraces,
}

/// The counting twin of [`lex_chunk`]: counts the tokens of `source`
/// (whole lines) into `tally`, with `classes` made for `profile`, and
/// replaces `line_starts` with its line starts.
pub(crate) fn count_chunk(
    source: &[u8],
    profile: &Profile,
    classes: &SegmentClasses,
    names: &mut Interner,
    tally: &mut TokenTally,
    line_starts: &mut Vec<u32>,
) -> CountedChunk {
    let mut out = Counter::with_classes(source, profile, std::mem::take(tally), classes.clone());
    line_starts.clear();
    run_static(source, profile, &mut out, names, line_starts);
    let (counted, diagnostics, braces) = out.finish();
    *tally = counted;
    CountedChunk {
        diagnostics,
        braces,
    }
}

/// The counting twin of [`lex_tracked_piece_with`]: counts the tokens of
/// `source` (whole lines) into `tally` with tracking from `start`, and
/// replaces `line_starts` with its line starts; also returns how the
/// tracked lex ended.
pub(crate) fn count_tracked_piece(
    source: &[u8],
    start: &EngineState,
    names: &mut Interner,
    tally: &mut TokenTally,
    line_starts: &mut Vec<u32>,
    fast: bool,
) -> (CountedChunk, TrackedEnd) {
    let mut out = Counter::new(source, start.profile(), std::mem::take(tally));
    line_starts.clear();
    let tracked = run_tracked(source, start, &mut out, names, line_starts, fast);
    let (counted, diagnostics, braces) = out.finish();
    *tally = counted;
    let chunk = CountedChunk {
        diagnostics,
        braces,
    };
    (chunk, tracked)
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
    run_static(source, profile, &mut out, names, &mut line_starts);
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
pub(crate) fn reference_lex(
    source: &[u8],
    engine: &mut Engine<impl Sink>,
    line_starts: &mut Vec<u32>,
) {
    let all_valid = std::str::from_utf8(source).is_ok();
    let mut lines = crate::line_end::Lines::new(source).map(LineGeometry::from);
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
    if crate::line_end::ends_with_terminator(source) {
        line_starts.push(source.len() as u32);
    }
}
