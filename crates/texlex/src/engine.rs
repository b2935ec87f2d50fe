//! TeX's eyes and mouth for one line: LuaTeX's `get_next_file`,
//! `process_sup_mark`, `scan_control_sequence` and `check_expanded_code`
//! (`textoken.c`), ported to a line buffer, emitting tokens and trivia with
//! source spans into a [`Sink`](crate::store::Sink) (the store's
//! [`Builder`](crate::store::Builder), or a pass that only counts).
//!
//! With a fixed catcode table every line starts in state N and its tokens
//! depend on its own bytes only, so the engine sees one line at a time.

use crate::buffer::{LineBuf, LineGeometry, OwnedLine, SourceLine, utf8_size};
use crate::diag::DiagnosticKind;
use crate::intern::{EMPTY, Interner, builtin};
use crate::latex::{Arg, VerbShape};
use crate::store::Sink;
use std::borrow::Cow;

use crate::track::{Seen, Tracker};
use crate::{Catcode, CsId, InputModel, Profile, Span, TriviaKind};

/// TeX's input states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    /// N: at the start of a line.
    NewLine,
    /// M: in the middle of a line.
    MidLine,
    /// S: skipping blanks.
    SkipBlanks,
}

/// Where the engine starts in a line.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Resume {
    /// At the line's start, in state N.
    LineStart,
    /// At buffer index `loc` (which must equal the source offset from the
    /// line's start: everything before it is valid UTF-8) in `state`.
    At { loc: usize, state: State },
    /// Scanning a control sequence whose escape character starts at `escape`
    /// and whose name starts at `name`.
    ControlSequence { escape: usize, name: usize },
}

/// The borrowed-line engine asks for an owned copy of the line when
/// LuaTeX would rewrite its buffer; nothing of the control sequence at
/// `escape` has been emitted yet.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NeedsOwnedLine {
    pub escape: usize,
    pub name: usize,
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}

fn hex_value(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |v, &b| {
        let digit = if b <= b'9' { b - b'0' } else { b - b'a' + 10 };
        (v << 4) | u32::from(digit)
    })
}

/// `^^c` for `c < 128`: c ± 64.
fn caret_char(c: u8) -> u32 {
    u32::from(if c < 64 { c + 64 } else { c - 64 })
}

/// The engine's context for one document.
pub(crate) struct Engine<'a, S: Sink> {
    /// The catcodes in force: borrowed, or owned when tracking changes them.
    profile: Cow<'a, Profile>,
    out: &'a mut S,
    names: &'a mut Interner,
    scratch: Vec<u8>,
    /// Catcode tracking, if on: it sees every token and may change the
    /// catcodes before the next one.
    tracker: Option<Tracker>,
    /// The last `\begin` made.
    last_begin: Span,
    /// A verbatim environment whose name was just read, or a verbatim
    /// command: its arguments are still to come, then its body or
    /// verbatim argument.
    pending: Option<Pending>,
    /// The environment whose body starts where `run` stopped.
    body_env: Option<(Vec<u8>, Span)>,
    /// Whether a verbatim body ran to the end of the input without `\end`.
    pub(crate) open_verbatim: bool,
}

/// How a line ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineEnd {
    /// At its end, as usual.
    Finished,
    /// A verbatim environment's body starts at this source offset.
    Verbatim { body_start: u32 },
}

/// What the engine carries from one line to the next when tracking: the
/// catcodes, the tracker, a verbatim environment waiting for its body.
/// Equal states at a line start mean equal tokens from there on.
#[derive(Clone, Debug)]
pub(crate) struct EngineState {
    profile: Profile,
    tracker: Tracker,
    pending: Option<Pending>,
    last_begin: Span,
}

impl PartialEq for EngineState {
    fn eq(&self, other: &EngineState) -> bool {
        self.profile == other.profile
            && self.tracker.same_state(&other.tracker)
            && self.pending == other.pending
    }
}

impl EngineState {
    /// Equal but for the depth of an all-empty save stack: the same tokens
    /// follow as long as no catcode is assigned.
    pub(crate) fn same_but_depth(&self, other: &EngineState) -> bool {
        self.profile == other.profile
            && self.tracker.same_state_but_depth(&other.tracker)
            && self.pending == other.pending
    }

    /// Whether every frame of the save stack is empty (nothing saved).
    pub(crate) fn frames_empty(&self) -> bool {
        self.tracker.frames_empty()
    }

    /// The depth of the save stack.
    pub(crate) fn depth(&self) -> u32 {
        self.tracker.depth()
    }

    /// This state with `depth` empty frames as its save stack.
    pub(crate) fn with_empty_frames(&self, depth: u32) -> EngineState {
        let mut state = self.clone();
        state.tracker.set_empty_frames(depth);
        state
    }

    /// The catcodes of this state.
    pub(crate) fn profile(&self) -> &Profile {
        &self.profile
    }

    /// A state with these catcodes and tracker, nothing pending.
    pub(crate) fn from_parts(profile: Profile, tracker: Tracker) -> EngineState {
        EngineState {
            profile,
            tracker,
            pending: None,
            last_begin: Span::default(),
        }
    }

    /// The catcodes and the tracker.
    pub(crate) fn into_parts(self) -> (Profile, Tracker) {
        (self.profile, self.tracker)
    }

    /// The depth effect and assignments measured since the stretch began.
    pub(crate) fn stretch_effect(&self) -> (crate::track::DepthEffect, bool) {
        (self.tracker.depth_effect(), self.tracker.assigned())
    }

    /// Whether what follows may still refer back to a `\begin` before
    /// this state (its name or verbatim body is still to come).
    pub(crate) fn refers_back(&self) -> bool {
        self.pending.is_some() || self.tracker.reading_begin()
    }

    /// Whether plain characters, spaces and most control sequences leave
    /// this state as it is: nothing is being scanned or waits for its body.
    pub(crate) fn is_quiet(&self) -> bool {
        self.pending.is_none() && self.tracker.ignores_plain_characters()
    }

    /// The state at the start of a file lexed with `options` (tracking
    /// on): with the LaTeX layer if verbatim is on.
    pub(crate) fn initial(profile: &Profile, options: &crate::LexOptions) -> EngineState {
        let latex = crate::options::verbatim_envs(options).map(crate::latex::Latex::new);
        EngineState {
            profile: profile.clone(),
            tracker: Tracker::new(latex),
            pending: None,
            last_begin: Span::default(),
        }
    }
}

/// A verbatim environment between its name and its body, or a verbatim
/// command between its name and its verbatim argument.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    target: Target,
    /// The arguments to read, as LaTeX reads them.
    shape: Vec<Arg>,
    /// The next one.
    index: usize,
    /// Whether it has started (its `*`, `[` or `{` was seen).
    open: bool,
    /// Nesting of `[`…`]` or `{`…`}` inside it.
    depth: u32,
}

#[derive(Clone, Debug, PartialEq)]
enum Target {
    /// A verbatim environment's body follows the arguments.
    Environment { name: Vec<u8>, begin: Span },
    /// The last argument is verbatim.
    Command,
}

/// What comes at a position while arguments are pending.
enum PendingStep {
    /// Lex the next token as usual.
    Token,
    /// A verbatim environment's body starts here.
    Body,
    /// A verbatim argument starts here.
    Argument,
}

/// Passes a token just made (at `span`) to the tracker, which may change
/// the catcodes, and reports what it found wrong.
pub(crate) fn track(
    tracker: &mut Tracker,
    profile: &mut Profile,
    out: &mut impl Sink,
    seen: Seen,
    span: Span,
) {
    let before = tracker.events();
    tracker.feed(seen, profile);
    if tracker.changed_catcodes() {
        out.catcodes_changed(span.end, tracker.take_changes(), profile);
    }
    let after = tracker.events();
    if after.0 > before.0 {
        out.diagnostic(DiagnosticKind::ExplSyntaxOffWithoutOn, span);
    }
    if after.1 > before.1 {
        out.diagnostic(DiagnosticKind::GroupEndsRegime, span);
    }
}

/// `\endlinechar` as LuaTeX appends it: ASCII, or nothing.
pub(crate) fn end_line_byte(profile: &Profile) -> Option<u8> {
    profile
        .end_line_char()
        .and_then(|c| u8::try_from(c).ok())
        .filter(|c| c.is_ascii())
}

impl<'a, S: Sink> Engine<'a, S> {
    pub(crate) fn new(profile: &'a Profile, out: &'a mut S, names: &'a mut Interner) -> Self {
        Engine::with_profile(Cow::Borrowed(profile), out, names)
    }

    fn with_profile(profile: Cow<'a, Profile>, out: &'a mut S, names: &'a mut Interner) -> Self {
        Engine {
            profile,
            out,
            names,
            scratch: Vec::new(),
            tracker: None,
            last_begin: Span::default(),
            pending: None,
            body_env: None,
            open_verbatim: false,
        }
    }

    /// An engine that goes on from `state` (tracking on).
    pub(crate) fn resume(state: &EngineState, out: &'a mut S, names: &'a mut Interner) -> Self {
        let mut engine = Engine::from_state(state.clone(), out, names);
        if let Some(tracker) = &mut engine.tracker {
            tracker.start_stretch();
        }
        engine
    }

    /// [`Engine::resume`], taking the state, and the tracker goes on
    /// measuring the stretch it was measuring (the fast driver hands lines
    /// to the engine mid-way).
    pub(crate) fn from_state(state: EngineState, out: &'a mut S, names: &'a mut Interner) -> Self {
        let mut engine = Engine::with_profile(Cow::Owned(state.profile), out, names);
        engine.tracker = Some(state.tracker);
        engine.pending = state.pending;
        engine.last_begin = state.last_begin;
        engine
    }

    /// The state to go on from, taken from the engine (tracking on).
    pub(crate) fn into_state(self) -> EngineState {
        EngineState {
            profile: self.profile.into_owned(),
            tracker: self.tracker.unwrap_or_default(),
            pending: self.pending,
            last_begin: self.last_begin,
        }
    }

    /// The depth effect of what was lexed since [`Engine::resume`], and
    /// whether it assigned catcodes.
    pub(crate) fn stretch_effect(&self) -> (crate::track::DepthEffect, bool) {
        match &self.tracker {
            Some(t) => (t.depth_effect(), t.assigned()),
            None => (crate::track::DepthEffect::default(), false),
        }
    }

    /// Whether the LaTeX layer (verbatim) is on.
    fn latex_on(&self) -> bool {
        self.tracker.as_ref().is_some_and(|t| t.latex().is_some())
    }

    /// The end of the line's content: a verbatim argument never includes
    /// the end-of-line character.
    fn content_end<B: LineBuf>(buf: &B) -> usize {
        if buf.end() > 0 && buf.is_end_of_line(buf.end() - 1) {
            buf.end() - 1
        } else {
            buf.end()
        }
    }

    /// `\verb`'s argument at `loc` (after its name), as one token: an
    /// optional `*`, spaces (dropped since LaTeX 2020-10-01), then the
    /// delimiter. Returns where lexing goes on; `None` if `\verb` is not
    /// run here: with no delimiter on the line, `}` or a letter as its
    /// delimiter, it is named, not run (`\xpretocmd{\verb}`, a
    /// description "spaces before \verb delimiter"); LaTeX would stop with
    /// an error if it were run there.
    fn verb_argument<B: LineBuf>(&mut self, buf: &B, loc: usize) -> Option<usize> {
        let content_end = Self::content_end(buf);
        let mut p = loc;
        let starred = p < content_end && buf.byte(p) == b'*';
        if starred {
            p += 1;
        }
        // (After a `*`, spaces are kept: rare, and the token's span would
        // no longer show where its body starts.)
        let mut start = loc;
        while !starred && p < content_end && matches!(buf.byte(p), b' ' | b'\t') {
            p += 1;
            start = p;
        }
        if p >= content_end {
            return None;
        }
        let (delimiter, q) = buf.decode(p);
        let cat = self.profile.catcode(delimiter);
        if matches!(cat, Catcode::EndGroup | Catcode::Letter) {
            return None;
        }
        if start > loc {
            let spaces = Span::new(buf.end_of(loc), buf.end_of(start));
            self.out.trivia(TriviaKind::Space, spaces);
        }
        let (end, terminated) = Self::delimited(buf, q, delimiter);
        let span = Span::new(buf.end_of(start), buf.end_of(end));
        self.out.verb(span, delimiter, starred, terminated);
        Some(end)
    }

    /// A short verb: the active character `code` at `start..loc` reads
    /// up to the next `code` on the line as `\verb` would. Returns where
    /// lexing goes on.
    fn short_verb<B: LineBuf>(&mut self, buf: &B, start: usize, loc: usize, code: u32) -> usize {
        let (end, terminated) = Self::delimited(buf, loc, code);
        let span = Span::new(buf.start_of(start), buf.end_of(end));
        self.out.verb(span, code, false, terminated);
        end
    }

    /// From `from`, the index after the next `delimiter` on the line
    /// (and `true`), or the end of the line's content (and `false`).
    fn delimited<B: LineBuf>(buf: &B, from: usize, delimiter: u32) -> (usize, bool) {
        let content_end = Self::content_end(buf);
        let mut q = from;
        while q < content_end {
            let (c, next) = buf.decode(q);
            if c == delimiter {
                return (next, true);
            }
            q = next;
        }
        (content_end.max(from), false)
    }

    /// A verbatim argument of a command at `loc` (its first character is
    /// on the line): `{…}` with balanced braces, or between two equal
    /// characters, as one token. Returns where lexing goes on.
    fn verbatim_argument<B: LineBuf>(&mut self, buf: &B, loc: usize) -> usize {
        let (delimiter, q) = buf.decode(loc);
        let (end, terminated) = if delimiter == u32::from(b'{') {
            Self::balanced(buf, q)
        } else {
            Self::delimited(buf, q, delimiter)
        };
        let span = Span::new(buf.end_of(loc), buf.end_of(end));
        self.out.verb(span, delimiter, false, terminated);
        end
    }

    /// From `from`, inside a `{`: the index after its matching `}` on the
    /// line (and `true`), or the end of the line's content (and `false`).
    fn balanced<B: LineBuf>(buf: &B, from: usize) -> (usize, bool) {
        let content_end = Self::content_end(buf);
        let (mut q, mut depth) = (from, 1u32);
        while q < content_end {
            let (c, next) = buf.decode(q);
            if c == u32::from(b'{') {
                depth += 1;
            } else if c == u32::from(b'}') {
                depth -= 1;
                if depth == 0 {
                    return (next, true);
                }
            }
            q = next;
        }
        (content_end.max(from), false)
    }

    /// After a control sequence: a verbatim argument it asked the tracker
    /// for, read from `loc` on. Returns where lexing goes on.
    fn verb_requested<B: LineBuf>(&mut self, buf: &B, loc: usize) -> Option<usize> {
        let shape = self.tracker.as_mut()?.take_verb_request()?;
        match shape {
            VerbShape::Latex => self.verb_argument(buf, loc),
            VerbShape::Args(shape) => {
                self.pending = Some(Pending {
                    target: Target::Command,
                    shape,
                    index: 0,
                    open: false,
                    depth: 0,
                });
                None
            }
        }
    }

    /// With arguments pending, what comes at `loc` (having looked at the
    /// character there).
    fn pending_step<B: LineBuf>(&mut self, buf: &B, loc: usize) -> PendingStep {
        let Some(pending) = &mut self.pending else {
            return PendingStep::Token;
        };
        if pending.open {
            return PendingStep::Token;
        }
        let next = buf.decode(loc).0;
        let at_line_end = buf.is_end_of_line(loc);
        let cat = self.profile.catcode(next);
        loop {
            let Some(&arg) = pending.shape.get(pending.index) else {
                let pending = self.pending.take().expect("pending");
                return match pending.target {
                    Target::Environment { name, begin } => {
                        self.body_env = Some((name, begin));
                        PendingStep::Body
                    }
                    Target::Command => PendingStep::Token,
                };
            };
            let opens = match arg {
                Arg::Star => next == u32::from(b'*') && !at_line_end,
                Arg::Optional => next == u32::from(b'[') && !at_line_end,
                Arg::Mandatory => cat == Catcode::BeginGroup,
                Arg::Verbatim => {
                    if at_line_end {
                        // No argument on the line: give up.
                        self.pending = None;
                        return PendingStep::Token;
                    }
                    self.pending = None;
                    return PendingStep::Argument;
                }
            };
            if opens {
                pending.open = true;
                return PendingStep::Token;
            }
            // Spaces before a command's arguments are skipped (an
            // environment's options must follow at once).
            let command = pending.target == Target::Command;
            if command && cat == Catcode::Space && !at_line_end {
                return PendingStep::Token;
            }
            pending.index += 1;
        }
    }

    /// Follows `*`, `[`…`]` and `{`…`}` of pending arguments.
    fn follow_arguments(&mut self, cat: Catcode, code: u32) {
        let Some(pending) = &mut self.pending else {
            return;
        };
        if !pending.open {
            return;
        }
        let done = match pending.shape[pending.index] {
            Arg::Star => true,
            Arg::Optional if cat == Catcode::Other && code == u32::from(b'[') => {
                pending.depth += 1;
                false
            }
            Arg::Optional if cat == Catcode::Other && code == u32::from(b']') => {
                pending.depth = pending.depth.saturating_sub(1);
                pending.depth == 0
            }
            Arg::Mandatory if cat == Catcode::BeginGroup => {
                pending.depth += 1;
                false
            }
            Arg::Mandatory if cat == Catcode::EndGroup => {
                pending.depth = pending.depth.saturating_sub(1);
                pending.depth == 0
            }
            _ => false,
        };
        if done {
            pending.open = false;
            pending.index += 1;
        }
    }

    /// Makes the body of the environment that started at `body_start`: up
    /// to `\end{name}`, or to the end of the input (with a diagnostic).
    /// Returns where `\end` is.
    pub(crate) fn verbatim_body(&mut self, source: &[u8], body_start: u32) -> Option<u32> {
        let (name, begin) = self
            .body_env
            .take()
            .expect("a body starts after an environment");
        let mut end_tag = b"\\end{".to_vec();
        end_tag.extend_from_slice(&name);
        end_tag.push(b'}');
        let from = body_start as usize;
        let found = memchr::memmem::find(&source[from..], &end_tag).map(|i| (from + i) as u32);
        let end = found.unwrap_or(source.len() as u32);
        let env = self.names.intern(&name);
        self.out.verbatim(Span::new(body_start, end), env);
        if found.is_none() {
            self.open_verbatim = true;
            self.out
                .diagnostic(DiagnosticKind::UnterminatedVerbatim, begin);
        }
        found
    }

    fn emit_char(&mut self, cat: Catcode, code: u32, span: Span, from_source: bool) {
        self.out.char(cat, code, span, from_source);
        self.char_emitted(cat, code, span);
    }

    /// A space token made from the character at buffer index `start`: the
    /// end-of-line character TeX appended (which a one-byte line end's
    /// segment may take in) or one inside the line.
    fn emit_space<B: LineBuf>(&mut self, buf: &B, start: usize, span: Span, from_source: bool) {
        if buf.is_end_of_line(start) {
            self.out.end_of_line_space(span);
            self.char_emitted(Catcode::Space, 32, span);
        } else {
            self.emit_char(Catcode::Space, 32, span, from_source);
        }
    }

    /// Shows a character token just stored to the tracker, if any.
    fn char_emitted(&mut self, cat: Catcode, code: u32, span: Span) {
        let quiet = !matches!(cat, Catcode::BeginGroup | Catcode::EndGroup)
            && self.pending.is_none()
            && self
                .tracker
                .as_ref()
                .is_some_and(Tracker::ignores_plain_characters);
        if quiet {
            return;
        }
        if let Some(tracker) = &mut self.tracker {
            let seen = Seen::Char {
                cat: cat.number(),
                code,
            };
            track(tracker, self.profile.to_mut(), self.out, seen, span);
            if self.latex_on() {
                self.follow_arguments(cat, code);
                self.check_env_begun();
            }
        }
    }

    /// After the tracker read `\begin{name}`: a verbatim environment?
    fn check_env_begun(&mut self) {
        let Some(tracker) = &mut self.tracker else {
            return;
        };
        let Some(name) = tracker.begun_env.take() else {
            return;
        };
        let shape = tracker.latex().and_then(|l| l.verbatim_env(&name));
        match shape {
            Some(shape) if tracker.executes() => {
                self.pending = Some(Pending {
                    target: Target::Environment {
                        name,
                        begin: self.last_begin,
                    },
                    shape,
                    index: 0,
                    open: false,
                    depth: 0,
                });
            }
            _ => tracker.recycle_name(name),
        }
    }

    fn emit_active(&mut self, code: u32, span: Span, from_source: bool) {
        self.out.active(code, span, from_source);
        if let Some(tracker) = &mut self.tracker {
            track(
                tracker,
                self.profile.to_mut(),
                self.out,
                Seen::Active(code),
                span,
            );
        }
    }

    fn emit_cs(&mut self, id: CsId, span: Span) {
        self.out.cs(id, span);
        if id == builtin::BEGIN {
            self.last_begin = span;
        }
        if let Some(tracker) = &mut self.tracker {
            let seen = Seen::Cs(self.names.name(id));
            track(tracker, self.profile.to_mut(), self.out, seen, span);
        }
    }

    /// Whether characters are bytes (pdfTeX) rather than code points.
    fn bytes_model(&self) -> bool {
        self.profile.input_model() == InputModel::Bytes
    }

    /// Lexes the line `line` of `source` from `resume` to its end: in place
    /// when the line is valid UTF-8, on a copy when it is not (reporting its
    /// ill-formed parts) or when LuaTeX would rewrite its buffer.
    pub(crate) fn lex_line(
        &mut self,
        source: &[u8],
        line: LineGeometry,
        resume: Resume,
        known_valid: bool,
    ) -> LineEnd {
        let end_line_char = end_line_byte(&self.profile);
        self.lex_line_ending_with(source, line, resume, known_valid, end_line_char)
    }

    /// [`Engine::lex_line`] for a line TeX read with `end_line_char`
    /// appended (the `\endlinechar` in force when the line was read, which
    /// a token earlier on the line may have changed since).
    pub(crate) fn lex_line_ending_with(
        &mut self,
        source: &[u8],
        line: LineGeometry,
        resume: Resume,
        known_valid: bool,
        end_line_char: Option<u8>,
    ) -> LineEnd {
        let content = &source[line.start as usize..line.content_end as usize];
        let bytes = self.bytes_model();
        if bytes || known_valid || std::str::from_utf8(content).is_ok() {
            let mut borrowed = SourceLine::new(content, end_line_char, line, bytes);
            let bail = match self.run(&mut borrowed, &line, resume) {
                Ok(end) => return end,
                Err(bail) => bail,
            };
            let mut owned = if bytes {
                OwnedLine::of_bytes(content, end_line_char, line)
            } else {
                OwnedLine::new(content, end_line_char, line, |_| {})
            };
            let resume = Resume::ControlSequence {
                escape: bail.escape,
                name: bail.name,
            };
            self.run(&mut owned, &line, resume)
                .expect("an owned line never asks for a copy")
        } else {
            let mut ill_formed = Vec::new();
            let mut owned = OwnedLine::new(content, end_line_char, line, |s| ill_formed.push(s));
            for (start, end) in ill_formed {
                self.out.ill_formed_utf8(Span::new(start, end));
            }
            self.run(&mut owned, &line, resume)
                .expect("an owned line never asks for a copy")
        }
    }

    /// Lexes one line from `resume` to its end, then emits the line-end
    /// trivia. Fails only for a borrowed line that needs rewriting.
    pub(crate) fn run<B: LineBuf>(
        &mut self,
        buf: &mut B,
        line: &LineGeometry,
        resume: Resume,
    ) -> Result<LineEnd, NeedsOwnedLine> {
        let (mut state, mut loc) = match resume {
            Resume::LineStart => (State::NewLine, 0),
            Resume::At { loc, state } => (state, loc),
            Resume::ControlSequence { escape, name } => {
                self.scan_control_sequence(buf, line, escape, name)?
            }
        };
        if let Some(after) = self.verb_requested(buf, loc) {
            // The fast driver made the control sequence.
            (state, loc) = (State::MidLine, after);
        }
        while loc < buf.end() {
            if self.pending.is_some() {
                match self.pending_step(buf, loc) {
                    PendingStep::Token => {}
                    PendingStep::Body => {
                        // The rest of the line, and more, is the body.
                        let body_start = buf.end_of(loc);
                        return Ok(LineEnd::Verbatim { body_start });
                    }
                    PendingStep::Argument => {
                        loc = self.verbatim_argument(buf, loc);
                        state = State::MidLine;
                        continue;
                    }
                }
            }
            let start = loc;
            let (mut c, next) = buf.decode(loc);
            loc = next;
            let mut from_source = B::FROM_SOURCE && !buf.is_end_of_line(start);
            loop {
                let cat = self.profile.catcode(c);
                match cat {
                    Catcode::Ignored => self.trivia(buf, line, start, loc, TriviaKind::Ignored),
                    Catcode::Space if state != State::MidLine => {
                        self.trivia(buf, line, start, loc, TriviaKind::Space)
                    }
                    Catcode::Space => {
                        let span = self.span(buf, line, start, loc);
                        self.emit_space(buf, start, span, from_source);
                        state = State::SkipBlanks;
                    }
                    Catcode::Escape => {
                        (state, loc) = self.scan_control_sequence(buf, line, start, loc)?;
                        if let Some(after) = self.verb_requested(buf, loc) {
                            (state, loc) = (State::MidLine, after);
                        }
                    }
                    Catcode::Active if self.tracker.as_ref().is_some_and(|t| t.short_verb(c)) => {
                        // A short verb: `|…|` as `\verb|…|` reads it.
                        loc = self.short_verb(buf, start, loc, c);
                        state = State::MidLine;
                    }
                    Catcode::Active => {
                        let span = self.span(buf, line, start, loc);
                        self.emit_active(c, span, from_source);
                        state = State::MidLine;
                    }
                    Catcode::Superscript => {
                        if let Some((code, after)) = self.caret_notation(buf, start, loc, c) {
                            (c, loc) = (code, after);
                            from_source = false;
                            continue;
                        }
                        let span = self.span(buf, line, start, loc);
                        self.emit_char(cat, c, span, from_source);
                        state = State::MidLine;
                    }
                    Catcode::Invalid => {
                        // TeX drops it and keeps its state.
                        let span = self.span(buf, line, start, loc);
                        self.out.invalid(c, span, from_source);
                    }
                    Catcode::EndOfLine => {
                        match state {
                            State::NewLine => {
                                let span = self.span(buf, line, start, loc);
                                self.emit_cs(builtin::PAR, span);
                            }
                            State::MidLine => {
                                // Not `from_source`: a catcode-5 character
                                // inside the line is no space in a segment.
                                let span = self.span(buf, line, start, loc);
                                self.emit_space(buf, start, span, false);
                            }
                            // The character and the rest of the line are dropped.
                            State::SkipBlanks => {}
                        }
                        loc = buf.end();
                    }
                    Catcode::Comment => {
                        let from = buf.start_of(start);
                        if !buf.is_end_of_line(start) && from < line.content_end {
                            self.out
                                .trivia(TriviaKind::Comment, Span::new(from, line.content_end));
                        }
                        loc = buf.end();
                    }
                    _ => {
                        let span = self.span(buf, line, start, loc);
                        self.emit_char(cat, c, span, from_source);
                        state = State::MidLine;
                    }
                }
                break;
            }
        }
        self.finish_line(line);
        Ok(LineEnd::Finished)
    }

    /// The source span of the buffer range `start..end`. A token that starts
    /// at the end-of-line character starts at the line terminator; the
    /// stripped trailing spaces before it become trivia first.
    fn span<B: LineBuf>(&mut self, buf: &B, line: &LineGeometry, start: usize, end: usize) -> Span {
        if buf.is_end_of_line(start) {
            self.out.trivia(
                TriviaKind::Space,
                Span::new(line.content_end.max(self.out.pos()), line.terminator_start),
            );
        }
        Span::new(buf.start_of(start), buf.end_of(end))
    }

    fn trivia<B: LineBuf>(
        &mut self,
        buf: &B,
        line: &LineGeometry,
        start: usize,
        end: usize,
        kind: TriviaKind,
    ) {
        // The end-of-line character skipped as a space or ignored: the
        // terminator made no token.
        let kind = if buf.is_end_of_line(start) {
            TriviaKind::Eol
        } else {
            kind
        };
        let span = self.span(buf, line, start, end);
        self.out.trivia(kind, span);
    }

    /// Emits what is left of the line: dropped content, trailing spaces and
    /// the terminator.
    fn finish_line(&mut self, line: &LineGeometry) {
        let pos = self.out.pos();
        if pos < line.content_end {
            self.out
                .trivia(TriviaKind::Dropped, Span::new(pos, line.content_end));
        }
        let pos = self.out.pos();
        if pos < line.terminator_start {
            self.out.trivia(
                TriviaKind::Space,
                Span::new(pos.max(line.content_end), line.terminator_start),
            );
        }
        let pos = self.out.pos();
        if pos < line.end {
            self.out.trivia(TriviaKind::Eol, Span::new(pos, line.end));
        }
    }

    /// LuaTeX's `process_sup_mark` in running text: `first` is the index of
    /// the first superscript character (code `c`), `loc` the index after it.
    /// Returns the reduced character and the index after the notation.
    fn caret_notation<B: LineBuf>(
        &mut self,
        buf: &B,
        first: usize,
        loc: usize,
        c: u32,
    ) -> Option<(u32, usize)> {
        let end = buf.end();
        let is = |i: usize| u32::from(buf.byte(i)) == c;
        if !(is(loc) && loc + 1 < end) {
            return None;
        }
        // TeX82 (pdfTeX's bytes, §352) knows only `^^xx` and `^^c`, the
        // rest below; LuaTeX adds `^^^^xxxx` and `^^^^^^xxxxxx`.
        if !self.bytes_model() {
            let hex_run = |from: usize, n: usize| -> Option<u32> {
                let digits: [u8; 6] =
                    std::array::from_fn(|k| if k < n { buf.byte(from + k) } else { b'0' });
                digits[..n]
                    .iter()
                    .all(|&b| is_hex(b))
                    .then(|| hex_value(&digits[..n]))
            };
            if is(loc + 1) && is(loc + 2) {
                let (digits, from) = if is(loc + 3) && is(loc + 4) {
                    (6, loc + 5)
                } else {
                    (4, loc + 3)
                };
                if from + digits <= end
                    && let Some(code) = hex_run(from, digits)
                {
                    return Some((code, from + digits));
                }
                let span = Span::new(buf.start_of(first), buf.end_of(loc + 1));
                self.out
                    .diagnostic(DiagnosticKind::IncompleteCaretNotation, span);
            } else if loc + 3 <= end
                && let Some(code) = hex_run(loc + 1, 2)
            {
                return Some((code, loc + 3));
            }
        }
        // "The rest": ^^c, or ^^ followed by two hex digits after all.
        let c1 = buf.byte(loc + 1);
        if c1 >= 0x80 {
            return None;
        }
        let after = loc + 2;
        if is_hex(c1) && after < end && is_hex(buf.byte(after)) {
            return Some((hex_value(&[c1, buf.byte(after)]), after + 1));
        }
        Some((caret_char(c1), after))
    }

    /// LuaTeX's `scan_control_sequence`: the escape character starts at
    /// `escape`, the name at `name`. Emits the control sequence and returns
    /// the new state and the index after the name.
    fn scan_control_sequence<B: LineBuf>(
        &mut self,
        buf: &mut B,
        line: &LineGeometry,
        escape: usize,
        name: usize,
    ) -> Result<(State, usize), NeedsOwnedLine> {
        if name >= buf.end() {
            // `\` at the end of a line without an end-of-line character,
            // or the end-of-line character is itself an escape character
            // (then the stripped trailing spaces come first, as trivia).
            let span = self.span(buf, line, escape, name);
            self.emit_cs(EMPTY, span);
            return Ok((State::MidLine, name));
        }
        loop {
            let end = buf.end();
            let (mut c, mut k) = buf.decode(name);
            let mut cat = self.profile.catcode(c);
            let state;
            if cat != Catcode::Letter || k >= end {
                state = if cat == Catcode::Space {
                    State::SkipBlanks
                } else {
                    State::MidLine
                };
                if cat == Catcode::Superscript
                    && self.expand_in_name(buf, line, escape, name, &mut k, c)?
                {
                    continue;
                }
            } else {
                state = State::SkipBlanks;
                loop {
                    (c, k) = buf.decode(k);
                    cat = self.profile.catcode(c);
                    if !(cat == Catcode::Letter && k < end) {
                        break;
                    }
                }
                if cat == Catcode::Superscript
                    && self.expand_in_name(buf, line, escape, name, &mut k, c)?
                {
                    continue;
                }
                if cat != Catcode::Letter {
                    // Back up over the non-letter, by LuaTeX's idea of its size.
                    k -= if self.bytes_model() { 1 } else { utf8_size(c) };
                }
            }
            let id = self.names.intern(buf.bytes(name, k, &mut self.scratch));
            let span = Span::new(buf.start_of(escape), buf.end_of(k));
            self.emit_cs(id, span);
            return Ok((state, k));
        }
    }

    /// LuaTeX's `check_expanded_code`: `*k` is the index after a superscript
    /// character `c` met in a name. If `^^` notation starts there, LuaTeX
    /// writes the character it denotes into its buffer in place of the
    /// notation and scans the name again; so do we, on an owned copy.
    fn expand_in_name<B: LineBuf>(
        &mut self,
        buf: &mut B,
        _line: &LineGeometry,
        escape: usize,
        name: usize,
        k: &mut usize,
        c: u32,
    ) -> Result<bool, NeedsOwnedLine> {
        let at = *k;
        let end = buf.end();
        let is = |buf: &B, i: usize| u32::from(buf.byte(i)) == c;
        if !(is(buf, at) && at + 1 < end) {
            return Ok(false);
        }
        if self.bytes_model() {
            // TeX82 §355: `^^c` (c < 128) or `^^xx` becomes one byte.
            let c1 = buf.byte(at + 1);
            if c1 >= 0x80 {
                return Ok(false);
            }
            let Some(owned) = buf.as_owned() else {
                return Err(NeedsOwnedLine { escape, name });
            };
            let c2 = owned_byte(owned, at + 2);
            let (code, removed) = if is_hex(c1) && at + 3 <= end && is_hex(c2) {
                (hex_value(&[c1, c2]), 3)
            } else {
                (caret_char(c1), 2)
            };
            *k = owned.rewrite_byte(at - 1, code as u8, removed);
            return Ok(true);
        }
        let Some(owned) = buf.as_owned() else {
            return Err(NeedsOwnedLine { escape, name });
        };
        let b = |i: usize| owned_byte(owned, i);
        let hex = |from: usize, n: usize| (from..from + n).all(|i| is_hex(b(i)));
        let eq = |i: usize| u32::from(b(i)) == c;
        let mut code = c;
        let mut d = 1usize;
        let mut incomplete = false;
        if eq(at + 1) && eq(at + 2) {
            let (digits, from) = if eq(at + 3) && eq(at + 4) {
                (6, at + 5)
            } else {
                (4, at + 3)
            };
            if from + digits <= end && hex(from, digits) {
                d = digits;
                code = (from..from + digits).fold(0, |v, i| (v << 4) | hex_value(&[b(i)]));
            } else {
                incomplete = true;
            }
        } else {
            let c1 = b(at + 1);
            if c1 < 0x80 {
                if is_hex(c1) && at + 3 <= end && is_hex(b(at + 2)) {
                    d = 2;
                    code = hex_value(&[c1, b(at + 2)]);
                } else {
                    code = caret_char(c1);
                }
            }
        }
        if incomplete {
            let span = Span::new(owned.start_of(at - 1), owned.end_of(at + 1));
            self.out
                .diagnostic(DiagnosticKind::IncompleteCaretNotation, span);
        }
        // Bytes removed after the first one is overwritten.
        let removed = if d > 2 { 2 * d - 1 } else { d + 1 };
        *k = owned.rewrite(at - 1, code, removed);
        Ok(true)
    }
}

fn owned_byte(line: &OwnedLine, i: usize) -> u8 {
    LineBuf::byte(line, i)
}
