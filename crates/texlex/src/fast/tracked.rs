//! Catcode tracking in the fast driver: the state it carries, the hand-offs
//! to the engine while the tracker is busy, and `\begin{name}`/`\end{name}`
//! read in place.

use std::ops::Deref;

use super::{Catcodes, FastLexer, State, end_of_line_rule, span};
use crate::buffer::LineGeometry;
use crate::engine::{Engine, EngineState, LineEnd, Resume, end_line_byte};
use crate::intern::{Interner, RecentNames, builtin};
use crate::line_end::{Line, LineStarts};
use crate::store::Sink;
use crate::track::{Seen, Tracker};
use crate::{Catcode, CsId, Profile, Span};

/// Lexes `source` with catcode tracking from `start` (whose state must be
/// quiet, with a profile the fast driver handles; else `None`, having done
/// nothing). Returns the state at the end and whether a verbatim body ran
/// to the end of the input.
pub(crate) fn lex_tracked(
    source: &[u8],
    start: &EngineState,
    out: &mut impl Sink,
    names: &mut Interner,
    line_starts: &mut Vec<u32>,
) -> Option<(EngineState, bool)> {
    let end_line_char = end_line_byte(start.profile());
    let end_of_line = end_of_line_rule(start.profile(), end_line_char)?;
    if !start.is_quiet() {
        return None;
    }
    let (profile, tracker) = start.clone().into_parts();
    let mut tracker = tracker;
    tracker.start_stretch();
    let mut lexer = FastLexer {
        source,
        end_line_char,
        profile: TrackedCatcodes(profile),
        out,
        names,
        line_starts,
        end_of_line,
        state: State::NewLine,
        line_open: true,
        recent: RecentNames::new(),
        tracking: Some(Tracking {
            tracker,
            busy: None,
            changed: false,
            engine_only: false,
            open_verbatim: false,
        }),
    };
    lexer.run();
    let t = lexer.tracking.take().expect("tracking");
    let end = match t.busy {
        Some(state) => state,
        None => EngineState::from_parts(lexer.profile.0, t.tracker),
    };
    Some((end, t.open_verbatim))
}

/// Catcode tracking in the fast driver. While the tracker is quiet, plain
/// characters change nothing and are not shown to it; control sequences and
/// braces are. Whatever makes it busy (a `\catcode` to scan, an
/// environment name, a `\def` body, `\verb`) hands the rest of the line,
/// and the lines after until it is quiet again, to the engine.
pub(super) struct Tracking {
    pub(super) tracker: Tracker,
    /// The engine left a busy state: lines go to it until it is quiet.
    pub(super) busy: Option<EngineState>,
    /// The catcodes changed: the walker must be rebuilt.
    pub(super) changed: bool,
    /// The catcodes no longer suit the fast driver: lines go to the engine.
    pub(super) engine_only: bool,
    /// A verbatim body ran to the end of the input.
    pub(super) open_verbatim: bool,
}

/// The catcodes of a tracked lex: its own, changed as it goes (read with
/// no indirection but the one to the table).
pub(super) struct TrackedCatcodes(Profile);

impl Deref for TrackedCatcodes {
    type Target = Profile;

    #[inline(always)]
    fn deref(&self) -> &Profile {
        &self.0
    }
}

impl Catcodes<'_> for TrackedCatcodes {
    const TRACKABLE: bool = true;

    fn tracked(&mut self) -> &mut Profile {
        &mut self.0
    }
}

/// Pushes the line starts after each terminator in `source[from..to]`.
fn push_line_starts(source: &[u8], from: usize, to: usize, starts: &mut Vec<u32>) {
    starts.extend(LineStarts::new(source, from, to).map(|s| s as u32));
}

impl<'a, P: Catcodes<'a>, S: Sink> FastLexer<'a, P, S> {
    /// TeX appends the `\endlinechar` in force as it reads a line: with
    /// tracking, that may have changed since the line before. The walker
    /// is then built again: whether LFs join runs depends on it.
    #[inline]
    pub(super) fn read_end_line_char(&mut self) {
        let end_line_char = end_line_byte(&self.profile);
        if end_line_char != self.end_line_char {
            self.end_line_char = end_line_char;
            self.refresh_rules();
            if let Some(t) = &mut self.tracking {
                t.changed = true;
            }
        }
    }

    /// After tracked catcodes changed: the rules that depend on them.
    pub(super) fn catcodes_changed(&mut self) {
        let t = self
            .tracking
            .as_mut()
            .expect("only tracking changes catcodes");
        t.changed = false;
        self.refresh_rules();
    }

    /// Recomputes what depends on the catcodes and the line's end
    /// character; lines go to the engine while the fast driver cannot
    /// handle them.
    #[cold]
    #[inline(never)]
    pub(super) fn refresh_rules(&mut self) {
        let rule = end_of_line_rule(&self.profile, self.end_line_char);
        if let Some(rule) = rule {
            self.end_of_line = rule;
        }
        if let Some(t) = &mut self.tracking {
            t.engine_only = rule.is_none();
        }
    }

    /// Whether the next line must go to the engine (tracking is busy).
    pub(super) fn engine_for_lines(&self) -> bool {
        self.tracking
            .as_ref()
            .is_some_and(|t| t.busy.is_some() || t.engine_only)
    }

    /// [`FastLexer::track`] with tracking on.
    #[inline(never)]
    pub(super) fn track_slow(&mut self, seen: Seen, q: usize, next: usize) -> usize {
        if self.feed(seen, span(q, next)) {
            next
        } else {
            self.rest_of_line_by_engine(next)
        }
    }

    /// `\begin`, `\end` or `\verb` (`q..k`), with tracking. `\begin{name}`
    /// and `\end{name}` with a plain name are read here; `\verb` and
    /// anything else that may open a verbatim body go to the engine.
    #[inline(never)]
    pub(super) fn environment_or_verb(&mut self, id: CsId, q: usize, k: usize) -> usize {
        let latex = self.tracking.as_ref().and_then(|t| t.tracker.latex());
        let verbatim = latex.is_some();
        let name = self.plain_environment_name(k);
        let reads_here = match (id, name, latex) {
            (builtin::VERB, _, Some(_)) | (_, None, Some(_)) => false,
            (builtin::BEGIN, Some(name), Some(latex)) => latex.verbatim_env(name).is_none(),
            _ => true,
        };
        if !reads_here {
            return self.rest_of_line_by_engine(q);
        }
        self.out.cs(id, span(q, k));
        self.state = State::SkipBlanks;
        if let (Some(name), false) = (name, id == builtin::VERB) {
            // Most environments only open or close a group: the tracker
            // takes the whole `\begin{name}` in one step.
            let t = self.tracking.as_mut().expect("tracking");
            if t.tracker
                .quiet_environment(id == builtin::BEGIN, name, verbatim)
            {
                let close = k + 1 + name.len();
                self.environment_name_tokens(k, close);
                return close + 1;
            }
        }
        let cs_name: &[u8] = match id {
            builtin::BEGIN => b"begin",
            builtin::END => b"end",
            _ => b"verb",
        };
        let quiet = self.feed(Seen::Cs(cs_name), span(q, k));
        match name {
            Some(name) if !quiet && id != builtin::VERB => {
                let close = k + 1 + name.len();
                self.environment_name(id == builtin::BEGIN, k, close)
            }
            _ if quiet => k,
            _ => self.rest_of_line_by_engine(k),
        }
    }

    /// The name in `{name}` at `k`, if it is made of ASCII letters, digits
    /// and `*` that are letters or "other" characters now.
    pub(super) fn plain_environment_name(&self, k: usize) -> Option<&'a [u8]> {
        let source: &'a [u8] = self.source;
        let cat = |b: u8| self.profile.catcode_of_byte(b);
        if source.get(k) != Some(&b'{') || cat(b'{') != Catcode::BeginGroup {
            return None;
        }
        let len = source[k + 1..]
            .iter()
            .take_while(|&&b| {
                (b.is_ascii_alphanumeric() || b == b'*')
                    && matches!(cat(b), Catcode::Letter | Catcode::Other)
            })
            .count();
        let close = k + 1 + len;
        (len > 0 && source.get(close) == Some(&b'}') && cat(b'}') == Catcode::EndGroup)
            .then(|| &source[k + 1..close])
    }

    /// The tokens of a plain `{name}` (`k..=close`): braces and name join
    /// one segment.
    fn environment_name_tokens(&mut self, k: usize, close: usize) {
        // Braces read from the source are plain characters in a segment,
        // their balance counted: `{name}` is one segment.
        self.out.brace(Catcode::BeginGroup, span(k, k + 1));
        self.out.brace(Catcode::EndGroup, span(close, close + 1));
        self.out.segment(span(k, close + 1));
        self.state = State::MidLine;
    }

    /// The `{name}` (`k..=close`) after `\begin` or `\end`, shown to the
    /// tracker token by token as TeX makes them (the tokens first: only
    /// the `}` may change catcodes, from its end on).
    pub(super) fn environment_name(&mut self, begin: bool, k: usize, close: usize) -> usize {
        let source = self.source;
        self.environment_name_tokens(k, close);
        self.feed(
            Seen::Char {
                cat: 1,
                code: u32::from(b'{'),
            },
            span(k, k + 1),
        );
        let t = self.tracking.as_mut().expect("tracking");
        // Letters and others change no catcode: no need to watch for it.
        let generation = self.profile.generation();
        t.tracker
            .feed_environment_name(&source[k + 1..close], self.profile.tracked());
        debug_assert_eq!(generation, self.profile.generation());
        let quiet = self.feed(
            Seen::Char {
                cat: 2,
                code: u32::from(b'}'),
            },
            span(close, close + 1),
        );
        let t = self.tracking.as_mut().expect("tracking");
        if begin && t.tracker.latex().is_some() {
            // As the engine does: the environment is not a verbatim one.
            if let Some(name) = t.tracker.begun_env.take() {
                t.tracker.recycle_name(name);
            }
        }
        if quiet {
            close + 1
        } else {
            self.rest_of_line_by_engine(close + 1)
        }
    }

    /// [`FastLexer::track`] for a token that ends the line: if the tracker
    /// became busy, the next lines go to the engine.
    #[inline(never)]
    pub(super) fn feed_at_line_end(&mut self, seen: Seen, at: Span) {
        if self.feed(seen, at) {
            return;
        }
        let t = self.tracking.as_mut().expect("only tracking gets busy");
        let tracker = std::mem::take(&mut t.tracker);
        t.busy = Some(EngineState::from_parts(
            Profile::clone(&self.profile),
            tracker,
        ));
    }

    /// Shows the token at `at` to the tracker, if tracking, as the engine
    /// does. Returns whether the tracker is still quiet.
    pub(super) fn feed(&mut self, seen: Seen, at: Span) -> bool {
        let Some(t) = &mut self.tracking else {
            return true;
        };
        let generation = self.profile.generation();
        crate::engine::track(&mut t.tracker, self.profile.tracked(), self.out, seen, at);
        if self.profile.generation() != generation {
            t.changed = true;
        }
        t.tracker.ignores_plain_characters()
    }

    /// [`FastLexer::rest_of_line_by_engine`] with tracking: the engine goes
    /// on from the tracker's state, through verbatim bodies if it meets
    /// them; its state comes back (or stays busy for the next lines).
    #[cold]
    #[inline(never)]
    pub(super) fn rest_of_line_tracked(
        &mut self,
        mut line: LineGeometry,
        mut resume: Resume,
    ) -> usize {
        let source = self.source;
        let t = self.tracking.as_mut().expect("tracking");
        // The line's end character: the one TeX read it with, unless the
        // engine has been in charge (then its catcodes are the current ones
        // and it reads the character itself, as after a verbatim body).
        let mut end_line_char = Some(self.end_line_char);
        let state = match t.busy.take() {
            Some(state) => {
                end_line_char = None;
                state
            }
            None => {
                let tracker = std::mem::take(&mut t.tracker);
                EngineState::from_parts(Profile::clone(&self.profile), tracker)
            }
        };
        let mut engine = Engine::from_state(state, self.out, self.names);
        let mut open = false;
        let mut end = line.end as usize;
        loop {
            let ended = match end_line_char.take() {
                Some(c) => engine.lex_line_ending_with(source, line, resume, false, c),
                None => engine.lex_line(source, line, resume, false),
            };
            match ended {
                LineEnd::Finished => break,
                LineEnd::Verbatim { body_start } => {
                    let Some(x) = engine.verbatim_body(source, body_start) else {
                        // The body runs to the end of the input.
                        end = source.len();
                        push_line_starts(source, body_start as usize, end, self.line_starts);
                        open = true;
                        break;
                    };
                    let x = x as usize;
                    push_line_starts(source, body_start as usize, x, self.line_starts);
                    line = Line::from(source, x).into();
                    resume = Resume::At {
                        loc: 0,
                        state: State::MidLine,
                    };
                    end = line.end as usize;
                }
            }
        }
        let state = engine.into_state();
        let t = self.tracking.as_mut().expect("tracking");
        t.open_verbatim |= open;
        if state.is_quiet() {
            let (profile, tracker) = state.into_parts();
            if profile.generation() != self.profile.generation() {
                t.changed = true;
            }
            *self.profile.tracked() = profile;
            t.tracker = tracker;
        } else {
            t.busy = Some(state);
        }
        if end >= source.len() && self.tracking.as_ref().is_some_and(|t| t.open_verbatim) {
            self.line_open = false;
            return end;
        }
        self.line_ended(end);
        end
    }
}
