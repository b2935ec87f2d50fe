//! Server work after a one-character edit of the 1.1 MB perf file
//! (`../shared/corpus/perf/perf_smoke_big.tex`; skipped with a message when
//! absent), in process: semantic tokens of a 100-line viewport, the full
//! delta, and the full tokens of the whole file. Memory per open document
//! is printed (heap bytes of the `Document`, from texlex's counting
//! allocator).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use texlex::unstable::alloc_count::{self, CountingAllocator};
use texlex::{Lexer, LspPosition, Regime};
use texlex_lsp::server::{Encoding, delta, semantic_tokens};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpus/perf/perf_smoke_big.tex"
);

fn bench(c: &mut Criterion) {
    let Ok(text) = std::fs::read(FILE) else {
        eprintln!("lsp bench skipped: {FILE} is absent");
        return;
    };
    let lexer = Lexer::new(Regime::Latex);
    let (mut doc, usage) = alloc_count::measure(|| lexer.document(&text).unwrap());
    alloc_count::set_enabled(false);
    eprintln!(
        "memory per open document: {} heap bytes retained ({} peak) for {} source bytes",
        usage.retained,
        usage.peak,
        text.len()
    );
    let middle = (doc.line_count() / 2) as u32;
    let at = doc
        .offset_of_lsp(LspPosition {
            line: middle,
            character: 0,
        })
        .unwrap();
    let view_start = at;
    let view_end = doc
        .offset_of_lsp(LspPosition {
            line: middle + 100,
            character: 0,
        })
        .unwrap();
    let mut flip = false;
    let mut edit = |doc: &mut texlex::Document| {
        flip = !flip;
        if flip {
            doc.edit(at..at, b"x").unwrap();
        } else {
            doc.edit(at..at + 1, b"").unwrap();
        }
    };
    c.bench_function("edit + semanticTokens/range (100 lines)", |b| {
        b.iter(|| {
            edit(&mut doc);
            black_box(semantic_tokens(&doc, view_start..view_end, Encoding::Utf16))
        })
    });
    let mut previous = semantic_tokens(&doc, 0..doc.len(), Encoding::Utf16);
    c.bench_function("edit + semanticTokens/full/delta", |b| {
        b.iter(|| {
            edit(&mut doc);
            let data = semantic_tokens(&doc, 0..doc.len(), Encoding::Utf16);
            let edits = delta(&previous, &data);
            previous = data;
            black_box(edits)
        })
    });
    c.bench_function("semanticTokens/full", |b| {
        b.iter(|| black_box(semantic_tokens(&doc, 0..doc.len(), Encoding::Utf16)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
