//! The fast driver: walks the whole source from stop to stop (special
//! bytes, see [`crate::walker`] and [`crate::classify`]), storing runs of
//! plain characters (with the braces, single spaces and line ends in state
//! M among them) as segments and handling the common special bytes (line ends, spaces,
//! control words and symbols, braces, comments, active and invalid ASCII
//! characters) itself. Anything rarer — `^^` notation, non-ASCII characters
//! other than letters and "other" characters, ill-formed UTF-8, `^` in a
//! name — hands the rest of that line to the reference engine, which ports
//! LuaTeX exactly. Both drivers produce identical stores (tested).
//!
//! With catcode tracking ([`lex_tracked`]) the same walk goes on: braces,
//! and the control sequences the tracker may act on, are shown to it;
//! plain runs are not, as a quiet tracker ignores them. Whatever makes the
//! tracker busy (a `\catcode` number, a `\def` body, `\verb`, a verbatim
//! environment) hands the line, and the lines after until it is quiet, to
//! the engine; catcode changes rebuild the walker.

mod tracked;

use std::ops::Deref;

use crate::buffer::{LineGeometry, decode_valid};
use crate::classify::is_plain;
use crate::engine::{Engine, Resume, State, end_line_byte};
use crate::intern::{Interner, RecentNames, builtin};
use crate::line_end::{self, Line};
#[cfg(test)]
use crate::store::Builder;
use crate::store::Sink;
use crate::track::Seen;
use crate::walker::Walker;
use crate::{Catcode, CsId, Profile, Span, TriviaKind};

use tracked::Tracking;
pub(crate) use tracked::lex_tracked;

/// What the end-of-line character does, by state.
#[derive(Clone, Copy)]
enum EndOfLine {
    /// Catcode 5: `\par` in state N, a space in state M, nothing in S.
    CarriageReturn,
    /// Catcode 10: a space in state M, nothing otherwise.
    Space,
    /// Catcode 9, or no end-of-line character: nothing.
    Nothing,
}

/// Lexes `source` into the engine's builder and pushes line starts. Returns
/// `false`, having done nothing, if the profile is one the fast driver does
/// not handle (exotic catcodes of space, line ends or `\endlinechar`).
pub(crate) fn lex(
    source: &[u8],
    profile: &Profile,
    out: &mut impl Sink,
    names: &mut Interner,
    line_starts: &mut Vec<u32>,
) -> bool {
    let end_line_char = end_line_byte(profile);
    let Some(end_of_line) = end_of_line_rule(profile, end_line_char) else {
        return false;
    };
    let mut lexer = FastLexer {
        source,
        profile,
        out,
        names,
        line_starts,
        end_of_line,
        end_line_char,
        state: State::NewLine,
        line_open: true,
        tracking: None,
        recent: RecentNames::new(),
    };
    lexer.run();
    true
}

/// Whether a static lex under `profile` lets LFs join runs (see
/// [`Walker::joining_line_ends`]): its end-of-line character makes a
/// space in state M.
pub(crate) fn line_ends_join(profile: &Profile) -> bool {
    matches!(
        end_of_line_rule(profile, end_line_byte(profile)),
        Some(EndOfLine::CarriageReturn | EndOfLine::Space)
    )
}

/// What the end of a line read with `end_line_char` appended does under
/// `profile`'s catcodes, if the fast driver handles it.
fn end_of_line_rule(profile: &Profile, end_line_char: Option<u8>) -> Option<EndOfLine> {
    if profile.input_model() == crate::InputModel::Bytes {
        // pdfTeX's bytes take the reference engine.
        return None;
    }
    let space = profile.catcode_of_byte(b' ');
    let not_letters = [b' ', b'\n', b'\r'].iter().all(|&b| {
        !matches!(
            profile.catcode_of_byte(b),
            Catcode::Letter | Catcode::Superscript
        )
    });
    if !not_letters || !matches!(space, Catcode::Space | Catcode::Ignored) {
        return None;
    }
    match end_line_char {
        Some(c) => match profile.catcode_of_byte(c) {
            Catcode::EndOfLine => Some(EndOfLine::CarriageReturn),
            Catcode::Space => Some(EndOfLine::Space),
            Catcode::Ignored => Some(EndOfLine::Nothing),
            _ => None,
        },
        _ => None,
    }
}

/// The catcodes the fast driver reads: a fixed table (static lexing, read
/// with no indirection) or one that tracking changes.
trait Catcodes<'a>: Deref<Target = Profile> {
    /// Whether these catcodes may be tracked: false compiles tracking out.
    const TRACKABLE: bool;

    /// The catcodes to change. Only tracking changes them, and a fixed
    /// table is never tracked.
    fn tracked(&mut self) -> &mut Profile;
}

impl<'a> Catcodes<'a> for &'a Profile {
    const TRACKABLE: bool = false;

    fn tracked(&mut self) -> &mut Profile {
        unreachable!("a fixed catcode table is never tracked")
    }
}

struct FastLexer<'a, P: Catcodes<'a>, S: Sink> {
    source: &'a [u8],
    profile: P,
    out: &'a mut S,
    names: &'a mut Interner,
    /// The lines started so far (the last one is the current line).
    line_starts: &'a mut Vec<u32>,
    end_of_line: EndOfLine,
    /// The `\endlinechar` TeX appended to the current line when it read it
    /// (tracking may change it since, for the lines after).
    end_line_char: Option<u8>,
    state: State,
    /// Whether a line is open: false only after the last line ended (a
    /// final terminator opens no line).
    line_open: bool,
    /// Catcode tracking, if on.
    tracking: Option<Tracking>,
    /// The names met last, in front of `names`.
    recent: RecentNames,
}

fn span(start: usize, end: usize) -> Span {
    Span::new(start as u32, end as u32)
}

impl<'a, P: Catcodes<'a>, S: Sink> FastLexer<'a, P, S> {
    /// Whether catcode tracking is on (known at compile time for a fixed
    /// table).
    #[inline(always)]
    fn tracks(&self) -> bool {
        P::TRACKABLE && self.tracking.is_some()
    }

    fn run(&mut self) {
        self.line_starts.push(0);
        let mut pos = 0;
        if !self.tracks() {
            self.run_with_walker::<false>(pos);
            return;
        }
        // The walker is rebuilt whenever tracked catcodes change.
        while let Some(next) = self.run_with_walker::<true>(pos) {
            pos = next;
            self.catcodes_changed();
        }
    }

    /// The main loop with one walker; returns where to go on when tracked
    /// catcodes changed (the walker depends on them), `None` at the end.
    /// `TRACKING` (whether `self.tracking` is on) compiles the checks for
    /// it out of the static loop.
    fn run_with_walker<const TRACKING: bool>(&mut self, mut pos: usize) -> Option<usize> {
        let source = self.source;
        let len = source.len();
        let set = self.profile.specials().clone();
        // Braces stay in runs: their balance is counted, and a quiet
        // tracker takes them in place (see `walk`).
        let mut walker = Walker::new(source, &set);
        if self.line_ends_join() {
            walker = walker.joining_line_ends();
        }
        loop {
            if TRACKING && self.tracking.as_ref().is_some_and(|t| t.changed) {
                return Some(pos);
            }
            if TRACKING && self.line_open && self.engine_for_lines() {
                // From here (a line start, or where the catcodes stopped
                // suiting the fast driver) to the line's end.
                pos = self.rest_of_line_by_engine(pos);
                continue;
            }
            // A run never starts with a space or an LF (see `Walker`).
            // A single space after a plain character (`word word`,
            // `word \cs`) is a space token TeX reads in state M: the walker
            // lets it join the run, as it does an LF there.
            let q = if matches!(source.get(pos), Some(b' ' | b'\n')) {
                pos
            } else {
                self.walk::<TRACKING>(&mut walker, pos)
            };
            if q > pos {
                self.out.segment(span(pos, q));
                self.state = match source[q - 1] {
                    // After a space token TeX skips blanks.
                    b' ' => State::SkipBlanks,
                    // A joined line end: a new line starts.
                    b'\n' => State::NewLine,
                    _ => State::MidLine,
                };
            }
            if q >= len {
                if self.line_open {
                    self.end_line(len, len);
                }
                return None;
            }
            let b = source[q];
            pos = match b {
                b'\n' | b'\r' => {
                    let end = line_end::terminator_end(source, q);
                    self.end_line(q, end);
                    self.line_ended(end);
                    end
                }
                b' ' => self.spaces(q),
                0x80.. => self.non_ascii(q),
                _ => match self.profile.catcode_of_byte(b) {
                    Catcode::Escape => match self.escape(q) {
                        Some(next) => next,
                        None => self.end_of_line_at(q),
                    },
                    Catcode::BeginGroup | Catcode::EndGroup => self.group_char(q),
                    Catcode::Active if self.is_short_verb(u32::from(b)) => {
                        self.rest_of_line_by_engine(q)
                    }
                    Catcode::Active => {
                        self.out.active(u32::from(b), span(q, q + 1), true);
                        self.state = State::MidLine;
                        self.track(Seen::Active(u32::from(b)), q, q + 1)
                    }
                    Catcode::Invalid => {
                        self.out.invalid(u32::from(b), span(q, q + 1), true);
                        q + 1
                    }
                    Catcode::Ignored => {
                        self.out.trivia(TriviaKind::Ignored, span(q, q + 1));
                        q + 1
                    }
                    Catcode::Space => {
                        self.space_char(q, q + 1);
                        q + 1
                    }
                    Catcode::Comment => self.comment(q),
                    Catcode::Superscript if source.get(q + 1) != Some(&b) => {
                        self.out
                            .char(Catcode::Superscript, u32::from(b), span(q, q + 1), true);
                        self.state = State::MidLine;
                        q + 1
                    }
                    cat if is_plain(cat) => {
                        // A plain byte the classifier flags anyway (controls
                        // are special in every profile).
                        self.out.char(cat, u32::from(b), span(q, q + 1), true);
                        self.state = State::MidLine;
                        q + 1
                    }
                    _ => self.rest_of_line_by_engine(q),
                },
            };
        }
    }

    /// Whether LFs may join runs of plain characters: the end-of-line
    /// character makes a space token in state M, and (tracking) the next
    /// line reads the same one (no new line starts where the walker lets
    /// an LF through, so none would read a changed one; a change rebuilds
    /// the walker, see [`FastLexer::read_end_line_char`]).
    fn line_ends_join(&self) -> bool {
        matches!(
            self.end_of_line,
            EndOfLine::CarriageReturn | EndOfLine::Space
        ) && (!self.tracks() || end_line_byte(&self.profile) == self.end_line_char)
    }

    /// The next stop from `from` (see [`Walker::next_from_marking`]). The
    /// braces of the run up to it have their balance counted, and are
    /// shown to the tracker, if tracking, in place: a quiet tracker only
    /// opens and closes groups. A brace it cannot take that way (a `}` that
    /// restores catcodes, or one while it is busy) ends the run: it is
    /// returned as the stop, a token of its own. Lines that start inside
    /// the run (after a joined LF) are recorded.
    #[inline(always)]
    fn walk<const TRACKING: bool>(&mut self, walker: &mut Walker, from: usize) -> usize {
        let source = self.source;
        let (profile, out) = (&self.profile, &mut *self.out);
        let line_starts = &mut *self.line_starts;
        let mut tracker = match &mut self.tracking {
            Some(t) if TRACKING => Some(&mut t.tracker),
            _ => None,
        };
        let mut line_ends = |base: usize, mut lf: u64| {
            while lf != 0 {
                let start = base + lf.trailing_zeros() as usize + 1;
                lf &= lf - 1;
                line_starts.push(start as u32);
            }
        };
        walker.next_from_marking(
            from,
            #[inline(always)]
            |base, mut group, lf| {
                while group != 0 {
                    let at = base + group.trailing_zeros() as usize;
                    group &= group - 1;
                    let cat = profile.catcode_of_byte(source[at]);
                    if let Some(tracker) = &mut tracker
                        && !tracker.quiet_brace(cat == Catcode::BeginGroup)
                    {
                        // The run ends here: only the lines that start
                        // before this brace started.
                        line_ends(base, lf & ((1 << (at - base)) - 1));
                        return Some(at);
                    }
                    out.brace(cat, span(at, at + 1));
                }
                line_ends(base, lf);
                None
            },
        )
    }

    /// A brace at `q` that is a token of its own (not part of a run).
    fn group_char(&mut self, q: usize) -> usize {
        let b = self.source[q];
        let cat = self.profile.catcode_of_byte(b);
        self.out.char(cat, u32::from(b), span(q, q + 1), true);
        self.state = State::MidLine;
        let seen = Seen::Char {
            cat: cat.number(),
            code: u32::from(b),
        };
        self.track(seen, q, q + 1)
    }

    /// Where the current line starts.
    fn line_start(&self) -> usize {
        self.line_starts.last().map_or(0, |&s| s as usize)
    }

    /// A new line starts at `start`.
    #[inline(always)]
    fn next_line(&mut self, start: usize) {
        self.line_starts.push(start as u32);
        self.state = State::NewLine;
        if self.tracks() {
            self.read_end_line_char();
        }
    }

    /// The end-of-line character, read at the terminator `te..le`.
    #[inline(always)]
    fn end_line(&mut self, te: usize, le: usize) {
        let out = &mut *self.out;
        let span = span(te, le);
        match (self.end_of_line, self.state) {
            (EndOfLine::CarriageReturn, State::NewLine) => {
                out.cs(builtin::PAR, span);
                // A quiet tracker does nothing with `\par`: show it only a
                // busy one (a `\catcode` number ends there, say).
                let quiet = |t: &Tracking| {
                    t.tracker.ignores_plain_characters() && !crate::track::may_act_on(builtin::PAR)
                };
                if self.tracks() && !self.tracking.as_ref().is_some_and(quiet) {
                    self.feed_at_line_end(Seen::Cs(b"par"), span);
                }
            }
            (EndOfLine::CarriageReturn | EndOfLine::Space, State::MidLine) => {
                out.end_of_line_space(span)
            }
            _ => out.trivia(TriviaKind::Eol, span),
        }
    }

    /// A run of U+0020 at `q`: trailing spaces, or spaces TeX reads.
    #[inline(always)]
    fn spaces(&mut self, q: usize) -> usize {
        let source = self.source;
        let r = q + source[q..].iter().take_while(|&&b| b == b' ').count();
        if r == source.len() || line_end::is_terminator_byte(source[r]) {
            // Trailing: removed before TeX reads the line.
            self.out.trivia(TriviaKind::Space, span(q, r));
        } else if self.profile.catcode_of_byte(b' ') == Catcode::Space {
            self.space_char(q, r);
        } else {
            self.out.trivia(TriviaKind::Ignored, span(q, r));
        }
        r
    }

    /// Catcode-10 characters `q..r` (one or more bytes).
    fn space_char(&mut self, q: usize, r: usize) {
        let out = &mut *self.out;
        if self.state == State::MidLine {
            out.char(Catcode::Space, 32, span(q, q + 1), true);
            out.trivia(TriviaKind::Space, span(q + 1, r));
            self.state = State::SkipBlanks;
        } else {
            out.trivia(TriviaKind::Space, span(q, r));
        }
    }

    /// A non-ASCII byte at `q`: letters and others join runs; active,
    /// ignored and invalid characters are easy; the rest goes to the engine.
    fn non_ascii(&mut self, q: usize) -> usize {
        let source = self.source;
        let Some(len) = valid_char_len(&source[q..]) else {
            return self.rest_of_line_by_engine(q);
        };
        let (c, _) = decode_valid(source, q);
        let cat = self.profile.catcode(c);
        if cat == Catcode::Active && self.is_short_verb(c) {
            return self.rest_of_line_by_engine(q);
        }
        let out = &mut *self.out;
        let s = span(q, q + len);
        match cat {
            cat if is_plain(cat) => {
                out.char(cat, c, s, true);
                self.state = State::MidLine;
            }
            Catcode::Active => {
                out.active(c, s, true);
                self.state = State::MidLine;
                return self.track(Seen::Active(c), q, q + len);
            }
            Catcode::Ignored => out.trivia(TriviaKind::Ignored, s),
            Catcode::Invalid => out.invalid(c, s, true),
            _ => return self.rest_of_line_by_engine(q),
        }
        q + len
    }

    /// An escape character at `q`. Returns the position after the control
    /// sequence, or `None` when it ended the line (`\` at its end).
    #[inline(always)]
    fn escape(&mut self, q: usize) -> Option<usize> {
        let source = self.source;
        let len = source.len();
        let n = q + 1;
        let after_spaces = n + source[n.min(len)..]
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        if after_spaces >= len || line_end::is_terminator_byte(source[after_spaces]) {
            // `\` + `\endlinechar`: the name is that character and the
            // token swallows the trailing spaces and the terminator.
            let Some(end_line_char) = self.end_line_char else {
                return Some(self.rest_of_line_by_engine(q));
            };
            let end = line_end::terminator_end(source, after_spaces);
            let id = CsId(u32::from(end_line_char));
            self.out.cs(id, span(q, end));
            let name = [end_line_char];
            if self.tracks() {
                self.feed_at_line_end(Seen::Cs(&name), span(q, end));
            }
            return None;
        }
        let c = source[n];
        if c >= 0x80 {
            return Some(self.rest_of_line_by_engine(q));
        }
        let profile: &Profile = &self.profile;
        let cat = profile.catcode_of_byte(c);
        if cat == Catcode::Letter {
            let k = n
                + 1
                + source[n + 1..]
                    .iter()
                    .take_while(|&&b| b < 0x80 && profile.catcode_of_byte(b) == Catcode::Letter)
                    .count();
            if k < len
                && (source[k] >= 0x80 || profile.catcode_of_byte(source[k]) == Catcode::Superscript)
            {
                // A non-ASCII letter may continue the name; `^^` may
                // rewrite it.
                return Some(self.rest_of_line_by_engine(q));
            }
            let id = self.recent.intern_in(self.names, source, n, k);
            let name = &source[n..k];
            if self.tracks() && matches!(id, builtin::BEGIN | builtin::END | builtin::VERB) {
                return Some(self.environment_or_verb(id, q, k));
            }
            self.out.cs(id, span(q, k));
            self.state = State::SkipBlanks;
            return Some(self.track_cs(id, name, q, k));
        }
        if cat == Catcode::Superscript && source.get(n + 1) == Some(&c) {
            return Some(self.rest_of_line_by_engine(q));
        }
        self.out.cs(CsId(u32::from(c)), span(q, n + 1));
        self.state = if cat == Catcode::Space {
            State::SkipBlanks
        } else {
            State::MidLine
        };
        Some(self.track_cs(CsId(u32::from(c)), &[c], q, n + 1))
    }

    /// Shows a token that ended at `next` to the tracker, if tracking.
    /// Returns where to go on: `next`, or, if the tracker became busy, the
    /// end of the line, which the engine then lexed.
    #[inline(always)]
    fn track(&mut self, seen: Seen, q: usize, next: usize) -> usize {
        if !self.tracks() {
            return next;
        }
        if let Seen::Char {
            cat: cat @ (1 | 2), ..
        } = seen
        {
            // Most braces only open or close a group with nothing in it.
            let tracker = &mut self.tracking.as_mut().expect("tracking").tracker;
            if tracker.quiet_brace(cat == 1) {
                return next;
            }
        }
        self.track_slow(seen, q, next)
    }

    /// [`FastLexer::track`] for the control sequence `id` named `name`: most
    /// names leave a quiet tracker as it is and are not shown to it.
    fn track_cs(&mut self, id: CsId, name: &[u8], q: usize, next: usize) -> usize {
        if !self.tracks() {
            return next;
        }
        let watches = |t: &Tracking| t.tracker.watches_every_name();
        if crate::track::may_act_on(id) || self.tracking.as_ref().is_some_and(watches) {
            self.track(Seen::Cs(name), q, next)
        } else {
            next
        }
    }

    /// Whether the active character `code` is a short verb now: the engine
    /// reads it.
    #[inline]
    fn is_short_verb(&self, code: u32) -> bool {
        self.tracks()
            && self
                .tracking
                .as_ref()
                .is_some_and(|t| t.tracker.short_verb(code))
    }

    /// After `\` at the end of a line: the line is over.
    fn end_of_line_at(&mut self, q: usize) -> usize {
        let end = line_end::line_end_after(self.source, q);
        self.line_ended(end);
        end
    }

    /// A comment character at `q`: the rest of the line is trivia.
    fn comment(&mut self, q: usize) -> usize {
        let source = self.source;
        let Line {
            content_end: ce,
            terminator_start: te,
            end: le,
            ..
        } = Line::from(source, q);
        let out = &mut *self.out;
        // TeX never reads a comment, but ill-formed UTF-8 is reported
        // wherever it is.
        let text = &source[q..ce];
        if !text.is_ascii() {
            let mut at = q;
            for chunk in text.utf8_chunks() {
                at += chunk.valid().len();
                let bad = chunk.invalid().len();
                if bad > 0 {
                    out.ill_formed_utf8(span(at, at + bad));
                    at += bad;
                }
            }
        }
        out.trivia(TriviaKind::Comment, span(q, ce));
        out.trivia(TriviaKind::Space, span(ce, te));
        out.trivia(TriviaKind::Eol, span(te, le));
        self.line_ended(le);
        le
    }

    /// The reference engine lexes the line from `q` on. Returns the end of
    /// the line.
    fn rest_of_line_by_engine(&mut self, q: usize) -> usize {
        let source = self.source;
        let line_start = self.line_start();
        let line = LineGeometry {
            start: line_start as u32,
            ..Line::from(source, q).into()
        };
        let le = line.end as usize;
        let resume = Resume::At {
            loc: q - line_start,
            state: self.state,
        };
        if !self.tracks() {
            Engine::new(&self.profile, self.out, self.names).lex_line_ending_with(
                source,
                line,
                resume,
                false,
                self.end_line_char,
            );
            self.line_ended(le);
            return le;
        }
        self.rest_of_line_tracked(line, resume)
    }

    /// The current line ended at `end` (after its terminator, if any).
    #[inline(always)]
    fn line_ended(&mut self, end: usize) {
        if end > 0 && line_end::is_terminator_byte(self.source[end - 1]) {
            self.next_line(end);
        }
        self.line_open = end < self.source.len();
    }
}

/// The length of the valid UTF-8 character at the start of `s`, if any.
fn valid_char_len(s: &[u8]) -> Option<usize> {
    let n = match s[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let bytes = s.get(..n)?;
    std::str::from_utf8(bytes).ok().map(|_| n)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::LexOptions;
    use crate::Regime;
    use crate::engine::EngineState;
    pub(super) use crate::twins::{run, run_tracked};
    use proptest::prelude::*;

    pub(crate) fn texish() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(&b"\\"[..]),
            Just(&b"^^"[..]),
            Just(&b"^"[..]),
            Just(&b"{"[..]),
            Just(&b"}"[..]),
            Just(&b"%"[..]),
            Just(&b" "[..]),
            Just(&b"  "[..]),
            Just(&b"\t"[..]),
            Just(&b"\n"[..]),
            Just(&b"\r"[..]),
            Just(&b"\r\n"[..]),
            Just(&b"ab"[..]),
            Just(&b"x"[..]),
            Just(&b"@"[..]),
            Just(&b"$"[..]),
            Just(&b"~"[..]),
            Just(&b"5c"[..]),
            Just(&b"^^^^00e9"[..]),
            Just("é".as_bytes()),
            Just("😀".as_bytes()),
            Just(&b"\xff"[..]),
            Just(&b"\xc3"[..]),
            Just(&b"\x7f"[..]),
            Just(&b"\x00"[..]),
            Just(&b"\x0c"[..]),
            Just("\u{FEFF}".as_bytes()),
            Just("\u{AD}".as_bytes()),
            Just(&b":_"[..]),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    /// The tracked fast driver takes LaTeX from the start of a file, and
    /// hands nothing back while it is quiet.
    #[test]
    fn fast_driver_takes_tracked_latex() {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking_with_verbatim();
        let initial = EngineState::initial(&profile, &options);
        let source = b"\\section{A} text\n\n\\makeatletter\\a@b\n";
        let mut out = Builder::for_source(source);
        let (mut names, mut starts) = (Interner::new(), Vec::new());
        let lexed = lex_tracked(source, &initial, &mut out, &mut names, &mut starts);
        let (end, open) = lexed.expect("the fast driver handles LaTeX");
        assert!(!open);
        assert!(end.is_quiet());
        assert_eq!(end.profile().catcode(u32::from(b'@')), Catcode::Letter);
        assert_eq!(starts, [0, 17, 18, 36]);
    }

    /// Braces inside a run go to a quiet tracker in place; a `}` that
    /// restores a catcode ends the run, and what follows it in the same
    /// stretch of plain characters is read with the restored catcodes.
    #[test]
    fn a_brace_inside_a_run_restores_catcodes() {
        let profile = Profile::new(Regime::Latex);
        let source = b"{\\makeatletter a{b}c}@d {x}@\n";
        let lexed = crate::lex_with(source, &profile, &LexOptions::tracking());
        let cats: Vec<(u8, Catcode)> = lexed
            .tokens()
            .filter_map(|t| match t.kind {
                crate::TokenKind::Char { cat, code } => Some((code as u8, cat)),
                _ => None,
            })
            .collect();
        let at: Vec<Catcode> = cats.iter().filter(|c| c.0 == b'@').map(|c| c.1).collect();
        assert_eq!(at, [Catcode::Other, Catcode::Other]);
        let letters = b"abcdx".map(|l| cats.iter().find(|c| c.0 == l).map(|c| c.1));
        assert!(letters.iter().all(|&c| c == Some(Catcode::Letter)));
        // And the reference engine agrees on every record; also when the
        // run holds line ends before the brace that ends it (their lines
        // start; those after it are read again).
        for source in [
            &source[..],
            b"{\\makeatletter a\nb}c@\nd\n",
            b"{\\makeatletter\na\nb}\n@\n",
        ] {
            let start = EngineState::initial(&profile, &LexOptions::tracking());
            same_tracked(source, &start).unwrap();
        }
    }

    /// TeX appends `\endlinechar` as it reads a line: `\ExplSyntaxOff`
    /// restores 13 for the lines after, but the line it is on already ends
    /// with the 32 of `\ExplSyntaxOn` — a space token here, where 13
    /// (catcode 12 in this file) would be an "other" character.
    #[test]
    fn a_line_keeps_the_end_character_it_was_read_with() {
        let profile = Profile::new(Regime::Latex);
        let source = b"\\catcode13=12 \\ExplSyntaxOn\n\\ExplSyntaxOff{}\n";
        for options in [LexOptions::tracking(), LexOptions::tracking_with_verbatim()] {
            let lexed = crate::lex_with(source, &profile, &options);
            let last = lexed.tokens().last().expect("tokens");
            assert_eq!(
                last.kind,
                crate::TokenKind::Char {
                    cat: Catcode::Space,
                    code: 32
                }
            );
            assert_eq!(last.span, Span::new(44, 45));
        }
    }

    /// The space token of a line end in state M joins the run before it
    /// (the walker lets such LFs through; the builder appends a one-byte
    /// line end's space to an open segment, for both drivers): fewer
    /// entries, the same tokens, spans, line starts and token counts.
    #[test]
    fn line_ends_in_state_m_join_runs() {
        let profile = Profile::new(Regime::Latex);
        let source = b"ab\ncd\n\n\\x\ne {f}\nlast\n";
        let lexed = crate::lex(source, &profile);
        // "ab⏎cd⏎", `\par`, `\x`, its line end (trivia), "e {f}⏎last⏎".
        assert_eq!(lexed.entry_count(), 5);
        let space = |at: u32| {
            (
                crate::TokenKind::Char {
                    cat: Catcode::Space,
                    code: 32,
                },
                Span::new(at, at + 1),
            )
        };
        let tokens: Vec<_> = lexed.tokens().map(|t| (t.kind, t.span)).collect();
        let letter = |c: u8, at: u32| {
            (
                crate::TokenKind::Char {
                    cat: Catcode::Letter,
                    code: u32::from(c),
                },
                Span::new(at, at + 1),
            )
        };
        assert_eq!(
            &tokens[..7],
            [
                letter(b'a', 0),
                letter(b'b', 1),
                space(2),
                letter(b'c', 3),
                letter(b'd', 4),
                space(5),
                (crate::TokenKind::Cs(builtin::PAR), Span::new(6, 7)),
            ]
        );
        assert_eq!(tokens[13], space(15));
        assert_eq!(tokens.last(), Some(&space(20)));
        assert_eq!(lexed.token_stats().tokens(), tokens.len() as u64);
        assert_eq!(lexed.line_index().line_starts(), [0, 3, 6, 7, 10, 16, 21]);
        let (fast, reference) = (run(source, &profile, true), run(source, &profile, false));
        assert_eq!(fast, reference);
    }

    /// Found by fuzzing the drivers: a catcode-5 character inside a line
    /// (`@` here) in state M ends the line with a space token spanning
    /// that character; unlike the end-of-line character's, that space
    /// must not join the segment before it (a segment would decode the
    /// `@` with its catcode, 5).
    #[test]
    fn a_catcode_5_character_inside_a_line_is_no_line_end() {
        let profile = Profile::new(Regime::LatexAt);
        let source = b"p\\catcode`\\@=05 |\xffb\n}@a\\\xffGbb\\";
        for options in [LexOptions::tracking(), LexOptions::tracking_with_verbatim()] {
            same_tracked(source, &EngineState::initial(&profile, &options)).unwrap();
            let lexed = crate::lex_with(source, &profile, &options);
            let space = lexed.tokens().find(|t| t.span == Span::new(21, 22));
            let space = space.expect("a token at the `@`").kind;
            assert_eq!(
                space,
                crate::TokenKind::Char {
                    cat: Catcode::Space,
                    code: 32
                }
            );
        }
    }

    /// Both drivers agree on `source` from `start`.
    fn same_tracked(source: &[u8], start: &EngineState) -> Result<(), TestCaseError> {
        let fast = run_tracked(source, start, true);
        let reference = run_tracked(source, start, false);
        let (a, b) = (&fast.0.0, &reference.0.0);
        if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
            prop_assert!(
                false,
                "{:?}: record {i} differs: fast {:?}, reference {:?}",
                String::from_utf8_lossy(source),
                &a[i.min(a.len())..(i + 3).min(a.len())],
                &b[i.min(b.len())..(i + 3).min(b.len())]
            );
        }
        prop_assert_eq!(&fast.0, &reference.0);
        prop_assert_eq!(&fast.1, &reference.1);
        prop_assert_eq!(&fast.2, &reference.2);
        prop_assert!(fast.3 == reference.3, "end states differ");
        prop_assert_eq!(fast.4, reference.4);
        Ok(())
    }

    /// LaTeX as regimes meet it: catcode assignments, groups, regime
    /// switches, definitions, `\verb` and verbatim environments.
    pub(crate) fn tracked_texish() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            texish(),
            Just(&b"\\makeatletter"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\makeatother "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\ExplSyntaxOn\n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\ExplSyntaxOff"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`\\@=11 "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`\\%=12\n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`|=0"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode 32=12"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`\\^^M=13 "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode\"7E=\\active"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\global\\catcode`\\~=12\n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\endlinechar=-1 "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begingroup"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\endgroup"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\bgroup\\egroup"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\def\\x#1{\\catcode`@=11 #1}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\verb|a b|"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\verb*+x"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{verbatim}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\end{verbatim}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{minted}[x]{tex}\n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\end{minted}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{document}\\end{document}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin\n{comment}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\end {comment}\n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\a@b \\c_d:n"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{x}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\end{x}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{a1*}\\makeatletter"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\end{a1*}"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\begin{x}\\ExplSyntaxOn "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`\\{=12 "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\catcode`\\x=12 "[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\\verb"[..]).prop_map(<[u8]>::to_vec),
            Just(&b"\n\n"[..]).prop_map(<[u8]>::to_vec),
            proptest::sample::select(crate::latex::TEST_PIECES).prop_map(<[u8]>::to_vec),
            proptest::sample::select(crate::latex::TEST_PIECES).prop_map(<[u8]>::to_vec),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// With tracking too, the fast driver is the reference driver, only
        /// faster: from the start of a file and from a state a previous
        /// piece left.
        #[test]
        fn fast_tracked_equals_reference(
            before in tracked_texish(),
            src in tracked_texish(),
            regime in proptest::sample::select(Regime::ALL.to_vec()),
            verbatim in any::<bool>(),
        ) {
            let profile = Profile::new(regime);
            let options = if verbatim {
                LexOptions::tracking_with_verbatim()
            } else {
                LexOptions::tracking()
            };
            let initial = EngineState::initial(&profile, &options);
            same_tracked(&src, &initial)?;
            // A later piece starts wherever the one before ended.
            let mut names = Interner::new();
            let (_, start, _) = crate::driver::lex_tracked_piece_with(
                &before, &initial, &mut names, false);
            same_tracked(&src, &start)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The fast driver is the reference driver, only faster.
        #[test]
        fn fast_equals_reference(src in prop_oneof![texish(), proptest::collection::vec(any::<u8>(), 0..100)],
                                 regime in proptest::sample::select(Regime::ALL.to_vec())) {
            let profile = Profile::new(regime);
            let fast = run(&src, &profile, true);
            let reference = run(&src, &profile, false);
            prop_assert_eq!(fast, reference);
        }
    }
}

#[cfg(test)]
mod block_edges {
    use super::*;
    use crate::Regime;
    use crate::classify::BLOCK;

    /// Constructs that span two bytes or more, placed across every offset
    /// around the walker's first 64-byte block edge and its first window
    /// edge (see [`crate::walker`]; a walk's 64-byte views start wherever
    /// it enters them, so many alignments occur): the fast driver must
    /// still agree with the reference engine, statically and tracking.
    #[test]
    fn multi_byte_constructs_straddling_block_edges() {
        let pieces: [&[u8]; 22] = [
            b"{x}",
            b"}{",
            b"a {b} c",
            b"a \\b",
            b"a %x\n",
            b"a ~",
            b"a \t b",
            b"a ^^41",
            "a \u{e9}".as_bytes(),
            b"a \x00b",
            b"^^41",
            b"^^^^00e9",
            b"\r\n",
            "é".as_bytes(),
            "😀".as_bytes(),
            b"\\foo",
            b"a b",
            b"  \n",
            b"\\ \n",
            b"\xe2\x82",
            b"%x\n",
            b"\\a^^62c",
        ];
        for regime in Regime::ALL {
            let profile = Profile::new(regime);
            for piece in pieces {
                let window = crate::walker::WINDOW_BYTES;
                for pad in (BLOCK - 8..BLOCK + 8).chain(window - 8..window + 8) {
                    for filler in [b'x', b' '] {
                        let mut src = vec![filler; pad];
                        src.extend_from_slice(piece);
                        src.extend_from_slice(b"yz w\n");
                        assert_eq!(
                            tests::run(&src, &profile, true),
                            tests::run(&src, &profile, false),
                            "{regime:?} {:?} at {pad}",
                            String::from_utf8_lossy(piece)
                        );
                        let start = crate::engine::EngineState::initial(
                            &profile,
                            &crate::LexOptions::tracking(),
                        );
                        let (fast, reference) = (
                            tests::run_tracked(&src, &start, true),
                            tests::run_tracked(&src, &start, false),
                        );
                        assert!(
                            fast == reference,
                            "tracked {regime:?} {:?} at {pad}",
                            String::from_utf8_lossy(piece)
                        );
                    }
                }
            }
        }
    }

    /// Braces inside plain runs longer than a block (their balance comes
    /// from masks of blocks the walker has left), unmatched ones included.
    #[test]
    fn braces_in_runs_longer_than_a_block() {
        let latex = Profile::new(Regime::Latex);
        let mut brackets = latex.clone();
        brackets.set_catcode(u32::from(b'['), Catcode::BeginGroup);
        brackets.set_catcode(u32::from(b'}'), Catcode::Other);
        let runs = [
            b"{x}".repeat(50),
            b"{{ab".repeat(40),
            b"}x}{".repeat(45),
            b"[x}[x{".repeat(30),
            [
                b"a".repeat(130),
                b"}".to_vec(),
                b"b".repeat(70),
                b"{".to_vec(),
            ]
            .concat(),
        ];
        for profile in [latex, brackets] {
            for run in &runs {
                for lead in [&b""[..], b"\\cs", b"x y", b"{"] {
                    let src = [lead, run, b"\n", run, b" z\n"].concat();
                    assert_eq!(
                        tests::run(&src, &profile, true),
                        tests::run(&src, &profile, false),
                        "{:?}",
                        String::from_utf8_lossy(&src)
                    );
                }
            }
        }
    }

    /// A run may end one byte past the walker's block: a space as a
    /// block's last byte joins a brace that ends the input. And a space
    /// that ends the input (or its line) is trailing, never joined.
    #[test]
    fn a_brace_ending_the_input_after_a_space() {
        let profile = Profile::new(Regime::Latex);
        for pad in 0..2 * BLOCK {
            for tail in [
                &b" {"[..],
                b" }",
                b"x {",
                b" {}",
                b" ",
                b" \n",
                b" \r\n ",
                b"  \\x",
            ] {
                let src = [&b"\\a."[..], &b"x".repeat(pad), tail].concat();
                assert_eq!(
                    tests::run(&src, &profile, true),
                    tests::run(&src, &profile, false),
                    "{pad} {:?}",
                    String::from_utf8_lossy(tail)
                );
            }
        }
    }
}
