//! The hash function for control-sequence names.
//!
//! Shared, through `#[path]`, with the `xtask` generator that builds the
//! static catalog table: both sides must hash a name to the same value, and
//! the value must never depend on the process (no random seeds), because the
//! generated table is committed to the repository.

/// Hashes a control-sequence name: FxHash-style multiply-rotate over 8-byte
/// words, with the length mixed in first so that names differing only in
/// trailing zero bytes still differ.
#[inline]
pub fn hash_name(name: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    #[inline(always)]
    fn mix(h: u64, word: u64) -> u64 {
        (h.rotate_left(5) ^ word).wrapping_mul(K)
    }
    let mut h = mix(0, name.len() as u64);
    let mut chunks = name.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(word));
    }
    // Final avalanche so that the low bits (used as table indices) depend on
    // every input bit.
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}
