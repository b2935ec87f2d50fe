//! What must agree, side by side: the fast driver and the reference engine
//! it must equal, and a [`Stream`](crate::Stream) and a whole lex. The
//! tests compare them on generated inputs; the fuzz targets (feature
//! `fuzzing`) on anything.

use std::io::{self, Read};

#[cfg(feature = "fuzzing")]
use crate::LexOptions;
use crate::driver::{LexedChunk, lex_tracked_piece_with, reference_lex};
use crate::engine::{Engine, EngineState};
use crate::fast;
use crate::line_end;
use crate::store::Builder;
use crate::{Diagnostic, Interner, Lexed, Lexer, Profile, Record, Token, TokenKind};

/// What a lex shows: records, diagnostics, the names of its control
/// sequences in order (ids of names seen first may differ between runs,
/// names may not), and line starts.
pub(crate) type Observed = (Vec<Record>, Vec<Diagnostic>, Vec<Vec<u8>>, Vec<u32>);

/// What tracked lexing of one piece adds: catcode history offsets, the
/// stretch's depth effect and assignments (as text), the end state, and
/// whether a verbatim body is open at the end.
pub(crate) type ObservedTracked = (Observed, Vec<u32>, String, EngineState, bool);

/// A static lex of `source` with the fast driver (where it takes the
/// profile) or the reference engine.
pub(crate) fn run(source: &[u8], profile: &Profile, fast: bool) -> Observed {
    let mut out = Builder::for_source(source);
    let mut names = Interner::new();
    let mut starts = Vec::new();
    if !(fast && fast::lex(source, profile, &mut out, &mut names, &mut starts)) {
        let mut engine = Engine::new(profile, &mut out, &mut names);
        reference_lex(source, &mut engine, &mut starts);
    }
    let (store, diagnostics, braces) = out.finish();
    let chunk = LexedChunk {
        store,
        diagnostics,
        braces,
        line_starts: starts.clone(),
        history: Default::default(),
        depth_effect: Default::default(),
        assigns: false,
    };
    let doc = Lexed::from_chunks(source, profile, names, [chunk]);
    observed(&doc, starts)
}

/// A tracked lex of `source` from `start` with one driver.
pub(crate) fn run_tracked(source: &[u8], start: &EngineState, fast: bool) -> ObservedTracked {
    let mut names = Interner::new();
    let (chunk, end, open) = lex_tracked_piece_with(source, start, &mut names, fast);
    let starts = chunk.line_starts.clone();
    let history = chunk.history.offsets().collect();
    let effect = format!("{:?} {}", chunk.depth_effect, chunk.assigns);
    let doc = Lexed::from_chunks(source, start.profile(), names, [chunk]);
    (observed(&doc, starts), history, effect, end, open)
}

fn observed(doc: &Lexed, starts: Vec<u32>) -> Observed {
    let records: Vec<Record> = doc.records().collect();
    let names_used = records
        .iter()
        .filter_map(|r| match r {
            Record::Token(Token {
                kind: TokenKind::Cs(id),
                ..
            }) => Some(doc.name(*id).to_vec()),
            _ => None,
        })
        .collect();
    (records, doc.diagnostics().collect(), names_used, starts)
}

/// Whether both drivers agree on `source` from the start of a file:
/// `Err` says where they first differ.
#[cfg(feature = "fuzzing")]
pub(crate) fn drivers_agree(
    source: &[u8],
    profile: &Profile,
    options: &LexOptions,
) -> Result<(), String> {
    let first_difference = |a: &Observed, b: &Observed| -> Option<String> {
        let records = (0..a.0.len().max(b.0.len())).find(|&i| a.0.get(i) != b.0.get(i));
        if let Some(i) = records {
            return Some(format!(
                "record {i}: fast {:?}, reference {:?}",
                a.0.get(i),
                b.0.get(i)
            ));
        }
        (a != b).then(|| format!("fast {:?}\nreference {:?}", (&a.1, &a.3), (&b.1, &b.3)))
    };
    if !options.track {
        let (fast, reference) = (run(source, profile, true), run(source, profile, false));
        return first_difference(&fast, &reference).map_or(Ok(()), Err);
    }
    let start = EngineState::initial(profile, options);
    let fast = run_tracked(source, &start, true);
    let reference = run_tracked(source, &start, false);
    if let Some(difference) = first_difference(&fast.0, &reference.0) {
        return Err(difference);
    }
    if (&fast.1, &fast.2, fast.4) != (&reference.1, &reference.2, reference.4) {
        return Err(format!(
            "history, effect or open verbatim: fast {:?}, reference {:?}",
            (&fast.1, &fast.2, fast.4),
            (&reference.1, &reference.2, reference.4)
        ));
    }
    if fast.3 != reference.3 {
        return Err("end states differ".to_string());
    }
    Ok(())
}

/// A reader that hands out at most `step` bytes per call (and is
/// interrupted once in a while), as pipes do.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
    calls: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.calls += 1;
        if self.calls.is_multiple_of(7) {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// A record in whole-input terms: start, end, line, the name of a
/// control sequence or verbatim environment, and the rest of it.
type FlatRecord = (u64, u64, u64, Option<Vec<u8>>, String);

/// What a lex or a stream made, in whole-input terms: records with
/// absolute spans and lines, names, diagnostics.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Flat {
    records: Vec<FlatRecord>,
    diagnostics: Vec<(u64, u64, crate::DiagnosticKind)>,
}

fn add(flat: &mut Flat, lexed: &Lexed, offset: u64, first_line: u64) {
    let mut positions = lexed.positions();
    for record in lexed.records() {
        let span = record.span();
        let line = first_line + u64::from(positions.position(span.start).line);
        let (name, kind) = match record {
            Record::Token(t) => match t.kind {
                TokenKind::Cs(id) => (Some(lexed.name(id).to_vec()), "cs".to_string()),
                TokenKind::Verbatim { env } => {
                    (Some(lexed.name(env).to_vec()), "verbatim".to_string())
                }
                kind => (None, format!("{kind:?}")),
            },
            Record::Trivia(t) => (None, format!("{t:?}").replace(&format!("{span:?}"), "")),
        };
        flat.records.push((
            offset + u64::from(span.start),
            offset + u64::from(span.end),
            line,
            name,
            kind,
        ));
    }
    flat.diagnostics.extend(lexed.diagnostics().map(|d| {
        (
            offset + u64::from(d.span.start),
            offset + u64::from(d.span.end),
            d.kind,
        )
    }));
}

/// `src` streamed by `lexer` in reads of at most `step` bytes, pieces of at
/// most `max_piece` bytes; each piece is checked to hold the input's bytes
/// from a line start (never inside a CRLF).
pub(crate) fn streamed(
    lexer: &Lexer,
    src: &[u8],
    step: usize,
    max_piece: usize,
) -> io::Result<Flat> {
    let reader = Trickle {
        bytes: src,
        step,
        calls: 0,
    };
    let mut stream = lexer.stream(reader).with_max_piece_len(max_piece);
    let mut flat = Flat::default();
    while let Some(piece) = stream.next_piece()? {
        let start = piece.offset() as usize;
        assert_eq!(&src[start..start + piece.source().len()], piece.source());
        assert!(line_end::is_line_start(src, start), "a piece at {start}");
        add(&mut flat, &piece, piece.offset(), piece.first_line());
    }
    flat.diagnostics.extend(
        stream
            .unclosed_braces()
            .iter()
            .map(|b| (b.offset, b.end, crate::DiagnosticKind::UnclosedOpenBrace)),
    );
    flat.diagnostics
        .extend(stream.ill_formed_utf8().map(|d| (d.offset, d.end, d.kind)));
    flat.diagnostics.sort_by_key(|d| (d.0, d.1));
    Ok(flat)
}

/// `src` lexed whole by `lexer`, as [`streamed`] shows it.
pub(crate) fn whole(lexer: &Lexer, src: &[u8]) -> Flat {
    let lexed = lexer.lex(src).unwrap();
    let mut flat = Flat::default();
    add(&mut flat, &lexed, 0, 0);
    flat
}

/// Whether streaming `source` in reads of at most `step` bytes gives what
/// a whole lex gives: `Err` shows both when not.
#[cfg(feature = "fuzzing")]
pub(crate) fn stream_agrees(source: &[u8], lexer: &Lexer, step: usize) -> Result<(), String> {
    let streamed = streamed(lexer, source, step, u32::MAX as usize)
        .map_err(|e| format!("reading a slice failed: {e}"))?;
    let whole = whole(lexer, source);
    if streamed == whole {
        Ok(())
    } else {
        Err(format!("streamed {streamed:?}\nwhole {whole:?}"))
    }
}

/// Token stats with names for ids (two lexes with interners of their own
/// may number names differently), in name order.
pub(crate) type NamedStats = ([u64; 16], u64, u64, u64, Vec<(Vec<u8>, u64)>);

pub(crate) fn named(
    stats: &crate::TokenStats,
    name: impl Fn(crate::CsId) -> Vec<u8>,
) -> NamedStats {
    let mut names: Vec<(Vec<u8>, u64)> = stats
        .control_sequences
        .iter()
        .map(|&(id, n)| (name(id), n))
        .collect();
    names.sort();
    (
        stats.chars,
        stats.active,
        stats.invalid,
        stats.verbatim,
        names,
    )
}

/// What counting and lexing must agree on: token stats, diagnostics (as a
/// [`Lexed`] has them: unclosed braces included), line starts, and with
/// tracking the end state and whether a verbatim body is open there.
type Totals = (
    NamedStats,
    Vec<Diagnostic>,
    Vec<u32>,
    Option<(EngineState, bool)>,
);

/// Whether the counting pass over `source` (from the start of a file)
/// gives what a lex's store gives, lexed as `options` say (with tracking,
/// by the fast driver where it takes the state if `fast`, else by the
/// reference engine): `Err` shows both when not.
pub(crate) fn counts_agree(
    source: &[u8],
    profile: &Profile,
    options: &crate::LexOptions,
    fast: bool,
) -> Result<(), String> {
    use crate::count::SegmentClasses;
    use crate::driver::{count_chunk, count_tracked_piece, lex_chunk};
    use crate::store::{OpenBraces, TokenTally, sort_by_position};

    let (chunk, mut names, end) = {
        let mut names = Interner::new();
        if options.track {
            let start = EngineState::initial(profile, options);
            let (chunk, end, open) = lex_tracked_piece_with(source, &start, &mut names, fast);
            (chunk, names, Some((end, open)))
        } else {
            (lex_chunk(source, profile, &mut names), names, None)
        }
    };
    let starts = chunk.line_starts.clone();
    let lexed = Lexed::from_chunks(source, profile, std::mem::take(&mut names), [chunk]);
    let stats = named(&lexed.token_stats(), |id| lexed.name(id).to_vec());
    let lexing: Totals = (stats, lexed.diagnostics().collect(), starts, end);

    let mut names = Interner::new();
    let mut tally = TokenTally::default();
    let mut starts = vec![7]; // replaced
    let (counted, end) = if options.track {
        let start = EngineState::initial(profile, options);
        let (chunk, end) =
            count_tracked_piece(source, &start, &mut names, &mut tally, &mut starts, fast);
        (chunk, Some((end.end, end.open)))
    } else {
        let classes = SegmentClasses::new(profile);
        let chunk = count_chunk(
            source,
            profile,
            &classes,
            &mut names,
            &mut tally,
            &mut starts,
        );
        (chunk, None)
    };
    let mut diagnostics = Vec::new();
    let mut open = OpenBraces::default();
    open.add_chunk(counted.diagnostics, counted.braces, 0, &mut diagnostics);
    open.finish(&mut diagnostics);
    sort_by_position(&mut diagnostics);
    let stats = named(&tally.stats(), |id| names.name(id).to_vec());
    let counting: Totals = (stats, diagnostics, starts, end);
    if counting == lexing {
        Ok(())
    } else {
        Err(format!("counted {counting:?}\nlexed {lexing:?}"))
    }
}

/// What a lex of a whole input says in sum: token stats, diagnostics
/// (absolute spans, in order), lines and bytes.
pub(crate) type Summed = (NamedStats, Vec<(u64, u64, crate::DiagnosticKind)>, u64, u64);

/// `src` counted piece by piece by a stream of `lexer`, in reads of at most
/// `step` bytes.
pub(crate) fn counted(lexer: &Lexer, src: &[u8], step: usize) -> io::Result<Summed> {
    let reader = Trickle {
        bytes: src,
        step,
        calls: 0,
    };
    let mut stream = lexer.stream(reader);
    let mut counting = crate::stream::StreamCounting::new(lexer.profile());
    let (mut bytes, mut lines, mut diagnostics) = (0, 1, Vec::new());
    while let Some(piece) = stream.next_counted(&mut counting)? {
        let offset = bytes;
        bytes += piece.len as u64;
        lines += piece.line_ends;
        diagnostics.extend(piece.diagnostics.iter().map(|d| {
            let (start, end) = (u64::from(d.span.start), u64::from(d.span.end));
            (offset + start, offset + end, d.kind)
        }));
    }
    diagnostics.extend(
        stream
            .unclosed_braces()
            .iter()
            .map(|b| (b.offset, b.end, crate::DiagnosticKind::UnclosedOpenBrace)),
    );
    diagnostics.extend(stream.ill_formed_utf8().map(|d| (d.offset, d.end, d.kind)));
    diagnostics.sort_by_key(|d| (d.0, d.1));
    let stats = counting.tally.stats();
    let names = stream.into_names();
    let stats = named(&stats, |id| names.name(id).to_vec());
    Ok((stats, diagnostics, lines, bytes))
}

/// `src` lexed whole by `lexer`, as [`counted`] shows it.
pub(crate) fn summed(lexer: &Lexer, src: &[u8]) -> Summed {
    let lexed = lexer.lex(src).unwrap();
    let stats = named(&lexed.token_stats(), |id| lexed.name(id).to_vec());
    let diagnostics = lexed
        .diagnostics()
        .map(|d| (u64::from(d.span.start), u64::from(d.span.end), d.kind))
        .collect();
    (
        stats,
        diagnostics,
        lexed.line_count() as u64,
        src.len() as u64,
    )
}

/// Whether counting `source` gives what lexing it gives, lexed as `lexer`
/// would: one stretch by the fast driver and by the reference engine
/// ([`counts_agree`]), and the whole input as a stream reads it in reads
/// of at most `step` bytes, pieces counted one by one ([`counted`]).
/// `Err` says where they differ.
#[cfg(feature = "fuzzing")]
pub(crate) fn count_agrees(source: &[u8], lexer: &Lexer, step: usize) -> Result<(), String> {
    let (profile, options) = lexer.parts();
    counts_agree(source, profile, options, true)?;
    if options.track {
        counts_agree(source, profile, options, false)?;
    }
    let counted =
        counted(lexer, source, step).map_err(|e| format!("reading a slice failed: {e}"))?;
    let summed = summed(lexer, source);
    if counted == summed {
        Ok(())
    } else {
        Err(format!("counted {counted:?}\nlexed {summed:?}"))
    }
}
