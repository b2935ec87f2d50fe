//! Catcode tracking: the literal catcode changes TeX would perform while
//! reading, applied where TeX applies them — exactly the constructs (and
//! the timing) that `tex-oracle --track` emulates, whose README is
//! normative: `\makeatletter`, `\makeatother`, `\ExplSyntaxOn`/`Off`,
//! `\catcode` assignments with literal operands (TeX's `scan_int` rules and
//! its look-ahead: the token after the number was already read with the
//! old catcodes), group scoping (`{ }`, `\begingroup`, `\bgroup`, LaTeX
//! environments other than `document`), skipped `\def` bodies, and
//! `\ProvidesExplPackage`/`Class`/`File` (four arguments, then
//! `\ExplSyntaxOn`).
//!
//! The tracker sees every token right after it is made and may change the
//! profile before the next one is read.

use crate::catcode::Setting;
use crate::latex::{Completed, Declared, Effect, Header, Latex, ShortVerb, Step, VerbShape};
use crate::{Catcode, CsId, Profile, builtin};

/// A token as the tracker sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Seen<'a> {
    /// A character token.
    Char { cat: u8, code: u32 },
    /// A control sequence, by its raw name.
    Cs(&'a [u8]),
    /// An active character.
    Active(u32),
}

/// What `\ExplSyntaxOn` changes: catcodes of these characters...
const EXPL_CODES: [u32; 9] = [9, 32, 34, 38, 58, 94, 95, 124, 126];
/// ...to these values (and `\endlinechar` to 32).
const EXPL_VALUES: [u8; 9] = [9, 9, 12, 4, 11, 7, 11, 12, 10];

/// The control sequences an idle tracker acts on (besides [`QUERIES`]):
/// any other name leaves a quiet tracker exactly as it was.
const ACTED_ON: &[&[u8]] = &[
    b"catcode",
    b"makeatletter",
    b"makeatother",
    b"ExplSyntaxOn",
    b"ExplSyntaxOff",
    b"ProvidesExplPackage",
    b"ProvidesExplClass",
    b"ProvidesExplFile",
    b"begingroup",
    b"bgroup",
    b"endgroup",
    b"egroup",
    b"def",
    b"gdef",
    b"edef",
    b"xdef",
    b"begin",
    b"end",
    b"global",
    b"long",
    b"outer",
    b"protected",
    // The LaTeX layer (see `crate::latex`), only with verbatim on.
    b"let",
    b"Verb",
    b"lstinline",
    b"mintinline",
    b"newcommand",
    b"renewcommand",
    b"DeclareRobustCommand",
    b"providecommand",
    b"newenvironment",
    b"renewenvironment",
    b"NewDocumentCommand",
    b"RenewDocumentCommand",
    b"ProvideDocumentCommand",
    b"DeclareDocumentCommand",
    b"NewDocumentEnvironment",
    b"RenewDocumentEnvironment",
    b"ProvideDocumentEnvironment",
    b"DeclareDocumentEnvironment",
    b"DefineVerbatimEnvironment",
    b"RecustomVerbatimEnvironment",
    b"lstnewenvironment",
    b"newminted",
    b"newmint",
    b"newmintinline",
    b"newmintedfile",
    b"excludecomment",
    b"includecomment",
    b"MakeShortVerb",
    b"DeleteShortVerb",
    b"cs_new:Npn",
    b"AtBeginDocument",
    b"AtEndDocument",
    b"AtEndOfPackage",
    b"AtEndOfClass",
    b"AtEndPreamble",
    b"AfterEndPreamble",
    b"AtBeginEnvironment",
    b"AtEndEnvironment",
    b"AddToHook",
    b"AddToHookNext",
    b"g@addto@macro",
    b"appto",
    b"gappto",
    b"preto",
    b"gpreto",
    b"apptocmd",
    b"pretocmd",
    b"xapptocmd",
    b"xpretocmd",
    b"patchcmd",
    b"xpatchcmd",
    b"obeylines",
    b"obeyspaces",
    b"@makeother",
    b"newrobustcmd",
    b"renewrobustcmd",
    b"providerobustcmd",
];

/// Ids below this many have a bit in [`may_act_on`]'s set.
const BITS: usize = 2048;

/// Whether a quiet tracker (see [`Tracker::ignores_plain_characters`]) may
/// act on the control sequence `id`: the fast driver shows it only those.
/// Every name the tracker acts on is in the catalog below [`BITS`] (a test
/// checks), so a name with a higher id (a one-character name beyond the
/// catalog, or one the catalog does not hold) is never acted on.
pub(crate) fn may_act_on(id: CsId) -> bool {
    let n = id.0 as usize;
    n < BITS && ACTED[n / 64] & (1 << (n % 64)) != 0
}

/// One bit per catalog id below [`BITS`] that [`ACTED_ON`] or [`QUERIES`]
/// names, found in the catalog when compiling.
static ACTED: [u64; BITS / 64] = {
    const fn same(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut bits = [0u64; BITS / 64];
    let mut index = 0;
    while index < builtin::NAMES.len() {
        let name = builtin::NAMES[index].as_bytes();
        let mut acted = false;
        let mut k = 0;
        while k < ACTED_ON.len() {
            acted |= same(ACTED_ON[k], name);
            k += 1;
        }
        k = 0;
        while k < QUERIES.len() {
            acted |= same(QUERIES[k], name);
            k += 1;
        }
        let id = builtin::FIRST as usize + index;
        if acted && id < BITS {
            bits[id / 64] |= 1 << (id % 64);
        }
        index += 1;
    }
    bits
};

/// Integer constants LaTeX defines with `\chardef` and `\mathchardef`.
const CONSTANTS: [(&[u8], i64); 5] = [
    (b"active", 13),
    (b"z@", 0),
    (b"@ne", 1),
    (b"tw@", 2),
    (b"thr@@", 3),
];
/// After these, `\catcode` is a query, not an assignment.
const QUERIES: [&[u8]; 11] = [
    b"the",
    b"showthe",
    b"number",
    b"romannumeral",
    b"ifnum",
    b"ifcase",
    b"string",
    b"meaning",
    b"noexpand",
    b"unexpanded",
    b"detokenize",
];

/// What a `\ExplSyntaxOn` saved, to restore at `\ExplSyntaxOff`.
#[derive(Clone, Debug, PartialEq)]
struct ExplSaved {
    cats: [Catcode; 9],
    end_line_char: Option<u32>,
}

/// A piece of state the save stack restores.
#[derive(Clone, Debug, PartialEq)]
enum Key {
    Cat(u32),
    EndLineChar,
    Expl,
    /// The LaTeX layer's declarations.
    Declared,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Cat(Catcode),
    EndLineChar(Option<u32>),
    Expl(bool, Option<Box<ExplSaved>>),
    Declared(Option<Declared>),
}

/// TeX's `scan_int`, fed one token at a time.
#[derive(Clone, Debug, Default, PartialEq)]
struct IntScan {
    phase: IntPhase,
    negative: bool,
    radix: i64,
    digits: u32,
    value: i64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum IntPhase {
    #[default]
    Start,
    /// After a backquote: the character constant comes next.
    Alpha,
    /// After a character constant: an optional space.
    OptionalSpace,
    Digits,
}

enum Scanned {
    More,
    Done,
    /// Done; the token that ended the number must be looked at again.
    DonePutBack,
    Fail,
}

fn digit(seen: Seen, radix: i64) -> Option<i64> {
    let Seen::Char { cat, code } = seen else {
        return None;
    };
    if cat == 12 && (48..=57).contains(&code) && i64::from(code - 48) < radix {
        return Some(i64::from(code - 48));
    }
    if radix == 16 && (cat == 11 || cat == 12) && (65..=70).contains(&code) {
        return Some(i64::from(code - 55));
    }
    None
}

impl IntScan {
    /// `bytes_model`: names are bytes (pdfTeX), so a one-byte name is the
    /// character with that code; otherwise they are UTF-8.
    fn feed(&mut self, seen: Seen, bytes_model: bool) -> Scanned {
        let other = |c: u32| matches!(seen, Seen::Char { cat: 12, code } if code == c);
        match self.phase {
            IntPhase::Start => {
                if matches!(seen, Seen::Char { cat: 10, .. }) {
                    return Scanned::More;
                }
                if other(43) || other(45) {
                    if other(45) {
                        self.negative = !self.negative;
                    }
                    return Scanned::More;
                }
                if other(96) {
                    self.phase = IntPhase::Alpha;
                    return Scanned::More;
                }
                if other(39) || other(34) {
                    self.phase = IntPhase::Digits;
                    self.radix = if other(39) { 8 } else { 16 };
                    (self.digits, self.value) = (0, 0);
                    return Scanned::More;
                }
                if let Some(d) = digit(seen, 10) {
                    self.phase = IntPhase::Digits;
                    (self.radix, self.digits, self.value) = (10, 1, d);
                    return Scanned::More;
                }
                if let Seen::Cs(name) = seen
                    && let Some(&(_, v)) = CONSTANTS.iter().find(|(n, _)| *n == name)
                {
                    self.value = v;
                    return Scanned::Done;
                }
                Scanned::Fail
            }
            IntPhase::Alpha => {
                self.value = match seen {
                    Seen::Cs(&[byte]) if bytes_model => i64::from(byte),
                    Seen::Cs(name) => match std::str::from_utf8(name)
                        .ok()
                        .filter(|s| s.chars().count() == 1)
                    {
                        Some(s) => i64::from(s.chars().next().expect("one char") as u32),
                        None => return Scanned::Fail,
                    },
                    Seen::Char { code, .. } | Seen::Active(code) => i64::from(code),
                };
                self.phase = IntPhase::OptionalSpace;
                Scanned::More
            }
            IntPhase::OptionalSpace => {
                if matches!(seen, Seen::Char { cat: 10, .. }) {
                    Scanned::Done
                } else {
                    Scanned::DonePutBack
                }
            }
            IntPhase::Digits => {
                if let Some(d) = digit(seen, self.radix) {
                    self.value = self.value.wrapping_mul(self.radix).wrapping_add(d);
                    self.digits += 1;
                    return Scanned::More;
                }
                if self.digits == 0 {
                    return Scanned::Fail;
                }
                if matches!(seen, Seen::Char { cat: 10, .. }) {
                    Scanned::Done
                } else {
                    Scanned::DonePutBack
                }
            }
        }
    }

    fn result(&self) -> i64 {
        if self.negative {
            -self.value
        } else {
            self.value
        }
    }
}

/// What the tracker is in the middle of.
#[derive(Clone, Debug, Default, PartialEq)]
enum Scan {
    #[default]
    Idle,
    /// `\def` and friends: name, parameter text, then a balanced body.
    /// `global`: `\gdef`, `\xdef` or after `\global`.
    Def {
        phase: DefPhase,
        depth: u32,
        global: bool,
    },
    /// `\let`: the name being set, then `=` and the token it becomes.
    Let {
        phase: LetPhase,
        name: Option<Vec<u8>>,
        global: bool,
    },
    /// A declaring command's header (the LaTeX layer).
    Declare(Header),
    /// The control sequence just fed reads a verbatim argument now, this
    /// way: the engine reads it (see [`Tracker::take_verb_request`]).
    VerbRequest(VerbShape),
    /// `\@makeother`: its argument, a control symbol `\X`, makes `X` an
    /// "other" character (the LaTeX layer).
    MakeOther { global: bool },
    /// `\begin` or `\end`: `{name}`.
    Env { begin: bool, name: Option<Vec<u8>> },
    /// `\ProvidesExplPackage`, `\ProvidesExplClass` or
    /// `\ProvidesExplFile`: four undelimited arguments, then
    /// `\ExplSyntaxOn`. `args`: the arguments read so far; `depth`: the
    /// brace nesting inside the one being read (0 between arguments).
    ProvidesExpl { args: u8, depth: u32 },
    /// `\catcode <number> [=] <number>`.
    Catcode {
        phase: CatcodePhase,
        int: IntScan,
        code: i64,
        global: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum DefPhase {
    Name,
    Parameters,
    Body,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum LetPhase {
    Name,
    /// Optional spaces, then an optional `=`.
    Equals,
    /// After `=`: one optional space.
    AfterEquals,
    /// The token the name becomes.
    Target,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum CatcodePhase {
    Code,
    Equals,
    Value,
    /// The value is another character's catcode:
    /// ``\catcode`\X=\catcode`\Y`` or ``\catcode`\X\the\catcode`\Y``
    /// (the LaTeX layer only).
    ValueOf,
    /// After `\the` or `\number` where the value goes: `\catcode` must
    /// follow.
    ValueThe,
}

/// TeX's save stack as far as catcodes go: one frame per open group,
/// holding what assignments inside it saved. Most groups save nothing, so
/// only frames that hold something are stored, with their level: opening
/// and closing a group that saves nothing (a brace, most of the time) only
/// counts. The frames are a persistent list (innermost first): a copy of
/// the tracker (a document keeps one per chunk) shares them instead of
/// copying every frame, so that many lines of nested groups that save
/// something stay linear.
#[derive(Clone, Debug, PartialEq)]
struct SaveStack {
    /// Open groups.
    depth: u32,
    /// The frames that hold something, by level (1 for the outermost
    /// group), innermost first; never an empty one.
    saved: rpds::ListSync<(u32, Vec<(Key, Value)>)>,
}

impl Default for SaveStack {
    fn default() -> SaveStack {
        SaveStack {
            depth: 0,
            saved: rpds::List::new_sync(),
        }
    }
}

impl SaveStack {
    fn push(&mut self) {
        self.depth += 1;
    }

    /// Closes the innermost group, returning what it saved; `None` if no
    /// group is open.
    fn pop(&mut self) -> Option<Vec<(Key, Value)>> {
        if self.depth == 0 {
            return None;
        }
        let frame = match self.saved.first() {
            Some((level, frame)) if *level == self.depth => {
                let frame = frame.clone();
                self.saved.drop_first_mut();
                Some(frame)
            }
            _ => None,
        };
        self.depth -= 1;
        Some(frame.unwrap_or_default())
    }

    /// Whether the innermost group is open and saved nothing.
    fn top_is_empty(&self) -> bool {
        self.depth > 0
            && self
                .saved
                .first()
                .is_none_or(|&(level, _)| level != self.depth)
    }

    /// Saves `old` as `key`'s value in the innermost group, unless that
    /// group saved `key` already; nothing if no group is open.
    fn save(&mut self, key: Key, old: Value) {
        if self.depth == 0 {
            return;
        }
        let mut frame = Vec::new();
        if !self.top_is_empty() {
            let (_, top) = self.saved.first().expect("a frame");
            if top.iter().any(|(k, _)| *k == key) {
                return;
            }
            frame = top.clone();
            self.saved.drop_first_mut();
        }
        frame.push((key, old));
        self.saved.push_front_mut((self.depth, frame));
    }

    /// Forgets `key` in every frame (a global assignment).
    fn forget(&mut self, key: &Key) {
        if !self
            .saved
            .iter()
            .any(|(_, f)| f.iter().any(|(k, _)| k == key))
        {
            return;
        }
        let mut kept: Vec<(u32, Vec<(Key, Value)>)> = Vec::new();
        for (level, frame) in self.saved.iter() {
            let frame: Vec<(Key, Value)> =
                frame.iter().filter(|(k, _)| k != key).cloned().collect();
            if !frame.is_empty() {
                kept.push((*level, frame));
            }
        }
        self.saved = rpds::List::new_sync();
        for frame in kept.into_iter().rev() {
            self.saved.push_front_mut(frame);
        }
    }
}

/// The tracking state: the save stack, `\ExplSyntaxOn` state, and what is
/// being scanned.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Tracker {
    frames: SaveStack,
    expl_on: bool,
    expl_saved: Option<Box<ExplSaved>>,
    scan: Scan,
    previous_query: bool,
    previous_global: bool,
    /// `\ExplSyntaxOff` without `\ExplSyntaxOn`, seen so far.
    pub stray_expl_off: u32,
    /// Groups that ended while `\ExplSyntaxOn` from inside them was in
    /// force, so far.
    pub regime_group_ends: u32,
    /// The name of an environment whose `\begin{name}` was just read.
    pub begun_env: Option<Vec<u8>>,
    /// An emptied name buffer for the next environment name, so that
    /// reading names does not allocate (see [`Tracker::recycle_name`]).
    spare_name: Vec<u8>,
    /// Group nesting since [`Tracker::start_stretch`]: pushes minus pops
    /// (pops of an empty stack count too), and its lowest value.
    nesting: i64,
    lowest_nesting: i64,
    /// Whether a catcode (or `\endlinechar`) assignment happened since
    /// [`Tracker::start_stretch`]. Without assignments the save stack's
    /// frames stay empty, whatever its depth.
    assigned: bool,
    /// The settings changed by the token being fed, for the history of
    /// catcodes (see [`Tracker::take_changes`]); empty between tokens.
    changed: Vec<Setting>,
    /// The LaTeX layer, with verbatim on.
    latex: Option<Latex>,
    /// [`Tracker::watches_every_name`], kept up to date after each token
    /// fed: the fast driver asks for every control sequence.
    watch_every_name: bool,
}

/// What a stretch of input does to the depth of the save stack: pops `pops`
/// frames (fewer if there are fewer), then pushes `pushes`. Stretches
/// compose (bracket matching), so the depth at any point is a prefix
/// composition.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DepthEffect {
    pub pops: u32,
    pub pushes: u32,
}

impl DepthEffect {
    /// `self`, then `next`.
    pub(crate) fn then(self, next: DepthEffect) -> DepthEffect {
        DepthEffect {
            pops: self.pops + next.pops.saturating_sub(self.pushes),
            pushes: next.pushes + self.pushes.saturating_sub(next.pops),
        }
    }

    /// The depth after the stretch, from depth `depth`.
    pub(crate) fn apply(self, depth: u32) -> u32 {
        depth.saturating_sub(self.pops) + self.pushes
    }
}

impl Tracker {
    fn get(&self, key: &Key, profile: &Profile) -> Value {
        match *key {
            Key::Cat(c) => Value::Cat(profile.catcode(c)),
            Key::EndLineChar => Value::EndLineChar(profile.end_line_char()),
            Key::Expl => Value::Expl(self.expl_on, self.expl_saved.clone()),
            Key::Declared => Value::Declared(self.latex.as_ref().and_then(|l| l.declared.clone())),
        }
    }

    fn set(&mut self, value: Value, key: &Key, profile: &mut Profile) {
        let setting = match (key, value) {
            (Key::Cat(c), Value::Cat(cat)) => Setting::Catcode(*c, cat),
            (Key::EndLineChar, Value::EndLineChar(e)) => Setting::EndLineChar(e),
            (Key::Expl, Value::Expl(on, saved)) => {
                (self.expl_on, self.expl_saved) = (on, saved);
                return;
            }
            (Key::Declared, Value::Declared(declared)) => {
                if let Some(latex) = &mut self.latex {
                    latex.declared = declared;
                }
                return;
            }
            _ => unreachable!("keys and values match"),
        };
        let generation = profile.generation();
        setting.apply(profile);
        if profile.generation() != generation {
            // As the profile holds it (`\endlinechar` past 127 is inactive).
            self.changed.push(match setting {
                Setting::EndLineChar(_) => Setting::EndLineChar(profile.end_line_char()),
                catcode => catcode,
            });
        }
    }

    /// Whether the token just fed changed a catcode or `\endlinechar`.
    pub(crate) fn changed_catcodes(&self) -> bool {
        !self.changed.is_empty()
    }

    /// The settings changed since this was last called, in order.
    pub(crate) fn take_changes(&mut self) -> std::vec::Drain<'_, Setting> {
        self.changed.drain(..)
    }

    fn assign(&mut self, key: Key, value: Value, global: bool, profile: &mut Profile) {
        self.assigned = true;
        if global {
            self.frames.forget(&key);
        } else if self.frames.depth > 0 {
            let old = self.get(&key, profile);
            self.frames.save(key.clone(), old);
        }
        self.set(value, &key, profile);
    }

    fn push_group(&mut self) {
        self.frames.push();
        self.nesting += 1;
    }

    /// Leaves a group; returns what was saved in it.
    fn close_group(&mut self) -> Option<Vec<(Key, Value)>> {
        self.nesting -= 1;
        self.lowest_nesting = self.lowest_nesting.min(self.nesting);
        self.frames.pop()
    }

    fn pop_group(&mut self, profile: &mut Profile) {
        if let Some(frame) = self.close_group() {
            if self.expl_on && frame.iter().any(|(k, _)| *k == Key::Expl) {
                self.regime_group_ends += 1;
            }
            for (key, value) in frame {
                self.set(value, &key, profile);
            }
        }
    }

    fn expl_syntax_on(&mut self, profile: &mut Profile) {
        if self.expl_on {
            return;
        }
        let saved = ExplSaved {
            cats: EXPL_CODES.map(|c| profile.catcode(c)),
            end_line_char: profile.end_line_char(),
        };
        self.assign(
            Key::Expl,
            Value::Expl(true, Some(Box::new(saved))),
            false,
            profile,
        );
        for (c, v) in EXPL_CODES.into_iter().zip(EXPL_VALUES) {
            self.assign(
                Key::Cat(c),
                Value::Cat(Catcode::from_number(v)),
                false,
                profile,
            );
        }
        self.assign(
            Key::EndLineChar,
            Value::EndLineChar(Some(32)),
            false,
            profile,
        );
    }

    fn expl_syntax_off(&mut self, profile: &mut Profile) {
        if !self.expl_on {
            self.stray_expl_off += 1;
            return;
        }
        let saved = self.expl_saved.clone().expect("saved when on");
        for (c, cat) in EXPL_CODES.into_iter().zip(saved.cats) {
            self.assign(Key::Cat(c), Value::Cat(cat), false, profile);
        }
        self.assign(
            Key::EndLineChar,
            Value::EndLineChar(saved.end_line_char),
            false,
            profile,
        );
        self.assign(Key::Expl, Value::Expl(false, None), false, profile);
    }

    /// Starts measuring a stretch: its depth effect and whether it saves
    /// into frames.
    pub(crate) fn start_stretch(&mut self) {
        (self.nesting, self.lowest_nesting, self.assigned) = (0, 0, false);
    }

    /// The depth effect of the stretch measured so far.
    pub(crate) fn depth_effect(&self) -> DepthEffect {
        let pops = (-self.lowest_nesting) as u32;
        DepthEffect {
            pops,
            pushes: (self.nesting + i64::from(pops)) as u32,
        }
    }

    /// Whether the stretch assigned a catcode or `\endlinechar`.
    pub(crate) fn assigned(&self) -> bool {
        self.assigned
    }

    /// Whether every frame of the save stack is empty (so that only its
    /// depth could matter, and only once something is saved into it).
    pub(crate) fn frames_empty(&self) -> bool {
        self.frames.saved.is_empty()
    }

    /// The depth of the save stack.
    pub(crate) fn depth(&self) -> u32 {
        self.frames.depth
    }

    /// Sets the save stack to `depth` empty frames.
    pub(crate) fn set_empty_frames(&mut self, depth: u32) {
        self.frames = SaveStack {
            depth,
            saved: rpds::List::new_sync(),
        };
    }

    /// Whether two trackers will act alike from here on, as long as nothing
    /// is saved into a frame (the save stack's depth aside).
    pub(crate) fn same_state_but_depth(&self, other: &Tracker) -> bool {
        self.frames_empty()
            && other.frames_empty()
            && self.expl_on == other.expl_on
            && self.expl_saved == other.expl_saved
            && self.scan == other.scan
            && self.previous_query == other.previous_query
            && self.previous_global == other.previous_global
            && self.latex == other.latex
    }

    /// Whether two trackers will act alike from here on (the event counters
    /// aside).
    pub(crate) fn same_state(&self, other: &Tracker) -> bool {
        self.frames == other.frames
            && self.expl_on == other.expl_on
            && self.expl_saved == other.expl_saved
            && self.scan == other.scan
            && self.previous_query == other.previous_query
            && self.previous_global == other.previous_global
            && self.latex == other.latex
    }

    /// Whether a character token other than a brace would change nothing:
    /// nothing is being scanned and no `\global` or query prefix waits.
    #[inline]
    pub(crate) fn ignores_plain_characters(&self) -> bool {
        matches!(self.scan, Scan::Idle) && !self.previous_query && !self.previous_global
    }

    /// Takes in a brace while quiet (see
    /// [`Tracker::ignores_plain_characters`]), as [`Tracker::feed`] would,
    /// when that changes no catcode: `{` opens a group, `}` closes one in
    /// which nothing was saved. Returns whether it did; if not, nothing
    /// changed and the brace must go through [`Tracker::feed`].
    #[inline]
    pub(crate) fn quiet_brace(&mut self, open: bool) -> bool {
        if !self.ignores_plain_characters() {
            return false;
        }
        if open {
            self.push_group();
            return true;
        }
        if self.frames.top_is_empty() {
            self.close_group();
            return true;
        }
        false
    }

    /// Whether `\begin` was read and its `{name}` not yet.
    pub(crate) fn reading_begin(&self) -> bool {
        matches!(self.scan, Scan::Env { begin: true, .. })
    }

    /// Counts of events that deserve a diagnostic.
    pub(crate) fn events(&self) -> (u32, u32) {
        (self.stray_expl_off, self.regime_group_ends)
    }

    /// Keeps an environment name's buffer, emptied, for the next name.
    pub(crate) fn recycle_name(&mut self, mut name: Vec<u8>) {
        name.clear();
        self.spare_name = name;
    }

    /// Takes in `\begin{name}` or `\end{name}` (`name` plain: ASCII
    /// letters and "other" characters) while quiet, as [`Tracker::feed`]
    /// would token by token, when that changes no catcode; `verbatim`:
    /// verbatim environments are on (the driver checked `name` is none of
    /// them), so a begun environment is not remembered. Returns whether it
    /// did; if not (an `\end` whose group restores catcodes), nothing
    /// changed.
    #[inline]
    pub(crate) fn quiet_environment(&mut self, begin: bool, name: &[u8], verbatim: bool) -> bool {
        if !self.ignores_plain_characters() {
            return false;
        }
        if name == b"document" {
            // LaTeX closes the `document` group at once: not a group here.
            // Short verbs made by `\AtBeginDocument` need the slow way.
            return !(begin && self.has_short_verbs_at_begin_document());
        }
        if begin {
            self.push_group();
            let mut kept = None;
            if !verbatim {
                let mut buffer = std::mem::take(&mut self.spare_name);
                buffer.extend_from_slice(name);
                kept = Some(buffer);
            }
            if let Some(old) = std::mem::replace(&mut self.begun_env, kept) {
                self.recycle_name(old);
            }
            return true;
        }
        self.quiet_brace(false)
    }

    /// Takes in a run of ASCII letters and "other" characters that
    /// continue an environment's name after `\begin{` or `\end{`: what
    /// [`Tracker::feed`] does with them one by one.
    pub(crate) fn feed_environment_name(&mut self, run: &[u8], profile: &mut Profile) {
        match &mut self.scan {
            Scan::Env {
                name: Some(name), ..
            } => name.extend_from_slice(run),
            _ => {
                for &b in run {
                    let cat = profile.catcode_of_byte(b).number();
                    let code = u32::from(b);
                    self.feed(Seen::Char { cat, code }, profile);
                }
            }
        }
    }

    /// Takes in the token just made; may change `profile` for the next.
    pub(crate) fn feed(&mut self, seen: Seen, profile: &mut Profile) {
        self.feed_token(seen, profile);
        if let Some(latex) = &self.latex {
            self.watch_every_name = self.expl_on || latex.has_declared_commands();
        }
    }

    fn feed_token(&mut self, seen: Seen, profile: &mut Profile) {
        match std::mem::take(&mut self.scan) {
            // A request nobody took (the engine takes it at once): no
            // verbatim argument then.
            Scan::Idle | Scan::VerbRequest(_) => self.idle(seen, profile),
            Scan::Def {
                phase,
                depth,
                global,
            } => {
                if phase == DefPhase::Name
                    && let Seen::Cs(name) = seen
                {
                    // `\def\verb…`: an ordinary command from here on.
                    let effect = Effect::Command(name.to_vec(), None);
                    self.declare(vec![effect], global, profile);
                }
                if phase == DefPhase::Parameters
                    && self.latex.is_some()
                    && matches!(seen, Seen::Char { cat: 2, .. })
                {
                    // A `}` cannot be parameter text (TeX stops with an
                    // error): in a file that compiles, it ended the
                    // argument the `\def` came in, as in
                    // `\@firstofone{\gdef\x} {…}`, whose braces open no
                    // group. Close the one opened for them.
                    self.pop_group(profile);
                    self.scan = Scan::Def {
                        phase,
                        depth,
                        global,
                    };
                    return;
                }
                let (phase, depth) = match (phase, seen) {
                    (DefPhase::Name, _) => (DefPhase::Parameters, depth),
                    (DefPhase::Parameters, Seen::Char { cat: 1, .. }) => (DefPhase::Body, 1),
                    (DefPhase::Body, Seen::Char { cat: 1, .. }) => (phase, depth + 1),
                    (DefPhase::Body, Seen::Char { cat: 2, .. }) if depth == 1 => return,
                    (DefPhase::Body, Seen::Char { cat: 2, .. }) => (phase, depth - 1),
                    (phase, _) => (phase, depth),
                };
                self.scan = Scan::Def {
                    phase,
                    depth,
                    global,
                };
            }
            Scan::Let {
                phase,
                name,
                global,
            } => self.read_let(phase, name, global, seen, profile),
            Scan::MakeOther { global } => {
                let bytes_model = profile.input_model() == crate::InputModel::Bytes;
                let code = match seen {
                    Seen::Cs(&[byte]) if bytes_model => Some(u32::from(byte)),
                    Seen::Cs(name) => crate::latex::one_char(name),
                    _ => None,
                };
                match code {
                    Some(code) => {
                        let other = Value::Cat(Catcode::Other);
                        self.assign(Key::Cat(code), other, global, profile);
                    }
                    None => self.idle(seen, profile),
                }
            }
            Scan::Declare(mut header) => match self.latex.as_ref().map(|l| header.feed(seen, l)) {
                Some(Step::More) => self.scan = Scan::Declare(header),
                Some(Step::Done(completed)) => self.complete(completed, header.global, profile),
                Some(Step::DoneBefore(completed)) => {
                    self.complete(completed, header.global, profile);
                    self.idle(seen, profile);
                }
                Some(Step::Abandon) | None => self.idle(seen, profile),
            },
            Scan::ProvidesExpl { args, depth } => self.provides_expl(args, depth, seen, profile),
            Scan::Env { begin, name: None } => {
                if let Seen::Char { cat: 1, .. } = seen {
                    self.scan = Scan::Env {
                        begin,
                        name: Some(std::mem::take(&mut self.spare_name)),
                    };
                } else {
                    self.idle(seen, profile);
                }
            }
            Scan::Env {
                begin,
                name: Some(mut name),
            } => match seen {
                // LaTeX closes the `document` group at once: not a group here.
                Seen::Char { cat: 2, .. } if name == b"document" => {
                    if begin {
                        self.begin_document(profile);
                    }
                    self.recycle_name(name);
                }
                Seen::Char { cat: 2, .. } if begin => {
                    self.push_group();
                    if let Some(old) = self.begun_env.replace(name) {
                        self.recycle_name(old);
                    }
                }
                Seen::Char { cat: 2, .. } => {
                    self.pop_group(profile);
                    self.recycle_name(name);
                }
                Seen::Char { code, .. } => {
                    let c = char::from_u32(code).unwrap_or('\u{FFFD}');
                    let mut buf = [0; 4];
                    name.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    self.scan = Scan::Env {
                        begin,
                        name: Some(name),
                    };
                }
                // Not a plain environment name: give up.
                _ => self.recycle_name(name),
            },
            Scan::Catcode {
                mut phase,
                mut int,
                code,
                global,
            } => {
                // Whether the token before was `=` (or a space after it).
                let after_equals = phase == CatcodePhase::Value;
                if phase == CatcodePhase::ValueThe {
                    if matches!(seen, Seen::Cs(b"catcode")) {
                        self.wait_catcode(CatcodePhase::ValueOf, int, code, global);
                        return;
                    }
                    return self.idle(seen, profile);
                }
                if phase == CatcodePhase::Equals {
                    // TeX's scan_optional_equals.
                    if let Seen::Char { cat: 10, .. } = seen {
                        self.wait_catcode(phase, int, code, global);
                        return;
                    }
                    phase = CatcodePhase::Value;
                    if let Seen::Char { cat: 12, code: 61 } = seen {
                        self.wait_catcode(phase, int, code, global);
                        return;
                    }
                }
                // Another catcode as the value: only after `=` or with
                // `\the` (``\catcode`\X \catcode`\Y`` would be one in TeX,
                // but after a register, as in `\count@\catcode1`, such a
                // `\catcode` is a query that looked like an assignment).
                let value_starts = phase == CatcodePhase::Value && int == IntScan::default();
                if value_starts && self.latex.is_some() {
                    let next = match seen {
                        Seen::Cs(b"catcode") if after_equals => Some(CatcodePhase::ValueOf),
                        Seen::Cs(b"the" | b"number") => Some(CatcodePhase::ValueThe),
                        _ => None,
                    };
                    if let Some(phase) = next {
                        self.wait_catcode(phase, int, code, global);
                        return;
                    }
                }
                let bytes_model = profile.input_model() == crate::InputModel::Bytes;
                let result = int.feed(seen, bytes_model);
                let (done, put_back) = match result {
                    Scanned::More => {
                        self.wait_catcode(phase, int, code, global);
                        return;
                    }
                    Scanned::Fail => return self.idle(seen, profile),
                    Scanned::Done => (int.result(), false),
                    Scanned::DonePutBack => (int.result(), true),
                };
                let done = match phase {
                    CatcodePhase::ValueOf => u32::try_from(done)
                        .ok()
                        .filter(|&c| c <= 0x10_FFFF)
                        .map_or(-1, |c| i64::from(profile.catcode(c).number())),
                    _ => done,
                };
                if phase == CatcodePhase::Code {
                    self.scan = Scan::Catcode {
                        phase: CatcodePhase::Equals,
                        int: IntScan::default(),
                        code: done,
                        global,
                    };
                    if put_back {
                        self.feed(seen, profile);
                    }
                    return;
                }
                // The value is complete: TeX assigns now, before it looks
                // at the put-back token again.
                if (0..=0x10_FFFF).contains(&code) && (0..=15).contains(&done) {
                    let cat = Value::Cat(Catcode::from_number(done as u8));
                    self.assign(Key::Cat(code as u32), cat, global, profile);
                }
                if put_back {
                    self.idle(seen, profile);
                }
            }
        }
    }

    /// Goes on reading a `\catcode` assignment with the next token.
    fn wait_catcode(&mut self, phase: CatcodePhase, int: IntScan, code: i64, global: bool) {
        self.scan = Scan::Catcode {
            phase,
            int,
            code,
            global,
        };
    }

    /// The arguments of `\ProvidesExpl…`, as TeX reads undelimited ones
    /// (a token, or a balanced group whose braces open no TeX group;
    /// spaces before each are skipped), with the catcodes in force. After
    /// the fourth, `\ExplSyntaxOn`: the next token is read with expl3
    /// catcodes.
    fn provides_expl(&mut self, mut args: u8, mut depth: u32, seen: Seen, profile: &mut Profile) {
        match seen {
            Seen::Char { cat: 1, .. } => depth += 1,
            Seen::Char { cat: 2, .. } if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    args += 1;
                }
            }
            _ if depth > 0 => {}
            Seen::Char { cat: 10, .. } => {}
            // Any other token (even a stray `}`) is an argument.
            _ => args += 1,
        }
        if args == 4 && depth == 0 {
            self.expl_syntax_on(profile);
        } else {
            self.scan = Scan::ProvidesExpl { args, depth };
        }
    }

    fn idle(&mut self, seen: Seen, profile: &mut Profile) {
        let (was_query, was_global) = (self.previous_query, self.previous_global);
        (self.previous_query, self.previous_global) = (false, false);
        let name = match seen {
            Seen::Char { cat: 1, .. } => return self.push_group(),
            Seen::Char { cat: 2, .. } => return self.pop_group(profile),
            Seen::Cs(name) => name,
            _ => return,
        };
        match name {
            b"catcode" if !was_query => {
                self.scan = Scan::Catcode {
                    phase: CatcodePhase::Code,
                    int: IntScan::default(),
                    code: 0,
                    global: was_global,
                };
            }
            b"makeatletter" => {
                self.assign(Key::Cat(64), Value::Cat(Catcode::Letter), false, profile)
            }
            b"makeatother" => self.assign(Key::Cat(64), Value::Cat(Catcode::Other), false, profile),
            b"ExplSyntaxOn" => self.expl_syntax_on(profile),
            b"ExplSyntaxOff" => self.expl_syntax_off(profile),
            b"ProvidesExplPackage" | b"ProvidesExplClass" | b"ProvidesExplFile" => {
                self.scan = Scan::ProvidesExpl { args: 0, depth: 0 };
            }
            b"begingroup" | b"bgroup" => self.push_group(),
            b"endgroup" | b"egroup" => self.pop_group(profile),
            b"def" | b"gdef" | b"edef" | b"xdef" => {
                self.scan = Scan::Def {
                    phase: DefPhase::Name,
                    depth: 0,
                    global: was_global || matches!(name, b"gdef" | b"xdef"),
                };
            }
            b"begin" => {
                self.scan = Scan::Env {
                    begin: true,
                    name: None,
                }
            }
            b"end" => {
                self.scan = Scan::Env {
                    begin: false,
                    name: None,
                }
            }
            b"global" => self.previous_global = true,
            b"long" | b"outer" | b"protected" => self.previous_global = was_global,
            _ if QUERIES.contains(&name) => self.previous_query = true,
            // After `\string`, `\meaning`, `\noexpand`, …, a name is not run.
            _ if was_query => {}
            _ => self.latex_command(name, was_global, profile),
        }
    }

    /// A control sequence the LaTeX layer may act on (with verbatim on).
    fn latex_command(&mut self, name: &[u8], global: bool, profile: &mut Profile) {
        let Some(latex) = &self.latex else {
            return;
        };
        // Kernel commands that only change a catcode.
        let active = Value::Cat(Catcode::Active);
        match name {
            b"obeylines" => return self.assign(Key::Cat(13), active, global, profile),
            b"obeyspaces" => return self.assign(Key::Cat(32), active, global, profile),
            b"@makeother" => {
                self.scan = Scan::MakeOther { global };
                return;
            }
            _ => {}
        }
        if let Some(shape) = latex.verbatim_command(name) {
            self.scan = Scan::VerbRequest(shape);
        } else if name == b"let" {
            self.scan = Scan::Let {
                phase: LetPhase::Name,
                name: None,
                global,
            };
        } else if let Some(header) = Header::start(name, global) {
            self.scan = Scan::Declare(header);
        }
    }

    /// `\let`, token by token: `\let\a= \b` makes `\a` what `\b` is.
    fn read_let(
        &mut self,
        phase: LetPhase,
        name: Option<Vec<u8>>,
        global: bool,
        seen: Seen,
        profile: &mut Profile,
    ) {
        let space = matches!(seen, Seen::Char { cat: 10, .. });
        let next = |phase| Scan::Let {
            phase,
            name: name.clone(),
            global,
        };
        match phase {
            LetPhase::Name => {
                // An active character, or no name: nothing to follow.
                if let Seen::Cs(cs) = seen {
                    self.scan = Scan::Let {
                        phase: LetPhase::Equals,
                        name: Some(cs.to_vec()),
                        global,
                    }
                }
            }
            LetPhase::Equals if space => self.scan = next(LetPhase::Equals),
            LetPhase::Equals if matches!(seen, Seen::Char { cat: 12, code: 61 }) => {
                self.scan = next(LetPhase::AfterEquals)
            }
            LetPhase::AfterEquals if space => self.scan = next(LetPhase::Target),
            LetPhase::Equals | LetPhase::AfterEquals | LetPhase::Target => {
                let Some(name) = name else { return };
                let shape = match (seen, &self.latex) {
                    (Seen::Cs(target), Some(latex)) => latex.verbatim_command(target),
                    _ => None,
                };
                self.declare(vec![Effect::Command(name, shape)], global, profile);
            }
        }
    }

    /// Applies a complete declaration.
    fn complete(&mut self, completed: Completed, global: bool, profile: &mut Profile) {
        match completed {
            Completed::Effects(effects) => self.declare(effects, global, profile),
            Completed::MakeShortVerb(code) => {
                let Some(latex) = &mut self.latex else { return };
                if latex.short_verb(code).is_some() {
                    return;
                }
                let before = profile.catcode(code);
                latex.short_verbs.push(ShortVerb { code, before });
                let active = Value::Cat(Catcode::Active);
                self.assign(Key::Cat(code), active, true, profile);
            }
            Completed::AtBeginDocument(codes) => {
                if let Some(latex) = &mut self.latex {
                    latex.short_verbs_at_begin_document.extend(codes);
                }
            }
            Completed::DeleteShortVerb(code) => {
                let Some(latex) = &mut self.latex else { return };
                let Some(short) = latex.short_verb(code) else {
                    return;
                };
                latex.short_verbs.retain(|s| s.code != code);
                let restored = Value::Cat(short.before);
                self.assign(Key::Cat(code), restored, true, profile);
            }
        }
    }

    /// Whether `\AtBeginDocument` code made short verbs.
    fn has_short_verbs_at_begin_document(&self) -> bool {
        self.latex
            .as_ref()
            .is_some_and(|l| !l.short_verbs_at_begin_document.is_empty())
    }

    /// `\begin{document}`: the short verbs `\AtBeginDocument` made.
    fn begin_document(&mut self, profile: &mut Profile) {
        let Some(latex) = &mut self.latex else { return };
        for code in std::mem::take(&mut latex.short_verbs_at_begin_document) {
            self.complete(Completed::MakeShortVerb(code), true, profile);
        }
    }

    /// Makes declarations (local unless `global`). A declaration that makes
    /// a name ordinary is kept only if the name was a verbatim one, so that
    /// what is kept stays as small as the verbatim declarations.
    fn declare(&mut self, effects: Vec<Effect>, global: bool, profile: &mut Profile) {
        let Some(latex) = &self.latex else { return };
        let matters = |effect: &Effect| match effect {
            Effect::Command(name, None) => latex.verbatim_command(name).is_some(),
            Effect::Env(name, None) => latex.verbatim_env(name).is_some(),
            _ => true,
        };
        let effects: Vec<Effect> = effects.into_iter().filter(matters).collect();
        if effects.is_empty() {
            return;
        }
        // Saved for the group first (a copy sharing the maps), then
        // changed.
        let current = Value::Declared(latex.declared.clone());
        self.assign(Key::Declared, current, global, profile);
        let latex = self.latex.as_mut().expect("the layer");
        let declared = latex.declared.get_or_insert_default();
        for effect in effects {
            Latex::apply(declared, effect);
        }
    }

    /// A tracker for a lex with the LaTeX layer (verbatim on), or without.
    pub(crate) fn new(latex: Option<Latex>) -> Tracker {
        Tracker {
            latex,
            ..Tracker::default()
        }
    }

    /// The LaTeX layer, if verbatim is on.
    pub(crate) fn latex(&self) -> Option<&Latex> {
        self.latex.as_ref()
    }

    /// Whether LaTeX executes what is read now: no definition's header or
    /// body, no argument being scanned. A verbatim environment or short
    /// verb only starts then.
    pub(crate) fn executes(&self) -> bool {
        matches!(self.scan, Scan::Idle)
    }

    /// The short verb `code`, if it is one and LaTeX executes it now.
    pub(crate) fn short_verb(&self, code: u32) -> bool {
        self.executes()
            && self
                .latex
                .as_ref()
                .is_some_and(|l| l.short_verb(code).is_some())
    }

    /// Whether every control sequence must be shown to the tracker (not
    /// only those [`may_act_on`] knows): commands were declared verbatim,
    /// or expl3 syntax is on (expl3's definitions are too many to list).
    #[inline]
    pub(crate) fn watches_every_name(&self) -> bool {
        self.watch_every_name
    }

    /// Takes what the control sequence just fed asked for: a verbatim
    /// argument, read this way.
    pub(crate) fn take_verb_request(&mut self) -> Option<VerbShape> {
        match std::mem::take(&mut self.scan) {
            Scan::VerbRequest(shape) => Some(shape),
            scan => {
                self.scan = scan;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Interner, Regime};
    use proptest::prelude::*;

    proptest! {
        /// The save stack that stores only frames holding something acts
        /// as a stack of all frames: what each group's end restores, and
        /// depth, emptiness and equality along the way.
        #[test]
        fn save_stack_acts_as_a_stack_of_all_frames(ops in proptest::collection::vec((0u8..4, 0u32..3), 0..200)) {
            let (mut stack, mut model) = (SaveStack::default(), Vec::<Vec<(Key, Value)>>::new());
            for (op, key) in ops {
                let (key, value) = (Key::Cat(key), Value::Cat(Catcode::from_number(op)));
                match op {
                    0 => {
                        stack.push();
                        model.push(Vec::new());
                    }
                    1 => prop_assert_eq!(stack.pop(), model.pop()),
                    2 => {
                        // A local assignment saves the old value once per group.
                        if let Some(frame) = model.last_mut()
                            && !frame.iter().any(|(k, _)| *k == key) {
                                frame.push((key.clone(), value.clone()));
                            }
                        stack.save(key, value);
                    }
                    _ => {
                        for frame in &mut model {
                            frame.retain(|(k, _)| *k != key);
                        }
                        stack.forget(&key);
                    }
                }
                prop_assert_eq!(stack.depth as usize, model.len());
                prop_assert_eq!(stack.saved.is_empty(), model.iter().all(Vec::is_empty));
                prop_assert_eq!(stack.top_is_empty(), model.last().is_some_and(Vec::is_empty));
                let rebuilt: Vec<(u32, Vec<(Key, Value)>)> = (1..)
                    .zip(&model)
                    .filter(|(_, frame)| !frame.is_empty())
                    .map(|(level, frame)| (level, frame.clone()))
                    .collect();
                let mut saved: Vec<(u32, Vec<(Key, Value)>)> = stack.saved.iter().cloned().collect();
                saved.reverse();
                prop_assert_eq!(&saved, &rebuilt);
            }
        }
    }

    /// Inputs rich in `\ProvidesExpl…` and their arguments.
    fn provides_expl_input() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            3 => Just(&b"\\ProvidesExplPackage"[..]),
            1 => Just(&b"\\ProvidesExplFile "[..]),
            1 => Just(&b"\\ProvidesExplClass\n"[..]),
            3 => Just(&b"{a}"[..]),
            1 => Just(&b"{x{y}"[..]),
            2 => Just(&b"}"[..]),
            1 => Just(&b" "[..]),
            2 => Just(&b"\n"[..]),
            1 => Just(&b"\r\n"[..]),
            1 => Just(&b"%c\n"[..]),
            1 => Just(&b"\\a_b:n ~"[..]),
            1 => Just(&b"x_y@"[..]),
            1 => Just(&b"\\ExplSyntaxOff"[..]),
            1 => Just(&b"\\makeatletter"[..]),
            1 => Just(&b"\\begingroup "[..]),
            1 => Just(&b"\\endgroup "[..]),
            1 => Just(&b"\\begin{x}"[..]),
            1 => Just(&b"\\end{x}"[..]),
            1 => Just(&b"\\def\\x{"[..]),
            1 => Just(&b"\\catcode`\\_=12 "[..]),
            1 => Just(&b"\\verb|"[..]),
            1 => Just(&b"\\begin{verbatim}"[..]),
            1 => Just(&b"\\end{verbatim}"[..]),
            1 => Just("é".as_bytes()),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// The fast tracked driver and the reference engine agree on
        /// `\ProvidesExpl…` (arguments across lines and pieces included),
        /// from the start of a file and from where a piece before ended.
        #[test]
        fn provides_expl_drivers_agree(
            before in provides_expl_input(),
            src in provides_expl_input(),
            regime in proptest::sample::select(Regime::ALL.to_vec()),
            verbatim in any::<bool>(),
        ) {
            use crate::engine::EngineState;
            use crate::twins::run_tracked;
            let options = if verbatim {
                crate::LexOptions::tracking_with_verbatim()
            } else {
                crate::LexOptions::tracking()
            };
            let initial = EngineState::initial(&Profile::new(regime), &options);
            let mut names = Interner::new();
            let (_, after_before, _) =
                crate::driver::lex_tracked_piece_with(&before, &initial, &mut names, false);
            for start in [&initial, &after_before] {
                let fast = run_tracked(&src, start, true);
                let reference = run_tracked(&src, start, false);
                prop_assert_eq!(&fast.0, &reference.0);
                prop_assert_eq!(&fast.1, &reference.1);
                prop_assert_eq!(&fast.2, &reference.2);
                prop_assert!(fast.3 == reference.3, "end states differ");
                prop_assert_eq!(fast.4, reference.4);
            }
        }
    }

    /// The arguments are read as TeX reads undelimited ones; `\ExplSyntaxOn`
    /// follows the fourth, so the next token sees its catcodes.
    #[test]
    fn provides_expl_reads_four_arguments_then_turns_expl_on() {
        let mut profile = Profile::new(Regime::Latex);
        let mut tracker = Tracker::default();
        let space = Seen::Char { cat: 10, code: 32 };
        let (open, close) = (
            Seen::Char { cat: 1, code: 123 },
            Seen::Char { cat: 2, code: 125 },
        );
        let letter = Seen::Char { cat: 11, code: 97 };
        tracker.feed(Seen::Cs(b"ProvidesExplFile"), &mut profile);
        // {a{a}} \foo a {}: four arguments.
        for seen in [
            open,
            letter,
            open,
            letter,
            close,
            close,
            space,
            Seen::Cs(b"foo"),
            space,
            letter,
            space,
            open,
        ] {
            tracker.feed(seen, &mut profile);
            assert!(!tracker.ignores_plain_characters());
            assert!(!tracker.expl_on);
        }
        assert_eq!(profile.catcode(u32::from(b'_')), Catcode::Subscript);
        tracker.feed(close, &mut profile);
        assert!(tracker.ignores_plain_characters() && tracker.expl_on);
        assert_eq!(profile.catcode(u32::from(b'_')), Catcode::Letter);
        assert_eq!(profile.end_line_char(), Some(32));
        // Its braces opened no group.
        assert_eq!(tracker.depth(), 0);
    }

    /// In pdfTeX's byte model a control symbol's name is one byte, and
    /// `` `\<byte> `` is that byte's code: `` \catcode`\^^cf 9 `` makes
    /// byte 0xCF ignored (found on real packages; checked with
    /// `tex-oracle --engine pdftex --track`).
    #[test]
    fn a_one_byte_name_is_its_code_in_the_byte_model() {
        let profile = Profile::for_engine(Regime::LatexAt, crate::TexEngine::Pdftex);
        let source = b"\\catcode`\\\xff=12 \xff\n\\catcode`\\^^cf 9 \xcfx\n";
        let lexed = crate::lex_with(source, &profile, &crate::LexOptions::tracking());
        let kinds: Vec<crate::TokenKind> = lexed.tokens().map(|t| t.kind).collect();
        let other_ff = crate::TokenKind::Char {
            cat: Catcode::Other,
            code: 0xFF,
        };
        assert!(kinds.contains(&other_ff), "{kinds:?}");
        // 0xCF is ignored: the line ends `9`, space, `x`, space.
        let letter_x = crate::TokenKind::Char {
            cat: Catcode::Letter,
            code: u32::from(b'x'),
        };
        assert_eq!(kinds[kinds.len() - 2], letter_x);
        assert!(!kinds.contains(&crate::TokenKind::Active(0xCF)));
    }

    /// Every name outside the catalog's acted-on set leaves a quiet
    /// tracker and the catcodes as they were: skipping it is exact.
    #[test]
    fn names_not_acted_on_change_nothing() {
        let names = Interner::new();
        let profile = Profile::new(Regime::Latex);
        let mut skipped = 0;
        for n in 0..4096 {
            let id = CsId(n);
            let name = names.name(id);
            if may_act_on(id) || (name.is_empty() && n != crate::intern::EMPTY.0) {
                continue;
            }
            let mut tracker = Tracker::default();
            let mut after = profile.clone();
            tracker.feed(Seen::Cs(name), &mut after);
            assert_eq!(
                tracker,
                Tracker::default(),
                "{:?}",
                String::from_utf8_lossy(name)
            );
            assert_eq!(after.generation(), profile.generation());
            skipped += 1;
        }
        assert!(skipped > 1500, "{skipped}");
        // And the acted-on ones are all found in the catalog, below BITS.
        for name in ACTED_ON.iter().chain(&QUERIES) {
            let id = names.get(name).unwrap();
            assert!(
                may_act_on(id) && (id.0 as usize) < BITS,
                "{:?}",
                String::from_utf8_lossy(name)
            );
        }
        // Names beyond: one character past the range, names the catalog
        // does not hold (near misses of acted-on names too).
        let mut names = names;
        for name in [
            &b"catcodes"[..],
            b"makeat",
            b"xyzzy",
            b"Begin",
            "€".as_bytes(),
        ] {
            let id = names.intern(name);
            assert!(id.0 as usize >= BITS && !may_act_on(id));
            let mut tracker = Tracker::default();
            let mut after = profile.clone();
            tracker.feed(Seen::Cs(name), &mut after);
            assert_eq!(tracker, Tracker::default());
            assert_eq!(after.generation(), profile.generation());
        }
    }
}
