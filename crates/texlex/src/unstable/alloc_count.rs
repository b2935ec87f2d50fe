//! **Unstable, for measurement only.** A counting global allocator, shared by
//! `texlex bench`, the allocation and memory tests and the `edit_latency`
//! example. It is not part of texlex's API: it may change or go away in any
//! release, and it is hidden from the documentation.
//!
//! [`CountingAllocator`] wraps [`System`]. Install it with
//! `#[global_allocator]`; it counts nothing until [`set_enabled`]`(true)`.
//! While counting is off (the default) every call does one relaxed load of a
//! flag and forwards straight to [`System`], so a program that installs it
//! and never turns it on pays next to nothing. While it is on, each
//! allocation call updates a few relaxed atomics and a thread-local counter
//! (neither of which allocates):
//!
//! * process-wide: allocation calls (`alloc`, `alloc_zeroed`, `realloc`),
//!   bytes requested by them (`realloc` counts its new size: the allocator
//!   may have to find a new block and copy), live bytes and the high-water
//!   mark of live bytes since the last [`reset_peak`];
//! * per thread: allocation calls made by the current thread
//!   ([`thread_calls`]), for tests whose harness threads allocate
//!   concurrently.
//!
//! Live bytes are *net* bytes allocated while counting was on: memory
//! allocated before counting was turned on and freed after makes them go
//! down, possibly below zero (hence `isize`). Differences between two
//! snapshots are what a measurement uses, and they are exact as long as
//! nothing else in the process allocates meanwhile. Turn counting on once,
//! before measuring, and leave it on: memory counted and then freed while
//! counting is off stays counted as live.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// The counting allocator: install with
/// `#[global_allocator] static A: CountingAllocator = CountingAllocator;`,
/// then call [`set_enabled`]`(true)` before measuring.
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingAllocator;

/// Whether calls are counted. Off by default.
static ENABLED: AtomicBool = AtomicBool::new(false);
/// Allocation calls: `alloc`, `alloc_zeroed` and `realloc`.
static CALLS: AtomicUsize = AtomicUsize::new(0);
/// Bytes requested by those calls.
static BYTES: AtomicUsize = AtomicUsize::new(0);
/// Net bytes allocated while counting.
static LIVE: AtomicIsize = AtomicIsize::new(0);
/// High-water mark of [`LIVE`] since the last [`reset_peak`].
static PEAK: AtomicIsize = AtomicIsize::new(0);

thread_local! {
    /// Allocation calls counted on this thread. `const`-initialised and
    /// without a destructor, so accessing it never allocates.
    static THREAD_CALLS: Cell<usize> = const { Cell::new(0) };
}

/// Turns counting on or off for the whole process (a relaxed store).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Relaxed);
}

/// Whether counting is on.
pub fn is_enabled() -> bool {
    ENABLED.load(Relaxed)
}

/// Counts one allocation call of `size` bytes that added `grown` live bytes
/// (negative when a `realloc` shrank a block).
fn counted(size: usize, grown: isize) {
    CALLS.fetch_add(1, Relaxed);
    BYTES.fetch_add(size, Relaxed);
    let live = LIVE.fetch_add(grown, Relaxed).wrapping_add(grown);
    PEAK.fetch_max(live, Relaxed);
    // `try_with`: a thread being torn down has no counter left, and its
    // allocations do not matter.
    let _ = THREAD_CALLS.try_with(|n| n.set(n.get() + 1));
}

/// A block's size as a live-byte change. Sizes of allocated blocks never
/// exceed `isize::MAX` (a `Layout` guarantees it).
fn signed(size: usize) -> isize {
    size as isize
}

// SAFETY: every method forwards its arguments unchanged to `System`, which
// upholds the `GlobalAlloc` contract, and returns what `System` returned;
// the counting only touches atomics and a const-initialised thread-local
// without destructor, none of which allocates or unwinds.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: our caller upholds `alloc`'s contract for `layout`.
        let ptr = unsafe { System.alloc(layout) };
        if ENABLED.load(Relaxed) && !ptr.is_null() {
            counted(layout.size(), signed(layout.size()));
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: our caller upholds `alloc_zeroed`'s contract for `layout`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if ENABLED.load(Relaxed) && !ptr.is_null() {
            counted(layout.size(), signed(layout.size()));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, that is by
        // `System`, with `layout`, as our caller guarantees.
        unsafe { System.dealloc(ptr, layout) };
        if ENABLED.load(Relaxed) {
            LIVE.fetch_sub(signed(layout.size()), Relaxed);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by `System` with `layout`, and
        // `new_size` is valid for it, as our caller guarantees.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if ENABLED.load(Relaxed) && !new.is_null() {
            counted(new_size, signed(new_size) - signed(layout.size()));
        }
        new
    }
}

/// The process-wide counters at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Allocation calls counted so far.
    pub calls: usize,
    /// Bytes requested by those calls.
    pub bytes: usize,
    /// Net bytes allocated while counting (see the module documentation).
    pub live: isize,
    /// High-water mark of `live` since the last [`reset_peak`].
    pub peak: isize,
}

/// Reads the process-wide counters.
pub fn snapshot() -> Snapshot {
    Snapshot {
        calls: CALLS.load(Relaxed),
        bytes: BYTES.load(Relaxed),
        live: LIVE.load(Relaxed),
        peak: PEAK.load(Relaxed),
    }
}

/// Starts a new high-water mark at the current live bytes.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Relaxed), Relaxed);
}

/// Allocation calls counted on the current thread so far.
pub fn thread_calls() -> usize {
    THREAD_CALLS.with(Cell::get)
}

/// What one piece of work allocated, process-wide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Allocation calls made.
    pub calls: usize,
    /// Bytes requested.
    pub bytes: usize,
    /// Highest live bytes above the live bytes at the start.
    pub peak: usize,
    /// Live bytes at the end above those at the start (what the result
    /// keeps, when the work returns it).
    pub retained: usize,
}

/// Runs `f` with counting on and reports its allocations; `f`'s result is
/// returned alive, so `retained` is what it holds. Turns counting on if it
/// was off (and leaves it on).
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, Usage) {
    set_enabled(true);
    reset_peak();
    let before = snapshot();
    let value = f();
    let after = snapshot();
    let above = |n: isize| usize::try_from(n - before.live).unwrap_or(0);
    let usage = Usage {
        calls: after.calls - before.calls,
        bytes: after.bytes - before.bytes,
        peak: above(after.peak),
        retained: above(after.live),
    };
    (value, usage)
}

#[cfg(test)]
mod tests {
    //! The allocator is called directly here, not installed: this test
    //! binary's allocations go to the default allocator, so the counters
    //! see only the calls below. One test function, because the switch and
    //! the counters are process-wide.

    use super::*;

    /// Calls `f` with a fresh `size`-byte block from [`CountingAllocator`],
    /// then frees it.
    fn with_block(size: usize, f: impl FnOnce(*mut u8, Layout)) {
        let layout = Layout::from_size_align(size, 8).unwrap();
        // SAFETY: `layout` has a non-zero size.
        let ptr = unsafe { CountingAllocator.alloc(layout) };
        assert!(!ptr.is_null());
        f(ptr, layout);
    }

    #[test]
    fn counts_only_when_enabled() {
        // Off (the default): nothing is counted.
        assert!(!is_enabled());
        let start = snapshot();
        let thread_start = thread_calls();
        with_block(100, |ptr, layout| {
            // SAFETY: `ptr` came from `CountingAllocator` with `layout`.
            unsafe { CountingAllocator.dealloc(ptr, layout) }
        });
        assert_eq!(snapshot(), start);
        assert_eq!(thread_calls(), thread_start);

        // On: calls, bytes, live, peak and this thread's calls.
        set_enabled(true);
        assert!(is_enabled());
        reset_peak();
        let before = snapshot();
        with_block(100, |ptr, layout| {
            let after_alloc = snapshot();
            assert_eq!(after_alloc.calls, before.calls + 1);
            assert_eq!(after_alloc.bytes, before.bytes + 100);
            assert_eq!(after_alloc.live, before.live + 100);
            assert_eq!(after_alloc.peak, before.live + 100);
            // Grow to 300, then shrink to 50: realloc counts its new size,
            // live follows the block, the peak stays at its highest.
            // SAFETY: `ptr` came from `CountingAllocator` with `layout`;
            // 300 bytes at align 8 is a valid layout.
            let grown = unsafe { CountingAllocator.realloc(ptr, layout, 300) };
            assert!(!grown.is_null());
            let big = Layout::from_size_align(300, 8).unwrap();
            // SAFETY: `grown` came from `CountingAllocator` with `big`.
            let shrunk = unsafe { CountingAllocator.realloc(grown, big, 50) };
            assert!(!shrunk.is_null());
            let now = snapshot();
            assert_eq!(now.calls, before.calls + 3);
            assert_eq!(now.bytes, before.bytes + 100 + 300 + 50);
            assert_eq!(now.live, before.live + 50);
            assert_eq!(now.peak, before.live + 300);
            let small = Layout::from_size_align(50, 8).unwrap();
            // SAFETY: `shrunk` came from `CountingAllocator` with `small`.
            unsafe { CountingAllocator.dealloc(shrunk, small) };
        });
        assert_eq!(snapshot().live, before.live);
        assert_eq!(thread_calls(), thread_start + 3);

        // alloc_zeroed counts like alloc, and zeroes.
        let layout = Layout::from_size_align(64, 8).unwrap();
        // SAFETY: `layout` has a non-zero size.
        let ptr = unsafe { CountingAllocator.alloc_zeroed(layout) };
        assert!(!ptr.is_null());
        // SAFETY: `ptr` points to 64 initialised (zeroed) bytes, alive
        // until the `dealloc` below.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, 64) };
        assert!(bytes.iter().all(|&b| b == 0));
        assert_eq!(snapshot().live, before.live + 64);
        // SAFETY: `ptr` came from `CountingAllocator` with `layout`.
        unsafe { CountingAllocator.dealloc(ptr, layout) };
        assert_eq!(thread_calls(), thread_start + 4);

        // A block allocated while off and freed while on lowers live bytes
        // (below zero if need be) without wrapping around.
        set_enabled(false);
        let layout = Layout::from_size_align(1000, 8).unwrap();
        // SAFETY: `layout` has a non-zero size.
        let ptr = unsafe { CountingAllocator.alloc(layout) };
        assert!(!ptr.is_null());
        set_enabled(true);
        let live = snapshot().live;
        // SAFETY: `ptr` came from `CountingAllocator` with `layout`.
        unsafe { CountingAllocator.dealloc(ptr, layout) };
        assert_eq!(snapshot().live, live - 1000);

        // `measure` leaves counting on; nothing here goes through the
        // counting allocator, so it reports nothing.
        set_enabled(false);
        let (value, usage) = measure(|| 7);
        assert_eq!(value, 7);
        assert_eq!(usage, Usage::default());
        assert!(is_enabled());
        set_enabled(false);
    }
}
