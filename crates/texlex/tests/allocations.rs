//! Looking up a control-sequence name never allocates: proven with a
//! counting global allocator. (This file is its own test binary, so the
//! allocator sees only this test's work.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use texlex::{Lexer, Regime, builtin};

struct Counting;

thread_local! {
    /// Allocation calls made by this thread: the test harness's own threads
    /// may allocate while a test runs, and must not count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: a thread being torn down has no counter left, and its
    // allocations do not matter here.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: forwards every call unchanged to the system allocator; only
// counts allocation calls, in a const-initialised thread-local that never
// allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocation calls this thread makes while running `f`.
fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// One test function: tests in one binary run on threads that would
/// otherwise count each other's allocations.
#[test]
fn lookups_allocate_nothing() {
    let custom: Vec<Vec<u8>> = (0..1000)
        .map(|i| format!("mymacro{i}").into_bytes())
        .collect();
    let defined: String = (0..1000).map(|i| format!("\\mymacro{i} ")).collect();
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
    assert!(
        fifty <= once + 4,
        "lexing 50 copies took {fifty} allocations, one copy {once}"
    );
}
