//! Category codes, regimes and profiles: which catcode TeX gives each
//! character, and what `\endlinechar` is, when a file starts.
//!
//! The tables are exactly those of the oracle (`data/catcodes/*.txt`, dumped
//! from LuaTeX and LaTeX), compiled by `cargo xtask gen` into the private `tables` module.

mod history;
#[rustfmt::skip]
mod tables;

pub(crate) use history::{CatcodesAt, History, Setting};

use std::path::Path;

/// TeX's sixteen category codes (The TeXbook, chapter 7).
///
/// ```
/// use texlex::{Catcode, Profile, Regime};
/// let latex = Profile::new(Regime::Latex);
/// assert_eq!(latex.catcode('{' as u32), Catcode::BeginGroup);
/// assert_eq!(Catcode::Letter.number(), 11);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Catcode {
    /// 0: `\`, starts a control sequence.
    Escape = 0,
    /// 1: `{`.
    BeginGroup = 1,
    /// 2: `}`.
    EndGroup = 2,
    /// 3: `$`.
    MathShift = 3,
    /// 4: `&`.
    AlignmentTab = 4,
    /// 5: end of line (`^^M`).
    EndOfLine = 5,
    /// 6: `#`.
    Parameter = 6,
    /// 7: `^`.
    Superscript = 7,
    /// 8: `_`.
    Subscript = 8,
    /// 9: ignored (U+FEFF; NUL in plain TeX).
    Ignored = 9,
    /// 10: space and, under LaTeX, tab.
    Space = 10,
    /// 11: letters.
    Letter = 11,
    /// 12: other characters.
    Other = 12,
    /// 13: active characters (`~`).
    Active = 13,
    /// 14: `%`.
    Comment = 14,
    /// 15: invalid (DEL; under LaTeX NUL and most C0 controls).
    Invalid = 15,
}

impl Catcode {
    /// All sixteen catcodes, indexed by number.
    pub const ALL: [Catcode; 16] = [
        Catcode::Escape,
        Catcode::BeginGroup,
        Catcode::EndGroup,
        Catcode::MathShift,
        Catcode::AlignmentTab,
        Catcode::EndOfLine,
        Catcode::Parameter,
        Catcode::Superscript,
        Catcode::Subscript,
        Catcode::Ignored,
        Catcode::Space,
        Catcode::Letter,
        Catcode::Other,
        Catcode::Active,
        Catcode::Comment,
        Catcode::Invalid,
    ];

    /// The catcode with TeX's number `n` (only the low four bits count).
    ///
    /// ```
    /// assert_eq!(texlex::Catcode::from_number(14), texlex::Catcode::Comment);
    /// ```
    #[inline]
    pub const fn from_number(n: u8) -> Catcode {
        Catcode::ALL[(n & 15) as usize]
    }

    /// TeX's number for this catcode, 0..=15.
    #[inline]
    pub const fn number(self) -> u8 {
        self as u8
    }
}

/// A starting catcode regime: the oracle's four unicode-model tables.
///
/// ```
/// use texlex::Regime;
/// assert_eq!(Regime::from_name("latex-at"), Some(Regime::LatexAt));
/// assert_eq!(Regime::for_path("pkg.sty".as_ref()), Regime::LatexAt);
/// assert_eq!(Regime::for_path("paper.tex".as_ref()), Regime::Latex);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Regime {
    /// A LuaLaTeX document body.
    Latex,
    /// `latex` with `@` a letter: what LaTeX uses while reading a package.
    LatexAt,
    /// `latex` after `\ExplSyntaxOn`; `\endlinechar` is 32.
    Expl3,
    /// LuaTeX `--ini` defaults (plain TeX before `plain.tex` runs).
    PlainIni,
}

/// File extensions read with `@` as a letter.
const AT_LETTER_EXTENSIONS: [&str; 6] = ["sty", "cls", "dtx", "ins", "ltx", "def"];

impl Regime {
    /// Every regime, in documentation order.
    pub const ALL: [Regime; 4] = [
        Regime::Latex,
        Regime::LatexAt,
        Regime::Expl3,
        Regime::PlainIni,
    ];

    /// The regime's name as the CLI and the oracle spell it.
    pub const fn name(self) -> &'static str {
        match self {
            Regime::Latex => "latex",
            Regime::LatexAt => "latex-at",
            Regime::Expl3 => "expl3",
            Regime::PlainIni => "plain-ini",
        }
    }

    /// Parses a regime name (`latex`, `latex-at`, `expl3`, `plain-ini`).
    pub fn from_name(name: &str) -> Option<Regime> {
        Regime::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The regime LaTeX would read `path` with: `latex-at` for
    /// `.sty .cls .dtx .ins .ltx .def`, `latex` otherwise.
    pub fn for_path(path: &Path) -> Regime {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if AT_LETTER_EXTENSIONS
            .iter()
            .any(|known| known.eq_ignore_ascii_case(ext))
        {
            Regime::LatexAt
        } else {
            Regime::Latex
        }
    }
}

/// How input bytes become characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputModel {
    /// UTF-8 decoded to code points (LuaTeX, XeTeX); ill-formed UTF-8 is
    /// read as U+FFFD.
    Unicode,
    /// Every byte is one character, 0..=255 (pdfTeX).
    Bytes,
}

/// The TeX engine whose input processing to reproduce.
///
/// ```
/// use texlex::{InputModel, TexEngine};
/// assert_eq!(TexEngine::from_name("pdftex"), Some(TexEngine::Pdftex));
/// assert_eq!(TexEngine::Pdftex.input_model(), InputModel::Bytes);
/// assert_eq!(TexEngine::Xetex.input_model(), InputModel::Unicode);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TexEngine {
    /// LuaTeX (the default): the unicode model.
    Luatex,
    /// XeTeX: code points like LuaTeX (shares its tables here).
    Xetex,
    /// pdfTeX: bytes; LaTeX makes bytes 128-255 active (UTF-8 input).
    Pdftex,
}

impl TexEngine {
    /// Every engine.
    pub const ALL: [TexEngine; 3] = [TexEngine::Luatex, TexEngine::Xetex, TexEngine::Pdftex];

    /// The engine's name on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            TexEngine::Luatex => "luatex",
            TexEngine::Xetex => "xetex",
            TexEngine::Pdftex => "pdftex",
        }
    }

    /// Parses an engine name.
    pub fn from_name(name: &str) -> Option<TexEngine> {
        TexEngine::ALL.into_iter().find(|e| e.name() == name)
    }

    /// The engine's input model.
    pub const fn input_model(self) -> InputModel {
        match self {
            TexEngine::Pdftex => InputModel::Bytes,
            TexEngine::Luatex | TexEngine::Xetex => InputModel::Unicode,
        }
    }
}

/// Two profiles are equal when they give every character the same catcode
/// and have the same `\endlinechar` and input model.
impl PartialEq for Profile {
    fn eq(&self, other: &Profile) -> bool {
        self.low == other.low
            && std::ptr::eq(self.stage1, other.stage1)
            && self.end_line_char == other.end_line_char
            && self.model == other.model
            && self.overrides == other.overrides
    }
}

/// The largest code point a `^^^^^^` form can produce is 0xFFFFFF; TeX keeps
/// 21 bits of it for the character code.
const UNICODE_MAX: u32 = 0x10_FFFF;

/// Everything the lexer needs to know about the TeX state when a file
/// starts: the catcode table and `\endlinechar`.
///
/// ```
/// use texlex::{Catcode, Profile, Regime};
/// let expl3 = Profile::new(Regime::Expl3);
/// assert_eq!(expl3.catcode(':' as u32), Catcode::Letter);
/// assert_eq!(expl3.end_line_char(), Some(32));
/// ```
#[derive(Clone, Debug)]
pub struct Profile {
    regime: Regime,
    low: [Catcode; 256],
    stage1: &'static [u16; 4352],
    end_line_char: Option<u32>,
    /// The bytes the fast lexer stops at, derived from `low` when first
    /// asked for: a tracked assignment changes catcodes many times
    /// (`\ExplSyntaxOn` sets eleven) before the fast driver asks again.
    specials: std::sync::OnceLock<crate::classify::SpecialSet>,
    /// How bytes become characters.
    model: InputModel,
    /// Counts changes (not part of equality): lets a caller see cheaply
    /// whether catcodes changed.
    generation: u32,
    /// Catcodes set for code points from U+0100 on (by `\catcode` or by
    /// the user), which the static tables do not hold. A persistent map:
    /// with tracking, profiles are copied (to hand over to the engine, to
    /// keep in a history); a copy shares the map, and a setting copies
    /// only the path to its entry, so copies do not cost the size of the
    /// map.
    overrides: rpds::RedBlackTreeMapSync<u32, Catcode>,
}

impl Profile {
    /// The profile of one of the oracle's regimes, in LuaTeX's unicode
    /// input model.
    pub fn new(regime: Regime) -> Profile {
        Profile::for_engine(regime, TexEngine::Luatex)
    }

    /// The profile of a regime under `engine`: pdfTeX reads bytes, with the
    /// catcodes pdfTeX and pdfLaTeX give them (the oracle's
    /// `pdftex-*.txt` tables).
    ///
    /// ```
    /// use texlex::{Catcode, Profile, Regime, TexEngine};
    /// let p = Profile::for_engine(Regime::Latex, TexEngine::Pdftex);
    /// assert_eq!(p.catcode(0xC3), Catcode::Active);
    /// ```
    pub fn for_engine(regime: Regime, engine: TexEngine) -> Profile {
        let (data, end_line_char) = match regime {
            Regime::Latex => (&tables::LATEX, 13),
            Regime::LatexAt => (&tables::LATEX_AT, 13),
            Regime::Expl3 => (&tables::EXPL3, 32),
            Regime::PlainIni => (&tables::PLAIN_INI, 13),
        };
        let model = engine.input_model();
        let low = match (model, regime) {
            (InputModel::Unicode, _) => &data.low,
            (InputModel::Bytes, Regime::Latex) => &tables::PDFTEX_LATEX_LOW,
            (InputModel::Bytes, Regime::LatexAt) => &tables::PDFTEX_LATEX_AT_LOW,
            (InputModel::Bytes, Regime::Expl3) => &tables::PDFTEX_EXPL3_LOW,
            (InputModel::Bytes, Regime::PlainIni) => &tables::PDFTEX_PLAIN_INI_LOW,
        };
        Profile {
            regime,
            low: low.map(Catcode::from_number),
            stage1: data.stage1,
            end_line_char: Some(end_line_char),
            specials: std::sync::OnceLock::new(),
            model,
            generation: 0,
            overrides: rpds::RedBlackTreeMapSync::new_sync(),
        }
    }

    /// The special-byte classifier of this profile.
    pub(crate) fn specials(&self) -> &crate::classify::SpecialSet {
        self.specials
            .get_or_init(|| crate::classify::SpecialSet::new(self))
    }

    /// How this profile reads bytes.
    pub fn input_model(&self) -> InputModel {
        self.model
    }

    /// The regime this profile started from.
    pub fn regime(&self) -> Regime {
        self.regime
    }

    /// `\endlinechar`, or `None` when it is inactive (outside 0..=127 in
    /// LuaTeX's sense, where nothing is appended to a line).
    pub fn end_line_char(&self) -> Option<u32> {
        self.end_line_char
    }

    /// The catcode of code point `cp`. Codes above U+10FFFF (reachable only
    /// through `^^^^^^` notation) are "other" characters.
    #[inline]
    pub fn catcode(&self, cp: u32) -> Catcode {
        if cp < 256 {
            self.low[cp as usize]
        } else if !self.overrides.is_empty()
            && let Some(&cat) = self.overrides.get(&cp)
        {
            cat
        } else if cp <= UNICODE_MAX {
            let block = &tables::BLOCKS[self.stage1[(cp >> 8) as usize] as usize];
            let byte = block[((cp & 0xFF) >> 1) as usize];
            Catcode::from_number(byte >> ((cp & 1) * 4))
        } else {
            Catcode::Other
        }
    }

    /// Sets the catcode of `cp` (as `\catcode` does), for code points up to
    /// U+10FFFF; others are ignored, as TeX rejects them.
    ///
    /// ```
    /// use texlex::{Catcode, Profile, Regime};
    /// let mut p = Profile::new(Regime::Latex);
    /// p.set_catcode('@' as u32, Catcode::Letter);
    /// assert_eq!(p.catcode('@' as u32), Catcode::Letter);
    /// ```
    pub fn set_catcode(&mut self, cp: u32, cat: Catcode) {
        if cp < 256 {
            if self.low[cp as usize] != cat {
                self.low[cp as usize] = cat;
                self.specials = std::sync::OnceLock::new();
                self.generation = self.generation.wrapping_add(1);
            }
        } else if cp <= UNICODE_MAX && self.catcode(cp) != cat {
            self.overrides.insert_mut(cp, cat);
            self.generation = self.generation.wrapping_add(1);
        }
    }

    /// Sets `\endlinechar`: `None` (or a value outside 0..=127, which
    /// LuaTeX treats as inactive) appends nothing to lines.
    pub fn set_end_line_char(&mut self, c: Option<u32>) {
        let c = c.filter(|&c| c <= 127);
        if c != self.end_line_char {
            self.end_line_char = c;
            self.generation = self.generation.wrapping_add(1);
        }
    }

    /// A number that changes whenever a catcode or `\endlinechar` does.
    pub(crate) fn generation(&self) -> u32 {
        self.generation
    }

    /// Whether catcodes were set for code points past U+00FF.
    pub(crate) fn has_overrides(&self) -> bool {
        !self.overrides.is_empty()
    }

    /// About how many bytes a copy of this profile takes: its own size and
    /// its catcodes for code points past U+00FF.
    pub(crate) fn memory_size(&self) -> usize {
        /// What an entry of `overrides` adds, for pacing kept profiles
        /// (see `History::record`): a copy shares the map's nodes, so this
        /// counts the share of a node that a later setting copies.
        const OVERRIDE_BYTES: usize = 16;
        std::mem::size_of::<Profile>() + self.overrides.size() * OVERRIDE_BYTES
    }

    /// The catcode of an ASCII or Latin-1 byte value, without the range
    /// checks of [`Profile::catcode`].
    #[inline]
    pub fn catcode_of_byte(&self, byte: u8) -> Catcode {
        self.low[byte as usize]
    }

    /// The catcodes of all bytes, by byte value.
    #[inline]
    pub(crate) fn byte_table(&self) -> &[Catcode; 256] {
        &self.low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point of every vendored table file gets exactly the
    /// catcode the file says: the generated tables are checked against
    /// their source, not against themselves.
    #[test]
    fn tables_match_the_oracle_dumps() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/catcodes");
        for regime in Regime::ALL {
            let profile = Profile::new(regime);
            let path = format!("{data}/{}.txt", regime.name());
            let text = std::fs::read_to_string(&path).expect(&path);
            let mut next = 0u32;
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let mut fields = line.split_whitespace();
                let first = u32::from_str_radix(fields.next().unwrap(), 16).unwrap();
                let last = u32::from_str_radix(fields.next().unwrap(), 16).unwrap();
                let cat: u8 = fields.next().unwrap().parse().unwrap();
                assert_eq!(first, next, "{path}: gap or overlap at {line}");
                for cp in first..=last {
                    assert_eq!(
                        profile.catcode(cp).number(),
                        cat,
                        "{} U+{cp:04X}",
                        regime.name()
                    );
                }
                next = last + 1;
            }
            assert_eq!(next, 0x11_0000, "{path} must cover all code points");
        }
    }

    #[test]
    fn codes_beyond_unicode_are_other() {
        let p = Profile::new(Regime::Latex);
        assert_eq!(p.catcode(0x11_0000), Catcode::Other);
        assert_eq!(p.catcode(0xFF_FFFF), Catcode::Other);
    }

    #[test]
    fn oracle_readme_table_spot_checks() {
        let latex = Profile::new(Regime::Latex);
        let plain = Profile::new(Regime::PlainIni);
        let at = Profile::new(Regime::LatexAt);
        assert_eq!(latex.catcode(0xAD), Catcode::Active);
        assert_eq!(latex.catcode(0xFEFF), Catcode::Ignored);
        assert_eq!(plain.catcode(0xFEFF), Catcode::Ignored);
        assert_eq!(latex.catcode(0xE9), Catcode::Letter);
        assert_eq!(plain.catcode(0xE9), Catcode::Other);
        assert_eq!(latex.catcode(0), Catcode::Invalid);
        assert_eq!(plain.catcode(0), Catcode::Ignored);
        assert_eq!(at.catcode('@' as u32), Catcode::Letter);
        assert_eq!(latex.catcode('@' as u32), Catcode::Other);
        assert_eq!(latex.catcode(0x4E2D), Catcode::Letter);
        assert_eq!(latex.catcode(0x1F600), Catcode::Other);
    }
}
