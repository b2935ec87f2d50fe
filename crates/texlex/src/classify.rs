//! Finding the next special byte fast: a 64-bit mask per 64-byte block,
//! computed by an AVX-512 (VBMI or BW), AVX2 or SSE2 kernel (chosen at run
//! time) or by the scalar twin they are tested against.
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

use std::sync::atomic::{AtomicU8, Ordering};

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
    /// AVX-512BW: the AVX2 kernel's nibble lookups on a whole block at
    /// once, compares straight into 64-bit masks.
    #[cfg(target_arch = "x86_64")]
    Avx512Bw,
    /// AVX-512 VBMI: one lookup of every byte below 0x80 in a 128-entry
    /// table of class bits (`vpermt2b`), one test per mask.
    #[cfg(target_arch = "x86_64")]
    Avx512Vbmi,
}

impl Kernel {
    /// Every kernel this architecture has, from the reference to the
    /// fastest (the best a CPU supports is the last it supports).
    #[cfg(target_arch = "x86_64")]
    pub(crate) const ALL: &[Kernel] = &[
        Kernel::Scalar,
        Kernel::Sse2,
        Kernel::Avx2,
        Kernel::Avx512Bw,
        Kernel::Avx512Vbmi,
    ];
    /// Every kernel this architecture has.
    #[cfg(not(target_arch = "x86_64"))]
    pub(crate) const ALL: &[Kernel] = &[Kernel::Scalar];

    /// The kernel's name, as `texlex bench --kernel` takes it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kernel::Scalar => "scalar",
            #[cfg(target_arch = "x86_64")]
            Kernel::Sse2 => "sse2",
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => "avx2",
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Bw => "avx512bw",
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Vbmi => "avx512vbmi",
        }
    }

    /// The CPU features the kernel needs, as `is_x86_feature_detected!`
    /// names them.
    fn features(self) -> &'static [&'static str] {
        match self {
            Kernel::Scalar => &[],
            #[cfg(target_arch = "x86_64")]
            Kernel::Sse2 => &["sse2"],
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => &["avx2"],
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Bw => &["avx512bw"],
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Vbmi => &["avx512bw", "avx512vbmi"],
        }
    }

    /// Whether this CPU can run the kernel.
    fn cpu_has(self) -> bool {
        match self {
            Kernel::Scalar => true,
            #[cfg(target_arch = "x86_64")]
            Kernel::Sse2 => std::arch::is_x86_feature_detected!("sse2"),
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Bw => std::arch::is_x86_feature_detected!("avx512bw"),
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Vbmi => {
                std::arch::is_x86_feature_detected!("avx512bw")
                    && std::arch::is_x86_feature_detected!("avx512vbmi")
            }
        }
    }
}

/// The kernel sets built for the lexer use instead of the best one
/// ([`set_kernel_override`]): 0 for none, else 1 + its index in
/// [`Kernel::ALL`].
static KERNEL_OVERRIDE: AtomicU8 = AtomicU8::new(0);

/// Makes every special-byte set built from now on ([`SpecialSet::new`],
/// [`SpecialSet::structural`]) use the kernel named `name` (see
/// [`Kernel::name`]) instead of the best one, or the best one again with
/// `None`. Sets built before keep their kernel. A set the kernel cannot
/// serve (SSE2 with more printable special bytes than it compares
/// against) uses the scalar kernel. `Err` when the name is unknown or the
/// CPU lacks the kernel's features; nothing changes then.
pub(crate) fn set_kernel_override(name: Option<&str>) -> Result<(), String> {
    let code = match name {
        None => 0,
        Some(name) => {
            let (index, kernel) = Kernel::ALL
                .iter()
                .enumerate()
                .find(|(_, k)| k.name() == name)
                .ok_or_else(|| {
                    let names: Vec<&str> = Kernel::ALL.iter().map(|k| k.name()).collect();
                    format!(
                        "unknown kernel `{name}` (this build has: {})",
                        names.join(", ")
                    )
                })?;
            if !kernel.cpu_has() {
                return Err(format!(
                    "this CPU cannot run the {name} kernel (it needs {})",
                    kernel.features().join(" and ")
                ));
            }
            u8::try_from(index + 1).expect("a handful of kernels")
        }
    };
    KERNEL_OVERRIDE.store(code, Ordering::Relaxed);
    Ok(())
}

/// The kernel [`set_kernel_override`] asks for, if any.
fn kernel_override() -> Option<Kernel> {
    match KERNEL_OVERRIDE.load(Ordering::Relaxed) {
        0 => None,
        code => Kernel::ALL.get(usize::from(code) - 1).copied(),
    }
}

/// Class bits of the VBMI kernel's table: one per mask of [`Masks`].
const CLASS_SPECIAL: u8 = 1;
const CLASS_SPACE: u8 = 2;
const CLASS_GROUP: u8 = 4;
const CLASS_LF: u8 = 8;
const CLASS_CR: u8 = 16;

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
    /// The class bits (`CLASS_*`) of every byte below 0x80, for the VBMI
    /// kernel (bytes from 0x80 on are special and of no other class).
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    classes: [u8; 128],
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

    /// The set with the best kernel this CPU has for it, or the one
    /// [`set_kernel_override`] asks for (the scalar one if it cannot serve
    /// the set).
    fn with_best_kernel(mut self) -> SpecialSet {
        self.kernel = match kernel_override() {
            Some(kernel) if kernel_supported(kernel, self.too_many_explicit()) => kernel,
            Some(_) => Kernel::Scalar,
            None => best_kernel(&self),
        };
        self
    }

    /// Whether there are more printable special bytes than the SSE2 kernel
    /// compares against.
    fn too_many_explicit(&self) -> bool {
        self.table[0x21..0x7F].iter().filter(|&&s| s).count() > SSE2_MAX_EXPLICIT
    }

    /// The kernel that computes this set's masks.
    pub(crate) fn kernel(&self) -> Kernel {
        self.kernel
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
        let mut classes = [0u8; 128];
        for (b, class) in (0u8..).zip(classes.iter_mut()) {
            let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
            *class = bit(table[usize::from(b)], CLASS_SPECIAL)
                | bit(b == b' ', CLASS_SPACE)
                | bit(group_table[usize::from(b)], CLASS_GROUP)
                | bit(b == b'\n', CLASS_LF)
                | bit(b == b'\r', CLASS_CR);
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
            classes,
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
        #[cfg(test)]
        tests::count_blocks(self.kernel, 1);
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
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above, `kernel_supported` allows AVX-512BW only
            // when the CPU has it.
            Kernel::Avx512Bw => self.real_groups(unsafe { x86::mask_avx512bw(self, block) }),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above, `kernel_supported` allows AVX-512 VBMI only
            // when the CPU has it and AVX-512BW. Its class table has no
            // group bits when the set has no group bytes.
            Kernel::Avx512Vbmi => unsafe { x86::mask_avx512vbmi(self, block) },
        }
    }

    /// The masks of every block of `bytes` into `out`, block `i` into
    /// `out[i]`: what [`SpecialSet::mask`] gives for each, with the loop
    /// inside the kernel (no call per block).
    ///
    /// # Panics
    /// Unless `bytes.len() == out.len() * BLOCK`.
    pub(crate) fn mask_blocks(&self, bytes: &[u8], out: &mut [Masks]) {
        assert_eq!(
            bytes.len(),
            out.len() * BLOCK,
            "mask_blocks takes one Masks per 64 bytes"
        );
        /// The blocks' masks, one by one, with the kernel compiled in.
        struct EveryBlock<'b> {
            blocks: &'b [[u8; BLOCK]],
            out: &'b mut [Masks],
        }
        impl KernelPass for EveryBlock<'_> {
            #[inline(always)]
            fn run<K: BlockMasks>(&mut self, kernel: &K) {
                for (block, slot) in self.blocks.iter().zip(self.out.iter_mut()) {
                    *slot = kernel.masks(block);
                }
            }
        }
        let (blocks, _) = bytes.as_chunks::<BLOCK>();
        self.run(&mut EveryBlock { blocks, out });
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

/// Whether `kernel` can compute the masks of a set on this CPU.
fn kernel_supported(kernel: Kernel, too_many_explicit: bool) -> bool {
    #[cfg(target_arch = "x86_64")]
    if kernel == Kernel::Sse2 && too_many_explicit {
        return false;
    }
    let _ = too_many_explicit;
    kernel.cpu_has()
}

/// The best kernel for `set` on this CPU: AVX-512 VBMI, AVX-512BW, AVX2,
/// SSE2, scalar, the first it supports.
fn best_kernel(set: &SpecialSet) -> Kernel {
    let too_many = set.too_many_explicit();
    Kernel::ALL
        .iter()
        .rev()
        .copied()
        .find(|&kernel| kernel_supported(kernel, too_many))
        .unwrap_or(Kernel::Scalar)
}

/// Blocks per [`SpecialSet::mask_blocks`] call of
/// [`classify_and_popcount`]: 4 KiB of source and 2.5 KiB of masks, both
/// staying in the L1 cache.
const POPCOUNT_CHUNK: usize = 64;

/// The masks of every block of `source` under `set`, by
/// [`SpecialSet::mask_blocks`], summing the population counts of the
/// special, group and LF masks (the tail padded, its padding not
/// counted): the cost of classifying the bytes and touching every mask,
/// the limit a scanner that first classifies whole blocks and then walks
/// them is measured against (`texlex bench`; docs/PERFORMANCE.md).
pub(crate) fn classify_and_popcount(set: &SpecialSet, source: &[u8]) -> u64 {
    let mut out = [Masks::default(); POPCOUNT_CHUNK];
    let mut total = 0;
    let (blocks, tail) = source.as_chunks::<BLOCK>();
    #[cfg(target_arch = "x86_64")]
    let popcnt = std::arch::is_x86_feature_detected!("popcnt");
    for chunk in blocks.chunks(POPCOUNT_CHUNK) {
        let out = &mut out[..chunk.len()];
        set.mask_blocks(chunk.as_flattened(), out);
        #[cfg(target_arch = "x86_64")]
        if popcnt {
            // SAFETY: the CPU has POPCNT.
            total += unsafe { x86::count_popcnt(out) };
            continue;
        }
        total += count_masks(out);
    }
    if !tail.is_empty() {
        let mut padded = [0u8; BLOCK];
        padded[..tail.len()].copy_from_slice(tail);
        let inside = (1u64 << tail.len()) - 1;
        let mut masks = [Masks::default()];
        set.mask_blocks(&padded, &mut masks);
        let [m] = masks;
        total += count_masks(&[Masks {
            special: m.special & inside,
            group: m.group & inside,
            lf: m.lf & inside,
            ..m
        }]);
    }
    total
}

/// The bits of the special, group and LF masks of `masks`.
#[inline(always)]
fn count_masks(masks: &[Masks]) -> u64 {
    masks
        .iter()
        .map(|m| u64::from(m.special.count_ones() + m.group.count_ones() + m.lf.count_ones()))
        .sum()
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
        #[cfg(test)]
        tests::count_blocks(Kernel::Scalar, 1);
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
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `kernel_supported` allowed AVX-512BW (see `mask`).
            Kernel::Avx512Bw => unsafe { x86::run_avx512bw(self, pass) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `kernel_supported` allowed AVX-512 VBMI (see `mask`).
            Kernel::Avx512Vbmi => unsafe { x86::run_avx512vbmi(self, pass) },
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
    use super::{
        BLOCK, BlockMasks, CLASS_CR, CLASS_GROUP, CLASS_LF, CLASS_SPACE, CLASS_SPECIAL, KernelPass,
        Masks, SpecialSet,
    };
    use std::arch::x86_64::*;

    /// The SSE2 kernel as a [`BlockMasks`]: made only inside [`run_sse2`].
    struct Sse2<'a>(&'a SpecialSet);

    impl BlockMasks for Sse2<'_> {
        #[inline(always)]
        fn masks(&self, block: &[u8; BLOCK]) -> Masks {
            #[cfg(test)]
            super::tests::count_blocks(super::Kernel::Sse2, 1);
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
            #[cfg(test)]
            super::tests::count_blocks(super::Kernel::Avx2, 1);
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

    /// The AVX-512BW kernel as a [`BlockMasks`]: made only inside
    /// [`run_avx512bw`].
    struct Avx512Bw<'a>(&'a SpecialSet);

    impl BlockMasks for Avx512Bw<'_> {
        #[inline(always)]
        fn masks(&self, block: &[u8; BLOCK]) -> Masks {
            #[cfg(test)]
            super::tests::count_blocks(super::Kernel::Avx512Bw, 1);
            // SAFETY: an `Avx512Bw` exists only while `run_avx512bw` runs,
            // which its caller may call only on a CPU with AVX-512BW.
            self.0.real_groups(unsafe { mask_avx512bw(self.0, block) })
        }
    }

    /// # Safety
    /// As [`mask_avx512bw`].
    #[target_feature(enable = "avx512bw")]
    pub(super) unsafe fn run_avx512bw<P: KernelPass>(set: &SpecialSet, pass: &mut P) {
        pass.run(&Avx512Bw(set));
    }

    /// The AVX-512 VBMI kernel as a [`BlockMasks`]: made only inside
    /// [`run_avx512vbmi`].
    struct Avx512Vbmi<'a>(&'a SpecialSet);

    impl BlockMasks for Avx512Vbmi<'_> {
        #[inline(always)]
        fn masks(&self, block: &[u8; BLOCK]) -> Masks {
            #[cfg(test)]
            super::tests::count_blocks(super::Kernel::Avx512Vbmi, 1);
            // SAFETY: an `Avx512Vbmi` exists only while `run_avx512vbmi`
            // runs, which its caller may call only on a CPU with AVX-512BW
            // and VBMI. Its class table has no group bits when the set has
            // no group bytes.
            unsafe { mask_avx512vbmi(self.0, block) }
        }
    }

    /// # Safety
    /// As [`mask_avx512vbmi`].
    #[target_feature(enable = "avx512bw,avx512vbmi")]
    pub(super) unsafe fn run_avx512vbmi<P: KernelPass>(set: &SpecialSet, pass: &mut P) {
        pass.run(&Avx512Vbmi(set));
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

    /// # Safety
    /// The CPU must support AVX-512BW.
    #[target_feature(enable = "avx512bw")]
    #[inline]
    pub(super) unsafe fn mask_avx512bw(set: &SpecialSet, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: both tables are 16 readable bytes.
        let (low_table, high_table) = unsafe {
            (
                _mm512_broadcast_i32x4(_mm_loadu_si128(set.low_nibble.as_ptr().cast())),
                _mm512_broadcast_i32x4(_mm_loadu_si128(set.high_nibble.as_ptr().cast())),
            )
        };
        let nibble = _mm512_set1_epi8(0x0F);
        let [g0, g1] = set.group;
        // SAFETY: `block` is 64 readable bytes; the load is unaligned.
        let v = unsafe { _mm512_loadu_si512(block.as_ptr().cast()) };
        let low = _mm512_shuffle_epi8(low_table, _mm512_and_si512(v, nibble));
        let high = _mm512_shuffle_epi8(
            high_table,
            _mm512_and_si512(_mm512_srli_epi16(v, 4), nibble),
        );
        let eq = |b: u8| _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(b as i8));
        Masks {
            // Bytes >= 0x80 (sign bit set) are always special.
            special: _mm512_test_epi8_mask(low, high) | _mm512_movepi8_mask(v),
            space: eq(b' '),
            group: eq(g0) | eq(g1),
            lf: eq(b'\n'),
            cr: eq(b'\r'),
        }
    }

    /// # Safety
    /// The CPU must support AVX-512BW and AVX-512 VBMI.
    #[target_feature(enable = "avx512bw,avx512vbmi")]
    #[inline]
    pub(super) unsafe fn mask_avx512vbmi(set: &SpecialSet, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: the class table is 128 readable bytes, read in two
        // unaligned halves.
        let (classes_low, classes_high) = unsafe {
            (
                _mm512_loadu_si512(set.classes.as_ptr().cast()),
                _mm512_loadu_si512(set.classes[64..].as_ptr().cast()),
            )
        };
        // SAFETY: `block` is 64 readable bytes; the load is unaligned.
        let v = unsafe { _mm512_loadu_si512(block.as_ptr().cast()) };
        // The lookup reads the low 7 bits of each byte. Bytes >= 0x80 (sign
        // bit set) are special and of no other class: their lanes are added
        // to the special mask and left out of the others. (Zeroing their
        // class in the lookup instead, `maskz`, puts the sign test before
        // the lookup: measured slower, 0.034 against 0.031 ms for the
        // classify-and-popcount pass over perf_smoke_big.tex.)
        let high = _mm512_movepi8_mask(v);
        let class = _mm512_permutex2var_epi8(classes_low, v, classes_high);
        let is = |bit: u8| _mm512_mask_test_epi8_mask(!high, class, _mm512_set1_epi8(bit as i8));
        Masks {
            special: _mm512_test_epi8_mask(class, _mm512_set1_epi8(CLASS_SPECIAL as i8)) | high,
            space: is(CLASS_SPACE),
            group: is(CLASS_GROUP),
            lf: is(CLASS_LF),
            cr: is(CLASS_CR),
        }
    }

    /// [`super::count_masks`] with the POPCNT instruction.
    ///
    /// # Safety
    /// The CPU must support POPCNT.
    #[target_feature(enable = "popcnt")]
    pub(super) unsafe fn count_popcnt(masks: &[Masks]) -> u64 {
        super::count_masks(masks)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Regime;
    use proptest::prelude::*;

    use std::cell::Cell;
    use std::sync::Mutex;

    thread_local! {
        /// Blocks each kernel classified on this thread, by kernel.
        static BLOCKS: [Cell<u64>; 8] = Default::default();
    }

    /// Counts `n` blocks classified by `kernel` on this thread.
    pub(super) fn count_blocks(kernel: Kernel, n: usize) {
        BLOCKS.with(|blocks| {
            let cell = &blocks[kernel as usize];
            cell.set(cell.get() + n as u64);
        });
    }

    /// Blocks `kernel` classified on this thread so far.
    fn blocks_by(kernel: Kernel) -> u64 {
        BLOCKS.with(|blocks| blocks[kernel as usize].get())
    }

    /// Held by the tests that set the kernel override or read which kernel
    /// is best (the override is process-wide; other tests only get another
    /// kernel computing the same masks meanwhile).
    static OVERRIDE: Mutex<()> = Mutex::new(());

    /// Every kernel of this architecture (one the CPU lacks falls back to
    /// the scalar one in `with_kernel`).
    pub(crate) fn kernels() -> Vec<Kernel> {
        for kernel in Kernel::ALL.iter().filter(|k| !k.cpu_has()) {
            eprintln!("note: CPU lacks {kernel:?}; its tests run the scalar kernel");
        }
        Kernel::ALL.to_vec()
    }

    /// Every byte value at every lane position, in every regime and kernel,
    /// one block at a time and all of one byte value's blocks at once.
    #[test]
    fn simd_equals_scalar_exhaustively() {
        for (p, profile) in profiles().into_iter().enumerate() {
            let scalar = SpecialSet::with_kernel(&profile, Kernel::Scalar);
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                for b in 0..=255u8 {
                    let mut blocks = Vec::with_capacity(BLOCK * BLOCK);
                    let mut expected = Vec::with_capacity(BLOCK);
                    for lane in 0..BLOCK {
                        let mut block = [b'a'; BLOCK];
                        block[lane] = b;
                        assert_eq!(
                            set.mask(&block),
                            scalar.mask_scalar(&block),
                            "profile {p} {kernel:?} byte {b:#04x} lane {lane}"
                        );
                        blocks.extend_from_slice(&block);
                        expected.push(scalar.mask_scalar(&block));
                    }
                    let mut out = vec![Masks::default(); BLOCK];
                    set.mask_blocks(&blocks, &mut out);
                    assert_eq!(out, expected, "profile {p} {kernel:?} byte {b:#04x}");
                }
            }
        }
    }

    /// The lexer's classifier is the best kernel of the CPU and is the one
    /// that runs when a LaTeX text is lexed; `kernel`'s test is skipped on a
    /// CPU without it. When `kernel` is not the best one (AVX-512BW on a
    /// CPU with VBMI), the override makes it run instead.
    #[cfg(target_arch = "x86_64")]
    fn assert_runs_in_a_lex(kernel: Kernel) {
        let _guard = OVERRIDE.lock().unwrap_or_else(|e| e.into_inner());
        if !kernel.cpu_has() {
            let feature = kernel.features().last().expect("a SIMD kernel");
            eprintln!("skipped: CPU lacks {feature}");
            return;
        }
        let text = "\\documentclass{article}\n\\begin{document}\nSome $x^2$ text, 50\\% of it.\n\n\\end{document}\n".repeat(20);
        let best = *Kernel::ALL.iter().rev().find(|k| k.cpu_has()).unwrap();
        let overridden = kernel != best;
        if overridden {
            set_kernel_override(Some(kernel.name())).unwrap();
        }
        let profile = Profile::new(Regime::Latex);
        let runs = |k| blocks_by(k);
        let before: Vec<u64> = Kernel::ALL.iter().map(|&k| runs(k)).collect();
        let lexed = crate::Lexer::new(Regime::Latex)
            .lex(text.as_bytes())
            .unwrap();
        assert!(lexed.tokens().count() > 100);
        let kernel_of_profile = crate::unstable::kernel_name(&profile);
        let set_kernel = SpecialSet::new(&profile).kernel;
        if overridden {
            set_kernel_override(None).unwrap();
        }
        assert_eq!(set_kernel, kernel);
        assert_eq!(kernel_of_profile, kernel.name());
        for (&k, before) in Kernel::ALL.iter().zip(before) {
            let moved = runs(k) - before;
            if k == kernel {
                assert!(moved > 0, "{k:?} classified no block");
            } else {
                assert_eq!(moved, 0, "{k:?} classified blocks instead of {kernel:?}");
            }
        }
        if !overridden {
            assert_eq!(best_kernel(&SpecialSet::new(&profile)), kernel);
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn a_lex_runs_the_avx512vbmi_kernel() {
        assert_runs_in_a_lex(Kernel::Avx512Vbmi);
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn a_lex_runs_the_avx512bw_kernel() {
        assert_runs_in_a_lex(Kernel::Avx512Bw);
    }

    /// The override picks the kernel of the sets built after it (or the
    /// scalar one for a set it cannot serve); unknown names are errors that
    /// change nothing.
    #[test]
    fn the_kernel_override_picks_the_kernel() {
        let _guard = OVERRIDE.lock().unwrap_or_else(|e| e.into_inner());
        let profile = Profile::new(Regime::Latex);
        let best = SpecialSet::new(&profile).kernel;
        assert_eq!(
            best,
            *Kernel::ALL.iter().rev().find(|k| k.cpu_has()).unwrap()
        );
        assert!(set_kernel_override(Some("avx1024")).is_err());
        assert!(set_kernel_override(Some("")).is_err());
        assert_eq!(SpecialSet::new(&profile).kernel, best);
        // Many printable special bytes: more than SSE2 compares against.
        let mut many = Profile::new(Regime::Latex);
        for b in b'a'..=b'j' {
            many.set_catcode(u32::from(b), Catcode::Active);
        }
        for &kernel in Kernel::ALL {
            if !kernel.cpu_has() {
                assert!(set_kernel_override(Some(kernel.name())).is_err());
                continue;
            }
            set_kernel_override(Some(kernel.name())).unwrap();
            let set = SpecialSet::new(&profile);
            let structural = SpecialSet::structural(&profile);
            let crowded = SpecialSet::new(&many);
            set_kernel_override(None).unwrap();
            assert_eq!(set.kernel, kernel);
            // The structural set's ten printable special bytes under
            // LaTeX (`\ { } $ & # ^ _ ~ %`) are too many for SSE2, as the
            // crowded set's.
            #[cfg(target_arch = "x86_64")]
            let expected = if kernel == Kernel::Sse2 {
                Kernel::Scalar
            } else {
                kernel
            };
            #[cfg(not(target_arch = "x86_64"))]
            let expected = kernel;
            assert_eq!(structural.kernel, expected, "{kernel:?}");
            assert_eq!(crowded.kernel, expected, "{kernel:?}");
        }
        assert_eq!(SpecialSet::new(&profile).kernel, best);
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

        /// `mask_blocks` gives, for any number of blocks of any bytes, what
        /// `mask` gives block by block and what the scalar twin gives.
        #[test]
        fn mask_blocks_equals_mask_and_scalar(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'\\'), Just(b'{'), Just(b' '), Just(b'\n'), Just(b'\r'), Just(0u8), any::<u8>()],
                0..12 * BLOCK),
            profile in proptest::sample::select(profiles()),
        ) {
            let bytes = &bytes[..bytes.len() / BLOCK * BLOCK];
            let scalar = SpecialSet::with_kernel(&profile, Kernel::Scalar);
            let expected: Vec<Masks> = bytes
                .chunks_exact(BLOCK)
                .map(|block| scalar.mask_scalar(block.try_into().unwrap()))
                .collect();
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                let one_by_one: Vec<Masks> = bytes
                    .chunks_exact(BLOCK)
                    .map(|block| set.mask(block.try_into().unwrap()))
                    .collect();
                prop_assert_eq!(&one_by_one, &expected, "{:?}", kernel);
                let mut out = vec![Masks { special: 1, ..Masks::default() }; expected.len()];
                set.mask_blocks(bytes, &mut out);
                prop_assert_eq!(&out, &expected, "{:?}", kernel);
            }
        }

        /// The popcount pass counts every special byte, group byte and LF
        /// of any source, whatever its length, with every kernel.
        #[test]
        fn classify_and_popcount_counts_special_group_and_lf_bytes(
            source in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'\\'), Just(b'{'), Just(b'}'), Just(b' '), Just(b'\n'), Just(0u8), any::<u8>()],
                0..600),
            profile in proptest::sample::select(profiles()),
        ) {
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                let expected: usize = source
                    .iter()
                    .map(|&b| {
                        usize::from(set.is_special(b)) + usize::from(set.is_group(b)) + usize::from(b == b'\n')
                    })
                    .sum();
                prop_assert_eq!(classify_and_popcount(&set, &source), expected as u64, "{:?}", kernel);
            }
        }
    }
}
