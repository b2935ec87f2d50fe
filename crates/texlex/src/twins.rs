//! Both drivers on one input, side by side: the fast driver and the
//! reference engine it must equal. The tests compare them on generated
//! inputs; the differential fuzz target (feature `fuzzing`) on anything.

use crate::driver::{LexedChunk, lex_tracked_piece_with, reference_lex};
use crate::engine::{Engine, EngineState};
use crate::fast;
use crate::store::Builder;
use crate::{Diagnostic, Interner, LexOptions, Lexed, Profile, Record, Token, TokenKind};

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
pub(crate) fn run_tracked(
    source: &[u8],
    start: &EngineState,
    options: &LexOptions,
    fast: bool,
) -> ObservedTracked {
    let mut names = Interner::new();
    let (chunk, end, open) = lex_tracked_piece_with(source, start, options, &mut names, fast);
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
    let start = EngineState::initial(profile);
    let fast = run_tracked(source, &start, options, true);
    let reference = run_tracked(source, &start, options, false);
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
