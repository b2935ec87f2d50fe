//! The packed token store: what a lexed document keeps of its tokens.
//!
//! One record (token or trivia) is one `u16` entry: a 5-bit kind and an
//! 11-bit byte length (lengths of 2047 and more escape to `long_lens`).
//! Start offsets are not stored: they are the running sum of lengths, and a
//! checkpoint every [`CHECKPOINT_EVERY`] entries lets a reader start in the
//! middle. Only what cannot be read back from the source is kept in
//! `payload`: control-sequence ids and the codes of characters written in
//! `^^` notation. A run of plain characters (letters, others, `$ & # _`,
//! braces read from the source, the space tokens read right after them,
//! and the space tokens of one-byte line ends in state M) is one *segment*
//! entry, whose character tokens are decoded from the source when iterated
//! (a brace is a character token like the others; only its balance is
//! counted as it is built; a catcode-10 character, and an LF or CR, decode
//! as the space token, code 32). A segment may so run over several lines;
//! its tokens, each a record of its own, never do.

use crate::buffer::is_continuation;
use crate::catcode::{CatcodesAt, History, Setting};
use crate::classify::is_plain;
use crate::diag::{Diagnostic, DiagnosticKind};
use crate::intern::builtin;
use crate::line_end;
use crate::{Catcode, CsId, Profile, Record, Span, Token, TokenKind, Trivia, TriviaKind};

/// A run of plain character tokens, decoded from the source on demand.
const SEGMENT: u8 = 0;
// Kinds 1, 2, 3, 4, 6, 7, 8, 10, 11, 12: one character token of that
// catcode whose code is the source character at its start (for 10: 32).
/// A character token whose code is in `payload` as `catcode << 24 | code`.
const CHAR_CODED: u8 = 5;
/// A control sequence; its id is in `payload`.
const CS: u8 = 9;
/// An active character read from the source.
const ACTIVE: u8 = 13;
/// An active character whose code is in `payload`.
const ACTIVE_CODED: u8 = 14;
/// An invalid character read from the source.
const INVALID: u8 = 15;
/// An invalid character whose code is in `payload`.
const INVALID_CODED: u8 = 16;
/// `\par` (from a blank line or written out): no payload needed.
const PAR: u8 = 17;
/// Trivia kinds follow, in [`TriviaKind`] order.
const TRIVIA: u8 = 18;
/// A `\verb` argument; payload: delimiter | starred << 30 | terminated << 29.
const VERB: u8 = 23;
/// A verbatim environment body; payload: the environment's name id.
const VERBATIM: u8 = 24;

const KIND_SHIFT: u32 = 11;
const LEN_MASK: u16 = (1 << KIND_SHIFT) - 1;
/// A length field with this value means "see `long_lens`".
const LONG: u16 = LEN_MASK;

/// Entries between two checkpoints.
pub(crate) const CHECKPOINT_EVERY: usize = 64;

const TRIVIA_KINDS: [TriviaKind; 5] = [
    TriviaKind::Comment,
    TriviaKind::Space,
    TriviaKind::Eol,
    TriviaKind::Ignored,
    TriviaKind::Dropped,
];

fn trivia_code(kind: TriviaKind) -> u8 {
    TRIVIA + kind as u8
}

/// Where reading may resume: the state of the running sums before entry
/// `CHECKPOINT_EVERY * i`.
#[derive(Clone, Copy, Debug, Default)]
struct Checkpoint {
    offset: u32,
    payload: u32,
    long: u32,
}

/// Tokens and trivia of one document, packed.
#[derive(Clone, Debug, Default)]
pub(crate) struct Store {
    entries: Vec<u16>,
    payload: Vec<u32>,
    long_lens: Vec<u32>,
    checkpoints: Vec<Checkpoint>,
    /// Sum of all lengths.
    total_len: u32,
}

impl Store {
    /// Heap bytes held by the store.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.entries.capacity() * 2
            + self.payload.capacity() * 4
            + self.long_lens.capacity() * 4
            + self.checkpoints.capacity() * std::mem::size_of::<Checkpoint>()
    }

    /// Source bytes covered: the sum of all lengths.
    pub(crate) fn source_len(&self) -> u32 {
        self.total_len
    }

    /// Number of entries (segments count once).
    pub(crate) fn entry_count(&self) -> usize {
        self.entries.len()
    }
}

/// Whether entries of `kind` carry a payload word: the one answer both
/// [`Builder`] (checked in debug builds) and [`Store::raw_entry`] follow.
#[inline(always)]
const fn has_payload(kind: u8) -> bool {
    // One bit test, not a chain of compares: it runs for every entry.
    const KINDS: u32 = 1 << CHAR_CODED
        | 1 << CS
        | 1 << ACTIVE_CODED
        | 1 << INVALID_CODED
        | 1 << VERB
        | 1 << VERBATIM;
    KINDS >> (kind & 31) & 1 != 0
}

/// One store entry, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A run of plain character tokens, decoded from the source by the
    /// reader (see the module's introduction).
    Segment,
    /// One token, whatever it was stored as (with its own kind, with a
    /// payload word, or read from the source: see [`Store::decode`]).
    Token(TokenKind),
    /// Trivia.
    Trivia(TriviaKind),
}

/// Where a reader is in a store: the next entry, and the payload word and
/// long length that belong to the first entries from it on that have one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct EntryPos {
    entry: usize,
    payload: usize,
    long: usize,
}

/// An entry's fields, its kind not yet decoded: what every reader needs
/// whatever it does with the kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawEntry {
    kind: u8,
    len: u32,
    /// Where its payload word is in `Store::payload`, if it has one.
    payload: usize,
}

/// What an entry counts for when only tokens are counted: readers that
/// count (a document after every edit) need no more than this, and a full
/// [`Store::decode`] per entry made an edit 14 % slower.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counted {
    /// A run of plain characters: one token per character.
    Segment,
    /// One token.
    Token,
    /// No token.
    Trivia,
}

impl RawEntry {
    #[inline(always)]
    fn counted(&self) -> Counted {
        match self.kind {
            SEGMENT => Counted::Segment,
            k if (TRIVIA..TRIVIA + TRIVIA_KINDS.len() as u8).contains(&k) => Counted::Trivia,
            _ => Counted::Token,
        }
    }
}

impl Store {
    /// The entry at `at`, its kind not yet decoded, and moves `at` past
    /// it; `None` after the last. The one place that knows how a length
    /// escapes to `long_lens` and which kinds have a payload word; the
    /// payload itself is read only by the reader that wants it.
    #[inline(always)]
    pub(crate) fn raw_entry(&self, at: &mut EntryPos) -> Option<RawEntry> {
        let &raw = self.entries.get(at.entry)?;
        at.entry += 1;
        let len = match raw & LEN_MASK {
            LONG => {
                at.long += 1;
                self.long_lens[at.long - 1]
            }
            short => u32::from(short),
        };
        let kind = (raw >> KIND_SHIFT) as u8;
        let payload = at.payload;
        at.payload += usize::from(has_payload(kind));
        Some(RawEntry { kind, len, payload })
    }

    /// Decodes the entry at `at` and moves `at` past it: the entry and its
    /// byte length; `None` after the last. `source_code` gives the code of
    /// the source character the entry starts with, which is a token's
    /// code when it was stored without one; a reader that ignores codes
    /// may give any. The one place that turns stored kinds and payload
    /// words into tokens (only [`count_chunk`] keeps a `match` of its own
    /// on stored kinds, for speed), inlined into every loop over entries:
    /// token iteration is hot.
    ///
    /// One `match` decodes the kind all the way to the token's kind, so
    /// that a reader's own `match` on the result has three cases, not one
    /// per stored kind: with two jump tables in a row, the criterion bench
    /// counting tokens took 14 % longer.
    #[inline(always)]
    pub(crate) fn decode(
        &self,
        at: &mut EntryPos,
        source_code: impl FnOnce() -> u32,
    ) -> Option<(Entry, u32)> {
        let RawEntry { kind, len, payload } = self.raw_entry(at)?;
        let payload = || self.payload[payload];
        let token = match kind {
            SEGMENT => return Some((Entry::Segment, len)),
            CHAR_CODED => {
                let p = payload();
                TokenKind::Char {
                    cat: Catcode::from_number((p >> 24) as u8),
                    code: p & 0x00FF_FFFF,
                }
            }
            CS => TokenKind::Cs(CsId(payload())),
            PAR => TokenKind::Cs(builtin::PAR),
            ACTIVE => TokenKind::Active(source_code()),
            ACTIVE_CODED => TokenKind::Active(payload()),
            INVALID => TokenKind::Invalid(source_code()),
            INVALID_CODED => TokenKind::Invalid(payload()),
            10 => TokenKind::Char {
                cat: Catcode::Space,
                code: 32,
            },
            1..=12 => TokenKind::Char {
                cat: Catcode::from_number(kind),
                code: source_code(),
            },
            VERB => {
                let p = payload();
                TokenKind::Verb {
                    delimiter: p & 0x1F_FFFF,
                    starred: p & (1 << 30) != 0,
                    terminated: p & (1 << 29) != 0,
                }
            }
            VERBATIM => TokenKind::Verbatim {
                env: CsId(payload()),
            },
            // Kinds past the trivia but `VERB` and `VERBATIM` are never
            // written (the index is out of bounds for them): an arm of
            // their own, panicking, cost a reader 2 %.
            _ => {
                let trivia = TRIVIA_KINDS[usize::from(kind - TRIVIA)];
                return Some((Entry::Trivia(trivia), len));
            }
        };
        Some((Entry::Token(token), len))
    }
}

/// Where the drivers put records: a [`Builder`] that stores them, or (for
/// a pass that only counts) a sink that keeps none. Generic, not dynamic:
/// each driver is compiled for its sink, so storing pays nothing for it.
/// The methods are [`Builder`]'s, with its meanings.
pub(crate) trait Sink {
    /// End of the last record.
    fn pos(&self) -> u32;
    /// See [`Builder::char`].
    fn char(&mut self, cat: Catcode, code: u32, span: Span, from_source: bool);
    /// See [`Builder::end_of_line_space`].
    fn end_of_line_space(&mut self, span: Span);
    /// See [`Builder::brace`].
    fn brace(&mut self, cat: Catcode, span: Span);
    /// See [`Builder::segment`].
    fn segment(&mut self, span: Span);
    /// See [`Builder::verb`].
    fn verb(&mut self, span: Span, delimiter: u32, starred: bool, terminated: bool);
    /// See [`Builder::verbatim`].
    fn verbatim(&mut self, span: Span, env: CsId);
    /// See [`Builder::cs`].
    fn cs(&mut self, id: CsId, span: Span);
    /// See [`Builder::active`].
    fn active(&mut self, code: u32, span: Span, from_source: bool);
    /// See [`Builder::invalid`].
    fn invalid(&mut self, code: u32, span: Span, from_source: bool);
    /// See [`Builder::trivia`].
    fn trivia(&mut self, kind: TriviaKind, span: Span);
    /// See [`Builder::catcodes_changed`].
    fn catcodes_changed(
        &mut self,
        offset: u32,
        settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    );
    /// See [`Builder::diagnostic`].
    fn diagnostic(&mut self, kind: DiagnosticKind, span: Span);
    /// See [`Builder::ill_formed_utf8`].
    fn ill_formed_utf8(&mut self, span: Span);
}

impl Sink for Builder {
    #[inline(always)]
    fn pos(&self) -> u32 {
        Builder::pos(self)
    }
    #[inline(always)]
    fn char(&mut self, cat: Catcode, code: u32, span: Span, from_source: bool) {
        Builder::char(self, cat, code, span, from_source);
    }
    #[inline(always)]
    fn end_of_line_space(&mut self, span: Span) {
        Builder::end_of_line_space(self, span);
    }
    #[inline(always)]
    fn brace(&mut self, cat: Catcode, span: Span) {
        Builder::brace(self, cat, span);
    }
    #[inline(always)]
    fn segment(&mut self, span: Span) {
        Builder::segment(self, span);
    }
    #[inline(always)]
    fn verb(&mut self, span: Span, delimiter: u32, starred: bool, terminated: bool) {
        Builder::verb(self, span, delimiter, starred, terminated);
    }
    #[inline(always)]
    fn verbatim(&mut self, span: Span, env: CsId) {
        Builder::verbatim(self, span, env);
    }
    #[inline(always)]
    fn cs(&mut self, id: CsId, span: Span) {
        Builder::cs(self, id, span);
    }
    #[inline(always)]
    fn active(&mut self, code: u32, span: Span, from_source: bool) {
        Builder::active(self, code, span, from_source);
    }
    #[inline(always)]
    fn invalid(&mut self, code: u32, span: Span, from_source: bool) {
        Builder::invalid(self, code, span, from_source);
    }
    #[inline(always)]
    fn trivia(&mut self, kind: TriviaKind, span: Span) {
        Builder::trivia(self, kind, span);
    }
    #[inline(always)]
    fn catcodes_changed(
        &mut self,
        offset: u32,
        settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    ) {
        Builder::catcodes_changed(self, offset, settings, profile);
    }
    #[inline(always)]
    fn diagnostic(&mut self, kind: DiagnosticKind, span: Span) {
        Builder::diagnostic(self, kind, span);
    }
    #[inline(always)]
    fn ill_formed_utf8(&mut self, span: Span) {
        Builder::ill_formed_utf8(self, span);
    }
}

/// Builds a [`Store`] record by record, checking that records tile the
/// source, and collects diagnostics (including brace balance).
pub(crate) struct Builder {
    store: Store,
    /// The length of the source being lexed: a vector that fills up grows
    /// to what the rest of it needs (see [`grow_for_the_rest`]).
    source_len: usize,
    /// End of the last record: the next one must start here.
    pos: u32,
    /// Whether the last entry is a segment ending at `pos`.
    segment_open: bool,
    findings: Findings,
    /// With tracking: the catcodes from each offset on where they changed.
    history: History,
}

/// What a sink finds besides records, the same whether it stores them
/// ([`Builder`]) or counts them ([`Counter`](crate::count::Counter)):
/// diagnostics, and the balance of braces (unmatched `}` among the
/// diagnostics, the `{` still open).
#[derive(Default)]
pub(crate) struct Findings {
    diagnostics: Vec<Diagnostic>,
    /// Ill-formed UTF-8 is one diagnostic: where in `diagnostics` it is,
    /// and how many sequences it stands for so far.
    ill_formed: Option<(usize, u32)>,
    /// `{` minus `}` so far (unmatched `}` not counted).
    brace_depth: u32,
    /// The open `{` of the outermost [`MAX_OPEN_BRACES_REPORTED`] levels:
    /// memory stays bounded however deep the nesting (`{{{{…`).
    open_braces: Vec<Span>,
}

impl Findings {
    /// Counts the balance of a brace token at `span` (any other catcode:
    /// nothing).
    #[inline]
    pub(crate) fn brace(&mut self, cat: Catcode, span: Span) {
        match cat {
            Catcode::BeginGroup => {
                if (self.brace_depth as usize) < MAX_OPEN_BRACES_REPORTED {
                    self.open_braces.push(span);
                }
                self.brace_depth += 1;
            }
            Catcode::EndGroup if self.brace_depth == 0 => {
                self.diagnostics
                    .push(Diagnostic::new(DiagnosticKind::UnmatchedCloseBrace, span));
            }
            Catcode::EndGroup => {
                self.brace_depth -= 1;
                if (self.brace_depth as usize) < MAX_OPEN_BRACES_REPORTED {
                    self.open_braces.pop();
                }
            }
            _ => {}
        }
    }

    /// A diagnostic.
    pub(crate) fn diagnostic(&mut self, kind: DiagnosticKind, span: Span) {
        self.diagnostics.push(Diagnostic::new(kind, span));
    }

    /// An ill-formed UTF-8 sequence: the first makes the one
    /// [`DiagnosticKind::IllFormedUtf8`] diagnostic, the others count in it
    /// (memory stays bounded on a file in a legacy encoding). Rare: the
    /// slow path of non-UTF-8 input.
    #[cold]
    pub(crate) fn ill_formed_utf8(&mut self, span: Span) {
        match &mut self.ill_formed {
            Some((at, sequences)) => {
                *sequences = sequences.saturating_add(1);
                let first = &mut self.diagnostics[*at].span;
                if (span.start, span.end) < (first.start, first.end) {
                    *first = span;
                }
            }
            None => {
                self.ill_formed = Some((self.diagnostics.len(), 1));
                self.diagnostic(DiagnosticKind::IllFormedUtf8 { sequences: 1 }, span);
            }
        }
    }

    /// The diagnostics sorted by position (unmatched `}` included), and the
    /// braces left open (not yet diagnostics: a chunk's open braces may
    /// close in the next chunk).
    pub(crate) fn finish(mut self) -> (Vec<Diagnostic>, OpenBraces) {
        if let Some((at, sequences)) = self.ill_formed {
            self.diagnostics[at].kind = DiagnosticKind::IllFormedUtf8 { sequences };
        }
        sort_by_position(&mut self.diagnostics);
        let braces = OpenBraces {
            outermost: self.open_braces,
            depth: self.brace_depth,
        };
        (self.diagnostics, braces)
    }
}

/// At most this many unclosed `{` are reported, the outermost ones.
pub const MAX_OPEN_BRACES_REPORTED: usize = 1000;

impl Builder {
    /// A builder sized for a source of `len` bytes (sizes are estimates;
    /// vectors grow if the input is unusual).
    pub(crate) fn for_source(source: &[u8]) -> Builder {
        let escapes = expected_escapes(source);
        // Two or three entries per control sequence (its own, and the run,
        // brace or skipped blank after it) in a thesis and in macro
        // definitions alike, and runs of text between them; never more
        // than one entry per 6 bytes, which even the densest files need.
        let entries = (escapes * 3 + source.len() / 64).min(source.len() / 6) + 16;
        Builder {
            source_len: source.len(),
            store: Store {
                entries: Vec::with_capacity(entries),
                payload: Vec::with_capacity(escapes * 9 / 8 + 16),
                long_lens: Vec::new(),
                checkpoints: Vec::with_capacity(entries / CHECKPOINT_EVERY + 1),
                total_len: 0,
            },
            pos: 0,
            segment_open: false,
            findings: Findings::default(),
            history: History::default(),
        }
    }

    /// End of the last record.
    #[inline]
    pub(crate) fn pos(&self) -> u32 {
        self.pos
    }

    #[inline(always)]
    fn push(&mut self, kind: u8, span: Span, payload: Option<u32>) {
        debug_assert_eq!(span.start, self.pos, "records must tile the source");
        debug_assert_eq!(payload.is_some(), has_payload(kind), "kind {kind}");
        let store = &mut self.store;
        if store.entries.len().is_multiple_of(CHECKPOINT_EVERY) {
            store.checkpoints.push(Checkpoint {
                offset: self.pos,
                payload: store.payload.len() as u32,
                long: store.long_lens.len() as u32,
            });
        }
        let len = span.len();
        let field = if len < u32::from(LONG) {
            len as u16
        } else {
            store.long_lens.push(len);
            LONG
        };
        if store.entries.len() == store.entries.capacity() {
            grow_for_the_rest(&mut store.entries, self.pos, self.source_len);
        }
        store.entries.push((u16::from(kind) << KIND_SHIFT) | field);
        if let Some(p) = payload {
            if store.payload.len() == store.payload.capacity() {
                grow_for_the_rest(&mut store.payload, self.pos, self.source_len);
            }
            store.payload.push(p);
        }
        self.pos = span.end;
        self.segment_open = kind == SEGMENT;
    }

    /// Grows the last entry (a segment) by `extra` bytes.
    #[inline]
    fn extend_segment(&mut self, extra: u32) {
        let store = &mut self.store;
        let last = store.entries.last_mut().expect("an open segment");
        let field = *last & LEN_MASK;
        if field == LONG {
            *store.long_lens.last_mut().expect("long length") += extra;
        } else {
            let len = u32::from(field) + extra;
            if len < u32::from(LONG) {
                *last = (*last & !LEN_MASK) | len as u16;
            } else {
                *last |= LONG;
                store.long_lens.push(len);
            }
        }
        self.pos += extra;
    }

    /// A character token. `from_source`: `code` is the source character at
    /// `span.start` and `span` covers exactly that character.
    #[inline]
    pub(crate) fn char(&mut self, cat: Catcode, code: u32, span: Span, from_source: bool) {
        if from_source && is_plain(cat) {
            self.segment(span);
            return;
        }
        if from_source && matches!(cat, Catcode::BeginGroup | Catcode::EndGroup) {
            self.brace(cat, span);
            self.segment(span);
            return;
        }
        if cat == Catcode::Space {
            // Always code 32 (a segment decodes a catcode-10 character so).
            // A space read right after a segment joins it.
            if from_source && self.segment_open && self.pos == span.start {
                self.extend_segment(span.len());
                return;
            }
            self.push(Catcode::Space as u8, span, None);
            return;
        }
        self.brace(cat, span);
        if from_source {
            self.push(cat as u8, span, None);
        } else {
            self.push(CHAR_CODED, span, Some((u32::from(cat as u8) << 24) | code));
        }
    }

    /// The space token of a line end in state M (the end-of-line character
    /// TeX appended to the line, not a catcode-5 character inside it), at
    /// its terminator `span`. A one-byte terminator (LF or CR) right after
    /// a segment joins it: a segment decodes a line-end byte as this space
    /// token.
    #[inline(always)]
    pub(crate) fn end_of_line_space(&mut self, span: Span) {
        if self.segment_open && self.pos == span.start && span.len() == 1 {
            self.extend_segment(1);
            return;
        }
        self.push(Catcode::Space as u8, span, None);
    }

    /// Counts the balance of a brace token at `span` (any other catcode:
    /// nothing). The token itself is stored by the caller: braces read from
    /// the source join segments.
    #[inline]
    pub(crate) fn brace(&mut self, cat: Catcode, span: Span) {
        self.findings.brace(cat, span);
    }

    /// A run of plain characters read from the source (as many calls of
    /// [`Builder::char`] with `from_source`, in one).
    #[inline(always)]
    pub(crate) fn segment(&mut self, span: Span) {
        if self.segment_open && self.pos == span.start {
            self.extend_segment(span.len());
            return;
        }
        self.push(SEGMENT, span, None);
    }

    /// A `\verb` argument.
    pub(crate) fn verb(&mut self, span: Span, delimiter: u32, starred: bool, terminated: bool) {
        let flags = (u32::from(starred) << 30) | (u32::from(terminated) << 29);
        self.push(VERB, span, Some((delimiter & 0x1F_FFFF) | flags));
        if !terminated {
            self.findings
                .diagnostic(DiagnosticKind::UnterminatedVerb, span);
        }
    }

    /// A verbatim environment's body.
    pub(crate) fn verbatim(&mut self, span: Span, env: CsId) {
        self.push(VERBATIM, span, Some(env.0));
    }

    /// A control sequence.
    #[inline(always)]
    pub(crate) fn cs(&mut self, id: CsId, span: Span) {
        if id == builtin::PAR {
            self.push(PAR, span, None);
        } else {
            self.push(CS, span, Some(id.0));
        }
    }

    /// An active character.
    #[inline]
    pub(crate) fn active(&mut self, code: u32, span: Span, from_source: bool) {
        if from_source {
            self.push(ACTIVE, span, None);
        } else {
            self.push(ACTIVE_CODED, span, Some(code));
        }
    }

    /// An invalid character: a token (as the oracle prints it) and an error.
    #[inline]
    pub(crate) fn invalid(&mut self, code: u32, span: Span, from_source: bool) {
        self.findings
            .diagnostic(DiagnosticKind::InvalidCharacter { code }, span);
        if from_source {
            self.push(INVALID, span, None);
        } else {
            self.push(INVALID_CODED, span, Some(code));
        }
    }

    /// Trivia; empty spans are dropped and neighbours of one kind merge.
    #[inline]
    pub(crate) fn trivia(&mut self, kind: TriviaKind, span: Span) {
        if span.is_empty() {
            return;
        }
        let code = trivia_code(kind);
        // Neighbours of one kind merge, except line ends: then no record
        // crosses a line boundary, so stretches of whole lines can be lexed
        // (and re-lexed) on their own and their stores concatenated (a
        // segment running over lines ends where its stretch does).
        if let Some(last) = self
            .store
            .entries
            .last_mut()
            .filter(|_| kind != TriviaKind::Eol)
            && (*last >> KIND_SHIFT) as u8 == code
        {
            debug_assert_eq!(span.start, self.pos, "records must tile the source");
            self.extend_segment_like_trivia(span.len());
            return;
        }
        self.push(code, span, None);
    }

    fn extend_segment_like_trivia(&mut self, extra: u32) {
        self.extend_segment(extra);
        self.segment_open = false;
    }

    /// Catcodes changed: `profile` holds from `offset` on (tracking). A
    /// segment never spans the change: its characters are decoded with the
    /// profile in force where it starts.
    pub(crate) fn catcodes_changed(
        &mut self,
        offset: u32,
        settings: impl IntoIterator<Item = Setting>,
        profile: &Profile,
    ) {
        self.segment_open = false;
        self.history.record(offset, settings, profile);
    }

    /// The catcode changes recorded so far, ready to be read.
    pub(crate) fn take_history(&mut self) -> History {
        let mut history = std::mem::take(&mut self.history);
        history.seal();
        history
    }

    /// A diagnostic that is not tied to a token (ill-formed UTF-8, `^^`
    /// warnings).
    pub(crate) fn diagnostic(&mut self, kind: DiagnosticKind, span: Span) {
        self.findings.diagnostic(kind, span);
    }

    /// An ill-formed UTF-8 sequence (see [`Findings::ill_formed_utf8`]).
    #[inline]
    pub(crate) fn ill_formed_utf8(&mut self, span: Span) {
        self.findings.ill_formed_utf8(span);
    }

    /// The finished store, the diagnostics sorted by position (unmatched
    /// `}` included), and the braces left open (not yet diagnostics: a
    /// chunk's open braces may close in the next chunk).
    pub(crate) fn finish(mut self) -> (Store, Vec<Diagnostic>, OpenBraces) {
        self.store.total_len = self.pos;
        let (diagnostics, braces) = self.findings.finish();
        (self.store, diagnostics, braces)
    }
}

/// How many control sequences `source` is likely to hold, which sizes the
/// store: its backslashes, counted in its first [`SIZING_SAMPLE`] bytes
/// and extrapolated to all of it. Files differ too much for a fixed ratio
/// to the length (one control sequence per 30 bytes in a thesis, per 8 in
/// a file of macro definitions, where doubling from a low guess allocated
/// twice what was needed); counting costs about 3 µs, against some 60 µs
/// to lex the sample.
fn expected_escapes(source: &[u8]) -> usize {
    let sample = &source[..source.len().min(SIZING_SAMPLE)];
    let escapes = memchr::memchr_iter(b'\\', sample).count() as u64;
    (escapes * source.len() as u64 / sample.len().max(1) as u64) as usize
}

/// How much of a source [`expected_escapes`] and [`expected_line_starts`]
/// read.
const SIZING_SAMPLE: usize = 64 * 1024;

/// How many lines `source` is likely to have, which sizes its line starts:
/// its line ends (LFs, or CRs in a sample without any LF) counted in its
/// first [`SIZING_SAMPLE`] bytes, exact for a source no longer than that,
/// else extrapolated with a sixteenth more (a vector that fills up doubles).
pub(crate) fn expected_line_starts(source: &[u8]) -> usize {
    let sample = &source[..source.len().min(SIZING_SAMPLE)];
    let mut ends = memchr::memchr_iter(b'\n', sample).count();
    if ends == 0 {
        ends = memchr::memchr_iter(b'\r', sample).count();
    }
    let starts = ends + 1;
    if sample.len() == source.len() {
        return starts;
    }
    let extrapolated = (ends as u64 * source.len() as u64 / sample.len() as u64) as usize;
    extrapolated + extrapolated / 16 + 1
}

/// Makes room in a full `vec` for what the rest of a source of
/// `source_len` bytes needs, lexed up to `pos`: its use so far per byte,
/// extrapolated to the whole source, and an eighth more. A file denser than
/// the initial estimate (control sequences every few bytes) then takes one
/// or two more allocations close to what it needs, where doubling would
/// allocate up to twice that, and the bytes of every reallocation count
/// against the memory target. Growing by at least a quarter keeps appends
/// amortized O(1) whatever the extrapolation says.
#[cold]
#[inline(never)]
fn grow_for_the_rest<T>(vec: &mut Vec<T>, pos: u32, source_len: usize) {
    let used = vec.len();
    let whole = used as u64 * source_len as u64 / u64::from(pos.max(1));
    let wanted = (whole + whole / 8) as usize + 16;
    let least = used + used / 4 + 16;
    vec.reserve_exact(wanted.max(least) - used);
}

/// A store and the source offset its records start at. A document is one
/// chunk when lexed serially, one per thread when lexed in parallel.
#[derive(Clone, Debug, Default)]
pub(crate) struct Chunk {
    pub base: u32,
    pub store: Store,
    /// With tracking: the catcodes from each chunk-relative offset on where
    /// they changed (segments read their catcodes from the profile in force
    /// where they start).
    pub history: History,
}

impl Store {
    /// The number of tokens that end at or before `offset` (a zero-width
    /// record at `offset` included if `empty_at_offset`) (offsets relative
    /// to the store's start; `source` its bytes). Walks entries, without
    /// decoding records; a segment may hold `offset` (it may run across
    /// line ends), and then its characters before it count.
    pub(crate) fn tokens_before(
        &self,
        source: &[u8],
        offset: u32,
        empty_at_offset: bool,
        bytes_model: bool,
    ) -> usize {
        let (mut at, mut tokens) = (0u32, 0);
        let mut pos = EntryPos::default();
        while let Some(entry) = self.raw_entry(&mut pos) {
            let (counted, len) = (entry.counted(), entry.len);
            let end = at + len;
            if end > offset || (len == 0 && at == offset && !empty_at_offset) {
                if counted == Counted::Segment && at < offset {
                    let straddles = !bytes_model && is_continuation(source[offset as usize]);
                    let text = &source[at as usize..offset as usize];
                    tokens += segment_chars(text, bytes_model) - usize::from(straddles);
                }
                break;
            }
            tokens += match counted {
                Counted::Segment => segment_chars(&source[at as usize..end as usize], bytes_model),
                Counted::Trivia => 0,
                Counted::Token => 1,
            };
            at = end;
        }
        tokens
    }

    /// The number of tokens (`source`: the store's bytes). Like
    /// [`Store::tokens_before`] the end, but when every segment's byte is a
    /// character (ASCII text, or pdfTeX's byte model) no segment is read.
    pub(crate) fn token_count(&self, source: &[u8], bytes_model: bool) -> usize {
        if !(bytes_model || source.is_ascii()) {
            return self.tokens_before(source, source.len() as u32, true, bytes_model);
        }
        let mut pos = EntryPos::default();
        let mut tokens = 0;
        while let Some(entry) = self.raw_entry(&mut pos) {
            tokens += match entry.counted() {
                Counted::Segment => entry.len as usize,
                Counted::Trivia => 0,
                Counted::Token => 1,
            };
        }
        tokens
    }

    /// Rewrites the control-sequence ids in `payload` through `map` (used
    /// when chunks lexed with their own interners are merged).
    pub(crate) fn remap_ids(&mut self, mut map: impl FnMut(u32) -> u32) {
        let mut pos = EntryPos::default();
        while let Some(entry) = self.raw_entry(&mut pos) {
            if matches!(entry.kind, CS | VERBATIM) {
                self.payload[entry.payload] = map(self.payload[entry.payload]);
            }
        }
    }
}

/// Token counts of a document, computed from the store without decoding
/// every token (see [`Lexed::token_stats`](crate::Lexed::token_stats)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TokenStats {
    /// Character tokens by catcode.
    pub chars: [u64; 16],
    /// Active characters.
    pub active: u64,
    /// Invalid (dropped) characters.
    pub invalid: u64,
    /// `\verb` arguments and verbatim environment bodies.
    pub verbatim: u64,
    /// Control sequences (`\par` from blank lines included), by id, in id
    /// order.
    pub control_sequences: Vec<(CsId, u64)>,
}

impl TokenStats {
    /// All tokens.
    pub fn tokens(&self) -> u64 {
        self.chars.iter().sum::<u64>()
            + self.active
            + self.invalid
            + self.verbatim
            + self.control_sequences.iter().map(|&(_, n)| n).sum::<u64>()
    }
}

/// Token counts being gathered: a [`TokenStats`] whose control sequences
/// are counted in tables by id until [`TokenTally::stats`] lists them.
#[derive(Clone, Debug)]
pub(crate) struct TokenTally {
    /// As in [`TokenStats`].
    pub chars: [u64; 16],
    pub active: u64,
    pub invalid: u64,
    pub verbatim: u64,
    /// Control sequences with ids below
    /// [`FIXED_IDS`](crate::intern::FIXED_IDS), by id.
    by_id: Vec<u64>,
    /// The others, by id less [`FIRST_DYNAMIC`](crate::intern::FIRST_DYNAMIC).
    dynamic: Vec<u64>,
    /// The indexes of `dynamic` not zero, so that emptying a tally costs
    /// what it counted, not the number of names met so far.
    touched: Vec<u32>,
}

impl Default for TokenTally {
    fn default() -> TokenTally {
        TokenTally {
            chars: [0; 16],
            active: 0,
            invalid: 0,
            verbatim: 0,
            by_id: vec![0; crate::intern::FIXED_IDS],
            dynamic: Vec::new(),
            touched: Vec::new(),
        }
    }
}

impl TokenTally {
    /// One control sequence `id`.
    #[inline]
    pub(crate) fn cs(&mut self, id: CsId) {
        match self.by_id.get_mut(id.0 as usize) {
            Some(n) => *n += 1,
            None => self.dynamic_cs(id),
        }
    }

    fn dynamic_cs(&mut self, id: CsId) {
        let i = (id.0 - crate::intern::FIRST_DYNAMIC) as usize;
        if self.dynamic.len() <= i {
            self.dynamic.resize(i + 1, 0);
        }
        if self.dynamic[i] == 0 {
            self.touched.push(i as u32);
        }
        self.dynamic[i] += 1;
    }

    /// Adds the counts to `total` and empties this tally, in time
    /// proportional to the fixed ids and the names it counted.
    pub(crate) fn move_into(&mut self, total: &mut TokenTally) {
        for (sum, n) in total.chars.iter_mut().zip(&mut self.chars) {
            *sum += std::mem::take(n);
        }
        total.active += std::mem::take(&mut self.active);
        total.invalid += std::mem::take(&mut self.invalid);
        total.verbatim += std::mem::take(&mut self.verbatim);
        for (sum, n) in total.by_id.iter_mut().zip(&mut self.by_id) {
            *sum += std::mem::take(n);
        }
        for i in self.touched.drain(..) {
            let n = std::mem::take(&mut self.dynamic[i as usize]);
            let i = i as usize;
            if total.dynamic.len() <= i {
                total.dynamic.resize(i + 1, 0);
            }
            if total.dynamic[i] == 0 {
                total.touched.push(i as u32);
            }
            total.dynamic[i] += n;
        }
    }

    /// Forgets the counts (as cheaply as [`TokenTally::move_into`]).
    pub(crate) fn clear(&mut self) {
        self.chars = [0; 16];
        (self.active, self.invalid, self.verbatim) = (0, 0, 0);
        self.by_id.fill(0);
        for i in self.touched.drain(..) {
            self.dynamic[i as usize] = 0;
        }
    }

    /// The counts so far.
    pub(crate) fn stats(&self) -> TokenStats {
        let dynamic_ids = (crate::intern::FIRST_DYNAMIC..).zip(&self.dynamic);
        TokenStats {
            chars: self.chars,
            active: self.active,
            invalid: self.invalid,
            verbatim: self.verbatim,
            control_sequences: (0..)
                .zip(&self.by_id)
                .chain(dynamic_ids)
                .filter(|&(_, &n)| n > 0)
                .map(|(id, &n)| (CsId(id), n))
                .collect(),
        }
    }
}

/// Counts a chunk's tokens into `tally`, but for the characters of
/// segments read with `profile`'s catcodes (no change in the chunk), whose
/// spans go to `plain`, to be counted many at once
/// ([`SegmentClasses::count_all`](crate::count::SegmentClasses::count_all)).
pub(crate) fn count_chunk(
    source: &[u8],
    profile: &Profile,
    chunk: &Chunk,
    tally: &mut TokenTally,
    plain: &mut impl FnMut(u32, u32),
) {
    let store = &chunk.store;
    let mut offset = chunk.base as usize;
    let mut pos = EntryPos::default();
    // Its own `match` on the stored kinds, on entries read by the shared
    // `raw_entry`: after `decode`'s, a second jump table (on the decoded
    // kind) took 25 % longer.
    while let Some(RawEntry { kind, len, payload }) = store.raw_entry(&mut pos) {
        let len = len as usize;
        match kind {
            SEGMENT if !chunk.history.is_empty() => {
                // Catcodes changed in this chunk (tracking): each segment
                // with the catcodes in force where it starts.
                let local = (offset - chunk.base as usize) as u32;
                let catcodes = chunk.history.catcodes_at(profile, local);
                let text = &source[offset..offset + len];
                let mut i = 0;
                while i < text.len() {
                    let (c, n) = if profile.input_model() == crate::InputModel::Bytes {
                        (u32::from(text[i]), 1)
                    } else {
                        crate::buffer::decode_valid(text, i)
                    };
                    tally.chars[usize::from(segment_catcode(&catcodes, c).number())] += 1;
                    i += n;
                }
            }
            SEGMENT => plain(offset as u32, (offset + len) as u32),
            CHAR_CODED => tally.chars[(store.payload[payload] >> 24) as usize & 15] += 1,
            CS => tally.cs(CsId(store.payload[payload])),
            PAR => tally.by_id[builtin::PAR.0 as usize] += 1,
            ACTIVE | ACTIVE_CODED => tally.active += 1,
            INVALID | INVALID_CODED => tally.invalid += 1,
            VERB | VERBATIM => tally.verbatim += 1,
            1..=12 => tally.chars[usize::from(kind)] += 1,
            _ => {}
        }
        offset += len;
    }
}

/// What a builder knows of braces at its end, for merging chunks.
#[derive(Clone, Debug, Default)]
pub(crate) struct OpenBraces {
    /// The outermost open `{` (at most [`MAX_OPEN_BRACES_REPORTED`]).
    pub outermost: Vec<Span>,
    /// How many are open.
    pub depth: u32,
}

impl OpenBraces {
    /// Takes in the diagnostics and open braces of the next chunk, which
    /// starts at `base`: its unmatched `}` first close braces left open by
    /// earlier chunks; the rest go to `out`, rebased.
    pub(crate) fn add_chunk(
        &mut self,
        mut diagnostics: Vec<Diagnostic>,
        braces: OpenBraces,
        base: u32,
        out: &mut Vec<Diagnostic>,
    ) {
        if self.depth == 0 && out.is_empty() {
            // Nothing to close: the chunk's diagnostics are the document's
            // so far (moved, not copied: there may be one per byte).
            for d in &mut diagnostics {
                d.span = Span::new(d.span.start + base, d.span.end + base);
            }
            *out = diagnostics;
            diagnostics = Vec::new();
        }
        out.reserve(diagnostics.len());
        // The first unmatched `}` close braces left open before; they are
        // no diagnostics.
        let mut may_close = self.depth;
        for d in diagnostics {
            if d.kind == DiagnosticKind::UnmatchedCloseBrace && may_close > 0 {
                may_close -= 1;
                continue;
            }
            let span = Span::new(d.span.start + base, d.span.end + base);
            out.push(Diagnostic { span, ..d });
        }
        self.add_braces((self.depth - may_close) as usize, &braces, base);
    }

    /// The braces of the next chunk, which starts at `base`: `closes` of
    /// its unmatched `}` close braces left open before it (as many as
    /// there are), then its own open `{` (`braces`) are added, rebased.
    pub(crate) fn add_braces(&mut self, closes: usize, braces: &OpenBraces, base: u32) {
        self.depth -= closes.min(self.depth as usize) as u32;
        self.outermost.truncate(self.depth as usize);
        for (level, span) in (self.depth..).zip(&braces.outermost) {
            if (level as usize) < MAX_OPEN_BRACES_REPORTED {
                self.outermost
                    .push(Span::new(span.start + base, span.end + base));
            }
        }
        self.depth += braces.depth;
    }

    /// The braces still open at the end of the input, as diagnostics.
    pub(crate) fn finish(self, out: &mut Vec<Diagnostic>) {
        out.extend(
            self.outermost
                .into_iter()
                .map(|span| Diagnostic::new(DiagnosticKind::UnclosedOpenBrace, span)),
        );
    }
}

/// Makes the [`DiagnosticKind::IllFormedUtf8`] diagnostics of chunks
/// lexed apart (sorted by position) one: the first, counting them all.
pub(crate) fn merge_ill_formed(diagnostics: &mut Vec<Diagnostic>) {
    let mut first = None;
    let mut total = 0u32;
    let mut parts = 0;
    for (i, d) in diagnostics.iter().enumerate() {
        if let DiagnosticKind::IllFormedUtf8 { sequences } = d.kind {
            first.get_or_insert(i);
            total = total.saturating_add(sequences);
            parts += 1;
        }
    }
    let Some(first) = first.filter(|_| parts > 1) else {
        return;
    };
    diagnostics[first].kind = DiagnosticKind::IllFormedUtf8 { sequences: total };
    let mut i = 0;
    diagnostics.retain(|d| {
        i += 1;
        i - 1 <= first || !matches!(d.kind, DiagnosticKind::IllFormedUtf8 { .. })
    });
}

/// Sorts diagnostics by position (stably: equal spans keep their order),
/// without the sort's scratch allocation when they are in order already,
/// as they nearly always are.
pub(crate) fn sort_by_position(diagnostics: &mut [Diagnostic]) {
    let key = |d: &Diagnostic| (d.span.start, d.span.end);
    if !diagnostics.is_sorted_by_key(key) {
        diagnostics.sort_by_key(key);
    }
}

/// Iterates over the records of all chunks of a document: tokens, and
/// trivia if asked.
#[derive(Clone)]
pub struct Records<'a> {
    chunks: &'a [Chunk],
    next_chunk: usize,
    current: ChunkRecords<'a>,
}

impl<'a> Records<'a> {
    pub(crate) fn new(
        source: &'a [u8],
        profile: &'a Profile,
        chunks: &'a [Chunk],
        trivia: bool,
    ) -> Self {
        static EMPTY: Store = Store {
            entries: Vec::new(),
            payload: Vec::new(),
            long_lens: Vec::new(),
            checkpoints: Vec::new(),
            total_len: 0,
        };
        static NO_CHANGES: History = History::EMPTY;
        Records {
            chunks,
            next_chunk: 0,
            current: ChunkRecords::new(source, profile, &EMPTY, 0, &NO_CHANGES, trivia),
        }
    }

    /// Moves to the record that contains byte `offset` (or, between
    /// records, the first one after it).
    pub(crate) fn seek(mut self, offset: u32) -> Self {
        let index = self.chunks.partition_point(|c| c.base <= offset).max(1) - 1;
        if let Some(chunk) = self.chunks.get(index) {
            self.current = self.current.of_chunk(chunk).seek(offset);
            self.next_chunk = index + 1;
        }
        self
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    #[inline(always)]
    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(record) = self.current.next() {
                return Some(record);
            }
            let chunk = self.chunks.get(self.next_chunk)?;
            self.next_chunk += 1;
            self.current = self.current.of_chunk(chunk);
        }
    }
}

/// The number of characters that start in `text` (a segment's bytes, or
/// a part of them).
fn segment_chars(text: &[u8], bytes_model: bool) -> usize {
    if bytes_model || text.is_ascii() {
        text.len()
    } else {
        text.iter().filter(|&&b| !is_continuation(b)).count()
    }
}

/// The catcode of character `code` in a segment decoded with `catcodes`:
/// a line-end byte there is the space token of a line end in state M (see
/// [`Builder::end_of_line_space`]); other characters have their catcodes.
#[inline]
pub(crate) fn segment_catcode(catcodes: &CatcodesAt, code: u32) -> Catcode {
    if u8::try_from(code).is_ok_and(line_end::is_terminator_byte) {
        Catcode::Space
    } else {
        catcodes.catcode(code)
    }
}

/// The code of the character at `at` (pdfTeX's model, `bytes`: the byte).
fn source_char(source: &[u8], bytes: bool, at: u32) -> u32 {
    if bytes {
        return u32::from(source[at as usize]);
    }
    crate::buffer::decode_lossy(source, at as usize).0
}

/// Iterates over the records of one chunk.
#[derive(Clone)]
pub(crate) struct ChunkRecords<'a> {
    source: &'a [u8],
    /// pdfTeX's model: a character is a byte.
    bytes: bool,
    /// Source offset of the chunk's first record.
    base: u32,
    profile: &'a Profile,
    store: &'a Store,
    trivia: bool,
    /// The next entry.
    at: EntryPos,
    offset: u32,
    /// Inside a segment: where it ends.
    segment_end: u32,
    /// Catcode changes in the chunk (tracking), and the profile of the
    /// current segment.
    history: &'a History,
    segment_catcodes: CatcodesAt<'a>,
    /// The catcodes of the current segment's bytes, when no setting in
    /// force touches them (always, without tracking): ASCII characters are
    /// looked up here directly.
    segment_bytes: Option<&'a [Catcode; 256]>,
}

impl<'a> ChunkRecords<'a> {
    pub(crate) fn new(
        source: &'a [u8],
        profile: &'a Profile,
        store: &'a Store,
        base: u32,
        history: &'a History,
        trivia: bool,
    ) -> Self {
        ChunkRecords {
            history,
            segment_catcodes: CatcodesAt::fixed(profile),
            segment_bytes: None,
            source,
            bytes: profile.input_model() == crate::InputModel::Bytes,
            base,
            profile,
            store,
            trivia,
            at: EntryPos::default(),
            offset: base,
            segment_end: base,
        }
    }

    /// The records of `chunk` of the same source, read the same way.
    fn of_chunk(&self, chunk: &'a Chunk) -> Self {
        ChunkRecords::new(
            self.source,
            self.profile,
            &chunk.store,
            chunk.base,
            &chunk.history,
            self.trivia,
        )
    }

    /// Moves to the record that contains byte `offset` (or, between
    /// records, the first one after it), using the nearest checkpoint: cost
    /// O(log n + CHECKPOINT_EVERY), plus the characters of one segment.
    pub(crate) fn seek(mut self, offset: u32) -> Self {
        let cps = &self.store.checkpoints;
        let local = offset.saturating_sub(self.base);
        // Strictly before: a token with an empty span at `offset` (an
        // empty verbatim body) comes before a checkpoint at `offset`.
        let block = cps.partition_point(|cp| cp.offset < local);
        if block > 0 {
            let cp = cps[block - 1];
            self.at = EntryPos {
                entry: (block - 1) * CHECKPOINT_EVERY,
                payload: cp.payload as usize,
                long: cp.long as usize,
            };
            self.offset = self.base + cp.offset;
            self.segment_end = self.offset;
        }
        loop {
            let mut probe = self.clone();
            match probe.next() {
                Some(r) if r.span().end <= offset && !r.span().is_empty() => self = probe,
                Some(r) if r.span().is_empty() && r.span().start < offset => self = probe,
                _ => return self,
            }
        }
    }
}

impl Iterator for ChunkRecords<'_> {
    type Item = Record;

    /// An ASCII character of a segment in the common case (its catcodes
    /// untouched by tracking): one byte, one lookup, small enough to inline
    /// into any loop; everything else in [`ChunkRecords::next_record`].
    /// (With the whole of it here, inlining decided per caller: a `count`
    /// of the tokens of `perf_smoke_big.tex` took 6.5 ms in one, 1.2 ms in
    /// another.)
    #[inline(always)]
    fn next(&mut self) -> Option<Record> {
        let at = self.offset;
        if at < self.segment_end
            && let Some(table) = self.segment_bytes
            && self.source[at as usize] < 0x80
        {
            // What `segment_catcode` and `next_record` do, for one byte.
            let b = self.source[at as usize];
            let cat = if line_end::is_terminator_byte(b) {
                Catcode::Space
            } else {
                table[usize::from(b)]
            };
            let code = if cat == Catcode::Space {
                32
            } else {
                u32::from(b)
            };
            self.offset = at + 1;
            return Some(Record::Token(Token {
                kind: TokenKind::Char { cat, code },
                span: Span::new(at, at + 1),
            }));
        }
        self.next_record()
    }
}

impl ChunkRecords<'_> {
    /// The next record of any kind.
    #[inline]
    fn next_record(&mut self) -> Option<Record> {
        loop {
            if self.offset < self.segment_end {
                let (code, len) = if self.bytes {
                    (u32::from(self.source[self.offset as usize]), 1)
                } else {
                    crate::buffer::decode_valid(self.source, self.offset as usize)
                };
                let span = Span::new(self.offset, self.offset + len as u32);
                self.offset = span.end;
                let cat = segment_catcode(&self.segment_catcodes, code);
                let code = if cat == Catcode::Space { 32 } else { code };
                return Some(Record::Token(Token {
                    kind: TokenKind::Char { cat, code },
                    span,
                }));
            }
            let start = self.offset;
            let (source, bytes) = (self.source, self.bytes);
            let (entry, len) = self
                .store
                .decode(&mut self.at, || source_char(source, bytes, start))?;
            let span = Span::new(start, start + len);
            let kind = match entry {
                Entry::Segment => {
                    self.segment_end = span.end;
                    self.segment_catcodes = self
                        .history
                        .catcodes_at(self.profile, span.start - self.base);
                    self.segment_bytes = self.segment_catcodes.byte_table();
                    continue;
                }
                Entry::Token(kind) => kind,
                Entry::Trivia(kind) => {
                    self.offset = span.end;
                    if !self.trivia {
                        continue;
                    }
                    return Some(Record::Trivia(Trivia { kind, span }));
                }
            };
            self.offset = span.end;
            return Some(Record::Token(Token { kind, span }));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::driver::lex_chunk;
    use crate::{Interner, Profile, Regime, TexEngine, lex};
    use proptest::prelude::*;

    /// Texts of plain runs (some longer than a short entry holds), control
    /// sequences, comments, spaces, line ends and multi-byte characters.
    fn text() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"word ".to_vec()),
            Just(b"\\cs{x}".to_vec()),
            Just(b"% comment\n".to_vec()),
            Just(b"\n\n".to_vec()),
            Just("é€😀".as_bytes().to_vec()),
            Just(vec![0xFF, 0xC3]),
            (1usize..5000).prop_map(|n| vec![b'a'; n]),
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    /// Line starts are reserved exactly for a source the sample covers,
    /// and extrapolated, never short, for a uniform longer one.
    #[test]
    fn line_starts_are_sized_from_the_sample() {
        use super::{SIZING_SAMPLE, expected_line_starts};
        let lines = |text: &[u8]| crate::LineIndex::new(text).line_count();
        for text in [
            &b""[..],
            b"x",
            b"a\nb\n",
            b"a\r\nb\r\n\r\n",
            b"a\rb\rc",
            b"\n\n\n",
        ] {
            assert_eq!(expected_line_starts(text), lines(text), "{text:?}");
        }
        let line = b"a line of some forty bytes, and a few more\n";
        let long = line.repeat(4 * SIZING_SAMPLE / line.len());
        let expected = expected_line_starts(&long);
        assert!(expected >= lines(&long), "{expected} < {}", lines(&long));
        assert!(expected <= lines(&long) * 17 / 16 + 2, "{expected}");
    }

    /// Every kind of entry a builder writes decodes back to what was
    /// written, payload words and long lengths each read once, in order.
    #[test]
    fn every_entry_kind_decodes_to_what_was_written() {
        use super::{Builder, Entry, EntryPos};
        use crate::{Catcode, CsId, Span, TokenKind, TriviaKind};
        let source = vec![b'a'; 5000];
        let mut b = Builder::for_source(&source);
        let mut at = 0;
        let mut next = |len: u32| {
            at += len;
            Span::new(at - len, at)
        };
        b.segment(next(3000)); // a long length
        b.trivia(TriviaKind::Comment, next(2)); // trivia between segments
        b.char(Catcode::Other, 0x41, next(4), false);
        b.char(Catcode::Letter, u32::from(b'a'), next(1), true); // a new segment
        b.trivia(TriviaKind::Space, next(1));
        b.char(Catcode::MathShift, u32::from(b'a'), next(1), false);
        b.char(Catcode::Superscript, u32::from(b'a'), next(1), true);
        b.cs(CsId(7777), next(5));
        b.char(Catcode::Space, 32, next(1), true); // not after a segment
        b.cs(crate::intern::builtin::PAR, next(1));
        b.active(0x263A, next(4), false);
        b.active(u32::from(b'a'), next(1), true);
        b.invalid(0x7F, next(4), false);
        b.invalid(u32::from(b'a'), next(1), true);
        b.verb(next(2500), u32::from(b'|'), true, false); // long, with payload
        b.verbatim(next(10), CsId(42));
        b.trivia(TriviaKind::Eol, next(1));
        let (store, _, _) = b.finish();
        // A stand-in for the source's characters: tokens stored without a
        // code take this one.
        const FROM_SOURCE: u32 = 0x1_0000;
        let decode_all = |store: &super::Store| {
            let mut pos = EntryPos::default();
            let all: Vec<(Entry, u32)> =
                std::iter::from_fn(|| store.decode(&mut pos, || FROM_SOURCE)).collect();
            (all, pos)
        };
        let (decoded, pos) = decode_all(&store);
        let char = |cat, code| Entry::Token(TokenKind::Char { cat, code });
        let expected = [
            (Entry::Segment, 3000),
            (Entry::Trivia(TriviaKind::Comment), 2),
            (char(Catcode::Other, 0x41), 4),
            (Entry::Segment, 1),
            (Entry::Trivia(TriviaKind::Space), 1),
            (char(Catcode::MathShift, u32::from(b'a')), 1),
            (char(Catcode::Superscript, FROM_SOURCE), 1),
            (Entry::Token(TokenKind::Cs(CsId(7777))), 5),
            (char(Catcode::Space, 32), 1),
            (Entry::Token(TokenKind::Cs(crate::builtin::PAR)), 1),
            (Entry::Token(TokenKind::Active(0x263A)), 4),
            (Entry::Token(TokenKind::Active(FROM_SOURCE)), 1),
            (Entry::Token(TokenKind::Invalid(0x7F)), 4),
            (Entry::Token(TokenKind::Invalid(FROM_SOURCE)), 1),
            (
                Entry::Token(TokenKind::Verb {
                    delimiter: u32::from(b'|'),
                    starred: true,
                    terminated: false,
                }),
                2500,
            ),
            (Entry::Token(TokenKind::Verbatim { env: CsId(42) }), 10),
            (Entry::Trivia(TriviaKind::Eol), 1),
        ];
        assert_eq!(decoded, expected);
        assert_eq!(pos.payload, store.payload.len(), "every payload word read");
        assert_eq!(pos.long, store.long_lens.len(), "every long length read");
        assert_eq!(store.source_len(), at);

        // Ids are remapped in place: those of control sequences and
        // verbatim environments, and nothing else (`\par` has no payload
        // word: taking the next one for its id would change the active
        // character's code after it).
        let mut store = store;
        store.remap_ids(|id| id + 1);
        let mut remapped = expected;
        remapped[7].0 = Entry::Token(TokenKind::Cs(CsId(7778)));
        remapped[15].0 = Entry::Token(TokenKind::Verbatim { env: CsId(43) });
        assert_eq!(decode_all(&store).0, remapped);
    }

    /// A tally moved into another adds to it and is left empty, dynamic
    /// ids included; a cleared one counts from nothing.
    #[test]
    fn a_tally_moves_and_clears_what_it_counted() {
        use super::TokenTally;
        use crate::CsId;
        let first = CsId(crate::intern::FIRST_DYNAMIC);
        let later = CsId(crate::intern::FIRST_DYNAMIC + 1000);
        let mut total = TokenTally::default();
        let mut piece = TokenTally::default();
        for id in [first, later, later, crate::builtin::PAR] {
            piece.cs(id);
        }
        piece.chars[11] = 5;
        piece.verbatim = 1;
        piece.move_into(&mut total);
        assert_eq!(piece.stats(), TokenTally::default().stats());
        piece.cs(later);
        piece.active = 2;
        piece.move_into(&mut total);
        piece.cs(first);
        piece.chars[1] = 9;
        piece.clear();
        assert_eq!(piece.stats(), TokenTally::default().stats());
        let stats = total.stats();
        assert_eq!(
            stats.control_sequences,
            [(crate::builtin::PAR, 1), (first, 1), (later, 3)]
        );
        assert_eq!((stats.chars[11], stats.verbatim, stats.active), (5, 1, 2));
        assert_eq!(stats.tokens(), 13);
    }

    proptest! {
        #[test]
        fn token_count_is_the_number_of_tokens(text in text(), bytes in any::<bool>()) {
            let engine = if bytes { TexEngine::Pdftex } else { TexEngine::Luatex };
            let profile = Profile::for_engine(Regime::Latex, engine);
            let chunk = lex_chunk(&text, &profile, &mut Interner::new());
            let count = chunk.store.token_count(&text, bytes);
            prop_assert_eq!(count, lex(&text, &profile).tokens().count());
            prop_assert_eq!(count, chunk.store.tokens_before(&text, text.len() as u32, true, bytes));
        }
    }
}
