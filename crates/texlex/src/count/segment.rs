//! The characters of plain runs (segments, see `store.rs`) counted by
//! catcode, without a pass that looks each byte up.
//!
//! Under one set of catcodes, an ASCII byte of a segment is, by default,
//! a letter if it is in `A-Z a-z`, a space token if it is U+0020, and an
//! "other" character otherwise. The bytes whose catcode differs from that
//! default (in LaTeX: braces, `$ & # _`, tab, LF and CR) are *rare*: they
//! are found with a nibble table, and only they are looked up one by one.
//! So a block of 32 bytes costs a range test, a compare and two table
//! shuffles, and a look-up per rare byte, whatever the catcodes are.
//!
//! [`SegmentClasses::count`] runs that on 32-byte blocks with AVX2 where
//! the CPU has it; [`SegmentClasses::count_scalar`], which looks every
//! character up, is its twin everywhere else and the reference the tests
//! compare it with. Non-ASCII characters, rare in segments, are decoded
//! and looked up by the scalar code in both.

use crate::store::segment_catcode;
use crate::{Catcode, InputModel, Profile};

/// The catcode number the kernel assumes for an ASCII byte it does not
/// look up: letter, space or other.
fn default_catcode(b: u8) -> u8 {
    if b.is_ascii_alphabetic() {
        Catcode::Letter.number()
    } else if b == b' ' {
        Catcode::Space.number()
    } else {
        Catcode::Other.number()
    }
}

/// Which code counts segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kernel {
    /// [`SegmentClasses::count_scalar`].
    Scalar,
    /// 32-byte blocks with AVX2 (checked at run time).
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

impl Kernel {
    /// The best kernel this CPU runs.
    fn best() -> Kernel {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            return Kernel::Avx2;
        }
        Kernel::Scalar
    }
}

/// How the characters of segments are counted under one set of catcodes.
#[derive(Clone, Debug)]
pub(crate) struct SegmentClasses {
    /// The catcode number a segment's character with this code has, for
    /// codes below 256 (an LF or CR is the space token of a line end).
    cat: [u8; 256],
    /// The rare ASCII bytes as a nibble table: bit `h` of `rare_low[l]` is
    /// set if byte `h << 4 | l` is rare; `rare_high[h]` is `1 << h` for
    /// `h < 8` (no byte of 0x80 and above is rare: those are decoded).
    rare_low: [u8; 16],
    rare_high: [u8; 16],
    /// pdfTeX's model: every byte is a character.
    bytes_model: bool,
    kernel: Kernel,
}

impl SegmentClasses {
    /// The classes of `profile`'s catcodes, counted with the best kernel.
    pub(crate) fn new(profile: &Profile) -> SegmentClasses {
        SegmentClasses::with_kernel(profile, Kernel::best())
    }

    /// The classes of `profile`'s catcodes, counted by `kernel`.
    pub(crate) fn with_kernel(profile: &Profile, kernel: Kernel) -> SegmentClasses {
        let catcodes = crate::catcode::CatcodesAt::fixed(profile);
        let mut cat = [0u8; 256];
        for (code, slot) in (0u32..).zip(cat.iter_mut()) {
            *slot = segment_catcode(&catcodes, code).number();
        }
        let mut rare_low = [0u8; 16];
        let mut rare_high = [0u8; 16];
        for b in 0..0x80u8 {
            if cat[usize::from(b)] != default_catcode(b) {
                rare_low[usize::from(b & 15)] |= 1 << (b >> 4);
            }
        }
        for (h, slot) in rare_high.iter_mut().enumerate().take(8) {
            *slot = 1 << h;
        }
        SegmentClasses {
            cat,
            rare_low,
            rare_high,
            bytes_model: profile.input_model() == InputModel::Bytes,
            kernel,
        }
    }

    /// Counts the characters of the segment `source[start..end]` into
    /// `chars` (by catcode number); `profile` holds the catcodes of code
    /// points from U+0100 on.
    #[inline]
    pub(crate) fn count(
        &self,
        profile: &Profile,
        source: &[u8],
        start: usize,
        end: usize,
        chars: &mut [u64; 16],
    ) {
        let counted = match self.kernel {
            Kernel::Scalar => start,
            // SAFETY: `Kernel::Avx2` is chosen only where the CPU has AVX2
            // (`Kernel::best`, or a test that checked it).
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => unsafe { x86::count_avx2(self, source, start, end, chars) },
        };
        if counted < end {
            self.count_scalar(profile, &source[counted..end], chars);
        }
    }

    /// Counts the characters of `text` (whole characters of a segment)
    /// one by one: the reference for [`SegmentClasses::count`].
    pub(crate) fn count_scalar(&self, profile: &Profile, text: &[u8], chars: &mut [u64; 16]) {
        if self.bytes_model || text.is_ascii() {
            for &b in text {
                chars[usize::from(self.cat[usize::from(b)])] += 1;
            }
            return;
        }
        let mut count = |c: char| {
            let cat = match u8::try_from(c) {
                Ok(b) => self.cat[usize::from(b)],
                Err(_) => profile.catcode(c as u32).number(),
            };
            chars[usize::from(cat)] += 1;
        };
        match std::str::from_utf8(text) {
            Ok(text) => text.chars().for_each(&mut count),
            Err(_) => {
                // Segments are valid UTF-8 (the drivers decode their
                // characters); should one not be, count what a reader
                // would decode rather than fail.
                debug_assert!(false, "a segment is not UTF-8");
                String::from_utf8_lossy(text).chars().for_each(count);
            }
        }
    }

    /// Whether ASCII byte `b` is rare: its catcode is not
    /// [`default_catcode`]'s.
    #[cfg(test)]
    fn is_rare(&self, b: u8) -> bool {
        b < 0x80 && self.rare_low[usize::from(b & 15)] & self.rare_high[usize::from(b >> 4)] != 0
    }

    /// Counts a rare byte `b` the kernel counted as [`default_catcode`]
    /// says.
    #[inline(always)]
    fn correct(&self, b: u8, chars: &mut [u64; 16]) {
        chars[usize::from(self.cat[usize::from(b)])] += 1;
        chars[usize::from(default_catcode(b))] -= 1;
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::SegmentClasses;
    use crate::Catcode;
    use std::arch::x86_64::*;

    /// Counts the characters of `source[start..end]` into `chars`, 32
    /// bytes at a time, up to the first block with a byte of 0x80 or
    /// above; returns where it stopped (`end` if it did not), a character
    /// boundary.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn count_avx2(
        classes: &SegmentClasses,
        source: &[u8],
        start: usize,
        end: usize,
        chars: &mut [u64; 16],
    ) -> usize {
        // SAFETY: both tables are 16 readable bytes; the loads are
        // unaligned.
        let (rare_low, rare_high) = unsafe {
            (
                _mm256_broadcastsi128_si256(_mm_loadu_si128(classes.rare_low.as_ptr().cast())),
                _mm256_broadcastsi128_si256(_mm_loadu_si128(classes.rare_high.as_ptr().cast())),
            )
        };
        let nibble = _mm256_set1_epi8(0x0F);
        let case = _mm256_set1_epi8(0x20);
        let a = _mm256_set1_epi8(b'a' as i8);
        let z = _mm256_set1_epi8(25);
        let space = _mm256_set1_epi8(b' ' as i8);
        let mut at = start;
        while at < end {
            let n = (end - at).min(32);
            let mut padded = [0u8; 32];
            let block: &[u8] = if at + 32 <= source.len() {
                &source[at..at + 32]
            } else {
                padded[..n].copy_from_slice(&source[at..at + n]);
                &padded
            };
            // SAFETY: `block` is 32 readable bytes; the load is unaligned.
            let v = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
            let inside = if n == 32 { u32::MAX } else { (1u32 << n) - 1 };
            if _mm256_movemask_epi8(v) as u32 & inside != 0 {
                return at;
            }
            // (b | 0x20) - 'a' <= 25, unsigned: A-Z and a-z.
            let t = _mm256_sub_epi8(_mm256_or_si256(v, case), a);
            let letter = _mm256_cmpeq_epi8(_mm256_min_epu8(t, z), t);
            let letters = (_mm256_movemask_epi8(letter) as u32 & inside).count_ones();
            let spaces =
                (_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, space)) as u32 & inside).count_ones();
            let low = _mm256_shuffle_epi8(rare_low, _mm256_and_si256(v, nibble));
            let high =
                _mm256_shuffle_epi8(rare_high, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
            let plain = _mm256_cmpeq_epi8(_mm256_and_si256(low, high), _mm256_setzero_si256());
            let mut rare = !(_mm256_movemask_epi8(plain) as u32) & inside;
            chars[usize::from(Catcode::Letter.number())] += u64::from(letters);
            chars[usize::from(Catcode::Space.number())] += u64::from(spaces);
            chars[usize::from(Catcode::Other.number())] += u64::from(n as u32 - letters - spaces);
            while rare != 0 {
                let i = rare.trailing_zeros() as usize;
                rare &= rare - 1;
                classes.correct(block[i], chars);
            }
            at += n;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Regime, TexEngine};
    use proptest::prelude::*;

    fn profiles() -> Vec<Profile> {
        let mut all = Vec::new();
        for regime in Regime::ALL {
            for engine in [TexEngine::Luatex, TexEngine::Pdftex] {
                all.push(Profile::for_engine(regime, engine));
            }
        }
        // Catcodes tracking may make: letters that are not, braces that
        // are, a space that is other.
        let mut odd = Profile::new(Regime::Latex);
        odd.set_catcode(u32::from(b'x'), Catcode::Other);
        odd.set_catcode(u32::from(b'['), Catcode::BeginGroup);
        odd.set_catcode(u32::from(b' '), Catcode::Other);
        odd.set_catcode(u32::from(b'7'), Catcode::Letter);
        odd.set_catcode(0xE9, Catcode::Other);
        all.push(odd);
        all
    }

    /// Text as segments hold it: mostly ASCII, some multi-byte characters
    /// (pdfTeX's model: any bytes).
    fn segment_text() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop_oneof![
                8 => proptest::char::range('\0', '\x7f'),
                1 => any::<char>(),
            ],
            0..200,
        )
        .prop_map(|chars| chars.into_iter().collect::<String>().into_bytes())
    }

    /// The rare bytes are exactly those whose catcode the kernel would
    /// otherwise get wrong.
    #[test]
    fn rare_bytes_are_those_the_default_misses() {
        for profile in profiles() {
            let classes = SegmentClasses::with_kernel(&profile, Kernel::Scalar);
            for b in 0..0x80u8 {
                assert_eq!(
                    classes.is_rare(b),
                    classes.cat[usize::from(b)] != default_catcode(b),
                    "{b:#x}"
                );
            }
        }
        let latex = SegmentClasses::new(&Profile::new(Regime::Latex));
        let rare: Vec<u8> = (0..0x80u8).filter(|&b| latex.is_rare(b)).collect();
        assert!(rare.contains(&b'{') && rare.contains(&b'\n') && rare.contains(&b'$'));
        assert!(!rare.contains(&b'a') && !rare.contains(&b' ') && !rare.contains(&b'.'));
    }

    proptest! {
        /// The vector kernel counts what the scalar one counts, wherever
        /// the segment lies in the source (blocks that end past it, or
        /// past the source's end).
        #[test]
        fn kernels_count_alike(text in segment_text(), lead in 0usize..40, trail in 0usize..40) {
            let best = Kernel::best();
            for profile in profiles() {
                let bytes = profile.input_model() == InputModel::Bytes;
                let scalar = SegmentClasses::with_kernel(&profile, Kernel::Scalar);
                let fast = SegmentClasses::with_kernel(&profile, best);
                let mut source = vec![b'{'; lead];
                source.extend_from_slice(&text);
                source.extend(std::iter::repeat_n(b'\n', trail));
                let (start, end) = (lead, lead + text.len());
                let mut expected = [0; 16];
                scalar.count_scalar(&profile, &text, &mut expected);
                let mut got = [0; 16];
                fast.count(&profile, &source, start, end, &mut got);
                prop_assert_eq!(got, expected, "{:?}", profile.regime());
                let characters = if bytes {
                    text.len()
                } else {
                    String::from_utf8_lossy(&text).chars().count()
                };
                prop_assert_eq!(expected.iter().sum::<u64>(), characters as u64);
            }
        }
    }
}
