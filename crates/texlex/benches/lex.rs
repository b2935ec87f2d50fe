//! Criterion benchmarks of the lexer hot path ("Speed and memory" issue).
//!
//! Input: `perf_smoke_big.tex` (1.1 MB) when `../shared/corpus/perf/` exists
//! next to the workspace root, else the generated thesis of
//! `tests/support/thesis.rs` (same size and character). The choice is
//! printed. Three floors come first: `memchr_newlines`;
//! `special_byte_visit`, a SIMD pass that visits every byte a tokenizer must
//! look at (`\ { } $ & # ^ _ ~ %`, spaces, line ends: 23 % of the file) and
//! does nothing else; and `classify_and_popcount`, the lexer's own masks of
//! every 64-byte block (computed a run of blocks at a time) with their bits
//! counted, the limit of a scanner that classifies blocks before walking
//! them. Read every other group against them (criterion reports MB/s for
//! each: compare them in one run). `mask_blocks_by_kernel` is that last
//! pass with each SIMD kernel the CPU has (`texlex bench --kernel`).
//!
//! `lex_full` is the lex without positions: it records where lines start
//! (positions need nothing else) and resolves no position.
//! `lex_full_then_positions` adds a line, column and UTF-16 column for
//! every token, through the positions cursor. `stream_first_token` times
//! the first token of 100 copies of the input through [`texlex::Stream`].
//!
//!     cargo bench -p texlex --bench lex

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use texlex::{Lexer, Profile, Regime, TokenKind};

#[path = "../tests/support/common.rs"]
mod common;
#[path = "../tests/support/thesis.rs"]
mod thesis;

fn input() -> (String, Vec<u8>) {
    thesis::perf_or_thesis()
}

fn configure<'a>(c: &'a mut Criterion, name: &str, bytes: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group
}

fn benches(c: &mut Criterion) {
    let (name, source) = input();
    eprintln!("texlex bench input: {name} ({} bytes)", source.len());
    let profile = Profile::new(Regime::Latex);

    let mut group = configure(c, "memchr_newlines", source.len());
    group.bench_function("count", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&source)).count())
    });
    group.finish();

    let mut group = configure(c, "special_byte_visit", source.len());
    group.bench_function("visit", |b| {
        b.iter(|| texlex::unstable::visit_special_bytes(black_box(&source), &profile))
    });
    group.finish();

    let mut group = configure(c, "classify_and_popcount", source.len());
    group.bench_function("popcount", |b| {
        b.iter(|| texlex::unstable::classify_and_popcount(black_box(&source), &profile))
    });
    group.finish();

    // Each kernel's masks: a profile whose classifier is built while the
    // override asks for the kernel keeps it.
    let mut group = configure(c, "mask_blocks_by_kernel", source.len());
    for kernel in ["scalar", "sse2", "avx2", "avx512bw", "avx512vbmi"] {
        if let Err(why) = texlex::unstable::set_kernel_override(Some(kernel)) {
            eprintln!("mask_blocks_by_kernel/{kernel} skipped: {why}");
            continue;
        }
        let profile = Profile::new(Regime::Latex);
        let built = texlex::unstable::kernel_name(&profile);
        texlex::unstable::set_kernel_override(None).expect("no override");
        assert_eq!(built, kernel);
        group.bench_function(kernel, |b| {
            b.iter(|| texlex::unstable::classify_and_popcount(black_box(&source), &profile))
        });
    }
    group.finish();

    let static_catcodes = Lexer::new(Regime::Latex).track_catcodes(false);
    let mut group = configure(c, "lex_full", source.len());
    group.bench_function("lex_and_drop", |b| {
        b.iter(|| drop(static_catcodes.lex(black_box(&source)).unwrap()))
    });
    group.finish();

    // Catcode tracking with verbatim: what the command line does by default.
    let tracking = Lexer::new(Regime::Latex);
    let mut group = configure(c, "lex_tracked", source.len());
    group.bench_function("lex_and_drop", |b| {
        b.iter(|| drop(tracking.lex(black_box(&source)).unwrap()))
    });
    group.finish();

    let mut group = configure(c, "lex_full_then_positions", source.len());
    group.bench_function("lex_and_position_every_token", |b| {
        b.iter(|| {
            let doc = static_catcodes.lex(black_box(&source)).unwrap();
            let mut positions = doc.positions();
            let mut sum = 0u64;
            for token in doc.tokens() {
                let at = positions.position(token.span.start);
                sum += u64::from(at.line) + u64::from(at.utf16_col);
            }
            sum
        })
    });
    group.finish();

    // The first token of 100 copies (about 110 MB) through the streaming
    // API, which lexes a short piece first.
    let big = source.repeat(100);
    let mut group = c.benchmark_group("stream_first_token");
    group.sample_size(50);
    group.bench_function("100x", |b| {
        b.iter(|| {
            let mut stream = static_catcodes.stream(black_box(&big[..]));
            let piece = stream.next_piece().unwrap().unwrap();
            piece.tokens().next()
        })
    });
    group.finish();
    drop(big);

    let doc = static_catcodes.lex(&source).unwrap();
    let mut group = configure(c, "lex_tokens_iter", source.len());
    group.bench_function("count", |b| b.iter(|| black_box(&doc).tokens().count()));
    group.finish();
    drop(doc);

    // The distinct names of the input (catalog and dynamic ones, in order
    // of appearance), up to 1,000. Throughput is the bytes of the names.
    let names = static_catcodes.lex(&source).unwrap();
    let mut lookups: Vec<Vec<u8>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for token in names.tokens() {
        if let TokenKind::Cs(id) = token.kind
            && lookups.len() < 1000
            && seen.insert(id)
        {
            lookups.push(names.name(id).to_vec());
        }
    }
    assert!(lookups.iter().all(|n| names.lookup(n).is_some()));
    let name_bytes: usize = lookups.iter().map(Vec::len).sum();
    let mut group = configure(c, "interner_lookup", name_bytes);
    group.bench_function("get_1000_mixed", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for n in &lookups {
                sum = sum.wrapping_add(names.lookup(black_box(n)).map_or(0, |id| id.as_u32()));
            }
            sum
        })
    });
    group.finish();
}

criterion_group!(lex_benches, benches);
criterion_main!(lex_benches);
