//! Per-edit latency of a live [`texlex::Document`], and its heap.
//!
//!     cargo run --release -p texlex --example edit_latency -- FILE [--copies N] [--edits N] [--track]
//!
//! Loads FILE (concatenated N times with `--copies`), then applies 10,000
//! (or `--edits`) random one-character edits, each timed on its own, of four
//! kinds in equal shares:
//!
//! * `insert`: `x` at a random character boundary;
//! * `delete`: the character at a random boundary;
//! * `in_comment`: `x` inside a comment: an existing one if FILE has at
//!   least 200 per copy, else after a `%` first inserted (untimed) at a
//!   random place in a line, and removed again after the timed insert;
//! * `percent_on` / `percent_off`: a `%` that comments out the rest of a
//!   line, then its removal (a toggle is two timed edits).
//!
//! Every `insert`, `delete` and `in_comment` edit is undone, untimed, right
//! after it, so offsets picked from the loaded text stay valid. Prints the
//! median, p95, p99 and maximum time per edit in µs for each kind and
//! overall, the number of edits over 100 µs, the bytes re-lexed per edit,
//! and the heap of the document against a plain `texlex::lex` of the same
//! text (a counting global allocator; live bytes, source excluded). With
//! `--track` the document (and the lex it is compared with) tracks catcode
//! changes and verbatim, as the command line does by default.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use texlex::unstable::alloc_count::{self as alloc_count, CountingAllocator};
use texlex::{Document, Lexer, Regime};

#[path = "../tests/support/common.rs"]
mod common;
use common::{Rng, char_len, comment_interiors, is_boundary, is_eol, random_boundary as boundary};

/// The library's counting allocator, turned on at the start of `main`.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Live heap bytes now (net bytes allocated since counting was turned on).
fn live() -> isize {
    alloc_count::snapshot().live
}

/// Bytes `now` is above `before` (0 if below).
fn above(now: isize, before: isize) -> usize {
    usize::try_from(now - before).unwrap_or(0)
}

/// A random character boundary before a byte that is not a line end (a `%`
/// there comments something out).
fn non_eol(rng: &mut Rng, text: &[u8]) -> usize {
    loop {
        let at = boundary(rng, text, text.len());
        if at < text.len() && !is_eol(text[at]) {
            return at;
        }
    }
}

const KINDS: [&str; 5] = [
    "insert",
    "delete",
    "in_comment",
    "percent_on",
    "percent_off",
];

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// A line of the table: median, p95, p99 and max in µs (nearest-rank
/// percentiles), edits over 100 µs, bytes re-lexed per edit.
fn row(kind: &str, times: &mut [Duration], relexed: usize) {
    times.sort_unstable();
    let n = times.len();
    let rank = |p: usize| micros(times[(n * p).div_ceil(100).max(1) - 1]);
    let slow = times.iter().filter(|t| t.as_micros() > 100).count();
    println!(
        "{kind:<12} {n:>6} {:>10.2} {:>8.2} {:>8.2} {:>9.1} {slow:>8} {:>10.0}",
        rank(50),
        rank(95),
        rank(99),
        micros(times[n - 1]),
        relexed as f64 / n as f64
    );
}

fn usage() -> ExitCode {
    eprintln!("usage: edit_latency FILE [--copies N] [--edits N] [--track]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    alloc_count::set_enabled(true);
    let mut args = std::env::args().skip(1);
    let (mut file, mut copies, mut total) = (None, 1usize, 10_000usize);
    let mut lexer = Lexer::new(Regime::Latex).track_catcodes(false);
    while let Some(arg) = args.next() {
        let number = |args: &mut dyn Iterator<Item = String>| {
            args.next()
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|&n| n > 0)
        };
        match arg.as_str() {
            "--copies" => match number(&mut args) {
                Some(n) => copies = n,
                None => return usage(),
            },
            "--edits" => match number(&mut args) {
                Some(n) => total = n,
                None => return usage(),
            },
            "--track" => lexer = Lexer::new(Regime::Latex),
            _ if file.is_none() && !arg.starts_with("--") => file = Some(arg),
            _ => return usage(),
        }
    }
    let Some(file) = file else {
        return usage();
    };
    let one = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("edit_latency: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let text = one.repeat(copies);
    drop(one);

    // Comments for `in_comment`: the text's own, or `%` added on the fly.
    let interiors = comment_interiors(&text);
    let own_comments = interiors.len() >= 200 * copies;
    let len = text.len();
    println!(
        "{file} x {copies}: {len} bytes, {} comments{}; {}",
        interiors.len(),
        if own_comments {
            ""
        } else {
            " (in_comment: after a `%` inserted first, untimed)"
        },
        if lexer.tracks_catcodes() {
            "catcode tracking and verbatim"
        } else {
            "static catcodes"
        }
    );

    // Heap of a plain lex, then of the document (live bytes, source excluded).
    let before = live();
    let started = Instant::now();
    let lexed = lexer.lex(&text).expect("input under 4 GiB");
    let lex_time = started.elapsed();
    let lex_heap = above(live(), before);
    drop(lexed);

    // Allocated first, so the heap after the edits counts the document only.
    let mut times: [Vec<Duration>; 5] = std::array::from_fn(|_| Vec::with_capacity(total));
    let before = live();
    alloc_count::reset_peak();
    let started = Instant::now();
    let mut doc = lexer.document(&text).expect("input under 4 GiB");
    let new_time = started.elapsed();
    let doc_heap = above(live(), before);
    let doc_peak = above(alloc_count::snapshot().peak, before);
    println!(
        "lex {:.1} ms; Document::new {:.1} ms; {} lines",
        lex_time.as_secs_f64() * 1e3,
        new_time.as_secs_f64() * 1e3,
        doc.line_count()
    );

    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut relexed = [0usize; 5];
    let mut done = 0;
    let mut time = |kind: usize, doc: &mut Document, range: std::ops::Range<usize>, new: &[u8]| {
        let range = range.start as u32..range.end as u32;
        let started = Instant::now();
        let change = doc.edit(range, new);
        let elapsed = started.elapsed();
        let change = change.expect("a valid edit");
        times[kind].push(elapsed);
        relexed[kind] += change.relexed_bytes();
    };
    while done < total {
        match rng.below(4) {
            0 => {
                let at = boundary(&mut rng, &text, len);
                time(0, &mut doc, at..at, b"x");
                doc.edit(at as u32..at as u32 + 1, b"").unwrap();
                done += 1;
            }
            1 => {
                let at = boundary(&mut rng, &text, len - 1);
                let n = char_len(&text, at);
                time(1, &mut doc, at..at + n, b"");
                doc.edit(at as u32..at as u32, &text[at..at + n]).unwrap();
                done += 1;
            }
            2 if own_comments => {
                let (start, end) = interiors[rng.below(interiors.len())];
                let mut at = start + rng.below(end - start + 1);
                while !is_boundary(&text, at) {
                    at -= 1;
                }
                time(2, &mut doc, at..at, b"x");
                doc.edit(at as u32..at as u32 + 1, b"").unwrap();
                done += 1;
            }
            2 => {
                let pct = non_eol(&mut rng, &text);
                let end = text[pct..]
                    .iter()
                    .position(|&b| is_eol(b))
                    .map_or(len, |e| pct + e);
                doc.edit(pct as u32..pct as u32, b"%").unwrap();
                // In the new text the comment runs from pct + 1 to end + 1.
                let mut at = pct + 1 + rng.below(end - pct + 1);
                while !is_boundary(&text, at - 1) {
                    at -= 1;
                }
                time(2, &mut doc, at..at, b"x");
                doc.edit(at as u32..at as u32 + 1, b"").unwrap();
                doc.edit(pct as u32..pct as u32 + 1, b"").unwrap();
                done += 1;
            }
            _ => {
                let at = non_eol(&mut rng, &text);
                time(3, &mut doc, at..at, b"%");
                time(4, &mut doc, at..at + 1, b"");
                done += 2;
            }
        }
    }
    assert_eq!(doc.len() as usize, len, "every edit was undone");
    let after = above(live(), before);

    println!(
        "{:<12} {:>6} {:>10} {:>8} {:>8} {:>9} {:>8} {:>10}",
        "kind", "edits", "median µs", "p95 µs", "p99 µs", "max µs", ">100 µs", "relexed B"
    );
    let mut all = Vec::new();
    for (k, kind) in KINDS.iter().enumerate() {
        if !times[k].is_empty() {
            all.extend_from_slice(&times[k]);
            row(kind, &mut times[k], relexed[k]);
        }
    }
    row("all", &mut all, relexed.iter().sum());

    let per = |bytes: usize| bytes as f64 / len as f64;
    println!(
        "heap: document {doc_heap} bytes ({:.2} x source; peak during new {doc_peak}, {after} after the edits), \
         plain lex {lex_heap} bytes ({:.2} x source): document / lex = {:.2}",
        per(doc_heap),
        per(lex_heap),
        doc_heap as f64 / lex_heap as f64
    );
    drop(doc);
    ExitCode::SUCCESS
}
