//! The catcodes in force across a lexed text, with catcode tracking: the
//! changes each assignment made, in source order.
//!
//! A whole profile per assignment would cost a profile's size (888 bytes,
//! plus whatever code points past U+00FF were given catcodes) per
//! assignment, and memory growing with the square of the number of
//! assignments to distinct code points. Instead a change is recorded as
//! the settings it changed (8 bytes each, and 8 more in an index by
//! character), or, when it returns to a profile in force a few changes
//! before (`\makeatother` after `\makeatletter`, `\ExplSyntaxOff` after
//! `\ExplSyntaxOn`), as one entry naming that profile, kept once.
//!
//! A whole profile is also kept once the entries since the last kept one
//! take half as much memory as it does. So kept profiles take at most
//! twice the entries' memory while profiles keep their size (about 28
//! entries apart). When each setting grows them (catcodes of new code
//! points past U+00FF), each is kept after half again as many entries as
//! the one before; their tables of those code points are persistent maps
//! that share what did not change (see `Profile::memory_size`).
//! [`History::profile_at`] replays the entries since the last kept
//! profile; [`History::follow`] moves a profile forward entry by entry, for
//! readers that walk the text in order.
//!
//! Segments (runs of plain characters, see `store.rs`) need only the
//! catcode of each of their characters where the segment starts:
//! [`History::catcodes_at`] finds the last return to a profile before it,
//! and looks each character up in the index of settings made since.

use std::borrow::Cow;
use std::sync::Arc;

use super::{Catcode, Profile};

/// One setting a tracked assignment changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Setting {
    /// `\catcode<code point>=<catcode>`.
    Catcode(u32, Catcode),
    /// `\endlinechar=<value>`, `None` when inactive.
    EndLineChar(Option<u32>),
}

impl Setting {
    /// Packs the setting in 32 bits: a code point (21 bits) and its
    /// catcode (4 bits), or a flag bit and `\endlinechar` (0..=127, or
    /// [`NO_END_LINE_CHAR`]).
    fn pack(self) -> u32 {
        match self {
            Setting::Catcode(cp, cat) => cp << 4 | u32::from(cat.number()),
            Setting::EndLineChar(c) => END_LINE_CHAR_FLAG | c.unwrap_or(NO_END_LINE_CHAR),
        }
    }

    fn unpack(packed: u32) -> Setting {
        debug_assert_eq!(packed & RETURN_FLAG, 0, "a return is not a setting");
        if packed & END_LINE_CHAR_FLAG != 0 {
            let c = packed & !END_LINE_CHAR_FLAG;
            Setting::EndLineChar((c != NO_END_LINE_CHAR).then_some(c))
        } else {
            Setting::Catcode(packed >> 4, Catcode::from_number(packed as u8))
        }
    }

    /// Changes `profile` as the assignment did.
    pub(crate) fn apply(self, profile: &mut Profile) {
        match self {
            Setting::Catcode(cp, cat) => profile.set_catcode(cp, cat),
            Setting::EndLineChar(c) => profile.set_end_line_char(c),
        }
    }
}

const END_LINE_CHAR_FLAG: u32 = 1 << 31;
/// An entry that returns to `returns[entry & !RETURN_FLAG]`.
const RETURN_FLAG: u32 = 1 << 30;
/// `\endlinechar` is inactive (it is at most 127 when active).
const NO_END_LINE_CHAR: u32 = 0xFF;

/// A profile a change leaves in force is compared with this many before
/// it, to be recorded as a return to one of them.
const RECENT_PROFILES: usize = 4;

/// Memory a recorded entry takes: its place in `entries` and in `by_char`.
const ENTRY_BYTES: usize = 16;

/// What tells apart the profiles a history compares for returns: within
/// one text the regime and input model stay, so a profile that sets no
/// code point past U+00FF is its catcodes below 256 and `\endlinechar`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fingerprint {
    /// Two catcodes to a byte.
    low: [u8; 128],
    end_line_char: Option<u32>,
}

impl Fingerprint {
    fn of(profile: &Profile) -> Option<Fingerprint> {
        if profile.has_overrides() {
            return None;
        }
        let mut low = [0u8; 128];
        for (i, pair) in low.iter_mut().enumerate() {
            let cat = |b: usize| profile.catcode_of_byte(b as u8).number();
            *pair = cat(2 * i) | cat(2 * i + 1) << 4;
        }
        Some(Fingerprint {
            low,
            end_line_char: profile.end_line_char(),
        })
    }
}

/// The catcode changes of one lexed text (a chunk), at offsets relative to
/// its start.
///
/// ```text
/// entries:    (offset, setting or return) in source order
/// returns:    the profiles returned to, each kept once
/// by_char:    catcode settings sorted by code point, then entry
/// snapshots:  (n, profile after the first n entries), sparse
/// ```
#[derive(Clone, Debug)]
pub(crate) struct History {
    /// The profile the text starts with, if not the document's: a chunk
    /// of an editable document may start after assignments.
    start: Option<Arc<Profile>>,
    /// Every change, with the offset from which it holds, in source
    /// order: a packed [`Setting`], or [`RETURN_FLAG`] and an index into
    /// `returns`.
    entries: Vec<(u32, u32)>,
    /// The profiles that changes returned to.
    returns: Vec<Arc<Profile>>,
    /// The entries that return to a profile: (entry index, index into
    /// `returns`), in order. Built by [`History::seal`].
    return_entries: Vec<(u32, u32)>,
    /// The catcode settings as (packed setting, entry index), sorted by
    /// code point, then entry. Built by [`History::seal`].
    by_char: Vec<(u32, u32)>,
    /// Bit `b` is set if a setting changes the catcode of byte value `b`:
    /// other characters below 256 read the base profile directly.
    low_set: [u64; 4],
    /// Profiles after the first `n` entries, each kept once the entries
    /// since the one before took half as much memory as it does.
    snapshots: Vec<(u32, Arc<Profile>)>,
    /// Memory taken by the entries since the last snapshot.
    unsnapshotted_bytes: usize,
    /// While recording: the last few profiles changes left in force
    /// (those without code points past U+00FF, which a fingerprint
    /// identifies), most recent last, with their index in `returns` once
    /// returned to.
    recent: Vec<(Fingerprint, Option<u32>)>,
}

impl Default for History {
    fn default() -> History {
        History::EMPTY
    }
}

impl History {
    /// No change.
    pub(crate) const EMPTY: History = History {
        start: None,
        entries: Vec::new(),
        returns: Vec::new(),
        return_entries: Vec::new(),
        by_char: Vec::new(),
        low_set: [0; 4],
        snapshots: Vec::new(),
        unsnapshotted_bytes: 0,
        recent: Vec::new(),
    };

    /// Whether nothing changed (and the text starts with the document's
    /// profile).
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.start.is_none()
    }

    /// Records that `settings` changed at `offset` (no earlier than any
    /// recorded before), leaving `profile` in force.
    pub(crate) fn record(
        &mut self,
        offset: u32,
        settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    ) {
        debug_assert!(self.entries.last().is_none_or(|&(o, _)| o <= offset));
        let fingerprint = Fingerprint::of(profile);
        let recent = fingerprint.and_then(|f| self.recent.iter().position(|(r, _)| *r == f));
        let returned_to = match (fingerprint, recent) {
            (Some(fingerprint), Some(k)) => {
                // Back to a profile in force a few changes ago.
                let (_, mut index) = self.recent.remove(k);
                let index = *index.get_or_insert_with(|| {
                    self.returns.push(Arc::new(profile.clone()));
                    (self.returns.len() - 1) as u32
                });
                self.entries.push((offset, RETURN_FLAG | index));
                self.unsnapshotted_bytes += ENTRY_BYTES;
                self.recent.push((fingerprint, Some(index)));
                Some(index)
            }
            _ => {
                let before = self.entries.len();
                self.entries
                    .extend(settings.into_iter().map(|s| (offset, s.pack())));
                self.unsnapshotted_bytes += (self.entries.len() - before) * ENTRY_BYTES;
                if let Some(fingerprint) = fingerprint {
                    if self.recent.len() == RECENT_PROFILES {
                        self.recent.remove(0);
                    }
                    self.recent.push((fingerprint, None));
                }
                None
            }
        };
        if 2 * self.unsnapshotted_bytes >= profile.memory_size() {
            let n = u32::try_from(self.entries.len()).expect("fewer entries than source bytes");
            let kept = match returned_to {
                Some(index) => Arc::clone(&self.returns[index as usize]),
                None => Arc::new(profile.clone()),
            };
            self.snapshots.push((n, kept));
            self.unsnapshotted_bytes = 0;
        }
    }

    /// Builds the indexes for reading: call once all changes are
    /// recorded, before looking catcodes up.
    pub(crate) fn seal(&mut self) {
        self.recent = Vec::new();
        let numbered = self.entries.iter().zip(0u32..);
        self.return_entries = numbered
            .clone()
            .filter(|&(&(_, packed), _)| packed & RETURN_FLAG != 0)
            .map(|(&(_, packed), i)| (i, packed & !RETURN_FLAG))
            .collect();
        self.by_char = numbered
            .filter(|&(&(_, packed), _)| packed & (END_LINE_CHAR_FLAG | RETURN_FLAG) == 0)
            .map(|(&(_, packed), i)| (packed, i))
            .collect();
        self.by_char
            .sort_unstable_by_key(|&(packed, i)| (packed >> 4, i));
        self.low_set = [0; 4];
        for &(packed, _) in &self.by_char {
            let cp = packed >> 4;
            if cp < 256 {
                self.low_set[(cp / 64) as usize] |= 1 << (cp % 64);
            }
        }
    }

    /// Says that the text starts with `profile` rather than the
    /// document's (`None`: with the document's).
    pub(crate) fn set_start(&mut self, profile: Option<Arc<Profile>>) {
        self.start = profile;
    }

    /// The offsets of the entries, in order (one per setting, or per
    /// return to a profile).
    pub(crate) fn offsets(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|&(offset, _)| offset)
    }

    /// How many entries hold at `offset` (an entry at `offset` holds from
    /// there on). Two offsets with the same count have the same profile.
    pub(crate) fn changes_through(&self, offset: u32) -> usize {
        self.entries.partition_point(|&(o, _)| o <= offset)
    }

    /// The catcodes in force at `offset`, for the characters of a segment
    /// that starts there, when the text starts with `document`'s unless
    /// said otherwise. Only a sealed history (see [`History::seal`]) knows
    /// them.
    pub(crate) fn catcodes_at<'a>(&'a self, document: &'a Profile, offset: u32) -> CatcodesAt<'a> {
        let until = self.changes_through(offset) as u32;
        let last_return = self.return_entries.partition_point(|&(i, _)| i < until);
        let (base, since) = match last_return.checked_sub(1) {
            Some(r) => {
                let (i, to) = self.return_entries[r];
                (&*self.returns[to as usize], i + 1)
            }
            None => (self.start.as_deref().unwrap_or(document), 0),
        };
        CatcodesAt {
            base,
            by_char: &self.by_char,
            low_set: &self.low_set,
            since,
            until,
        }
    }

    /// The profile in force at `offset`: the last kept profile before
    /// it, with the entries since replayed.
    pub(crate) fn profile_at<'a>(&'a self, document: &'a Profile, offset: u32) -> Cow<'a, Profile> {
        let n = self.changes_through(offset);
        let (from, profile) = self.kept_before(document, n);
        if from == n {
            return Cow::Borrowed(profile);
        }
        let mut profile = profile.clone();
        self.replay(&mut profile, from..n);
        Cow::Owned(profile)
    }

    /// The last profile kept after at most `n` entries, and after how
    /// many.
    fn kept_before<'a>(&'a self, document: &'a Profile, n: usize) -> (usize, &'a Profile) {
        let kept = self.snapshots.partition_point(|&(k, _)| k as usize <= n);
        match kept.checked_sub(1) {
            Some(i) => (self.snapshots[i].0 as usize, &*self.snapshots[i].1),
            None => (0, self.start.as_deref().unwrap_or(document)),
        }
    }

    fn replay(&self, profile: &mut Profile, entries: std::ops::Range<usize>) {
        for &(_, packed) in &self.entries[entries] {
            if packed & RETURN_FLAG != 0 {
                profile.clone_from(&self.returns[(packed & !RETURN_FLAG) as usize]);
            } else {
                Setting::unpack(packed).apply(profile);
            }
        }
    }
}

/// The catcodes in force where a segment starts (see
/// [`History::catcodes_at`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CatcodesAt<'a> {
    /// The profile in force after the last return before the segment (or
    /// the text's starting one).
    base: &'a Profile,
    by_char: &'a [(u32, u32)],
    low_set: &'a [u64; 4],
    /// The settings that count: entries `since..until`.
    since: u32,
    until: u32,
}

impl<'a> CatcodesAt<'a> {
    /// The catcodes of a text that never changes them.
    pub(crate) fn fixed(profile: &'a Profile) -> Self {
        CatcodesAt {
            base: profile,
            by_char: &[],
            low_set: &[0; 4],
            since: 0,
            until: 0,
        }
    }

    /// The catcodes of all bytes, when no setting in force touches a
    /// character below U+0100 (then they are the base profile's): a
    /// reader of many characters looks them up there directly.
    #[inline]
    pub(crate) fn byte_table(&self) -> Option<&'a [Catcode; 256]> {
        (self.low_set == &[0; 4]).then(|| self.base.byte_table())
    }

    /// The catcode of `cp`: the last setting of it that counts, or else
    /// the base profile's.
    #[inline]
    pub(crate) fn catcode(&self, cp: u32) -> Catcode {
        let maybe_set = if cp < 256 {
            self.low_set[(cp / 64) as usize] & (1 << (cp % 64)) != 0
        } else {
            !self.by_char.is_empty()
        };
        if maybe_set {
            let at = (cp, self.until);
            let i = self
                .by_char
                .partition_point(|&(packed, i)| (packed >> 4, i) < at);
            if let Some(&(packed, entry)) = i.checked_sub(1).map(|i| &self.by_char[i])
                && packed >> 4 == cp
                && entry >= self.since
            {
                return Catcode::from_number(packed as u8);
            }
        }
        self.base.catcode(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Regime;
    use proptest::prelude::*;

    fn setting() -> impl Strategy<Value = Setting> {
        prop_oneof![
            // Mostly a few ASCII characters, so that settings pile up on
            // the same ones; some code points past U+00FF.
            4 => (b'@'..=b'D', 0u8..16)
                .prop_map(|(c, n)| Setting::Catcode(u32::from(c), Catcode::from_number(n))),
            1 => (0x100u32..0x110, 0u8..16)
                .prop_map(|(cp, n)| Setting::Catcode(cp, Catcode::from_number(n))),
            1 => proptest::option::of(0u32..=127).prop_map(Setting::EndLineChar),
        ]
    }

    proptest! {
        /// Whatever the settings, the history answers what a profile
        /// changed step by step says: the profile at every offset, and the
        /// catcode of every character a setting touches.
        ///
        /// A step either makes random settings or (`Some(k)`) sets back the
        /// ASCII characters and `\endlinechar` to what they were `k` steps
        /// before: with no code point past U+00FF set, that returns to an
        /// earlier profile, which the history records as one entry.
        #[test]
        fn history_matches_profiles_changed_in_place(
            steps in proptest::collection::vec(
                (0u32..3, proptest::collection::vec(setting(), 1..4), proptest::option::of(1usize..6)),
                0..400,
            ),
            start_changed in any::<bool>(),
        ) {
            let document = Profile::new(Regime::Latex);
            let mut profile = document.clone();
            if start_changed {
                profile.set_catcode(u32::from(b'@'), Catcode::Letter);
            }
            let mut history = History::default();
            history.set_start((profile != document).then(|| Arc::new(profile.clone())));
            let mut expected = vec![(0, profile.clone())];
            let mut offset = 0;
            for (gap, settings, back) in &steps {
                offset += gap;
                let settings = match back.and_then(|k| expected.len().checked_sub(k + 1)) {
                    Some(then) => {
                        let then = &expected[then].1;
                        let mut back: Vec<Setting> = (u32::from(b'?')..=u32::from(b'E'))
                            .filter(|&c| profile.catcode(c) != then.catcode(c))
                            .map(|c| Setting::Catcode(c, then.catcode(c)))
                            .collect();
                        back.push(Setting::EndLineChar(then.end_line_char()));
                        back
                    }
                    None => settings.clone(),
                };
                for &s in &settings {
                    s.apply(&mut profile);
                }
                history.record(offset, settings.iter().copied(), &profile);
                expected.push((offset, profile.clone()));
            }
            history.seal();
            // The profile in force at an offset is the last one recorded
            // at or before it.
            for probe in 0..=offset + 1 {
                let want = &expected.iter().rev().find(|(o, _)| *o <= probe).unwrap().1;
                let got = history.profile_at(&document, probe);
                prop_assert!(*got == *want, "profile at {}", probe);
                prop_assert_eq!(got.end_line_char(), want.end_line_char());
                let catcodes = history.catcodes_at(&document, probe);
                for cp in (u32::from(b'?')..=u32::from(b'E')).chain(0xFF..0x111) {
                    prop_assert_eq!(catcodes.catcode(cp), want.catcode(cp), "U+{:04X} at {}", cp, probe);
                }
            }
        }
    }

    #[test]
    fn settings_pack_and_unpack() {
        let all = [
            Setting::Catcode(0, Catcode::Escape),
            Setting::Catcode(0x10_FFFF, Catcode::Invalid),
            Setting::Catcode(u32::from(b'@'), Catcode::Letter),
            Setting::EndLineChar(None),
            Setting::EndLineChar(Some(0)),
            Setting::EndLineChar(Some(127)),
        ];
        for s in all {
            assert_eq!(Setting::unpack(s.pack()), s);
        }
    }

    /// Records `count` settings, one per offset, made by `setting(i)`.
    fn history_of(count: u32, setting: impl Fn(u32) -> Setting) -> (History, Profile, Profile) {
        let document = Profile::new(Regime::Latex);
        let mut profile = document.clone();
        let mut history = History::default();
        for i in 0..count {
            let s = setting(i);
            s.apply(&mut profile);
            history.record(i, [s], &profile);
        }
        history.seal();
        (history, document, profile)
    }

    fn kept_bytes(history: &History) -> usize {
        history.snapshots.iter().map(|(_, p)| p.memory_size()).sum()
    }

    /// Catcodes of ASCII characters: kept profiles take at most twice the
    /// settings' memory, and any profile is a kept one and at most 80
    /// settings replayed.
    #[test]
    fn profiles_of_ascii_settings_are_kept_every_few_dozen() {
        let count = 10_000;
        let (history, document, last) = history_of(count, |i| {
            let letter = u32::from(b'A') + i * 7 % 26;
            Setting::Catcode(letter, Catcode::from_number(11 + (i / 26 % 2) as u8))
        });
        let settings = count as usize * ENTRY_BYTES;
        assert!(
            kept_bytes(&history) <= 2 * settings,
            "{}",
            kept_bytes(&history)
        );
        for n in 0..=count as usize {
            let (from, _) = history.kept_before(&document, n);
            assert!(n - from <= 80, "{} settings replayed after {n}", n - from);
        }
        assert_eq!(*history.profile_at(&document, count), last);
    }

    /// Regime toggles (`\ExplSyntaxOn` sets eleven settings,
    /// `\ExplSyntaxOff` sets them back): from the second toggle on, each
    /// change is one entry returning to one of two profiles kept once.
    #[test]
    fn toggles_return_to_profiles_kept_once() {
        let document = Profile::new(Regime::Latex);
        let mut expl = document.clone();
        let on: Vec<Setting> = b"_:~ \t@ABCDE"
            .iter()
            .map(|&c| Setting::Catcode(u32::from(c), Catcode::Other))
            .chain([Setting::EndLineChar(Some(32))])
            .collect();
        for s in &on {
            s.apply(&mut expl);
        }
        let off: Vec<Setting> = on
            .iter()
            .map(|s| match *s {
                Setting::Catcode(c, _) => Setting::Catcode(c, document.catcode(c)),
                Setting::EndLineChar(_) => Setting::EndLineChar(document.end_line_char()),
            })
            .collect();
        let mut history = History::default();
        for i in 0..1000 {
            history.record(2 * i, on.iter().copied(), &expl);
            history.record(2 * i + 1, off.iter().copied(), &document);
        }
        history.seal();
        // The first toggle's settings, then one entry per change.
        assert_eq!(history.entries.len(), 2 * on.len() + 2 * 999);
        assert_eq!(history.returns.len(), 2);
        let (a, b) = (
            history.profile_at(&document, 1500),
            history.profile_at(&document, 1501),
        );
        assert!(*a == expl && *b == document);
        let catcodes = history.catcodes_at(&document, 1500);
        assert_eq!(catcodes.catcode(u32::from(b'_')), Catcode::Other);
        let catcodes = history.catcodes_at(&document, 1501);
        assert_eq!(catcodes.catcode(u32::from(b'_')), Catcode::Subscript);
    }

    /// Catcodes of distinct code points past U+00FF, each growing the
    /// profile: profiles are kept ever further apart (each after half
    /// again as many settings as the one before), not every few dozen
    /// settings, and not one per setting.
    #[test]
    fn profiles_that_grow_are_kept_ever_further_apart() {
        let count = 10_000;
        let (history, document, last) =
            history_of(count, |i| Setting::Catcode(0x1000 + i, Catcode::Active));
        let kept: Vec<u32> = history.snapshots.iter().map(|&(n, _)| n).collect();
        assert!((5..=20).contains(&kept.len()), "kept after {kept:?}");
        for pair in kept.windows(3) {
            let (a, b, c) = (pair[0], pair[1], pair[2]);
            assert!(2 * (c - b) >= 3 * (b - a) - 2, "kept after {kept:?}");
        }
        assert_eq!(*history.profile_at(&document, count), last);
    }
}
