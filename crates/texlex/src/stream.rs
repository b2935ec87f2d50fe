//! Streaming: a [`Read`]er lexed piece by piece, in bounded memory.
//!
//! A [`Stream`] reads its input in pieces of whole lines — a small one
//! first, so that the first tokens come at once, then larger ones up to
//! [`MAX_PIECE`] bytes — and lexes each as a whole-input lex would lex
//! those lines: with tracking, the catcodes and groups in force at a
//! piece's end are where the next one starts, and a piece never ends
//! inside a verbatim body (it grows until the body ends). Names are
//! interned once for the whole stream, and braces are matched across
//! pieces; `{` still open at the end are known only then.
//!
//! Offsets inside a piece are 32-bit and relative to the piece; the piece
//! says where it starts as a 64-bit offset, so a stream may run past
//! 4 GiB. What is kept between pieces: the unread rest of the last read,
//! the names, the catcode state, and the outermost 1000 open braces.

use std::io::{self, Read};

use crate::count::SegmentClasses;
use crate::diag::{Diagnostic, DiagnosticKind};
use crate::driver::{LexedChunk, count_chunk, count_tracked_piece, lex_chunk, lex_tracked_piece};
use crate::engine::EngineState;
use crate::lexed::Names;
use crate::pos::LineIndex;
use crate::store::{MAX_OPEN_BRACES_REPORTED, OpenBraces, TokenTally};
use crate::{Interner, LexOptions, Lexed, Positions, Profile};

/// Bytes for the first piece (it ends at the first line end after them).
const FIRST_PIECE: usize = 256;
/// Bytes read for a piece once the stream is under way (a piece is longer
/// only when one line, or a verbatim body, is).
const MAX_PIECE: usize = 1 << 20;

/// Lexes what a [`Read`]er yields, piece by piece: each
/// [`next_piece`](Stream::next_piece) is a [`Lexed`] view of the next
/// whole lines (a [`Piece`]), equal to what a lex of the whole input gives
/// for them. Memory stays bounded by the largest piece (about 1 MiB, or
/// the longest line or verbatim body if longer), however long the input.
///
/// Made by [`Lexer::stream`](crate::Lexer::stream).
///
/// ```
/// use texlex::{Lexer, Regime, TokenKind};
/// let input = &b"\\emph{x}\n}\n"[..]; // any `std::io::Read`
/// let mut stream = Lexer::new(Regime::Latex).stream(input);
/// let mut tokens = 0;
/// while let Some(piece) = stream.next_piece()? {
///     tokens += piece.tokens().count();
///     for d in piece.diagnostics() {
///         // Offsets in a piece are relative to it.
///         assert_eq!(piece.offset() + u64::from(d.span.start), 9);
///     }
/// }
/// assert_eq!(tokens, 7); // \emph { x } space, then the space after `}`
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct Stream<R> {
    reader: R,
    profile: Profile,
    /// With tracking: the state where the next piece starts.
    state: Option<EngineState>,
    names: Interner,
    /// Bytes read and not yet handed out, from `offset` on: the first
    /// `filled` bytes of `buffer` (the rest is room to read into, zeroed
    /// once when the buffer grows, not before every read); the piece handed
    /// out last is its first `handed_out` bytes.
    buffer: Vec<u8>,
    filled: usize,
    handed_out: usize,
    /// Line ends in the piece handed out last.
    handed_out_lines: u64,
    /// Where `buffer` starts in the input, and on which (0-based) line.
    offset: u64,
    line: u64,
    /// Bytes to read before cutting the next piece.
    piece_size: usize,
    /// The reader said it has nothing more.
    eof: bool,
    /// A piece was handed out (an empty input is one empty piece).
    started: bool,
    braces: CarriedBraces,
    /// The one ill-formed UTF-8 diagnostic, counting the pieces so far.
    ill_formed: Option<StreamDiagnostic>,
    /// How long a piece may get before the stream gives up (a test lowers
    /// it); pieces are lexed with 32-bit offsets.
    max_piece_len: usize,
}

/// Whole lines of a [`Stream`]'s input, lexed: a [`Lexed`] (it derefs to
/// one) whose offsets and lines count from the piece's start, and which
/// starts with the catcodes in force there (its [`Lexed::profile`]).
///
/// Its diagnostics are those of its own bytes, braces matched across
/// pieces: a `}` closing a `{` of an earlier piece is no error. Ill-formed
/// UTF-8 is not among them: a stream has one diagnostic for all of it,
/// complete at its end ([`Stream::ill_formed_utf8`]).
pub struct Piece<'a> {
    lexed: Lexed<'a>,
    offset: u64,
    first_line: u64,
}

impl<'a> Piece<'a> {
    /// Where the piece starts in the input, in bytes.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The 0-based line of the input the piece starts on: line `n` of the
    /// piece (as [`Lexed::position`] counts, from 1) is line
    /// `first_line() + n` of the input.
    pub fn first_line(&self) -> u64 {
        self.first_line
    }
}

impl<'a> std::ops::Deref for Piece<'a> {
    type Target = Lexed<'a>;

    fn deref(&self) -> &Lexed<'a> {
        &self.lexed
    }
}

/// A diagnostic a [`Stream`] settles only at its end, placed in the input
/// (see [`Stream::ill_formed_utf8`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StreamDiagnostic {
    /// What it is about.
    pub kind: DiagnosticKind,
    /// The byte offset in the input where its span starts.
    pub offset: u64,
    /// Where its span ends.
    pub end: u64,
    /// Its 1-based line.
    pub line: u64,
    /// Its 1-based column, in characters.
    pub col: u32,
}

/// A `{` still open at the end of a [`Stream`], where it is in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StreamBrace {
    /// Its byte offset in the input.
    pub offset: u64,
    /// Where it ends: one byte on, or more for a `{` written in `^^`
    /// notation (`^^7b`).
    pub end: u64,
    /// Its 1-based line.
    pub line: u64,
    /// Its 1-based column, in characters.
    pub col: u32,
}

impl<R: Read> Stream<R> {
    pub(crate) fn new(reader: R, profile: Profile, options: LexOptions) -> Stream<R> {
        Stream {
            reader,
            state: options
                .track
                .then(|| EngineState::initial(&profile, &options)),
            profile,
            names: Interner::new(),
            buffer: Vec::new(),
            filled: 0,
            handed_out: 0,
            handed_out_lines: 0,
            offset: 0,
            line: 0,
            piece_size: FIRST_PIECE,
            eof: false,
            started: false,
            braces: CarriedBraces::default(),
            ill_formed: None,
            max_piece_len: u32::MAX as usize,
        }
    }

    /// The next piece, `None` at the end of the input, or the reader's
    /// error. Also an error ([`io::ErrorKind::InvalidData`]): a single line
    /// (or verbatim body) of 4 GiB or more, which 32-bit offsets cannot
    /// hold. After an error the stream is at an end.
    pub fn next_piece(&mut self) -> io::Result<Option<Piece<'_>>> {
        let cut = self.next_cut(|source, start, names| match start {
            PieceStart::Static(profile) => {
                let chunk = lex_chunk(source, profile, names);
                ((chunk, None), None)
            }
            PieceStart::Tracked(state) => {
                let (chunk, end, open) = lex_tracked_piece(source, state, names);
                ((chunk, Some(state.profile().clone())), Some((end, open)))
            }
        })?;
        let Some(((chunk, tracked_profile), cut)) = cut else {
            return Ok(None);
        };
        let start_profile = tracked_profile.unwrap_or_else(|| self.profile.clone());
        let LexedChunk {
            store,
            diagnostics,
            braces,
            line_starts,
            history,
            ..
        } = chunk;
        let mut diagnostics = self.braces.close(diagnostics);
        let ill_formed = take_ill_formed(&mut diagnostics);
        let lexed = Lexed::from_piece(
            &self.buffer[..cut],
            start_profile,
            Names::Borrowed(&self.names),
            store,
            history,
            line_starts,
            diagnostics,
        );
        self.handed_out_lines = lexed.line_count() as u64 - 1;
        let (offset, line) = (self.offset, self.line);
        self.braces
            .open(braces, &mut lexed.positions(), offset, line);
        if let Some(d) = ill_formed {
            add_ill_formed(
                &mut self.ill_formed,
                d,
                &mut lexed.positions(),
                offset,
                line,
            );
        }
        Ok(Some(Piece {
            lexed,
            offset: self.offset,
            first_line: self.line,
        }))
    }

    /// The next piece counted into `counting` rather than lexed into a
    /// store ([`next_piece`](Stream::next_piece)'s counting twin): names,
    /// catcodes and braces are carried on alike, and `unclosed_braces` and
    /// `ill_formed_utf8` say the same at the end.
    pub(crate) fn next_counted(
        &mut self,
        counting: &mut StreamCounting,
    ) -> io::Result<Option<CountedPiece>> {
        let StreamCounting {
            tally,
            piece,
            line_starts,
            classes,
        } = counting;
        let cut = self.next_cut(|source, start, names| {
            // A tracked piece lexed again with more text is counted again
            // from nothing.
            piece.clear();
            match start {
                PieceStart::Static(profile) => {
                    let chunk = count_chunk(source, profile, classes, names, piece, line_starts);
                    (chunk, None)
                }
                PieceStart::Tracked(state) => {
                    let (chunk, end) =
                        count_tracked_piece(source, state, names, piece, line_starts, true);
                    (chunk, Some((end.end, end.open)))
                }
            }
        });
        let Some((chunk, cut)) = cut? else {
            return Ok(None);
        };
        piece.move_into(tally);
        let mut diagnostics = self.braces.close(chunk.diagnostics);
        let ill_formed = take_ill_formed(&mut diagnostics);
        let source = &self.buffer[..cut];
        let lines = LineIndex::from_starts(std::mem::take(line_starts), cut as u32);
        self.handed_out_lines = lines.line_count() as u64 - 1;
        let (offset, line) = (self.offset, self.line);
        self.braces
            .open(chunk.braces, &mut lines.positions(source), offset, line);
        if let Some(d) = ill_formed {
            add_ill_formed(
                &mut self.ill_formed,
                d,
                &mut lines.positions(source),
                offset,
                line,
            );
        }
        *line_starts = lines.into_starts();
        Ok(Some(CountedPiece {
            len: cut,
            line_ends: self.handed_out_lines,
            diagnostics,
        }))
    }

    /// Cuts the next piece and has `lex` lex it (its source, how it
    /// starts, the stream's names), which returns what
    /// it made and, with tracking, the state at its end and whether a
    /// verbatim body was open there (then the piece may be lexed again
    /// with more text). Returns what `lex` made of the piece handed out,
    /// and the piece's length; `None` at the end of the input.
    fn next_cut<T>(
        &mut self,
        mut lex: impl FnMut(&[u8], PieceStart, &mut Interner) -> (T, Option<(EngineState, bool)>),
    ) -> io::Result<Option<(T, usize)>> {
        self.drop_handed_out();
        let (made, end_state, cut) = loop {
            let filled = match self.fill(self.piece_size) {
                Ok(filled) => filled,
                Err(e) => return Err(self.fail(e)),
            };
            let cut = self.cut(filled);
            if cut > self.max_piece_len || (cut == 0 && filled > self.max_piece_len) {
                let error = io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "a line (or verbatim body) of more than {} bytes from byte {} on: \
                         texlex lexes at most that much at once",
                        self.max_piece_len, self.offset
                    ),
                );
                return Err(self.fail(error));
            }
            if cut == 0 && !self.eof {
                // No whole line yet: read on, twice as far.
                self.piece_size = self.piece_size.max(filled).saturating_mul(2);
                continue;
            }
            if cut == 0 && self.started {
                return Ok(None);
            }
            let source = &self.buffer[..cut];
            let start = match &self.state {
                None => PieceStart::Static(&self.profile),
                Some(state) => PieceStart::Tracked(state),
            };
            let (made, tracked) = lex(source, start, &mut self.names);
            match tracked {
                None => break (made, None, cut),
                Some((end, open)) => {
                    // A piece must not end inside a verbatim body, nor
                    // while `\begin{…}` waits for its name (a diagnostic
                    // may yet point back at the `\begin`): lex again with
                    // more text.
                    let more_follows = !self.eof || cut < filled;
                    if (open || end.refers_back()) && more_follows {
                        self.piece_size = self.piece_size.max(cut).saturating_mul(2);
                        continue;
                    }
                    break (made, Some(end), cut);
                }
            }
        };
        if end_state.is_some() {
            self.state = end_state;
        }
        self.started = true;
        self.handed_out = cut;
        self.piece_size = (self.piece_size * 4).min(MAX_PIECE);
        Ok(Some((made, cut)))
    }

    /// The `{` still open: complete once [`next_piece`](Stream::next_piece)
    /// has returned `None` (at most the outermost 1000).
    pub fn unclosed_braces(&self) -> &[StreamBrace] {
        &self.braces.outermost
    }

    /// The one diagnostic for ill-formed UTF-8 in the input, if it has
    /// any: a [`DiagnosticKind::IllFormedUtf8`] placed at the first
    /// ill-formed sequence, which counts all of them (saturating at
    /// `u32::MAX`). The count is complete once
    /// [`next_piece`](Stream::next_piece) has returned `None`; pieces do
    /// not list this diagnostic.
    ///
    /// ```
    /// use texlex::{DiagnosticKind, Lexer, Regime};
    /// let mut stream = Lexer::new(Regime::Latex).stream(&b"ok\n\xe9t\xe9\n"[..]);
    /// while let Some(piece) = stream.next_piece()? {
    ///     assert_eq!(piece.diagnostics().count(), 0);
    /// }
    /// let d = stream.ill_formed_utf8().unwrap();
    /// assert_eq!(d.kind, DiagnosticKind::IllFormedUtf8 { sequences: 2 });
    /// assert_eq!((d.offset, d.line, d.col), (3, 2, 1));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn ill_formed_utf8(&self) -> Option<StreamDiagnostic> {
        self.ill_formed
    }

    /// The names met so far.
    pub(crate) fn into_names(self) -> Interner {
        self.names
    }

    /// Ends the stream after `error`: what was read and not handed out is
    /// dropped.
    fn fail(&mut self, error: io::Error) -> io::Error {
        self.eof = true;
        self.started = true;
        self.filled = 0;
        self.handed_out = 0;
        error
    }

    /// Forgets the piece handed out last.
    fn drop_handed_out(&mut self) {
        self.buffer.copy_within(self.handed_out..self.filled, 0);
        self.filled -= self.handed_out;
        self.offset += self.handed_out as u64;
        self.line += self.handed_out_lines;
        self.handed_out = 0;
        self.handed_out_lines = 0;
    }

    /// Reads until the buffer holds `want` bytes or the input ends.
    /// Returns how many it holds.
    fn fill(&mut self, want: usize) -> io::Result<usize> {
        while self.filled < want && !self.eof {
            let len = self.filled;
            // Reads of 8 KiB to 16 MiB at a time: a piece grown to hold a
            // long line asks for much more, and is read in steps.
            let room = (want - len).clamp(8 << 10, 16 << 20);
            if self.buffer.len() < len + room {
                self.buffer.resize(len + room, 0);
            }
            let read = loop {
                match self.reader.read(&mut self.buffer[len..len + room]) {
                    Ok(n) => break Ok(n),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => break Err(e),
                }
            };
            let n = read?;
            // A reader that says it read more than it was given room for
            // is wrong; believe no more than the room.
            self.filled = len + n.min(room);
            self.eof = n == 0;
        }
        Ok(self.filled)
    }

    /// Where the next piece ends: after the first line end from
    /// `piece_size` bytes on, else after the last one before, among the
    /// `filled` bytes read (never after a CR that an unread LF may follow);
    /// at the end of the input, its end ends the last line. 0: no whole
    /// line yet.
    fn cut(&self, filled: usize) -> usize {
        let read = &self.buffer[..filled];
        crate::line_end::cut_of_partial(read, self.piece_size, self.eof).unwrap_or(0)
    }

    /// Lowers the longest piece allowed (tests reach the limit this way).
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn with_max_piece_len(mut self, len: usize) -> Self {
        self.max_piece_len = len;
        self
    }
}

/// How a piece starts: with the stream's catcodes (static), or from the
/// state the piece before left (tracking).
enum PieceStart<'a> {
    Static(&'a Profile),
    Tracked(&'a EngineState),
}

/// What a counting stream carries between pieces besides what every
/// stream does: the tokens counted so far, and what is reused.
pub(crate) struct StreamCounting {
    /// The tokens of the pieces handed out.
    pub tally: TokenTally,
    /// The tokens of the piece being counted.
    piece: TokenTally,
    /// A piece's line starts (the vector reused).
    line_starts: Vec<u32>,
    /// The classes of the stream's catcodes (reused when static).
    classes: SegmentClasses,
}

impl StreamCounting {
    /// Counting for a stream that starts with `profile`'s catcodes.
    pub(crate) fn new(profile: &Profile) -> StreamCounting {
        StreamCounting {
            tally: TokenTally::default(),
            piece: TokenTally::default(),
            line_starts: Vec::new(),
            classes: SegmentClasses::new(profile),
        }
    }
}

/// A piece counted ([`Stream::next_counted`]): its tokens are in the
/// tally.
#[derive(Debug)]
pub(crate) struct CountedPiece {
    /// Its length in bytes.
    pub len: usize,
    /// The line ends it holds (lines that start after its first).
    pub line_ends: u64,
    /// Its diagnostics, as [`Piece`]'s (offsets relative to it).
    pub diagnostics: Vec<Diagnostic>,
}

/// Counts a piece's (at `offset`, from `line`) ill-formed UTF-8 diagnostic
/// `d` in the stream's; `positions` are the piece's.
#[cold]
fn add_ill_formed(
    ill_formed: &mut Option<StreamDiagnostic>,
    d: Diagnostic,
    positions: &mut Positions,
    offset: u64,
    line: u64,
) {
    let DiagnosticKind::IllFormedUtf8 { sequences } = d.kind else {
        return;
    };
    match ill_formed {
        Some(StreamDiagnostic {
            kind: DiagnosticKind::IllFormedUtf8 { sequences: total },
            ..
        }) => *total = total.saturating_add(sequences),
        _ => {
            let at = positions.position(d.span.start);
            *ill_formed = Some(StreamDiagnostic {
                kind: d.kind,
                offset: offset + u64::from(d.span.start),
                end: offset + u64::from(d.span.end),
                line: line + u64::from(at.line),
                col: at.col,
            });
        }
    }
}

/// Takes a piece's ill-formed UTF-8 diagnostic (it has at most one) out of
/// its list.
fn take_ill_formed(diagnostics: &mut Vec<Diagnostic>) -> Option<Diagnostic> {
    let at = diagnostics
        .iter()
        .position(|d| matches!(d.kind, DiagnosticKind::IllFormedUtf8 { .. }))?;
    Some(diagnostics.remove(at))
}

/// The `{` left open by the pieces handed out so far.
#[derive(Default)]
struct CarriedBraces {
    /// The outermost ones (at most [`MAX_OPEN_BRACES_REPORTED`]).
    outermost: Vec<StreamBrace>,
    /// How many are open.
    depth: u64,
}

impl CarriedBraces {
    /// A piece's diagnostics, less the unmatched `}` that close braces
    /// earlier pieces left open.
    fn close(&mut self, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.depth > 0 {
            diagnostics.retain(|d| {
                let closes = d.kind == DiagnosticKind::UnmatchedCloseBrace && self.depth > 0;
                if closes {
                    self.depth -= 1;
                }
                !closes
            });
            self.outermost.truncate(self.depth as usize);
        }
        diagnostics
    }

    /// Adds the `{` a piece (at `offset`, from `line`, with `positions`)
    /// leaves open.
    fn open(&mut self, open: OpenBraces, positions: &mut Positions, offset: u64, line: u64) {
        for span in open.outermost {
            if self.outermost.len() >= MAX_OPEN_BRACES_REPORTED {
                break;
            }
            let at = positions.position(span.start);
            self.outermost.push(StreamBrace {
                offset: offset + u64::from(span.start),
                end: offset + u64::from(span.end),
                line: line + u64::from(at.line),
                col: at.col,
            });
        }
        self.depth += u64::from(open.depth);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::twins::{streamed, whole};
    use crate::{Lexer, Regime};
    use proptest::prelude::*;

    fn texish() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop_oneof![
                Just(&b"\\foo"[..]),
                Just(&b"\\x"[..]),
                Just(&b"{"[..]),
                Just(&b"}"[..]),
                Just(&b" "[..]),
                Just(&b"\n"[..]),
                Just(&b"\r"[..]),
                Just(&b"\r\n"[..]),
                Just(&b"\n\n"[..]),
                Just(&b"word "[..]),
                Just(&b"%c"[..]),
                Just(&b"\xff"[..]),
                Just(&b"^^41"[..]),
                Just(&b"\\makeatletter"[..]),
                Just(&b"\\a@b"[..]),
                Just(&b"\\ExplSyntaxOn"[..]),
                Just(&b"\\ExplSyntaxOff"[..]),
                Just(&b"\\verb|x|"[..]),
                Just(&b"\\begin{verbatim}"[..]),
                Just(&b"\\end{verbatim}"[..]),
                Just(&b"\\begin"[..]),
                Just(&b"\\catcode`\\|=13 "[..]),
            ],
            0..300,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        /// Streamed == whole: records, lines, names and diagnostics, for
        /// static and tracking catcodes, whatever the reads' sizes.
        #[test]
        fn streamed_equals_whole(src in texish(),
                                 regime in proptest::sample::select(Regime::ALL.to_vec()),
                                 mode in 0..3u8, step in 1usize..600) {
            let lexer = Lexer::new(regime);
            let lexer = match mode {
                0 => lexer.track_catcodes(false),
                1 => lexer.verbatim(false),
                _ => lexer,
            };
            prop_assert_eq!(streamed(&lexer, &src, step, usize::MAX).unwrap(), whole(&lexer, &src));
        }
    }

    /// Found by the property above: a verbatim body still open at the end
    /// of the input, after a line end, once lost its last line (and once
    /// looped for ever growing the piece).
    #[test]
    fn a_verbatim_body_open_at_the_end_keeps_its_last_line() {
        let lexer = Lexer::new(Regime::Latex);
        for src in [
            &b"\\begin{verbatim}\n\\foo"[..],
            b"x\n\\begin{verbatim}\na\nb",
        ] {
            for step in [1, 3, 1000] {
                assert_eq!(
                    streamed(&lexer, src, step, usize::MAX).unwrap(),
                    whole(&lexer, src)
                );
            }
        }
    }

    /// Found by the `stream` fuzz target: a `{` written `^^7b` (or `^^;`)
    /// left open spans its whole notation, as in a whole lex.
    #[test]
    fn an_unclosed_brace_in_caret_notation_keeps_its_span() {
        let lexer = Lexer::new(Regime::LatexAt).verbatim(false);
        for src in [&b"a^^7b\n"[..], b"^\0\0^^; ^\n"] {
            assert_eq!(
                streamed(&lexer, src, 94, usize::MAX).unwrap(),
                whole(&lexer, src)
            );
        }
        let mut stream = lexer.stream(&b"a^^7b\n"[..]);
        while stream.next_piece().unwrap().is_some() {}
        let brace = stream.unclosed_braces()[0];
        assert_eq!((brace.offset, brace.end), (1, 5));
    }

    #[test]
    fn an_empty_input_is_one_empty_piece() {
        let lexer = Lexer::new(Regime::Latex);
        let mut stream = lexer.stream(&b""[..]);
        let piece = stream.next_piece().unwrap().unwrap();
        assert_eq!((piece.offset(), piece.source().len()), (0, 0));
        drop(piece);
        assert!(stream.next_piece().unwrap().is_none());
        assert!(stream.next_piece().unwrap().is_none());
    }

    #[test]
    fn the_first_piece_is_short() {
        let text = "\\section{A} text\n".repeat(100_000);
        let lexer = Lexer::new(Regime::Latex);
        let mut stream = lexer.stream(text.as_bytes());
        let first = stream.next_piece().unwrap().unwrap();
        assert!(
            first.source().len() < 2 * FIRST_PIECE,
            "{}",
            first.source().len()
        );
    }

    #[test]
    fn braces_close_across_pieces_and_stay_open_at_the_end() {
        let text = format!("{{\n{}}}\n{{{{x\n", "a\n".repeat(50_000));
        let lexer = Lexer::new(Regime::Latex);
        let mut stream = lexer.stream(text.as_bytes());
        let mut pieces = 0;
        while let Some(piece) = stream.next_piece().unwrap() {
            pieces += 1;
            assert_eq!(piece.diagnostics().count(), 0);
        }
        assert!(pieces > 2);
        let open: Vec<(u64, u64, u32)> = stream
            .unclosed_braces()
            .iter()
            .map(|b| (b.offset, b.line, b.col))
            .collect();
        let last_line = text.len() as u64 - 4;
        assert_eq!(open, [(last_line, 50_003, 1), (last_line + 1, 50_003, 2)]);
    }

    #[test]
    fn a_line_longer_than_a_piece_may_be_is_an_error() {
        let lexer = Lexer::new(Regime::Latex);
        let src = format!("short\n{}\nmore\n", "x".repeat(5000));
        let error = streamed(&lexer, src.as_bytes(), 100, 1000).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        // Below the limit, the same text streams as it lexes.
        let ok = streamed(&lexer, src.as_bytes(), 100, 10_000).unwrap();
        assert_eq!(ok, whole(&lexer, src.as_bytes()));
    }

    #[test]
    fn read_errors_end_the_stream() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::other("disk on fire"));
                }
                self.0 -= 1;
                buf[..2].copy_from_slice(b"a\n");
                Ok(2)
            }
        }
        let lexer = Lexer::new(Regime::Latex);
        let mut stream = lexer.stream(Failing(3));
        let error = loop {
            match stream.next_piece() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("the error was lost"),
                Err(e) => break e,
            }
        };
        assert_eq!(error.to_string(), "disk on fire");
        assert!(stream.next_piece().unwrap().is_none());
    }
}
