//! The hash function for control-sequence names, and a fast equality test.
//!
//! Shared, through `#[path]`, with the `xtask` generator that builds the
//! static catalog table: both sides must hash a name to the same value, and
//! the value must never depend on the process (no random seeds), because the
//! generated table is committed to the repository.
//!
//! Names are short (most are 2 to 12 bytes), so the hash reads at most two
//! overlapping words for names up to 16 bytes instead of looping, and mixes
//! them with one folded 128-bit multiplication.

const K0: u64 = 0x243f_6a88_85a3_08d3;
const K1: u64 = 0x1319_8a2e_0370_7344;
const K2: u64 = 0xa409_3822_299f_31d0;

#[inline(always)]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(w)
}

#[inline(always)]
fn half(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(w))
}

#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The two words that stand for a name of at most 16 bytes (overlapping
/// reads; every byte counts).
#[inline(always)]
fn short_words(name: &[u8]) -> (u64, u64) {
    let len = name.len();
    if len >= 8 {
        (word(name, 0), word(name, len - 8))
    } else if len >= 4 {
        (half(name, 0), half(name, len - 4))
    } else if len > 0 {
        let a =
            u64::from(name[0]) | (u64::from(name[len / 2]) << 8) | (u64::from(name[len - 1]) << 16);
        (a, 0)
    } else {
        (0, 0)
    }
}

/// Hashes a control-sequence name.
#[inline]
pub fn hash_name(name: &[u8]) -> u64 {
    let len = name.len();
    let mut seed = K0 ^ (len as u64).wrapping_mul(K2);
    let (a, b) = if len <= 16 {
        short_words(name)
    } else {
        // Long names: every full word but the last, then the last 16 bytes.
        let mut at = 0;
        while at + 16 < len {
            seed = fold(word(name, at) ^ K1, word(name, at + 8) ^ seed);
            at += 16;
        }
        (word(name, len - 16), word(name, len - 8))
    };
    fold(a ^ K1, b ^ seed)
}

/// Whether two names are equal; inlined word compares for short names.
#[inline]
pub fn names_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && if a.len() <= 16 {
            // The words of a short name cover all of its bytes.
            short_words(a) == short_words(b)
        } else {
            a == b
        }
}
