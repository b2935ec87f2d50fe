//! Looking up a control-sequence name never allocates: proven with a
//! counting global allocator. (This file is its own test binary, so the
//! allocator sees only this test's work.)

use texlex::unstable_alloc_count::{self as alloc_count, CountingAllocator};
use texlex::{Interner, Profile, Regime, builtin, lex};

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
    let mut names = Interner::new();
    let custom: Vec<Vec<u8>> = (0..1000)
        .map(|i| format!("mymacro{i}").into_bytes())
        .collect();
    let ids: Vec<_> = custom.iter().map(|n| names.intern(n)).collect();
    let source = "\\documentclass{article}\\begin{document}\\foo\\bar é \\é\\@x\n".repeat(50);

    // Catalog, single-byte, empty, known dynamic and unknown names: lookups
    // through `get` and through `intern` of names already present.
    let count = allocations_during(|| {
        for _ in 0..100 {
            assert_eq!(names.get(b"par"), Some(builtin::PAR));
            assert_eq!(names.get(b"begin"), Some(builtin::BEGIN));
            assert_eq!(names.get(b"\\"), Some(texlex::CsId(92)));
            assert!(names.get(b"").is_some());
            assert_eq!(names.get(b"no such name here"), None);
            for (name, &id) in custom.iter().zip(&ids) {
                assert_eq!(names.get(name), Some(id));
                assert_eq!(names.intern(name), id);
            }
            assert_eq!(names.intern(b"section"), builtin::SECTION);
        }
    });
    assert_eq!(count, 0, "name lookups allocated {count} times");

    // Lexing allocates a bounded number of times, independent of how often
    // names repeat: 50 times the same line costs what 1 line costs, plus
    // growth of the line-start vector at most.
    let profile = Profile::new(Regime::Latex);
    let once = allocations_during(|| drop(lex(&source.as_bytes()[..source.len() / 50], &profile)));
    let fifty = allocations_during(|| drop(lex(source.as_bytes(), &profile)));
    // The counter works (a lex allocates its store), so the zero above means
    // something.
    assert!(once > 0, "no allocation counted while lexing");
    assert!(
        fifty <= once + 4,
        "lexing 50 copies took {fifty} allocations, one copy {once}"
    );
}
