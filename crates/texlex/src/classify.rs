//! Finding the next special byte fast: a 64-bit mask per 64-byte block,
//! computed by an AVX2 or SSE2 kernel (chosen at run time) or by the scalar
//! twin they are tested against.
//!
//! A byte is *special* when the fast lexer must look at it: every byte below
//! U+0021 (controls, space, line ends), U+007F and above (DEL, UTF-8), and
//! every printable byte whose catcode does not let it join a run of plain
//! characters (`\ ^ % ~` under LaTeX). Printable braces (catcodes 1 and 2)
//! are *group* bytes, in a mask of their own: they stay in runs (a brace
//! is a plain character token; only its balance needs counting, and a
//! quiet tracker takes it in place). LFs and CRs have masks of their own
//! too. All kernels compute exactly the same masks; `unsafe` is confined
//! to this module.

use crate::{Catcode, Profile};

/// Bytes per block.
pub(crate) const BLOCK: usize = 64;

/// The masks of one block: bit `i` describes byte `i`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Masks {
    /// Special bytes.
    pub special: u64,
    /// U+0020 bytes (all special).
    pub space: u64,
    /// Group bytes (none special).
    pub group: u64,
    /// LF bytes (all special).
    pub lf: u64,
    /// CR bytes (all special).
    pub cr: u64,
}

impl Masks {
    /// Line-end bytes: CR and LF.
    #[inline(always)]
    pub(crate) fn eol(&self) -> u64 {
        self.lf | self.cr
    }
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

/// At most this many printable bytes are group bytes; with more (an odd
/// catcode table), braces stay special bytes.
const MAX_GROUP_BYTES: usize = 2;

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
    /// The group bytes: printable bytes of catcode 1 or 2.
    group_table: [bool; 256],
    /// The group bytes for the kernels, repeated to fill the array (they
    /// compare against both), if `group_len` is not 0.
    group: [u8; MAX_GROUP_BYTES],
    group_len: usize,
    kernel: Kernel,
    /// Whether U+0020 has catcode 10: then a single space after a plain
    /// byte is no stop for the walker (it joins the run, see [`crate::walker`]).
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
    /// The special bytes of `profile`, with the best kernel this CPU has.
    pub(crate) fn new(profile: &Profile) -> SpecialSet {
        SpecialSet::with_kernel(profile, Kernel::Scalar).with_best_kernel()
    }

    /// The special bytes of `profile`, computed by `kernel` (falls back to
    /// the scalar kernel when the CPU or the set does not allow `kernel`).
    pub(crate) fn with_kernel(profile: &Profile, kernel: Kernel) -> SpecialSet {
        SpecialSet::build(profile, kernel, is_plain, true)
    }

    /// Every byte whose catcode is not letter or other under `profile`, and
    /// every byte outside U+0021..U+007E: the bytes a tokenizer that keeps
    /// only letters and others in runs must look at (braces included, no
    /// group bytes). The baseline of [`visit_special_bytes`].
    pub(crate) fn structural(profile: &Profile) -> SpecialSet {
        let letter_or_other = |cat| matches!(cat, Catcode::Letter | Catcode::Other);
        SpecialSet::build(profile, Kernel::Scalar, letter_or_other, false).with_best_kernel()
    }

    /// The set with the best kernel this CPU has for it.
    fn with_best_kernel(mut self) -> SpecialSet {
        self.kernel = best_kernel(&self);
        self
    }

    /// The set of bytes that are special under `profile`: not printable, or
    /// of a catcode `plain` rejects; with `groups`, printable braces are
    /// group bytes instead (when there are few enough).
    fn build(
        profile: &Profile,
        kernel: Kernel,
        plain: fn(Catcode) -> bool,
        groups: bool,
    ) -> SpecialSet {
        let mut table = [false; 256];
        let mut low_nibble = [0u8; 16];
        let mut high_nibble = [0u8; 16];
        let mut explicit = [0u8; SSE2_MAX_EXPLICIT];
        let mut explicit_len = 0;
        let mut too_many = false;
        let printable = |b: u8| (0x21..0x7F).contains(&b);
        let is_group = |b: u8| {
            groups
                && printable(b)
                && matches!(
                    profile.catcode_of_byte(b),
                    Catcode::BeginGroup | Catcode::EndGroup
                )
        };
        let mut group_table = [false; 256];
        let mut group = [0u8; MAX_GROUP_BYTES];
        let mut group_len = 0;
        if (0..=255u8).filter(|&b| is_group(b)).count() <= MAX_GROUP_BYTES {
            for b in (0..=255u8).filter(|&b| is_group(b)) {
                group_table[usize::from(b)] = true;
                group[group_len] = b;
                group_len += 1;
            }
            for i in group_len..MAX_GROUP_BYTES {
                group[i] = group[i % group_len.max(1)];
            }
        }
        for b in 0..=255u8 {
            let plain = plain(profile.catcode_of_byte(b)) || group_table[usize::from(b)];
            let special = !printable(b) || !plain;
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
            group_table,
            group,
            group_len,
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

    /// Whether U+0020 has catcode 10 (see [`crate::walker`]).
    #[inline]
    pub(crate) fn spaces_join(&self) -> bool {
        self.spaces_join
    }

    /// Whether `b` is a group byte.
    #[cfg(test)]
    pub(crate) fn is_group(&self, b: u8) -> bool {
        self.group_table[usize::from(b)]
    }

    /// The special and space bytes of `block`.
    #[inline]
    pub(crate) fn mask(&self, block: &[u8; BLOCK]) -> Masks {
        match self.kernel {
            Kernel::Scalar => self.mask_scalar(block),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `kernel` is private to this module and set only in
            // `build` and `with_best_kernel`, both through `kernel_supported`,
            // which allows SSE2 only when the CPU has it and the explicit
            // list holds every printable special byte (not `too_many`).
            Kernel::Sse2 => self.real_groups(unsafe { x86::mask_sse2(self, block) }),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above, `kernel_supported` allows AVX2 only when the
            // CPU has it.
            Kernel::Avx2 => self.real_groups(unsafe { x86::mask_avx2(self, block) }),
        }
    }

    /// A SIMD kernel's masks, without the group bytes it found if the set
    /// has none (it compared against filler then).
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn real_groups(&self, mut masks: Masks) -> Masks {
        if self.group_len == 0 {
            masks.group = 0;
        }
        masks
    }

    /// The scalar twin of the SIMD kernels.
    pub(crate) fn mask_scalar(&self, block: &[u8; BLOCK]) -> Masks {
        let mut masks = Masks::default();
        for (i, &b) in block.iter().enumerate() {
            masks.special |= u64::from(self.table[usize::from(b)]) << i;
            masks.space |= u64::from(b == b' ') << i;
            masks.group |= u64::from(self.group_table[usize::from(b)]) << i;
            masks.lf |= u64::from(b == b'\n') << i;
            masks.cr |= u64::from(b == b'\r') << i;
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

/// A kernel, for code generic over kernels ([`SpecialSet::run`]): its
/// [`BlockMasks::masks`] inlines into the caller's loop, compiled with
/// the kernel's CPU features.
pub(crate) trait BlockMasks {
    /// The masks of one block, as [`SpecialSet::mask`] computes them.
    fn masks(&self, block: &[u8; BLOCK]) -> Masks;
}

/// Code that runs with the set's kernel compiled in ([`SpecialSet::run`]).
pub(crate) trait KernelPass {
    /// The pass, with `kernel` to compute masks. Mark it
    /// `#[inline(always)]`: it is meant to be compiled inside the kernel's
    /// target-feature function, not called from it.
    fn run<K: BlockMasks>(&mut self, kernel: &K);
}

/// The scalar kernel as a [`BlockMasks`].
struct ScalarKernel<'a>(&'a SpecialSet);

impl BlockMasks for ScalarKernel<'_> {
    #[inline(always)]
    fn masks(&self, block: &[u8; BLOCK]) -> Masks {
        self.0.mask_scalar(block)
    }
}

impl SpecialSet {
    /// Runs `pass` with this set's kernel compiled into it: a loop over
    /// many blocks pays no call per block (a SIMD kernel is a
    /// target-feature function, which a plain function cannot inline).
    pub(crate) fn run<P: KernelPass>(&self, pass: &mut P) {
        match self.kernel {
            Kernel::Scalar => pass.run(&ScalarKernel(self)),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `kernel_supported` allowed SSE2 (see `mask`).
            Kernel::Sse2 => unsafe { x86::run_sse2(self, pass) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `kernel_supported` allowed AVX2 (see `mask`).
            Kernel::Avx2 => unsafe { x86::run_avx2(self, pass) },
        }
    }
}

/// Visits every byte of `source` that `set` calls special, in order, with
/// the kernel the lexer uses, and returns how many there were. Each visit
/// reads its byte and counts it by value, so that the compiler cannot turn
/// the walk over a block's bits into a population count. Nothing else is
/// done: this is the floor a lexer of this design is measured against
/// (`texlex bench` prints the ratio to it; docs/PERFORMANCE.md).
pub(crate) fn visit_special_bytes(set: &SpecialSet, source: &[u8]) -> u64 {
    let mut by_value = [0u32; 256];
    let mut visit = |base: usize, mut mask: u64| {
        while mask != 0 {
            let at = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            by_value[usize::from(source[at])] += 1;
        }
    };
    let mut blocks = source.chunks_exact(BLOCK);
    for (n, block) in blocks.by_ref().enumerate() {
        let masks = set.mask(block.try_into().expect("a whole block"));
        visit(n * BLOCK, masks.special);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        let mut padded = [0u8; BLOCK];
        padded[..tail.len()].copy_from_slice(tail);
        let inside = (1u64 << tail.len()) - 1;
        visit(
            source.len() - tail.len(),
            set.mask(&padded).special & inside,
        );
    }
    by_value.iter().map(|&n| u64::from(n)).sum()
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{BLOCK, BlockMasks, KernelPass, Masks, SpecialSet};
    use std::arch::x86_64::*;

    /// The SSE2 kernel as a [`BlockMasks`]: made only inside [`run_sse2`].
    struct Sse2<'a>(&'a SpecialSet);

    impl BlockMasks for Sse2<'_> {
        #[inline(always)]
        fn masks(&self, block: &[u8; BLOCK]) -> Masks {
            // SAFETY: an `Sse2` exists only while `run_sse2` runs, which
            // its caller may call only where `mask_sse2` is allowed.
            self.0.real_groups(unsafe { mask_sse2(self.0, block) })
        }
    }

    /// # Safety
    /// As [`mask_sse2`].
    #[target_feature(enable = "sse2")]
    pub(super) unsafe fn run_sse2<P: KernelPass>(set: &SpecialSet, pass: &mut P) {
        pass.run(&Sse2(set));
    }

    /// The AVX2 kernel as a [`BlockMasks`]: made only inside [`run_avx2`].
    struct Avx2<'a>(&'a SpecialSet);

    impl BlockMasks for Avx2<'_> {
        #[inline(always)]
        fn masks(&self, block: &[u8; BLOCK]) -> Masks {
            // SAFETY: an `Avx2` exists only while `run_avx2` runs, which
            // its caller may call only on a CPU with AVX2.
            self.0.real_groups(unsafe { mask_avx2(self.0, block) })
        }
    }

    /// # Safety
    /// As [`mask_avx2`].
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn run_avx2<P: KernelPass>(set: &SpecialSet, pass: &mut P) {
        pass.run(&Avx2(set));
    }

    /// # Safety
    /// The CPU must support SSE2 and `set.explicit` must list every printable
    /// special byte.
    #[target_feature(enable = "sse2")]
    #[inline]
    pub(super) unsafe fn mask_sse2(set: &SpecialSet, block: &[u8; BLOCK]) -> Masks {
        let space = _mm_set1_epi8(0x20);
        let del = _mm_set1_epi8(0x7F);
        let mut masks = Masks::default();
        let [g0, g1] = set.group;
        let (g0, g1) = (_mm_set1_epi8(g0 as i8), _mm_set1_epi8(g1 as i8));
        let (lf, cr) = (_mm_set1_epi8(b'\n' as i8), _mm_set1_epi8(b'\r' as i8));
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
            let group = _mm_or_si128(_mm_cmpeq_epi8(v, g0), _mm_cmpeq_epi8(v, g1));
            masks.group |= u64::from(_mm_movemask_epi8(group) as u16) << (16 * i);
            masks.lf |= u64::from(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)) as u16) << (16 * i);
            masks.cr |= u64::from(_mm_movemask_epi8(_mm_cmpeq_epi8(v, cr)) as u16) << (16 * i);
        }
        masks
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    #[inline]
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
        let mut masks = Masks::default();
        let [g0, g1] = set.group;
        let (g0, g1) = (_mm256_set1_epi8(g0 as i8), _mm256_set1_epi8(g1 as i8));
        let (lf, cr) = (_mm256_set1_epi8(b'\n' as i8), _mm256_set1_epi8(b'\r' as i8));
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
            let group = _mm256_or_si256(_mm256_cmpeq_epi8(v, g0), _mm256_cmpeq_epi8(v, g1));
            masks.group |= u64::from(_mm256_movemask_epi8(group) as u32) << (32 * i);
            let lfs = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, lf)) as u32;
            masks.lf |= u64::from(lfs) << (32 * i);
            let crs = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, cr)) as u32;
            masks.cr |= u64::from(crs) << (32 * i);
        }
        masks
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Regime;
    use proptest::prelude::*;

    pub(crate) fn kernels() -> Vec<Kernel> {
        #[allow(unused_mut)]
        let mut k = vec![Kernel::Scalar];
        #[cfg(target_arch = "x86_64")]
        k.extend([Kernel::Sse2, Kernel::Avx2]);
        k
    }

    /// Every byte value at every lane position, in every regime and kernel.
    #[test]
    fn simd_equals_scalar_exhaustively() {
        for (p, profile) in profiles().into_iter().enumerate() {
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
                            "profile {p} {kernel:?} byte {b:#04x} lane {lane}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn latex_specials() {
        let set = SpecialSet::new(&Profile::new(Regime::Latex));
        for b in *b"\\^%~ \t\r\n\x7f\x80\xff\x00" {
            assert!(set.is_special(b), "{b:#04x}");
        }
        for b in *b"aZ09$&#_@.,:;'`|{}" {
            assert!(!set.is_special(b), "{b:#04x}");
        }
        for b in 0..=255u8 {
            assert_eq!(set.is_group(b), b == b'{' || b == b'}', "{b:#04x}");
            assert!(!(set.is_group(b) && set.is_special(b)));
        }
    }

    /// Other group bytes: up to two are group bytes, beyond that braces
    /// are plain special bytes (and no byte is a group byte).
    #[test]
    fn other_group_bytes() {
        let [brackets, one, three] = other_group_profiles();
        let set = SpecialSet::new(&brackets);
        assert!(b"[]".iter().all(|&b| set.is_group(b) && !set.is_special(b)));
        assert!(
            b"{}"
                .iter()
                .all(|&b| !set.is_group(b) && !set.is_special(b))
        );
        let set = SpecialSet::new(&one);
        assert!(set.is_group(b'{') && !set.is_group(b'}') && set.is_special(b'}'));
        let set = SpecialSet::new(&three);
        assert!(
            b"{}["
                .iter()
                .all(|&b| !set.is_group(b) && set.is_special(b))
        );
    }

    /// `[ ]` as braces (and `{ }` other), `{` alone, and `{ } [`.
    fn other_group_profiles() -> [Profile; 3] {
        let mut brackets = Profile::new(Regime::Latex);
        brackets.set_catcode(u32::from(b'['), Catcode::BeginGroup);
        brackets.set_catcode(u32::from(b']'), Catcode::EndGroup);
        brackets.set_catcode(u32::from(b'{'), Catcode::Other);
        brackets.set_catcode(u32::from(b'}'), Catcode::Other);
        let mut one = Profile::new(Regime::Latex);
        one.set_catcode(u32::from(b'}'), Catcode::Active);
        let mut three = Profile::new(Regime::Latex);
        three.set_catcode(u32::from(b'['), Catcode::BeginGroup);
        [brackets, one, three]
    }

    /// The profiles the kernel tests run over: every regime and the ones
    /// above.
    pub(crate) fn profiles() -> Vec<Profile> {
        let mut profiles: Vec<Profile> = Regime::ALL.iter().map(|&r| Profile::new(r)).collect();
        profiles.extend(other_group_profiles());
        profiles
    }

    proptest! {
        /// The baseline visits exactly the bytes that are not letters or
        /// others (or not printable), whatever the length of the tail.
        #[test]
        fn visit_counts_the_structural_bytes(
            source in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'\\'), Just(b'{'), Just(b' '), Just(b'\n'), any::<u8>()],
                0..300),
        ) {
            for profile in profiles() {
                let expected = source
                    .iter()
                    .filter(|&&b| {
                        !(0x21..0x7F).contains(&b)
                            || !matches!(profile.catcode_of_byte(b), Catcode::Letter | Catcode::Other)
                    })
                    .count();
                let set = SpecialSet::structural(&profile);
                prop_assert_eq!(visit_special_bytes(&set, &source), expected as u64);
            }
        }

        #[test]
        fn kernels_agree_on_any_block(bytes in proptest::collection::vec(any::<u8>(), BLOCK)) {
            let block: [u8; BLOCK] = bytes.try_into().unwrap();
            for profile in profiles() {
                let scalar = SpecialSet::with_kernel(&profile, Kernel::Scalar).mask_scalar(&block);
                for kernel in kernels() {
                    prop_assert_eq!(SpecialSet::with_kernel(&profile, kernel).mask(&block), scalar);
                }
            }
        }
    }
}
