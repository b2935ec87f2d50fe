//! The catcodes in force across a lexed text, with catcode tracking: the
//! settings each assignment changed, in source order.
//!
//! A whole profile per assignment would cost a profile's size (2.3 kB,
//! plus whatever code points past U+00FF were given catcodes) per
//! assignment, and memory growing with the square of the number of
//! assignments to distinct code points. A setting takes 8 bytes, and its entry in the per-character index 8 more. A
//! whole profile is kept once the settings since the last kept one take
//! half as much memory as it does. So kept profiles take at most twice the
//! settings' memory while profiles keep their size (about 70 settings
//! apart). When each setting grows them (catcodes of new code points past
//! U+00FF), each is kept after half again as many settings as the one
//! before; their tables of those code points are persistent maps that
//! share what did not change (see `Profile::memory_size`).
//! [`History::profile_at`] replays the settings since the last kept
//! profile; [`History::follow`] moves a profile forward setting by
//! setting, for readers that walk the text in order.
//!
//! Segments (runs of plain characters, see `store.rs`) need only the
//! catcode of each of their characters where the segment starts:
//! [`History::catcodes_at`] looks it up in the index of settings by
//! character, without building a profile.

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
        if packed & END_LINE_CHAR_FLAG != 0 {
            let c = packed & !END_LINE_CHAR_FLAG;
            Setting::EndLineChar((c != NO_END_LINE_CHAR).then_some(c))
        } else {
            Setting::Catcode(packed >> 4, Catcode::from_number(packed as u8))
        }
    }

    /// Changes `profile` as the assignment did.
    pub(crate) fn apply(self, profile: &mut Profile) {
        profile.apply_settings([self]);
    }
}

const END_LINE_CHAR_FLAG: u32 = 1 << 31;
/// `\endlinechar` is inactive (it is at most 127 when active).
const NO_END_LINE_CHAR: u32 = 0xFF;

/// A profile to keep is compared with this many kept before it.
const RECENT_SNAPSHOTS: usize = 4;

/// Memory a recorded setting takes: its entry in `settings` and in
/// `by_char`.
const SETTING_BYTES: usize = 16;

/// The catcode changes of one lexed text (a chunk), at offsets relative to
/// its start.
///
/// ```text
/// settings:   (offset, setting) in source order — what changed, and from where
/// by_char:    catcode settings sorted by code point, then offset
/// snapshots:  (n, profile after the first n settings), sparse
/// ```
#[derive(Clone, Debug)]
pub(crate) struct History {
    /// The profile the text starts with, if not the document's: a chunk
    /// of an editable document may start after assignments.
    start: Option<Arc<Profile>>,
    /// Every setting changed, with the offset from which it holds, in
    /// source order.
    settings: Vec<(u32, u32)>,
    /// The catcode settings as (packed setting, offset), sorted by code
    /// point, then offset (the order they were made in, for one offset).
    /// Built by [`History::seal`].
    by_char: Vec<(u32, u32)>,
    /// Bit `b` is set if a setting changes the catcode of byte value `b`:
    /// other characters below 256 read the starting profile directly.
    low_set: [u64; 4],
    /// Profiles after the first `n` settings, each kept once the settings
    /// since the one before took half as much memory as it does.
    snapshots: Vec<(u32, Arc<Profile>)>,
    /// Memory taken by the settings since the last snapshot.
    unsnapshotted_bytes: usize,
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
        settings: Vec::new(),
        by_char: Vec::new(),
        low_set: [0; 4],
        snapshots: Vec::new(),
        unsnapshotted_bytes: 0,
    };

    /// Whether nothing changed (and the text starts with the document's
    /// profile).
    pub(crate) fn is_empty(&self) -> bool {
        self.settings.is_empty() && self.start.is_none()
    }

    /// Records that `settings` changed at `offset` (no earlier than any
    /// recorded before), leaving `profile` in force.
    pub(crate) fn record(
        &mut self,
        offset: u32,
        settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    ) {
        debug_assert!(self.settings.last().is_none_or(|&(o, _)| o <= offset));
        for setting in settings {
            self.settings.push((offset, setting.pack()));
            self.unsnapshotted_bytes += SETTING_BYTES;
        }
        if 2 * self.unsnapshotted_bytes >= profile.memory_size() {
            let n = u32::try_from(self.settings.len()).expect("fewer settings than source bytes");
            // Regimes toggle (`\makeatletter`, `\makeatother`): a profile
            // kept among the last few is shared, not kept again.
            let recent = self.snapshots.iter().rev().take(RECENT_SNAPSHOTS);
            let kept = match recent.map(|(_, p)| p).find(|p| ***p == *profile) {
                Some(p) => Arc::clone(p),
                None => Arc::new(profile.clone()),
            };
            self.snapshots.push((n, kept));
            self.unsnapshotted_bytes = 0;
        }
    }

    /// Builds the index by character: call once all settings are
    /// recorded, before looking catcodes up.
    pub(crate) fn seal(&mut self) {
        self.by_char = self
            .settings
            .iter()
            .filter(|&&(_, packed)| packed & END_LINE_CHAR_FLAG == 0)
            .map(|&(offset, packed)| (packed, offset))
            .collect();
        // Stable: of two settings of one character at one offset, the
        // later stays later.
        self.by_char
            .sort_by_key(|&(packed, offset)| (packed >> 4, offset));
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

    /// The offsets of the settings, in order (one per setting).
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn offsets(&self) -> impl Iterator<Item = u32> + '_ {
        self.settings.iter().map(|&(offset, _)| offset)
    }

    /// How many settings changed before `offset` (at or before it: a
    /// setting at `offset` holds from there on). Two offsets with the same
    /// count have the same profile.
    pub(crate) fn changes_through(&self, offset: u32) -> usize {
        self.settings.partition_point(|&(o, _)| o <= offset)
    }

    /// The catcodes in force at `offset`, for the characters of a segment
    /// that starts there, when the text starts with `document`'s unless
    /// said otherwise. Only a sealed history (see [`History::seal`]) knows
    /// them.
    pub(crate) fn catcodes_at<'a>(&'a self, document: &'a Profile, offset: u32) -> CatcodesAt<'a> {
        CatcodesAt {
            start: self.start.as_deref().unwrap_or(document),
            by_char: &self.by_char,
            low_set: &self.low_set,
            offset,
        }
    }

    /// The profile in force at `offset`: the last kept profile before
    /// it, with the settings since replayed.
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

    /// Brings `profile`, in force after the first `*changes` settings, to
    /// `offset`, and says whether the catcodes changed: forward by
    /// replaying the settings passed, unless starting again from a kept
    /// profile replays fewer.
    pub(crate) fn follow(
        &self,
        document: &Profile,
        profile: &mut Profile,
        changes: &mut usize,
        offset: u32,
    ) -> bool {
        let n = self.changes_through(offset);
        if n == *changes {
            return false;
        }
        let (from, kept) = self.kept_before(document, n);
        if (from..=n).contains(changes) {
            self.replay(profile, *changes..n);
        } else {
            *profile = kept.clone();
            self.replay(profile, from..n);
        }
        *changes = n;
        true
    }

    /// The last profile kept after at most `n` settings, and after how
    /// many.
    fn kept_before<'a>(&'a self, document: &'a Profile, n: usize) -> (usize, &'a Profile) {
        let kept = self.snapshots.partition_point(|&(k, _)| k as usize <= n);
        match kept.checked_sub(1) {
            Some(i) => (self.snapshots[i].0 as usize, &*self.snapshots[i].1),
            None => (0, self.start.as_deref().unwrap_or(document)),
        }
    }

    fn replay(&self, profile: &mut Profile, settings: std::ops::Range<usize>) {
        profile.apply_settings(
            self.settings[settings]
                .iter()
                .map(|&(_, packed)| Setting::unpack(packed)),
        );
    }
}

/// The catcodes in force where a segment starts (see
/// [`History::catcodes_at`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CatcodesAt<'a> {
    start: &'a Profile,
    by_char: &'a [(u32, u32)],
    low_set: &'a [u64; 4],
    offset: u32,
}

impl<'a> CatcodesAt<'a> {
    /// The catcodes of a text that never changes them.
    pub(crate) fn fixed(profile: &'a Profile) -> Self {
        CatcodesAt {
            start: profile,
            by_char: &[],
            low_set: &[0; 4],
            offset: 0,
        }
    }

    /// The catcode of `cp`: the last setting of it before the offset, or
    /// else the starting profile's.
    #[inline]
    pub(crate) fn catcode(&self, cp: u32) -> Catcode {
        let maybe_set = if cp < 256 {
            self.low_set[(cp / 64) as usize] & (1 << (cp % 64)) != 0
        } else {
            !self.by_char.is_empty()
        };
        if maybe_set {
            let at = (cp, self.offset);
            let i = self
                .by_char
                .partition_point(|&(packed, offset)| (packed >> 4, offset) <= at);
            if let Some(&(packed, _)) = i.checked_sub(1).map(|i| &self.by_char[i])
                && packed >> 4 == cp
            {
                return Catcode::from_number(packed as u8);
            }
        }
        self.start.catcode(cp)
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
        #[test]
        fn history_matches_profiles_changed_in_place(
            steps in proptest::collection::vec(
                (0u32..3, proptest::collection::vec(setting(), 1..4)),
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
            for (gap, settings) in &steps {
                offset += gap;
                for &s in settings {
                    s.apply(&mut profile);
                }
                history.record(offset, settings.iter().copied(), &profile);
                expected.push((offset, profile.clone()));
            }
            history.seal();
            // Followed forward, then from a random point back and forth,
            // a profile agrees with `profile_at`.
            let mut followed = expected[0].1.clone();
            let mut changes = 0;
            let probes = (0..=offset + 1).chain([offset / 2, 0, offset, offset / 3]);
            for probe in probes {
                let before = followed.clone();
                let changed = history.follow(&document, &mut followed, &mut changes, probe);
                let want = history.profile_at(&document, probe);
                prop_assert!(followed == *want, "followed to {}", probe);
                prop_assert!(changed || followed == before);
            }
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
        let settings = count as usize * SETTING_BYTES;
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
