//! Memory targets of the "Speed and memory" issue, checked with a counting
//! global allocator: allocation *counts and bytes*, never times. This file
//! is its own test binary with a single `#[test]`, so nothing else
//! allocates while it measures.
//!
//! Targets, for `lex` (the source is allocated before measuring and is not
//! counted; the returned document is kept alive while counting):
//!
//! 1. bytes allocated during `lex` <= 1.0 x source bytes (realloc counts its
//!    new size), on the generated thesis, on `perf_smoke_big.tex` and on the
//!    other, small, files of the perf corpus (the tightest,
//!    `perf_macro_dense.tex`, is at 0.99: its 29 new names grow the
//!    interner's tables from empty);
//! 2. allocation calls <= [`MAX_CALLS`], and they do not grow with the
//!    input: 8 x the input takes at most [`CALLS_GROWTH`] more calls than
//!    1 x;
//! 3. the worst case for nesting, 100,000 bytes of `{`: bytes
//!    allocated <= 8 per token, with static catcodes and with tracking
//!    (braces join plain runs, and the tracker's save stack stores only
//!    groups that saved something, so this is about one byte per token);
//! 4. inputs with one stored record or more per token (`\a\a…`, `\ab \ab …`,
//!    `~~…`, `^^41^^41…`, `x⏎x⏎…`, `a %⏎…`): on these the store and line
//!    starts need at most 8 bytes per token (`\ab ` takes two entries and a
//!    payload word), and vectors that grow by doubling at most double that,
//!    so peak heap <= [`MAX_PEAK_PER_TOKEN`] per token. (The target of 8
//!    bytes per token holds for what is needed, not with the growth slack:
//!    see docs/PERFORMANCE.md.)
//! 5. one diagnostic per token (100,000 unmatched `}`): the diagnostics
//!    are the output, so peak heap <= twice their size (growth by
//!    doubling) plus 8 bytes per token, with static catcodes and with
//!    tracking (they are moved, never copied, on their way to the
//!    document).
//! 6. a catcode change per token, toggling (`\makeatletter\makeatother…`,
//!    tracking): the catcodes in force are kept per change, shared between
//!    the profiles a toggle returns to, so peak heap <= [`MAX_PEAK_PER_CHANGE`]
//!    per token (a history entry and a store record, with growth), not a
//!    profile per change.
//! 7. catcode changes that seldom repeat a profile (of ASCII letters, and
//!    of distinct code points past U+00FF, which grow the catcode table),
//!    tracking: peak heap <= [`MAX_PEAK_PER_DISTINCT_CHANGE`] per change,
//!    growing linearly with the changes, not with their square.
//!
//! Every failure is collected and reported together with all figures.

use std::io::Write;

use texlex::unstable::alloc_count::{self as alloc_count, CountingAllocator};
use texlex::{Lexer, Regime};

#[path = "support/common.rs"]
mod common;
#[path = "support/thesis.rs"]
mod thesis;

/// Bound on allocation calls of one `lex`. Measured (library as of this
/// test's writing): 12 calls on the thesis, 15 on perf_smoke_big.tex, the
/// same at 8 x; 41 on the `{` worst case. The bound leaves headroom for a
/// few more buffers, not for per-line or per-token allocation.
const MAX_CALLS: usize = 64;
/// How many more calls 8 x the input may take than 1 x (vectors that double
/// grow log2(8) = 3 more times each; a handful of vectors).
const CALLS_GROWTH: usize = 16;
/// Bytes allocated per source byte.
const MAX_BYTES_PER_SOURCE_BYTE: f64 = 1.0;
/// Bytes allocated per token on the worst case.
const MAX_BYTES_PER_TOKEN: f64 = 8.0;
/// Peak heap per token on inputs of one record or more per token.
const MAX_PEAK_PER_TOKEN: f64 = 16.0;
/// Peak heap per token when every token changes catcodes.
const MAX_PEAK_PER_CHANGE: f64 = 64.0;
/// Peak heap per catcode change when changes seldom repeat a profile: the
/// changes' own records (nine tokens each), their history (16 bytes per
/// setting, and a kept profile every few dozen), and for code points past
/// U+00FF the catcode table itself (a 48-byte node of a persistent map
/// each) and the nodes that kept profiles still share (kept ever further
/// apart as the table grows: at most about three tables' worth).
const MAX_PEAK_PER_DISTINCT_CHANGE: f64 = 256.0;

/// The library's counting allocator (turned on by the test).
#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// What one `lex` allocated.
#[derive(Debug)]
struct Usage {
    calls: usize,
    bytes: usize,
    peak: usize,
    tokens: usize,
}

/// Lex `source` and count, keeping the document alive until the counters
/// are read; tokens are counted afterwards (iteration must not allocate,
/// but it is not what is measured here).
fn measure(source: &[u8]) -> Usage {
    measure_with(source, &Lexer::new(Regime::Latex).track_catcodes(false))
}

/// [`measure`] with `options`.
fn measure_with(source: &[u8], lexer: &Lexer) -> Usage {
    let (doc, counted) = alloc_count::measure(|| lexer.lex(source).unwrap());
    let usage = Usage {
        calls: counted.calls,
        bytes: counted.bytes,
        peak: counted.peak,
        tokens: 0,
    };
    let tokens = doc.tokens().count();
    drop(doc);
    Usage { tokens, ..usage }
}

/// Which bytes a per-token bound is about.
#[derive(Clone, Copy, Debug)]
enum Bytes {
    /// All bytes allocated during the lex.
    Allocated,
    /// The heap's peak during the lex.
    Peak,
}

/// Prints `u`, and records a failure if its `bytes` per token exceed
/// `bound` or its allocation calls [`MAX_CALLS`].
fn check_per_token(label: &str, u: &Usage, bytes: Bytes, bound: f64, failures: &mut Vec<String>) {
    let tokens = ("token", u.tokens);
    check_per(label, u, tokens, bytes, (bound, MAX_CALLS), failures);
}

/// Prints `u`, and records a failure if its `bytes` per unit (`units`:
/// what is counted, and how many) exceed the first of `bounds`, or its
/// allocation calls the second.
fn check_per(
    label: &str,
    u: &Usage,
    (unit, count): (&str, usize),
    bytes: Bytes,
    (bound, max_calls): (f64, usize),
    failures: &mut Vec<String>,
) {
    let measured = match bytes {
        Bytes::Allocated => u.bytes,
        Bytes::Peak => u.peak,
    };
    let per_unit = measured as f64 / count as f64;
    eprintln!(
        "{label}: {} tokens, {count} {unit}s: {} calls, {} bytes allocated ({:.2} per \
         {unit}), peak {} ({:.2} per {unit})",
        u.tokens,
        u.calls,
        u.bytes,
        u.bytes as f64 / count as f64,
        u.peak,
        u.peak as f64 / count as f64,
    );
    if per_unit > bound {
        failures.push(format!(
            "{label}: {bytes:?} {measured} bytes for {count} {unit}s = {per_unit:.2} per \
             {unit} (bound {bound})"
        ));
    }
    if u.calls > max_calls {
        failures.push(format!(
            "{label}: {} allocation calls (target <= {max_calls})",
            u.calls
        ));
    }
}

/// Checks targets 1 and 2 on `source` and 8 x `source`.
fn check_document(name: &str, source: &[u8], failures: &mut Vec<String>) {
    let one = measure(source);
    let big = source.repeat(8);
    let eight = measure(&big);
    for (label, len, u) in [("1x", source.len(), &one), ("8x", big.len(), &eight)] {
        let per_byte = u.bytes as f64 / len as f64;
        eprintln!(
            "{name} {label}: {len} bytes, {} tokens: {} calls, {} bytes allocated \
             ({per_byte:.3} per source byte), peak {} ({:.3} per source byte)",
            u.tokens,
            u.calls,
            u.bytes,
            u.peak,
            u.peak as f64 / len as f64,
        );
        assert!(u.tokens > len / 4, "{name}: implausible token count");
        // Input-size-dependent: bytes scale with the source.
        if per_byte > MAX_BYTES_PER_SOURCE_BYTE {
            failures.push(format!(
                "{name} {label}: {} bytes allocated for {len} source bytes = {per_byte:.3} per \
                 byte (target <= {MAX_BYTES_PER_SOURCE_BYTE})",
                u.bytes
            ));
        }
        // Independent of input size: a constant bound on calls.
        if u.calls > MAX_CALLS {
            failures.push(format!(
                "{name} {label}: {} allocation calls (target <= {MAX_CALLS})",
                u.calls
            ));
        }
    }
    // Calls must not grow with the input.
    if eight.calls > one.calls + CALLS_GROWTH {
        failures.push(format!(
            "{name}: allocation calls grow with the input: {} for 1x, {} for 8x \
             (target: at most {CALLS_GROWTH} more)",
            one.calls, eight.calls
        ));
    }
}

/// One test function: tests in one binary run on threads that would count
/// each other's allocations.
#[test]
fn lex_memory_targets() {
    alloc_count::set_enabled(true);
    let mut failures = Vec::new();

    // (a) The generated thesis (always available).
    let generated = thesis::thesis();
    assert!(generated.is_ascii() && generated.len() > 1_000_000);
    check_document("generated thesis", &generated, &mut failures);

    let static_catcodes = Lexer::new(Regime::Latex).track_catcodes(false);
    let tracking = Lexer::new(Regime::Latex);

    // (b) perf_smoke_big.tex, and the rest of the perf corpus, when
    // ../shared is present.
    let path = common::perf_smoke_big_path();
    match std::fs::read(&path) {
        Ok(source) => check_document("perf_smoke_big.tex", &source, &mut failures),
        Err(e) => eprintln!(
            "skipping perf_smoke_big.tex: cannot read {} ({e}); ../shared is not next to \
             the workspace",
            path.display()
        ),
    }
    let perf = path.parent().expect("the perf corpus").read_dir();
    for file in perf.into_iter().flatten().flatten() {
        let name = file.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".tex") || name == "perf_smoke_big.tex" {
            continue;
        }
        let source = std::fs::read(file.path()).expect("a perf corpus file");
        for (mode, options) in [("static", &static_catcodes), ("tracked", &tracking)] {
            let u = measure_with(&source, options);
            let bound = MAX_BYTES_PER_SOURCE_BYTE * source.len() as f64;
            eprintln!(
                "{name}, {mode}: {} bytes, {} allocated",
                source.len(),
                u.bytes
            );
            if u.bytes as f64 > bound {
                failures.push(format!(
                    "{name}, {mode}: {} bytes allocated for {} source bytes (bound {bound})",
                    u.bytes,
                    source.len()
                ));
            }
        }
    }

    // (c) Worst case: 100,000 bytes of `{` (one token per byte), with
    // static catcodes and with tracking (the command line's default).
    let braces = vec![b'{'; 100_000];
    for (mode, options) in [("static", &static_catcodes), ("tracked", &tracking)] {
        let label = format!("worst case {{ x 100000, {mode}");
        let u = measure_with(&braces, options);
        check_per_token(
            &label,
            &u,
            Bytes::Allocated,
            MAX_BYTES_PER_TOKEN,
            &mut failures,
        );
    }

    // (d) One stored record or more per token.
    for (name, unit) in [
        ("\\a", &b"\\a"[..]),
        ("\\ab + space", b"\\ab "),
        ("~", b"~"),
        ("^^41", b"^^41"),
        ("x + line end", b"x\n"),
        ("a + comment", b"a %\n"),
    ] {
        let u = measure(&unit.repeat(100_000));
        let label = format!("{name} x 100000");
        check_per_token(&label, &u, Bytes::Peak, MAX_PEAK_PER_TOKEN, &mut failures);
    }

    // The store is sized from the first 64 kB: a file whose control
    // sequences start after them grows its vectors as it goes.
    let mut late = vec![b'a'; 70_000];
    late.extend(b"\\a".repeat(100_000));
    let u = measure(&late);
    check_per_token(
        "text, then \\a x 100000",
        &u,
        Bytes::Peak,
        MAX_PEAK_PER_TOKEN,
        &mut failures,
    );

    // (e) One diagnostic per token: 100,000 unmatched `}`.
    let closes = vec![b'}'; 100_000];
    let bound = 2.0 * std::mem::size_of::<texlex::Diagnostic>() as f64 + 8.0;
    for (mode, options) in [("static", &static_catcodes), ("tracked", &tracking)] {
        let u = measure_with(&closes, options);
        let label = format!("}} x 100000, {mode}");
        check_per_token(&label, &u, Bytes::Peak, bound, &mut failures);
    }

    // (f) A catcode change per token, toggling between two regimes.
    let toggles = b"\\makeatletter\\makeatother".repeat(20_000);
    let u = measure_with(&toggles, &tracking);
    let label = "\\makeatletter\\makeatother x 20000, tracked";
    check_per_token(label, &u, Bytes::Peak, MAX_PEAK_PER_CHANGE, &mut failures);

    // (g) Catcode changes that seldom repeat a profile: of ASCII letters,
    // and of distinct code points past U+00FF, each of which grows the
    // catcode table (this one took memory growing with the square of the
    // changes when a profile was kept per change).
    let changes = 20_000;
    let mut letters = Vec::new();
    let mut code_points = Vec::new();
    for i in 0..changes {
        let letter = b'A' + (i * 7 % 26) as u8;
        let cat = 11 + i / 26 % 2;
        writeln!(letters, "\\catcode`\\{}={cat} a", letter as char).unwrap();
        // In scrambled order: map paths copied for kept profiles share
        // less than for code points set in order.
        writeln!(code_points, "\\catcode{}=13 a", 0x1000 + i * 7919 % changes).unwrap();
    }
    // A profile is kept every few dozen changes (one allocation); a code
    // point's catcode is set in a persistent map, which allocates a path
    // of at most 2 log2(n) nodes when it is shared.
    let path = 2 * (changes as f64).log2().ceil() as usize;
    for (name, source, calls_per_change) in [
        ("ASCII letters", &letters, 1),
        ("code points", &code_points, path),
    ] {
        let u = measure_with(source, &tracking);
        let label = format!("{changes} catcode changes of {name}, tracked");
        let bounds = (
            MAX_PEAK_PER_DISTINCT_CHANGE,
            MAX_CALLS + calls_per_change * changes,
        );
        check_per(
            &label,
            &u,
            ("change", changes),
            Bytes::Peak,
            bounds,
            &mut failures,
        );
    }

    assert!(
        failures.is_empty(),
        "memory targets missed:\n  {}",
        failures.join("\n  ")
    );
}
