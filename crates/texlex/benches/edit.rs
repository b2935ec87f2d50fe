//! Criterion benchmarks of one edit of a live [`texlex::Document`] (the
//! "incremental re-lexing" issue: p95 <= 10 µs per edit on
//! `perf_smoke_big.tex` and on its 100x concatenation).
//!
//! Input: `perf_smoke_big.tex` (1.1 MB) when `../shared/corpus/perf/` exists
//! next to the workspace root, else the generated thesis of
//! `tests/support/thesis.rs`; and 100 copies of it, concatenated in memory
//! (about 110 MB). Each measured iteration is exactly one edit at a random
//! offset (precomputed, on a character boundary); where a bench needs the
//! document back as it was, the undoing edit is made outside the timing:
//!
//! * `insert_char_random`: insert `x` (then delete it, untimed);
//! * `delete_char_random`: delete one character (then put it back, untimed);
//! * `insert_in_comment`: insert `x` inside a comment (untimed undo). If the
//!   input has fewer than [`MIN_COMMENTS`] comments, every 20th non-blank
//!   line is first turned into one (`% ` prepended) for this bench;
//! * `insert_percent`: alternately insert a `%` that comments out the rest
//!   of a line and remove it again; both edits are timed.
//!
//!     cargo bench -p texlex --bench edit

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use texlex::{Document, Lexer, Profile, Regime};

#[path = "../tests/support/common.rs"]
mod common;
use common::{Rng, char_len, comment_interiors, is_boundary, is_eol, random_boundary};
#[path = "../tests/support/thesis.rs"]
mod thesis;

/// Random offsets precomputed per bench (cycled through).
const OFFSETS: usize = 4096;
/// Fewer comments than this and `insert_in_comment` adds some.
const MIN_COMMENTS: usize = 200;

/// Inserts `x` at `offsets` in turn (from the `k`-th on), `iters` times,
/// timing each insert alone; each is undone, untimed, so the text stays as
/// it was.
fn timed_inserts(doc: &mut Document, offsets: &[u32], k: &mut usize, iters: u64) -> Duration {
    let mut timed = Duration::ZERO;
    for _ in 0..iters {
        let at = offsets[*k % offsets.len()];
        *k += 1;
        let started = Instant::now();
        let change = doc.edit(at..at, b"x").unwrap();
        timed += started.elapsed();
        black_box(change);
        doc.edit(at..at + 1, b"").unwrap();
    }
    timed
}

fn input() -> (String, Vec<u8>) {
    thesis::perf_or_thesis()
}

/// `text` with `% ` prepended to every 20th non-blank line.
fn with_comments(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 200);
    let mut non_blank = 0usize;
    for line in text.split_inclusive(|&b| b == b'\n') {
        if line.iter().any(|&b| !b.is_ascii_whitespace()) {
            non_blank += 1;
            if non_blank.is_multiple_of(20) {
                out.extend_from_slice(b"% ");
            }
        }
        out.extend_from_slice(line);
    }
    out
}

fn bench_size(c: &mut Criterion, label: &str, text: &[u8]) {
    let profile = Profile::new(Regime::Latex);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ text.len() as u64);
    let started = Instant::now();
    let mut doc = Lexer::with_profile(profile.clone())
        .track_catcodes(false)
        .document(text)
        .expect("input under 4 GiB");
    eprintln!(
        "texlex edit bench {label}: {} bytes, {} lines, Document::new {:.1} ms",
        text.len(),
        doc.line_count(),
        started.elapsed().as_secs_f64() * 1e3
    );

    let mut group = c.benchmark_group(format!("edit_{label}"));
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));

    let inserts: Vec<u32> = (0..OFFSETS)
        .map(|_| random_boundary(&mut rng, text, text.len()) as u32)
        .collect();
    group.bench_function("insert_char_random", |b| {
        let mut k = 0;
        b.iter_custom(|iters| timed_inserts(&mut doc, &inserts, &mut k, iters))
    });

    let deletes: Vec<(u32, Vec<u8>)> = (0..OFFSETS)
        .map(|_| {
            let at = random_boundary(&mut rng, text, text.len() - 1);
            (at as u32, text[at..at + char_len(text, at)].to_vec())
        })
        .collect();
    group.bench_function("delete_char_random", |b| {
        let mut k = 0;
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                let (at, ref old) = deletes[k % OFFSETS];
                k += 1;
                let started = Instant::now();
                let change = doc.edit(at..at + old.len() as u32, b"").unwrap();
                timed += started.elapsed();
                black_box(change);
                doc.edit(at..at, old).unwrap();
            }
            timed
        })
    });

    // Positions in lines with text after them: the `%` comments it out.
    let percents: Vec<u32> = (0..OFFSETS)
        .map(|_| {
            loop {
                let at = random_boundary(&mut rng, text, text.len());
                if at < text.len() && !is_eol(text[at]) {
                    break at as u32;
                }
            }
        })
        .collect();
    group.bench_function("insert_percent", |b| {
        let mut k = 0;
        let mut pending: Option<u32> = None;
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                let change = match pending.take() {
                    Some(at) => doc.edit(at..at + 1, b""),
                    None => {
                        let at = percents[k % OFFSETS];
                        k += 1;
                        pending = Some(at);
                        doc.edit(at..at, b"%")
                    }
                };
                timed += started.elapsed();
                black_box(change.unwrap());
            }
            timed
        })
    });
    drop(doc);

    // Comments: the text's own, or added ones.
    let mut interiors = comment_interiors(text);
    let commented;
    let text = if interiors.len() < MIN_COMMENTS {
        commented = with_comments(text);
        interiors = comment_interiors(&commented);
        eprintln!(
            "texlex edit bench {label}: few comments, `% ` prepended to every 20th non-blank line ({} comments)",
            interiors.len()
        );
        &commented[..]
    } else {
        text
    };
    let mut doc = Lexer::with_profile(profile.clone())
        .track_catcodes(false)
        .document(text)
        .expect("input under 4 GiB");
    let in_comments: Vec<u32> = (0..OFFSETS)
        .map(|_| {
            let (start, end) = interiors[rng.below(interiors.len())];
            let mut at = start + rng.below(end - start + 1);
            while !is_boundary(text, at) {
                at -= 1;
            }
            at as u32
        })
        .collect();
    group.bench_function("insert_in_comment", |b| {
        let mut k = 0;
        b.iter_custom(|iters| timed_inserts(&mut doc, &in_comments, &mut k, iters))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let (name, source) = input();
    eprintln!("texlex edit bench input: {name} ({} bytes)", source.len());
    bench_size(c, "1x", &source);
    let big = source.repeat(100);
    drop(source);
    bench_size(c, "100x", &big);
}

criterion_group!(edit_benches, benches);
criterion_main!(edit_benches);
