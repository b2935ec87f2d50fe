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
        // SAFETY: the map is read-only and lives no longer than this run.
        // If another process truncates or rewrites the file meanwhile, we
        // may read changed bytes (or get SIGBUS on truncation), as `grep`
        // and `ripgrep` accept for the same speed; texlex never writes it.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        return Ok(Contents::Mapped(map));
    }
    std::fs::read(path).map(Contents::Read)
}
