//! A counting global allocator for `texlex bench`: a wrapper around
//! [`System`] that counts allocation calls, allocated bytes, live bytes and
//! the high-water mark of live bytes, with relaxed atomics (a few atomic
//! operations per allocation: fine for a command-line tool).
//!
//! Counters are process-wide: measure with nothing else running (the
//! benchmark measures one lex at a time on the main thread; a parallel lex
//! counts its worker threads' allocations too, which is what we want).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The counting allocator. Install with `#[global_allocator]`.
pub struct Counting;

/// Allocation calls: `alloc`, `alloc_zeroed` and `realloc`.
static CALLS: AtomicUsize = AtomicUsize::new(0);
/// Bytes requested by those calls (`realloc` counts its new size: the
/// allocator may have to find a new block and copy).
static BYTES: AtomicUsize = AtomicUsize::new(0);
/// Bytes currently allocated.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// High-water mark of [`LIVE`] since the last [`reset_peak`].
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
}

fn shrank(size: usize) {
    LIVE.fetch_sub(size, Relaxed);
}

// SAFETY: every method forwards its arguments unchanged to `System`, which
// upholds the `GlobalAlloc` contract; the counting only touches atomics and
// never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: our caller upholds `alloc`'s contract for `layout`.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(layout.size(), Relaxed);
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: our caller upholds `alloc_zeroed`'s contract for `layout`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(layout.size(), Relaxed);
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator (that is, by
        // `System`) with `layout`, as our caller guarantees.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by `System` with `layout` and
        // `new_size` is valid, as our caller guarantees.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(new_size, Relaxed);
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        new
    }
}

/// The counters at one moment.
#[derive(Clone, Copy, Debug, Default)]
pub struct Snapshot {
    /// Allocation calls so far.
    pub calls: usize,
    /// Bytes allocated so far.
    pub bytes: usize,
    /// Bytes live now.
    pub live: usize,
    /// High-water mark of live bytes since the last [`reset_peak`].
    pub peak: usize,
}

/// Read the counters.
pub fn snapshot() -> Snapshot {
    Snapshot {
        calls: CALLS.load(Relaxed),
        bytes: BYTES.load(Relaxed),
        live: LIVE.load(Relaxed),
        peak: PEAK.load(Relaxed),
    }
}

/// Start a new high-water mark at the current live bytes.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Relaxed), Relaxed);
}

/// What one piece of work allocated.
#[derive(Clone, Copy, Debug, Default)]
pub struct Usage {
    /// Allocation calls made.
    pub calls: usize,
    /// Bytes requested.
    pub bytes: usize,
    /// Highest live bytes above the live bytes at the start.
    pub peak: usize,
    /// Live bytes at the end above those at the start (what the result
    /// keeps, when `f` returns it).
    pub retained: usize,
}

/// Run `f` and report its allocations; `f`'s result is returned alive, so
/// `retained` is what it holds.
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, Usage) {
    reset_peak();
    let before = snapshot();
    let value = f();
    let after = snapshot();
    let usage = Usage {
        calls: after.calls - before.calls,
        bytes: after.bytes - before.bytes,
        peak: after.peak.saturating_sub(before.live),
        retained: after.live.saturating_sub(before.live),
    };
    (value, usage)
}
