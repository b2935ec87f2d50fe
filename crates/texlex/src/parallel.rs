//! Lexing big inputs on several threads. With a fixed catcode table every
//! line is lexed on its own, so the input is split at line boundaries and
//! each part lexed with its own interner; the parts are then merged: names
//! get the ids a serial lex gives them (names new in a later part come after
//! all names of earlier parts, in order of appearance, as serially), offsets
//! are rebased, and braces are matched across part boundaries. The result
//! equals a serial lex of the whole input (tested).

use crate::driver::{LexedChunk, lex_chunk};
use crate::intern::FIRST_DYNAMIC;
use crate::{Interner, Lexed, Profile};

/// Inputs smaller than this are lexed on one thread: splitting costs more
/// than it saves.
const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// Lexes `source` (below 4 GiB: the caller checked) with static catcodes on
/// up to `threads` threads (0: as many as the machine has). Inputs below
/// [`PARALLEL_MIN_BYTES`] are lexed serially.
pub(crate) fn lex_parallel<'s>(source: &'s [u8], profile: &Profile, threads: usize) -> Lexed<'s> {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let parts = split_at_lines(
        source,
        if source.len() < PARALLEL_MIN_BYTES {
            1
        } else {
            threads
        },
    );
    lex_parts(source, profile, &parts)
}

/// Lexes the given consecutive parts (byte ranges of whole lines covering
/// `source`) in parallel and merges them.
pub(crate) fn lex_parts<'s>(
    source: &'s [u8],
    profile: &Profile,
    parts: &[std::ops::Range<usize>],
) -> Lexed<'s> {
    let mut lexed: Vec<(LexedChunk, Interner)> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts[1..]
            .iter()
            .map(|range| {
                let part = &source[range.clone()];
                scope.spawn(move || {
                    let mut names = Interner::new();
                    (lex_chunk(part, profile, &mut names), names)
                })
            })
            .collect();
        let mut names = Interner::new();
        let first = lex_chunk(&source[parts[0].clone()], profile, &mut names);
        std::iter::once((first, names))
            .chain(
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a lexing thread panicked")),
            )
            .collect()
    });
    // Give later parts' names their serial ids, then rewrite their stores.
    let (first, mut names) = lexed.remove(0);
    let maps: Vec<Vec<u32>> = lexed
        .iter()
        .map(|(_, local)| {
            local
                .dynamic_names()
                .map(|name| names.intern(name).0)
                .collect()
        })
        .collect();
    std::thread::scope(|scope| {
        for ((chunk, _), map) in lexed.iter_mut().zip(&maps) {
            if map
                .iter()
                .enumerate()
                .any(|(i, &id)| id != FIRST_DYNAMIC + i as u32)
            {
                scope.spawn(move || {
                    chunk
                        .store
                        .remap_ids(|id| match id.checked_sub(FIRST_DYNAMIC) {
                            Some(local) => map[local as usize],
                            None => id,
                        })
                });
            }
        }
    });
    let chunks = std::iter::once(first).chain(lexed.into_iter().map(|(chunk, _)| chunk));
    Lexed::from_chunks(source, profile, names, chunks)
}

/// Splits `source` into at most `parts` ranges of whole lines of about equal
/// size (never between the CR and LF of a CRLF).
pub(crate) fn split_at_lines(source: &[u8], parts: usize) -> Vec<std::ops::Range<usize>> {
    let len = source.len();
    let mut ranges = Vec::with_capacity(parts.max(1));
    let mut start = 0;
    for i in 1..parts.max(1) {
        let target = (len / parts * i).max(start);
        let end = crate::line_end::line_end_from(source, target);
        if end >= len {
            break;
        }
        ranges.push(start..end);
        start = end;
    }
    ranges.push(start..len);
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Record, Regime, lex};
    use proptest::prelude::*;

    fn texish() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(&b"\\"[..]),
            Just(&b"\\foo"[..]),
            Just(&b"\\bar"[..]),
            Just(&b"\\newname"[..]),
            Just(&b"{"[..]),
            Just(&b"}"[..]),
            Just(&b"%"[..]),
            Just(&b" "[..]),
            Just(&b"\n"[..]),
            Just(&b"\r"[..]),
            Just(&b"\r\n"[..]),
            Just(&b"ab"[..]),
            Just(&b"^^5c"[..]),
            Just("é".as_bytes()),
            Just(&b"\xff"[..]),
            Just(&b"\x7f"[..]),
            Just(&b"\\q^^41"[..]),
        ];
        proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
    }

    proptest! {
        /// Any split into parts of whole lines gives exactly the serial lex.
        #[test]
        fn parallel_equals_serial(src in texish(), parts in 1usize..6,
                                  regime in proptest::sample::select(Regime::ALL.to_vec())) {
            let profile = Profile::new(regime);
            let serial = lex(&src, &profile);
            let ranges = split_at_lines(&src, parts);
            prop_assert_eq!(ranges.first().map(|r| r.start), Some(0));
            prop_assert_eq!(ranges.last().map(|r| r.end), Some(src.len()));
            let parallel = lex_parts(&src, &profile, &ranges);
            let a: Vec<Record> = serial.records().collect();
            let b: Vec<Record> = parallel.records().collect();
            prop_assert_eq!(a, b);
            prop_assert!(serial.diagnostics().eq(parallel.diagnostics()));
            prop_assert_eq!(serial.line_index(), parallel.line_index());
            for t in serial.tokens() {
                if let crate::TokenKind::Cs(id) = t.kind {
                    prop_assert_eq!(serial.name(id), parallel.name(id));
                }
            }
            let offset = (src.len() / 2) as u32;
            prop_assert!(serial.records_from(offset).eq(parallel.records_from(offset)));
        }
    }

    #[test]
    fn splits_never_break_crlf() {
        let src = b"ab\r\ncd\r\nef\r\ngh";
        for parts in 1..8 {
            for r in split_at_lines(src, parts) {
                assert!(crate::line_end::is_line_start(src, r.start), "{r:?}");
                assert!(
                    r.start == 0 || src[r.start - 1] == b'\n',
                    "{r:?} after a CR of a CRLF"
                );
            }
        }
    }
}
