//! Finding the next special byte fast: a 64-bit mask per 64-byte block,
//! computed by an AVX2 or SSE2 kernel (chosen at run time) or by the scalar
//! twin they are tested against.
//!
//! A byte is *special* when the fast lexer must look at it: every byte below
//! U+0021 (controls, space, line ends), U+007F and above (DEL, UTF-8), and
//! every printable byte whose catcode does not let it join a run of plain
//! characters (`\ { } ^ % ~` under LaTeX). All kernels compute exactly the
//! same mask; `unsafe` is confined to this module.

use crate::{Catcode, Profile};

/// Bytes per block.
pub(crate) const BLOCK: usize = 64;

/// The masks of one block: bit `i` describes byte `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Masks {
    /// Special bytes.
    pub special: u64,
    /// U+0020 bytes (all special).
    pub space: u64,
}

/// Which kernel computes masks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kernel {
    /// Table lookups, one byte at a time: the reference.
    Scalar,
    /// SSE2 compares: ranges plus up to [`SSE2_MAX_EXPLICIT`] printable bytes.
    #[cfg(target_arch = "x86_64")]
    Sse2,
    /// AVX2 nibble lookups (`vpshufb`): any set of bytes.
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

/// The SSE2 kernel compares against this many printable special bytes at most.
const SSE2_MAX_EXPLICIT: usize = 8;

/// The special bytes of one profile, in the forms the kernels need.
#[derive(Clone, Debug)]
pub(crate) struct SpecialSet {
    table: [bool; 256],
    /// Nibble tables: byte `b < 0x80` is special iff
    /// `low_nibble[b & 15] & high_nibble[b >> 4] != 0`.
    low_nibble: [u8; 16],
    high_nibble: [u8; 16],
    /// The printable special bytes (0x21..=0x7E), for SSE2.
    explicit: [u8; SSE2_MAX_EXPLICIT],
    explicit_len: usize,
    kernel: Kernel,
    /// Whether U+0020 has catcode 10: then a single space between two plain
    /// bytes is no stop for the walker (it joins the run, see [`Specials`]).
    spaces_join: bool,
}

/// Whether a character of this catcode can be part of a plain run.
pub(crate) fn is_plain(cat: Catcode) -> bool {
    matches!(
        cat,
        Catcode::MathShift
            | Catcode::AlignmentTab
            | Catcode::Parameter
            | Catcode::Subscript
            | Catcode::Letter
            | Catcode::Other
    )
}

impl SpecialSet {
    /// A set that must be replaced before use (profiles are built in two
    /// steps: the table first, then its special bytes).
    pub(crate) fn placeholder() -> SpecialSet {
        SpecialSet {
            table: [true; 256],
            low_nibble: [0; 16],
            high_nibble: [0; 16],
            explicit: [0; SSE2_MAX_EXPLICIT],
            explicit_len: 0,
            kernel: Kernel::Scalar,
            spaces_join: false,
        }
    }

    /// The special bytes of `profile`, with the best kernel this CPU has.
    pub(crate) fn new(profile: &Profile) -> SpecialSet {
        let mut set = SpecialSet::with_kernel(profile, Kernel::Scalar);
        set.kernel = best_kernel(&set);
        set
    }

    /// The special bytes of `profile`, computed by `kernel` (falls back to
    /// the scalar kernel when the CPU or the set does not allow `kernel`).
    pub(crate) fn with_kernel(profile: &Profile, kernel: Kernel) -> SpecialSet {
        let mut table = [false; 256];
        let mut low_nibble = [0u8; 16];
        let mut high_nibble = [0u8; 16];
        let mut explicit = [0u8; SSE2_MAX_EXPLICIT];
        let mut explicit_len = 0;
        let mut too_many = false;
        for b in 0..=255u8 {
            let special = !(0x21..0x7F).contains(&b) || !is_plain(profile.catcode_of_byte(b));
            table[usize::from(b)] = special;
            if special && b < 0x80 {
                low_nibble[usize::from(b & 15)] |= 1 << (b >> 4);
            }
            if special && (0x21..0x7F).contains(&b) {
                if explicit_len < SSE2_MAX_EXPLICIT {
                    explicit[explicit_len] = b;
                    explicit_len += 1;
                } else {
                    too_many = true;
                }
            }
        }
        for (h, slot) in high_nibble.iter_mut().enumerate().take(8) {
            *slot = 1 << h;
        }
        let mut set = SpecialSet {
            table,
            low_nibble,
            high_nibble,
            explicit,
            explicit_len,
            kernel: Kernel::Scalar,
            spaces_join: profile.catcode_of_byte(b' ') == Catcode::Space,
        };
        set.kernel = if kernel_supported(kernel, too_many) {
            kernel
        } else {
            Kernel::Scalar
        };
        set
    }

    /// Whether `b` is special.
    #[inline]
    pub(crate) fn is_special(&self, b: u8) -> bool {
        self.table[usize::from(b)]
    }

    /// The special and space bytes of `block`.
    #[inline]
    pub(crate) fn mask(&self, block: &[u8; BLOCK]) -> Masks {
        match self.kernel {
            Kernel::Scalar => self.mask_scalar(block),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `with_kernel` selects SSE2 only when the CPU has it and
            // the explicit list holds every printable special byte.
            Kernel::Sse2 => unsafe { x86::mask_sse2(self, block) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `with_kernel` selects AVX2 only when the CPU has it.
            Kernel::Avx2 => unsafe { x86::mask_avx2(self, block) },
        }
    }

    /// The scalar twin of the SIMD kernels.
    pub(crate) fn mask_scalar(&self, block: &[u8; BLOCK]) -> Masks {
        let mut masks = Masks {
            special: 0,
            space: 0,
        };
        for (i, &b) in block.iter().enumerate() {
            masks.special |= u64::from(self.table[usize::from(b)]) << i;
            masks.space |= u64::from(b == b' ') << i;
        }
        masks
    }
}

fn kernel_supported(kernel: Kernel, too_many_explicit: bool) -> bool {
    match kernel {
        Kernel::Scalar => true,
        #[cfg(target_arch = "x86_64")]
        Kernel::Sse2 => !too_many_explicit && std::arch::is_x86_feature_detected!("sse2"),
        #[cfg(target_arch = "x86_64")]
        Kernel::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
    }
}

fn best_kernel(set: &SpecialSet) -> Kernel {
    #[cfg(target_arch = "x86_64")]
    {
        if kernel_supported(Kernel::Avx2, false) {
            return Kernel::Avx2;
        }
        let too_many = set.table[0x21..0x7F].iter().filter(|&&s| s).count() > SSE2_MAX_EXPLICIT;
        if kernel_supported(Kernel::Sse2, too_many) {
            return Kernel::Sse2;
        }
    }
    let _ = set;
    Kernel::Scalar
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{BLOCK, Masks, SpecialSet};
    use std::arch::x86_64::*;

    /// # Safety
    /// The CPU must support SSE2 and `set.explicit` must list every printable
    /// special byte.
    #[target_feature(enable = "sse2")]
    pub(super) unsafe fn mask_sse2(set: &SpecialSet, block: &[u8; BLOCK]) -> Masks {
        let space = _mm_set1_epi8(0x20);
        let del = _mm_set1_epi8(0x7F);
        let mut masks = Masks {
            special: 0,
            space: 0,
        };
        for (i, chunk) in block.chunks_exact(16).enumerate() {
            // SAFETY: `chunk` is 16 readable bytes; the load is unaligned.
            let v = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
            // b <= 0x20 and b >= 0x7F, unsigned.
            let low = _mm_cmpeq_epi8(_mm_min_epu8(v, space), v);
            let high = _mm_cmpeq_epi8(_mm_max_epu8(v, del), v);
            let mut hit = _mm_or_si128(low, high);
            for &b in &set.explicit[..set.explicit_len] {
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8)));
            }
            masks.special |= u64::from(_mm_movemask_epi8(hit) as u16) << (16 * i);
            masks.space |=
                u64::from(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)) as u16) << (16 * i);
        }
        masks
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn mask_avx2(set: &SpecialSet, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: both tables are 16 readable bytes.
        let (low_table, high_table) = unsafe {
            (
                _mm256_broadcastsi128_si256(_mm_loadu_si128(set.low_nibble.as_ptr().cast())),
                _mm256_broadcastsi128_si256(_mm_loadu_si128(set.high_nibble.as_ptr().cast())),
            )
        };
        let nibble = _mm256_set1_epi8(0x0F);
        let space = _mm256_set1_epi8(0x20);
        let mut masks = Masks {
            special: 0,
            space: 0,
        };
        for (i, chunk) in block.chunks_exact(32).enumerate() {
            // SAFETY: `chunk` is 32 readable bytes; the load is unaligned.
            let v = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) };
            let low = _mm256_shuffle_epi8(low_table, _mm256_and_si256(v, nibble));
            let high = _mm256_shuffle_epi8(
                high_table,
                _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble),
            );
            let none = _mm256_cmpeq_epi8(_mm256_and_si256(low, high), _mm256_setzero_si256());
            // Bytes >= 0x80 (sign bit set) are always special.
            let bits = !(_mm256_movemask_epi8(none) as u32) | _mm256_movemask_epi8(v) as u32;
            masks.special |= u64::from(bits) << (32 * i);
            let spaces = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, space)) as u32;
            masks.space |= u64::from(spaces) << (32 * i);
        }
        masks
    }
}

/// Walks the special bytes of a source in order, one mask per block.
///
/// When spaces have catcode 10, a space with plain bytes on both sides is
/// not a stop: it is a space token that joins the run of plain characters
/// around it (`word word`). The caller must not start a run at a space (the
/// byte before it may belong to a control word, after which TeX skips
/// spaces). Spaces at block edges are always stops, as their neighbours are
/// not in the mask.
pub(crate) struct Specials<'a> {
    source: &'a [u8],
    set: &'a SpecialSet,
    /// Start of the block `mask` describes.
    block: usize,
    mask: u64,
}

impl<'a> Specials<'a> {
    pub(crate) fn new(source: &'a [u8], set: &'a SpecialSet) -> Self {
        Specials {
            source,
            set,
            // So that no offset falls in the "current" block before a load.
            block: usize::MAX - BLOCK,
            mask: 0,
        }
    }

    /// The index of the first stop at or after `from` (a special byte, see
    /// above for spaces), or the source length if there is none.
    #[inline(always)]
    pub(crate) fn next_from(&mut self, from: usize) -> usize {
        let mut from = from;
        loop {
            if from >= self.source.len() {
                return self.source.len();
            }
            let offset = from.wrapping_sub(self.block);
            if offset >= BLOCK {
                self.load(from);
                continue;
            }
            let m = self.mask >> offset;
            if m != 0 {
                return from + m.trailing_zeros() as usize;
            }
            from = self.block + BLOCK;
        }
    }

    #[inline(never)]
    fn load(&mut self, at: usize) {
        self.block = at;
        let masks = match self.source.get(at..at + BLOCK) {
            Some(bytes) => self.set.mask(bytes.try_into().expect("64 bytes")),
            None => {
                // The tail: pad with a special byte; `next_from` stops at
                // the source length anyway.
                let mut padded = [0x80u8; BLOCK];
                let tail = &self.source[at..];
                padded[..tail.len()].copy_from_slice(tail);
                self.set.mask(&padded)
            }
        };
        self.mask = if self.set.spaces_join {
            const INNER: u64 = !(1 | 1 << 63);
            let plain_neighbours = !(masks.special >> 1) & !(masks.special << 1) & INNER;
            masks.special & !(masks.space & plain_neighbours)
        } else {
            masks.special
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Regime;
    use proptest::prelude::*;

    fn kernels() -> Vec<Kernel> {
        #[allow(unused_mut)]
        let mut k = vec![Kernel::Scalar];
        #[cfg(target_arch = "x86_64")]
        k.extend([Kernel::Sse2, Kernel::Avx2]);
        k
    }

    /// Every byte value at every lane position, in every regime and kernel.
    #[test]
    fn simd_equals_scalar_exhaustively() {
        for regime in Regime::ALL {
            let profile = Profile::new(regime);
            let scalar = SpecialSet::with_kernel(&profile, Kernel::Scalar);
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                for b in 0..=255u8 {
                    for lane in 0..BLOCK {
                        let mut block = [b'a'; BLOCK];
                        block[lane] = b;
                        assert_eq!(
                            set.mask(&block),
                            scalar.mask_scalar(&block),
                            "{regime:?} {kernel:?} byte {b:#04x} lane {lane}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn latex_specials() {
        let set = SpecialSet::new(&Profile::new(Regime::Latex));
        for b in *b"\\{}^%~ \t\r\n\x7f\x80\xff\x00" {
            assert!(set.is_special(b), "{b:#04x}");
        }
        for b in *b"aZ09$&#_@.,:;'`|" {
            assert!(!set.is_special(b), "{b:#04x}");
        }
    }

    proptest! {
        #[test]
        fn kernels_agree_on_any_block(bytes in proptest::collection::vec(any::<u8>(), BLOCK)) {
            let block: [u8; BLOCK] = bytes.try_into().unwrap();
            for regime in Regime::ALL {
                let profile = Profile::new(regime);
                let scalar = SpecialSet::with_kernel(&profile, Kernel::Scalar).mask_scalar(&block);
                for kernel in kernels() {
                    prop_assert_eq!(SpecialSet::with_kernel(&profile, kernel).mask(&block), scalar);
                }
            }
        }

        /// The walker stops at special bytes only, and skips only plain bytes
        /// and spaces between two plain bytes, whatever the starting points
        /// (straddling block edges and the tail).
        #[test]
        fn walker_stops_where_it_must(src in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b'\\'), Just(b' '), Just(b'\n'), any::<u8>()], 0..300),
            skips in proptest::collection::vec(0usize..70, 0..20),
            regime in proptest::sample::select(Regime::ALL.to_vec())) {
            let profile = Profile::new(regime);
            let joins = profile.catcode_of_byte(b' ') == Catcode::Space;
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                let mut walker = Specials::new(&src, &set);
                let mut from = 0;
                let mut skips = skips.iter().cycle();
                while from <= src.len() {
                    if src.get(from) == Some(&b' ') {
                        from += 1;
                        continue;
                    }
                    let found = walker.next_from(from);
                    prop_assert!(found == src.len() || set.is_special(src[found]));
                    for i in from..found {
                        let skippable = !set.is_special(src[i])
                            || (joins && src[i] == b' ' && i > from
                                && !set.is_special(src[i - 1])
                                && i + 1 < src.len() && !set.is_special(src[i + 1]));
                        prop_assert!(skippable, "skipped byte {} at {} (from {})", src[i], i, from);
                    }
                    from = found + 1 + skips.next().copied().unwrap_or(0);
                }
            }
        }
    }
}
