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

/// A character boundary at or below a random offset in `0..=len`.
pub fn random_boundary(rng: &mut Rng, text: &[u8], len: usize) -> usize {
    let mut at = rng.below(len + 1);
    while !is_boundary(text, at) {
        at -= 1;
    }
    at
}

/// Length of the character (or ill-formed part) starting at `at`.
pub fn char_len(text: &[u8], at: usize) -> usize {
    let window = &text[at..(at + 4).min(text.len())];
    match window.utf8_chunks().next() {
        Some(chunk) => match chunk.valid().chars().next() {
            Some(c) => c.len_utf8(),
            None => chunk.invalid().len().max(1),
        },
        None => 1,
    }
}

pub fn is_eol(b: u8) -> bool {
    matches!(b, b'\n' | b'\r')
}

/// `(start, end)` of the inside of every comment: after a `%` not preceded
/// by `\`, up to the line end.
pub fn comment_interiors(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = text[i..].iter().position(|&b| b == b'%') {
        let at = i + k;
        let end = text[at..]
            .iter()
            .position(|&b| is_eol(b))
            .map_or(text.len(), |e| at + e);
        if at == 0 || text[at - 1] != b'\\' {
            out.push((at + 1, end));
        }
        i = end.max(at + 1);
        if i >= text.len() {
            break;
        }
    }
    out
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

/// Lexes with static catcodes from `profile` (inputs in tests are small).
pub fn lex_static<'s>(src: &'s [u8], profile: &texlex::Profile) -> texlex::Lexed<'s> {
    texlex::Lexer::with_profile(profile.clone())
        .track_catcodes(false)
        .lex(src)
        .expect("test inputs are below 4 GiB")
}

/// Lexes with catcode tracking from `profile`, with or without verbatim.
pub fn lex_tracking<'s>(
    src: &'s [u8],
    profile: &texlex::Profile,
    verbatim: bool,
) -> texlex::Lexed<'s> {
    texlex::Lexer::with_profile(profile.clone())
        .verbatim(verbatim)
        .lex(src)
        .expect("test inputs are below 4 GiB")
}

/// Line starts as an editor finds them: after every LF, CR and CRLF.
pub fn naive_line_starts(text: &[u8]) -> Vec<u32> {
    let mut starts = vec![0];
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'\r' if text.get(i + 1) == Some(&b'\n') => i += 1,
            b'\r' | b'\n' => {}
            _ => {
                i += 1;
                continue;
            }
        }
        i += 1;
        starts.push(i as u32);
    }
    starts
}

/// Whether the lines `lexed` reports are those of a fresh scan of its
/// source: the count, and where each starts.
pub fn lines_match(lexed: &texlex::Lexed) -> bool {
    let starts = naive_line_starts(lexed.source());
    lexed.line_count() == starts.len()
        && (0u32..)
            .zip(&starts)
            .all(|(line, &start)| lexed.line_range(line).map(|r| r.start) == Some(start))
        && lexed.line_range(starts.len() as u32).is_none()
}
