//! File contents, read or memory-mapped. Large files are mapped: no copy
//! into a fresh buffer, no page-zeroing of that buffer, and the page cache
//! is read in place. This is the only `unsafe` in the binary besides the
//! counting allocator.

use std::fs::File;
use std::io;
use std::ops::Deref;
use std::path::Path;

/// Files at least this large are mapped rather than read.
const MAP_FROM: u64 = 1 << 20;

/// The bytes of a file.
pub enum Contents {
    /// Read into memory.
    Read(Vec<u8>),
    /// Mapped from the file.
    Mapped(memmap2::Mmap),
}

impl Deref for Contents {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Contents::Read(bytes) => bytes,
            Contents::Mapped(map) => map,
        }
    }
}

/// Reads `path`, mapping it if it is a large regular file.
pub fn load(path: &Path, len: u64, regular: bool) -> io::Result<Contents> {
    if regular && len >= MAP_FROM {
        let file = File::open(path)?;
        // SAFETY: `Mmap::map` is unsafe because the bytes behind the `&[u8]`
        // we hand out must not change while it lives. texlex maps read-only
        // and never writes the file, and the map lives no longer than this
        // run. Another process truncating or rewriting the file meanwhile
        // is not excluded: that would change bytes under us (or raise
        // SIGBUS on truncation). This is an accepted risk, as in `grep` and
        // `ripgrep`, for the speed; files below `MAP_FROM` are read instead.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        return Ok(Contents::Mapped(map));
    }
    std::fs::read(path).map(Contents::Read)
}
