//! The characters of plain runs (segments, see `store.rs`) counted by
//! catcode, without a pass that looks each byte up.
//!
//! Under one set of catcodes, an ASCII byte of a segment is, by default,
//! a letter if it is in `A-Z a-z`, a space token if it is a space, tab,
//! line end (a segment reads a line end as the space token of a line
//! end) or another control character, a brace or math shift if it is `{`, `}` or `$`, and an "other"
//! character otherwise ([`default_catcode`]): the vector kernels count
//! those classes with a few compares a block. The bytes whose catcode
//! differs from that default (in LaTeX, of those a segment may hold: `&`,
//! `#` and `_`, and `@` after `\makeatletter`) are *rare*: they are found
//! with a nibble table and counted one by one, each moving one from its
//! default class to its catcode, in 8-bit lanes of 128-bit counters kept
//! in registers. No counter in memory is read and written back per byte
//! (that, with a histogram indexed by byte value, bounded the store's
//! counting at about a byte a cycle), and no count waits for the rare
//! bytes to be found (the compares all read the block alone).
//!
//! Segments are short (a few dozen bytes in prose): [`SegmentClasses::count_all`]
//! counts many at once, with AVX2 (32-byte blocks) where the CPU has it
//! (an AVX-512 twin with masked loads, most segments one block, measured
//! no faster). [`SegmentClasses::count_scalar`], which looks every
//! character up, is its twin everywhere else and the reference the tests
//! compare it with. Non-ASCII characters, rare in segments, are decoded
//! and looked up by the scalar code in both.

use crate::{Catcode, InputModel, Profile};

/// Bytes the vector kernels count by value, each in a vector of byte-wide
/// counters, and the catcodes they assume for them (LaTeX's): after
/// letters and spaces, the commonest bytes of segments whose catcode is not
/// "other".
const BY_VALUE: [(u8, Catcode); 3] = [
    (b'{', Catcode::BeginGroup),
    (b'}', Catcode::EndGroup),
    (b'$', Catcode::MathShift),
];

/// Where the kernels count a byte by default: letters, spaces, others,
/// then the bytes of [`BY_VALUE`] (which `others` counts too).
const LETTER: usize = 0;
const SPACE: usize = 1;
const OTHER: usize = 2;
const FIRST_VALUE: usize = 3;

/// The default class of ASCII byte `b` (see [`LETTER`]).
const fn default_class(b: u8) -> usize {
    let mut k = 0;
    while k < BY_VALUE.len() {
        if BY_VALUE[k].0 == b {
            return FIRST_VALUE + k;
        }
        k += 1;
    }
    if b.is_ascii_alphabetic() {
        LETTER
    } else if b <= b' ' {
        // Space, tab and line ends; the other controls of LaTeX are
        // invalid, never in segments.
        SPACE
    } else {
        OTHER
    }
}

/// The catcode number the kernels assume for ASCII byte `b` without
/// looking it up.
const fn default_catcode(b: u8) -> u8 {
    match default_class(b) {
        LETTER => Catcode::Letter.number(),
        SPACE => Catcode::Space.number(),
        OTHER => Catcode::Other.number(),
        value => BY_VALUE[value - FIRST_VALUE].1.number(),
    }
}

/// For each ASCII byte: its [`default_catcode`], and one in the lane(s)
/// of its default class (see [`SegmentCounts::unrare`]).
const DEFAULTS: [(u8, u128); 128] = {
    let mut all = [(0, 0); 128];
    let mut b = 0;
    while b < 128 {
        let class = default_class(b as u8);
        let lanes = match class {
            LETTER | SPACE | OTHER => in_lane(class),
            _ => in_lane(class) | in_lane(OTHER),
        };
        all[b] = (default_catcode(b as u8), lanes);
        b += 1;
    }
    all
};

/// One in 8-bit lane `lane` of a 128-bit counter.
const fn in_lane(lane: usize) -> u128 {
    1 << (8 * lane)
}

/// Lane `lane` of a 128-bit counter.
fn lane(counter: u128, lane: usize) -> u64 {
    (counter >> (8 * lane)) as u64 & 0xFF
}

/// Which code counts segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kernel {
    /// [`SegmentClasses::count_scalar`].
    Scalar,
    /// 32-byte blocks with AVX2, POPCNT and BMI1 (checked at run time;
    /// every CPU with AVX2 has the others).
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

impl Kernel {
    /// The best kernel this CPU runs.
    fn best() -> Kernel {
        Kernel::all().pop().unwrap_or(Kernel::Scalar)
    }

    /// The kernels this CPU runs, the best last.
    pub(crate) fn all() -> Vec<Kernel> {
        #[allow(unused_mut)]
        let mut all = vec![Kernel::Scalar];
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::is_x86_feature_detected as has;
            if has!("avx2") && has!("popcnt") && has!("bmi1") {
                all.push(Kernel::Avx2);
            }
        }
        all
    }
}

/// Characters of segments counted by catcode, partly in the forms the
/// kernels count them in until [`SegmentCounts::chars`] adds them up.
#[derive(Clone, Debug, Default)]
pub(crate) struct SegmentCounts {
    /// By catcode number.
    chars: [u64; 16],
    /// Bytes counted by default class (see [`LETTER`]): `others` includes
    /// those of `by_value`; rare bytes are among them too, and taken out
    /// again as `unrare` says.
    letters: u64,
    spaces: u64,
    others: u64,
    by_value: [u64; BY_VALUE.len()],
    /// Rare bytes: by catcode, in 8-bit lanes (lane `c` for catcode `c`).
    rare: u128,
    /// The same bytes by default class (lane [`LETTER`] for letters…; the
    /// bytes of [`BY_VALUE`] also in lane [`OTHER`]), to take out.
    unrare: u128,
    /// How many rare bytes the lanes hold at most in one lane.
    rare_pending: u32,
}

impl SegmentCounts {
    /// The characters counted, by catcode number.
    pub(crate) fn chars(&self) -> [u64; 16] {
        let mut all = self.clone();
        all.flush_rare();
        let mut chars = all.chars;
        chars[usize::from(Catcode::Letter.number())] += all.letters;
        chars[usize::from(Catcode::Space.number())] += all.spaces;
        chars[usize::from(Catcode::Other.number())] += all.others;
        for (&(_, cat), &n) in BY_VALUE.iter().zip(&all.by_value) {
            chars[usize::from(cat.number())] += n;
            chars[usize::from(Catcode::Other.number())] -= n;
        }
        chars
    }

    /// Moves the lanes of `rare` and `unrare` out, so that they may count
    /// 255 more each.
    #[cold]
    #[inline(never)]
    fn flush_rare(&mut self) {
        for (c, n) in self.chars.iter_mut().enumerate() {
            *n += lane(self.rare, c);
        }
        // A kernel adds its counts of default classes at its end: until
        // then these may be less than what is taken out.
        self.letters = self.letters.wrapping_sub(lane(self.unrare, LETTER));
        self.spaces = self.spaces.wrapping_sub(lane(self.unrare, SPACE));
        self.others = self.others.wrapping_sub(lane(self.unrare, OTHER));
        for (k, n) in self.by_value.iter_mut().enumerate() {
            *n = n.wrapping_sub(lane(self.unrare, FIRST_VALUE + k));
        }
        self.rare = 0;
        self.unrare = 0;
        self.rare_pending = 0;
    }

    /// Adds bytes a kernel counted by default class (wrapping, as
    /// [`SegmentCounts::flush_rare`] may have taken some out first).
    #[inline(always)]
    fn add_default(&mut self, letters: u64, spaces: u64, others: u64) {
        self.letters = self.letters.wrapping_add(letters);
        self.spaces = self.spaces.wrapping_add(spaces);
        self.others = self.others.wrapping_add(others);
    }

    /// Makes room in the lanes for `more` rare bytes.
    #[inline(always)]
    fn expect_rare(&mut self, more: u32) {
        if self.rare_pending + more > 255 {
            self.flush_rare();
        }
        self.rare_pending += more;
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

    /// The classes of `profile`'s catcodes, counted by `kernel`. Cheap
    /// (a few hundred byte operations): tracking makes them anew at each
    /// catcode change.
    pub(crate) fn with_kernel(profile: &Profile, kernel: Kernel) -> SegmentClasses {
        let mut cat = profile.byte_table().map(Catcode::number);
        // What `segment_catcode` says of a line-end byte.
        for b in [b'\n', b'\r'] {
            cat[usize::from(b)] = Catcode::Space.number();
        }
        let mut rare_low = [0u8; 16];
        let mut rare_high = [0u8; 16];
        for (b, (&cat, &(default, _))) in (0u8..).zip(cat.iter().zip(&DEFAULTS)) {
            if cat != default {
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

    /// The classes of `profile`'s catcodes, counted by the same kernel.
    pub(crate) fn for_profile(&self, profile: &Profile) -> SegmentClasses {
        SegmentClasses::with_kernel(profile, self.kernel)
    }

    /// Counts the characters of the segment `source[start..end]` into
    /// `counts`; `profile` holds the catcodes of code points from U+0100
    /// on.
    #[cfg(test)]
    pub(crate) fn count(
        &self,
        profile: &Profile,
        source: &[u8],
        start: usize,
        end: usize,
        counts: &mut SegmentCounts,
    ) {
        self.count_all(profile, source, &[(start as u32, end as u32)], counts);
    }

    /// Counts the characters of the segments `source[start..end]` of
    /// `segments` into `counts`; `profile` holds the catcodes of code
    /// points from U+0100 on.
    pub(crate) fn count_all(
        &self,
        profile: &Profile,
        source: &[u8],
        segments: &[(u32, u32)],
        counts: &mut SegmentCounts,
    ) {
        match self.kernel {
            Kernel::Scalar => {
                for &(start, end) in segments {
                    let text = &source[start as usize..end as usize];
                    self.count_scalar(profile, text, &mut counts.chars);
                }
            }
            // SAFETY: `Kernel::Avx2` is chosen only where the CPU has AVX2,
            // POPCNT and BMI1 (`Kernel::all`).
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => unsafe { x86::count_avx2(self, profile, source, segments, counts) },
        }
    }

    /// Counts the characters of `text` (whole characters of a segment)
    /// one by one into `chars`, by catcode number: the reference for
    /// [`SegmentClasses::count_all`].
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

    /// Counts the rare bytes of `block` that `rare` marks: each moves from
    /// its default class to its catcode.
    #[inline(always)]
    fn count_rare(&self, block: &[u8], mut rare: u64, counts: &mut SegmentCounts) {
        counts.expect_rare(rare.count_ones());
        let (mut to, mut from) = (counts.rare, counts.unrare);
        while rare != 0 {
            let i = rare.trailing_zeros() as usize;
            rare &= rare - 1;
            let b = usize::from(block[i] & 0x7F);
            to += in_lane(usize::from(self.cat[b] & 15));
            from += DEFAULTS[b].1;
        }
        (counts.rare, counts.unrare) = (to, from);
    }

    /// Whether ASCII byte `b` is rare: its catcode is not
    /// [`default_catcode`]'s.
    #[cfg(test)]
    fn is_rare(&self, b: u8) -> bool {
        b < 0x80 && self.rare_low[usize::from(b & 15)] & self.rare_high[usize::from(b >> 4)] != 0
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{BY_VALUE, SegmentClasses, SegmentCounts};
    use crate::Profile;
    use std::arch::x86_64::*;

    /// Counts the characters of the segments `source[start..end]` of
    /// `segments` into `counts`, 32 bytes at a time; the rest of a segment
    /// from a block with a byte of 0x80 or above, or from a block that
    /// would run past the end of `source`, goes to the scalar code.
    ///
    /// # Safety
    /// The CPU must support AVX2, POPCNT and BMI1.
    #[target_feature(enable = "avx2,popcnt,bmi1")]
    pub(super) unsafe fn count_avx2(
        classes: &SegmentClasses,
        profile: &Profile,
        source: &[u8],
        segments: &[(u32, u32)],
        counts: &mut SegmentCounts,
    ) {
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
        let values = BY_VALUE.map(|(b, _)| _mm256_set1_epi8(b as i8));
        let index = _mm256_setr_epi8(
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            24, 25, 26, 27, 28, 29, 30, 31,
        );
        // Byte-wide counters of the bytes of `BY_VALUE`, each lane counting
        // at most once a block: added up before 256 blocks.
        let mut by_value = [_mm256_setzero_si256(); BY_VALUE.len()];
        let mut blocks = 0u32;
        let add_up = |by_value: &mut [__m256i; BY_VALUE.len()], counts: &mut SegmentCounts| {
            for (counter, total) in by_value.iter_mut().zip(&mut counts.by_value) {
                let sums = _mm256_sad_epu8(*counter, _mm256_setzero_si256());
                let mut lanes = [0u64; 4];
                // SAFETY: `lanes` is 32 writable bytes; the store is
                // unaligned.
                unsafe { _mm256_storeu_si256(lanes.as_mut_ptr().cast(), sums) };
                *total = total.wrapping_add(lanes.iter().sum::<u64>());
                *counter = _mm256_setzero_si256();
            }
        };
        let (mut letters, mut spaces, mut others) = (0, 0, 0);
        for &(start, end) in segments {
            let (mut at, end) = (start as usize, end as usize);
            while at < end {
                let Some(block) = source.get(at..at + 32) else {
                    break;
                };
                // SAFETY: `block` is 32 readable bytes; the load is
                // unaligned.
                let v = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
                let n = (end - at).min(32);
                let inside = u32::MAX >> (32 - n);
                if _mm256_movemask_epi8(v) as u32 & inside != 0 {
                    break;
                }
                if blocks == 255 {
                    add_up(&mut by_value, counts);
                    blocks = 0;
                }
                blocks += 1;
                // (b | 0x20) - 'a' <= 25, unsigned: A-Z and a-z.
                let t = _mm256_sub_epi8(_mm256_or_si256(v, case), a);
                let letter = _mm256_cmpeq_epi8(_mm256_min_epu8(t, z), t);
                // b <= 0x20, unsigned.
                let space = _mm256_cmpeq_epi8(_mm256_min_epu8(v, space), v);
                let l = (_mm256_movemask_epi8(letter) as u32 & inside).count_ones();
                let s = (_mm256_movemask_epi8(space) as u32 & inside).count_ones();
                letters += u64::from(l);
                spaces += u64::from(s);
                others += u64::from(n as u32 - l - s);
                let in_block = _mm256_cmpgt_epi8(_mm256_set1_epi8(n as i8), index);
                for (counter, &value) in by_value.iter_mut().zip(&values) {
                    let hit = _mm256_and_si256(_mm256_cmpeq_epi8(v, value), in_block);
                    *counter = _mm256_sub_epi8(*counter, hit);
                }
                let low = _mm256_shuffle_epi8(rare_low, _mm256_and_si256(v, nibble));
                let high = _mm256_shuffle_epi8(
                    rare_high,
                    _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble),
                );
                let plain = _mm256_cmpeq_epi8(_mm256_and_si256(low, high), _mm256_setzero_si256());
                let rare = !(_mm256_movemask_epi8(plain) as u32) & inside;
                if rare != 0 {
                    classes.count_rare(block, u64::from(rare), counts);
                }
                at += n;
            }
            if at < end {
                classes.count_scalar(profile, &source[at..end], &mut counts.chars);
            }
        }
        add_up(&mut by_value, counts);
        counts.add_default(letters, spaces, others);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::segment_catcode;
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

    /// Rare bytes (and those counted by value) by the thousand, in one
    /// segment of hundreds of blocks and over many segments: no byte-wide
    /// counter overflows.
    #[test]
    fn many_rare_bytes_count_exactly() {
        let profile = Profile::new(Regime::Latex);
        let source = b"{{{{}}}}$$&&##__\t\t".repeat(1000);
        for kernel in Kernel::all() {
            let classes = SegmentClasses::with_kernel(&profile, kernel);
            let mut counts = SegmentCounts::default();
            classes.count(&profile, &source, 0, source.len(), &mut counts);
            let segments: Vec<(u32, u32)> = (0..source.len() as u32)
                .step_by(37)
                .map(|at| (at, (at + 37).min(source.len() as u32)))
                .collect();
            classes.count_all(&profile, &source, &segments, &mut counts);
            let mut expected = [0; 16];
            classes.count_scalar(&profile, &source, &mut expected);
            assert_eq!(counts.chars(), expected.map(|n| 2 * n), "{kernel:?}");
            assert_eq!(expected[1], 4000);
        }
    }

    /// The table of catcodes is what a segment decodes.
    #[test]
    fn byte_catcodes_are_those_segments_decode() {
        for profile in profiles() {
            let classes = SegmentClasses::new(&profile);
            let catcodes = crate::catcode::CatcodesAt::fixed(&profile);
            for code in 0..256u32 {
                let expected = segment_catcode(&catcodes, code).number();
                assert_eq!(classes.cat[code as usize], expected, "{code:#x}");
            }
        }
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
        assert!(rare.contains(&b'&') && rare.contains(&b'#') && rare.contains(&b'_'));
        for b in *b"aZ .{}$\t\n\r" {
            assert!(!rare.contains(&b), "{:?}", char::from(b));
        }
    }

    proptest! {
        /// The vector kernel counts what the scalar one counts, wherever
        /// the segment lies in the source (blocks that end past it, or
        /// past the source's end).
        #[test]
        fn kernels_count_alike(text in segment_text(), lead in 0usize..40, trail in 0usize..40) {
            for profile in profiles() {
                let bytes = profile.input_model() == InputModel::Bytes;
                let scalar = SegmentClasses::with_kernel(&profile, Kernel::Scalar);
                let mut source = vec![b'{'; lead];
                source.extend_from_slice(&text);
                source.extend(std::iter::repeat_n(b'\n', trail));
                let (start, end) = (lead, lead + text.len());
                let mut expected = [0; 16];
                scalar.count_scalar(&profile, &text, &mut expected);
                for kernel in Kernel::all() {
                    let fast = SegmentClasses::with_kernel(&profile, kernel);
                    let mut got = SegmentCounts::default();
                    fast.count(&profile, &source, start, end, &mut got);
                    prop_assert_eq!(got.chars(), expected, "{:?} {:?}", kernel, profile.regime());
                }
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
