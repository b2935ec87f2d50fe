//! Looking up a control-sequence name never allocates: proven with a
//! counting global allocator. (This file is its own test binary, so the
//! allocator sees only this test's work.)

use texlex::unstable::alloc_count::{self as alloc_count, CountingAllocator};
use texlex::{Lexer, Regime, builtin};

/// The library's counting allocator; this test counts the allocation calls
/// of its own thread only ([`alloc_count::thread_calls`]): the test
/// harness's own threads may allocate while a test runs, and must not
/// count.
#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Allocation calls this thread makes while running `f`.
fn allocations_during(f: impl FnOnce()) -> usize {
    assert!(alloc_count::is_enabled(), "counting is on");
    let before = alloc_count::thread_calls();
    f();
    alloc_count::thread_calls() - before
}

/// One test function: tests in one binary run on threads that would
/// otherwise count each other's allocations.
#[test]
fn lookups_allocate_nothing() {
    alloc_count::set_enabled(true);
    // Letters only, so that each is one control word: `mymacroaa`, ...
    let letters = |i: usize| [i / 26 / 26, i / 26 % 26, i % 26].map(|d| char::from(b'a' + d as u8));
    let custom: Vec<Vec<u8>> = (0..1000)
        .map(|i| format!("mymacro{}", String::from_iter(letters(i))).into_bytes())
        .collect();
    let defined: String = custom
        .iter()
        .map(|name| format!("\\{} ", String::from_utf8_lossy(name)))
        .collect();
    let lexer = Lexer::new(Regime::Latex).track_catcodes(false);
    let names = lexer.lex(defined.as_bytes()).unwrap();
    let ids: Vec<_> = custom.iter().map(|n| names.lookup(n).unwrap()).collect();
    let source = "\\documentclass{article}\\begin{document}\\foo\\bar é \\é\\@x\n".repeat(50);

    // Catalog, single-byte, empty, known dynamic and unknown names: lookups
    // and the names of ids.
    let count = allocations_during(|| {
        for _ in 0..100 {
            assert_eq!(names.lookup(b"par"), Some(builtin::PAR));
            assert_eq!(names.lookup(b"begin"), Some(builtin::BEGIN));
            assert_eq!(names.lookup(b"\\").map(|id| id.as_u32()), Some(92));
            assert!(names.lookup(b"").is_some());
            assert_eq!(names.lookup(b"no such name here"), None);
            for (name, &id) in custom.iter().zip(&ids) {
                assert_eq!(names.lookup(name), Some(id));
                assert_eq!(names.name(id), &name[..]);
            }
            assert_eq!(names.lookup(b"section"), Some(builtin::SECTION));
        }
    });
    assert_eq!(count, 0, "name lookups allocated {count} times");

    // Lexing allocates a bounded number of times, independent of how often
    // names repeat: 50 times the same line costs what 1 line costs, plus
    // growth of the line-start vector at most.
    let lex = |text: &[u8]| drop(lexer.lex(text).unwrap());
    let once = allocations_during(|| lex(&source.as_bytes()[..source.len() / 50]));
    let fifty = allocations_during(|| lex(source.as_bytes()));
    // The counter works (a lex allocates its store), so the zero above means
    // something.
    assert!(once > 0, "no allocation counted while lexing");
    assert!(
        fifty <= once + 4,
        "lexing 50 copies took {fifty} allocations, one copy {once}"
    );
}
