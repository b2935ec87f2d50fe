//! Helpers shared by tests, benches and examples (included with
//! `#[path = "…/tests/support/common.rs"] mod common;` at a crate root;
//! `thesis.rs` uses it as `crate::common`). `std` only.

#![allow(dead_code)]

use std::path::PathBuf;

/// xorshift64*: small, fast, deterministic on every platform.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0; the tiny modulo bias does not matter).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() >> 33) as usize % n
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Whether `at` is a character boundary (not a UTF-8 continuation byte).
pub fn is_boundary(text: &[u8], at: usize) -> bool {
    at == 0 || at == text.len() || !(0x80..0xC0).contains(&text[at])
}

/// Where `perf_smoke_big.tex` is when `../shared` sits beside the repository.
pub fn perf_smoke_big_path() -> PathBuf {
    [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "..",
        "shared",
        "corpus",
        "perf",
        "perf_smoke_big.tex",
    ]
    .iter()
    .collect()
}
