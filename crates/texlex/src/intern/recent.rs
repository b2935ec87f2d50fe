//! A small cache of the names a lexer met last, in front of its
//! [`Interner`].
//!
//! A document uses few distinct names many times (`\item`, `\begin`,
//! `\end`, `\section` make up over a third of a thesis's control words). The
//! interner's lookup hashes the name and probes the catalog's table, whose
//! slots, names and name bytes lie in three places of a table of 1,725
//! names; while the lexer streams through the source and writes its store,
//! those places keep falling out of the nearest caches, and a lookup costs
//! about 6 ns. This cache holds names of up to 8 bytes (nearly nine in ten
//! control words) as one word each, next to their ids, in 4 KiB the lexer
//! keeps on its stack: a hit is one multiplication, one load and one
//! compare.

use super::{CsId, Interner};

/// Slots of the cache (a power of two): measured on `perf_smoke_big.tex`,
/// 256 is faster than 128 (more misses) and than 1,024 (a bigger
/// footprint).
const SLOTS: usize = 256;

/// Ids above this are not cached (the length shares their slot's word).
const MAX_CACHED_ID: u32 = (1 << 24) - 1;

/// A direct-mapped cache from names of 1 to 8 bytes to their ids. Each
/// slot holds a name's bytes as a little-endian word, zero-padded (the
/// key), and `length << 24 | id`. Ids never change once given, so a hit is
/// always the interner's answer.
pub(crate) struct RecentNames {
    slots: [(u64, u32); SLOTS],
}

impl RecentNames {
    /// An empty cache (no slot matches any name: lengths are at least 1).
    pub(crate) fn new() -> RecentNames {
        RecentNames {
            slots: [(0, 0); SLOTS],
        }
    }

    /// `names.intern(&source[start..end])`, for a name of at least one byte,
    /// from the cache when it holds the name.
    #[inline(always)]
    pub(crate) fn intern_in(
        &mut self,
        names: &mut Interner,
        source: &[u8],
        start: usize,
        end: usize,
    ) -> CsId {
        let name = &source[start..end];
        let len = name.len();
        // The key is read as one word, so 8 bytes must be there.
        let Some(word) = source.get(start..start + 8) else {
            return names.intern(name);
        };
        if !(1..=8).contains(&len) {
            return names.intern(name);
        }
        let word = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        let key = word & (u64::MAX >> (64 - 8 * len));
        // Fibonacci hashing: the top bits of the product mix all the key's.
        let slot =
            (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize;
        let tagged_len = (len as u32) << 24;
        let (slot_key, entry) = self.slots[slot];
        if slot_key == key && entry & !MAX_CACHED_ID == tagged_len {
            return CsId(entry & MAX_CACHED_ID);
        }
        let id = names.intern(name);
        if id.0 <= MAX_CACHED_ID {
            self.slots[slot] = (key, tagged_len | id.0);
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Interns every name of `spans` in `source` through a cache and
    /// directly, in the same order, and checks that the ids agree.
    fn check_same_ids(source: &[u8], spans: &[(usize, usize)]) {
        let (mut cached, mut plain) = (Interner::new(), Interner::new());
        let mut recent = RecentNames::new();
        for &(start, end) in spans {
            let id = recent.intern_in(&mut cached, source, start, end);
            assert_eq!(id, plain.intern(&source[start..end]), "{start}..{end}");
            assert_eq!(cached.name(id), &source[start..end]);
        }
        assert_eq!(cached.dynamic_len(), plain.dynamic_len());
    }

    #[test]
    fn names_that_differ_only_in_length_or_padding_differ() {
        // `ab`, `ab\0` and `ab\0\0` share their key's bytes; `ab` followed
        // in the source by bytes the key must not read.
        let source = b"ab\0\0\0\0\0\0\0\0abcdefghiabcdefgh\xff\xff";
        let spans = [
            (0, 2),
            (0, 3),
            (0, 4),
            (0, 2),
            (0, 3),
            (10, 18),
            (10, 19),
            (10, 17),
            (19, 27),
            (10, 18),
            // Near the end: fewer than 8 bytes left to read.
            (23, 28),
            (27, 29),
            (28, 29),
        ];
        check_same_ids(source, &spans);
    }

    proptest! {
        #[test]
        fn cached_ids_are_the_interners(
            source in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'b'), Just(0u8), any::<u8>()], 1..200),
            cuts in proptest::collection::vec((any::<usize>(), 1usize..12), 0..300),
        ) {
            let spans: Vec<(usize, usize)> = cuts
                .iter()
                .map(|&(at, len)| {
                    let start = at % source.len();
                    (start, (start + len).min(source.len()))
                })
                .filter(|(start, end)| end > start)
                .collect();
            check_same_ids(&source, &spans);
        }
    }
}
