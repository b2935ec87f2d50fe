//! The walk from stop to stop, in two stages.
//!
//! **Stage 1** classifies a window of [`WINDOW`] blocks at a time (the
//! blocks are aligned to the source's start) with the kernels of
//! [`crate::classify`], in one tight loop, and turns their masks into
//! *stop* bitmaps: every special byte, but for the spaces and LFs that
//! join runs of plain characters (below). Whether one joins depends on
//! its neighbours, and the neighbours of a block's first and last bytes
//! lie in the blocks beside it: stage 1 carries them across, so a block's
//! edges are no different from its middle.
//!
//! **Stage 2** is [`Walker::next_from_marking`]: from any offset, the
//! next stop is a shift and a count of trailing zeros in the window's
//! bitmap; the group bytes and LFs of the run before it come from the
//! window's other bitmaps. Only leaving the window costs a stage 1 again.
//!
//! When spaces have catcode 10, a space after a plain byte and before
//! anything but a space, a line end or the end of the input is not a stop:
//! it is a space token TeX reads in state M, and it joins the run of plain
//! characters before it (`word word`, and `word \cs`, where the run ends
//! after the space). The caller must not start a run at a space (the byte
//! before it may belong to a control word, after which TeX skips spaces),
//! and reads the state after a run that ends with a space as S.
//!
//! With [`Walker::joining_line_ends`], an LF after a plain byte (and
//! before anything but the end of the input: the next line starts in
//! state N whatever it holds) is no stop either: the end of a line in
//! state M is a space token, and it joins the run (`word⏎word`,
//! `word⏎\cs`). The caller must not start a run at an LF either, and
//! reads the state after a run that ends with one as N.

use crate::classify::{BLOCK, BlockMasks, KernelPass, Masks, SpecialSet};

/// Blocks classified per stage 1: 2 KiB of source, three bitmaps of
/// 256 bytes. A walker rebuilt at every catcode change (tracking) pays one
/// window each time, so this stays small.
const WINDOW: usize = 32;

/// The bytes a window covers.
pub(crate) const WINDOW_BYTES: usize = WINDOW * BLOCK;

/// Walks the stops of a source in order (see the module notes), and
/// reports the group bytes and LFs of the runs it walks over.
pub(crate) struct Walker<'a> {
    source: &'a [u8],
    set: &'a SpecialSet,
    /// Whether LFs after plain bytes join runs.
    line_ends_join: bool,
    /// Start of the 64 bytes the walk is in: where it entered them, not
    /// a multiple of [`BLOCK`], so that a run shorter than a block is
    /// found in one step wherever it starts.
    block: usize,
    /// Their stops, group bytes and LFs, shifted out of the window's
    /// bitmaps, so that finding the next stop does not wait for a load
    /// whose address depends on where the last one was.
    block_stops: u64,
    block_group: u64,
    block_lf: u64,
    /// Start of the window the bitmaps describe (a multiple of [`BLOCK`]).
    window: usize,
    /// Stops, by block of the window and the block after it: bit `i` of
    /// `stops[k]` is byte `window + k * BLOCK + i`. Past the source's end
    /// every bit is set.
    stops: [u64; WINDOW + 1],
    /// Group bytes, by block.
    group: [u64; WINDOW + 1],
    /// LFs, by block.
    lf: [u64; WINDOW + 1],
}

impl<'a> Walker<'a> {
    pub(crate) fn new(source: &'a [u8], set: &'a SpecialSet) -> Self {
        Walker {
            source,
            set,
            line_ends_join: false,
            // So that no offset falls in the "current" block or window
            // before the first stage 1.
            block: usize::MAX - BLOCK,
            block_stops: 0,
            block_group: 0,
            block_lf: 0,
            window: usize::MAX - WINDOW_BYTES,
            stops: [0; WINDOW + 1],
            group: [0; WINDOW + 1],
            lf: [0; WINDOW + 1],
        }
    }

    /// Lets LFs after plain bytes join runs (see the module notes): for a
    /// caller whose end-of-line character makes a space in state M on
    /// every line the walk covers (the walker does not see lines start).
    pub(crate) fn joining_line_ends(mut self) -> Self {
        self.line_ends_join = true;
        self
    }

    /// The index of the first stop at or after `from` (see the module
    /// notes), or the source length if there is none, calling
    /// `marks(base, group, lf)` for each block the bytes `from..stop` lie
    /// in, in order, with the group bytes and the LFs among them (bit `i`:
    /// byte `base + i`). If `marks` returns an offset (a group byte it
    /// cannot take in place), the walk ends there, as at a stop. Reading
    /// the marks where the walk finds the stop or leaves a block anyway
    /// costs a run no search of its own. `marks` is called for runs with
    /// no marks too: a test for that first was a branch the CPU often
    /// mispredicted (2 % of a lex).
    #[inline(always)]
    pub(crate) fn next_from_marking(
        &mut self,
        from: usize,
        mut marks: impl FnMut(usize, u64, u64) -> Option<usize>,
    ) -> usize {
        // No test for the end: every byte past it is a stop (see
        // `stops`), so the walk stops at the end at the latest.
        debug_assert!(from <= self.source.len());
        let mut from = from;
        loop {
            let offset = from.wrapping_sub(self.block);
            if offset >= BLOCK {
                self.enter_block(from);
                continue;
            }
            let m = self.block_stops >> offset;
            // The bytes from `from` to the stop (the bits below the lowest
            // set bit), or, with no stop, all the rest (the shift emptied
            // the bits past the block's end): no wait for the count of
            // trailing zeros.
            let within = m.wrapping_sub(1) & !m;
            let (group, lf) = (
                (self.block_group >> offset) & within,
                (self.block_lf >> offset) & within,
            );
            if let Some(cut) = marks(from, group, lf) {
                return cut;
            }
            if m != 0 {
                return from + m.trailing_zeros() as usize;
            }
            from = self.block + BLOCK;
        }
    }

    /// Makes the 64 bytes from `at` the current ones, classifying their
    /// window first if need be.
    #[inline]
    fn enter_block(&mut self, at: usize) {
        if at.wrapping_sub(self.window) >= WINDOW_BYTES {
            self.classify_window(at);
        }
        let relative = at - self.window;
        let (k, offset) = (relative / BLOCK, (relative % BLOCK) as u32);
        // Bits `offset..` of block `k` and `..offset` of block `k + 1`.
        let from = |bitmap: &[u64; WINDOW + 1]| {
            // `(bitmap[k + 1] << (64 - offset))`, with no shift by 64.
            (bitmap[k] >> offset) | ((bitmap[k + 1] << 1) << (63 - offset))
        };
        self.block = at;
        self.block_stops = from(&self.stops);
        self.block_group = from(&self.group);
        self.block_lf = from(&self.lf);
    }

    /// Stage 1: the bitmaps of the window holding `at`.
    #[inline(never)]
    fn classify_window(&mut self, at: usize) {
        let set = self.set;
        set.run(&mut ClassifyWindow {
            walker: self,
            window: at - at % BLOCK,
        });
    }
}

/// Stage 1 alone over all of `source`, window by window, returning how
/// many stops it found: what stage 1 costs, for `texlex bench` (against
/// the popcount limit, [`crate::classify::classify_and_popcount`]).
pub(crate) fn stage_one(source: &[u8], set: &SpecialSet, line_ends_join: bool) -> u64 {
    let mut walker = Walker::new(source, set);
    walker.line_ends_join = line_ends_join;
    let mut stops = 0;
    for window in (0..source.len()).step_by(WINDOW_BYTES) {
        walker.classify_window(window);
        for (k, &bits) in walker.stops[..WINDOW].iter().enumerate() {
            // Past the end every bit is set: those are no stops.
            let inside = match source.len().saturating_sub(window + k * BLOCK) {
                n if n >= BLOCK => u64::MAX,
                n => (1u64 << n) - 1,
            };
            stops += u64::from((bits & inside).count_ones());
        }
    }
    stops
}

/// Both stages and nothing else: the walk from every stop to the next
/// (from the byte after it), reading the marks of every run, returning
/// how many stops and marks it met. What the walk costs a lex before any
/// stop is handled, for `texlex bench`.
pub(crate) fn walk_stops(source: &[u8], set: &SpecialSet, line_ends_join: bool) -> u64 {
    let mut walker = Walker::new(source, set);
    walker.line_ends_join = line_ends_join;
    let (mut stops, mut marks) = (0u64, 0u64);
    let mut from = 0;
    while from < source.len() {
        let stop = walker.next_from_marking(from, |_, group, lf| {
            marks += u64::from(group.count_ones() + lf.count_ones());
            None
        });
        stops += 1;
        from = stop + 1;
    }
    stops + marks
}

/// Stage 1 for the window at `window`, with a kernel compiled in.
struct ClassifyWindow<'w, 'a> {
    walker: &'w mut Walker<'a>,
    window: usize,
}

impl KernelPass for ClassifyWindow<'_, '_> {
    #[inline(always)]
    fn run<K: BlockMasks>(&mut self, kernel: &K) {
        let Walker {
            source,
            set,
            line_ends_join,
            ..
        } = *self.walker;
        let window = self.window;
        let out = &mut *self.walker;
        out.window = window;
        // The masks of the block at `start`: the tail padded with a
        // special byte, and past the source's end all special (nothing
        // reads past the end anyway).
        let masks_at = |start: usize| {
            if let Some(block) = source.get(start..start + BLOCK) {
                kernel.masks(block.try_into().expect("a block"))
            } else if start < source.len() {
                let mut padded = [0x80u8; BLOCK];
                padded[..source.len() - start].copy_from_slice(&source[start..]);
                kernel.masks(&padded)
            } else {
                Masks {
                    special: u64::MAX,
                    ..Masks::default()
                }
            }
        };
        // The byte before the window: special or not (none before the
        // source's start, which no space or LF joins to).
        let mut special_before = match window.checked_sub(1) {
            Some(before) => u64::from(set.is_special(source[before])),
            None => 1,
        };
        let spaces_join = if set.spaces_join() { u64::MAX } else { 0 };
        let line_ends_join = if line_ends_join { u64::MAX } else { 0 };
        // Block `k`'s stops from its masks `m`, whether the byte after it
        // is a space or a line end, and which of its bytes are inside the
        // input but its last.
        let mut finish = |k: usize, m: &Masks, next_first_blank: u64, inside: u64| {
            // Bit `i`: byte `i - 1` is plain; byte `i + 1` is a space or a
            // line end.
            let plain_before = !((m.special << 1) | special_before);
            special_before = m.special >> 63;
            let blank_after = ((m.space | m.eol()) >> 1) | (next_first_blank << 63);
            let joins = (m.space & !blank_after & spaces_join) | (m.lf & line_ends_join);
            out.stops[k] = m.special & !(joins & plain_before & inside);
            out.group[k] = m.group;
            out.lf[k] = m.lf;
        };
        let first_blank = |m: &Masks| (m.space | m.eol()) & 1;
        // What follows the block after the window does not matter: that
        // block's last bit is never read (a walk that reaches its byte has
        // entered the next window), so it is finished as if no blank
        // followed.
        let end = window + (WINDOW + 1) * BLOCK;
        if end <= source.len() {
            // Most windows lie inside the source: one loop over whole
            // blocks with no bounds to mind.
            let (blocks, _) = source[window..end].as_chunks::<BLOCK>();
            let mut m = kernel.masks(&blocks[0]);
            for k in 0..WINDOW {
                let next = kernel.masks(&blocks[k + 1]);
                finish(k, &m, first_blank(&next), u64::MAX);
                m = next;
            }
            finish(WINDOW, &m, 0, u64::MAX);
            return;
        }
        let mut m = masks_at(window);
        for k in 0..=WINDOW {
            let start = window + k * BLOCK;
            let (next, next_first_blank) = if k < WINDOW {
                let next = masks_at(start + BLOCK);
                (next, first_blank(&next))
            } else {
                (Masks::default(), 0)
            };
            let inside = match source.len().saturating_sub(start) {
                n if n > BLOCK => u64::MAX,
                0 => 0,
                n => (1u64 << (n - 1)) - 1,
            };
            finish(k, &m, next_first_blank, inside);
            m = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::tests::{kernels, profiles};
    use crate::{Catcode, Profile, Regime};
    use proptest::prelude::*;

    proptest! {
        /// The walker stops exactly at the first special byte that does
        /// not join a run: spaces join after a plain byte and before
        /// neither a space, a line end nor the end; when joining line
        /// ends, LFs join after a plain byte and before the end. Whatever
        /// the starting points (straddling block and window edges and the
        /// tail), it reports exactly the group bytes and LFs of each run.
        #[test]
        fn walker_stops_where_it_must(src in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b'\\'), Just(b' '), Just(b'\n'), Just(b'\r'), Just(b'{'), Just(b'}'), any::<u8>()], 0..2500),
            skips in proptest::collection::vec(0usize..70, 0..20),
            profile in proptest::sample::select(profiles()),
            line_ends_join: bool) {
            let joins = profile.catcode_of_byte(b' ') == Catcode::Space;
            for kernel in kernels() {
                let set = SpecialSet::with_kernel(&profile, kernel);
                let stop = |b: u8| set.is_special(b);
                let joined = |i: usize| {
                    let after_plain = i > 0 && !stop(src[i - 1]) && i + 1 < src.len();
                    (joins && src[i] == b' ' && after_plain
                        && !matches!(src[i + 1], b' ' | b'\n' | b'\r'))
                        || (line_ends_join && src[i] == b'\n' && after_plain)
                };
                let all = (0..src.len()).filter(|&i| stop(src[i]) && !joined(i)).count();
                prop_assert_eq!(stage_one(&src, &set, line_ends_join), all as u64);
                let mut walker = Walker::new(&src, &set);
                if line_ends_join {
                    walker = walker.joining_line_ends();
                }
                let mut from = 0;
                let mut skips = skips.iter().cycle();
                while from <= src.len() {
                    if matches!(src.get(from), Some(b' ' | b'\n')) {
                        from += 1;
                        continue;
                    }
                    let (mut groups, mut lfs) = (Vec::new(), Vec::new());
                    let found = walker.next_from_marking(from, |base, group, lf| {
                        let bits = |mut b: u64, out: &mut Vec<usize>| while b != 0 {
                            out.push(base + b.trailing_zeros() as usize);
                            b &= b - 1;
                        };
                        bits(group, &mut groups);
                        bits(lf, &mut lfs);
                        None
                    });
                    let expected = (from..src.len())
                        .find(|&i| stop(src[i]) && !joined(i))
                        .unwrap_or(src.len());
                    prop_assert_eq!(found, expected, "from {}", from);
                    let expected: Vec<usize> =
                        (from..found).filter(|&i| set.is_group(src[i])).collect();
                    prop_assert_eq!(groups, expected);
                    let expected: Vec<usize> = (from..found).filter(|&i| src[i] == b'\n').collect();
                    prop_assert_eq!(lfs, expected);
                    from = found + 1 + skips.next().copied().unwrap_or(0);
                }
            }
        }
    }

    /// A space or an LF that ends the input is a stop (nothing follows it
    /// on its line), also when the input ends at or next to the end of a
    /// window's extra block, whose last bit stage 1 finishes as if nothing
    /// followed.
    #[test]
    fn a_blank_ending_the_input_is_a_stop() {
        let set = SpecialSet::new(&Profile::new(Regime::Latex));
        let extra_end = WINDOW_BYTES + BLOCK;
        for len in extra_end - 1..=extra_end + 1 {
            for blank in [b' ', b'\n'] {
                let mut src = vec![b'a'; len - 1];
                src.push(blank);
                let mut walker = Walker::new(&src, &set).joining_line_ends();
                assert_eq!(
                    walker.next_from_marking(0, |_, _, _| None),
                    len - 1,
                    "{len} {blank}"
                );
            }
        }
    }

    /// A space or an LF on either side of a block or window edge joins
    /// as one in the middle does.
    #[test]
    fn edges_join_as_the_middle_does() {
        let profile = Profile::new(Regime::Latex);
        let set = SpecialSet::new(&profile);
        for edge in [BLOCK, 2 * BLOCK, WINDOW_BYTES, 3 * WINDOW_BYTES] {
            for shift in 0..3 {
                let at = edge - 1 + shift;
                for (blank, line_ends) in [(b' ', false), (b'\n', true)] {
                    let mut src = vec![b'a'; 4 * WINDOW_BYTES];
                    src[at] = blank;
                    src.push(b'\\');
                    let mut walker = Walker::new(&src, &set);
                    if line_ends {
                        walker = walker.joining_line_ends();
                    }
                    assert_eq!(walker.next_from_marking(0, |_, _, _| None), src.len() - 1);
                }
            }
        }
    }
}
