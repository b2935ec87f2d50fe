//! The fast driver: walks the whole source from special byte to special
//! byte (see [`crate::classify`]), storing runs of plain characters as
//! segments and handling the common special bytes (line ends, spaces,
//! control words and symbols, braces, comments, active and invalid ASCII
//! characters) itself. Anything rarer — `^^` notation, non-ASCII characters
//! other than letters and "other" characters, ill-formed UTF-8, `^` in a
//! name — hands the rest of that line to the reference engine, which ports
//! LuaTeX exactly. Both drivers produce identical stores (tested).

use crate::buffer::{LineGeometry, decode_valid};
use crate::classify::{Specials, is_plain};
use crate::engine::{Engine, Resume, State};
use crate::intern::{Interner, builtin};
use crate::store::Builder;
use crate::{Catcode, CsId, Profile, Span, TriviaKind};

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
    out: &mut Builder,
    names: &mut Interner,
    line_starts: &mut Vec<u32>,
) -> bool {
    let Some(end_of_line) = end_of_line_rule(profile) else {
        return false;
    };
    let mut lexer = FastLexer {
        source,
        profile,
        out,
        names,
        line_starts,
        end_of_line,
        end_line_char: profile.end_line_char().unwrap_or(0) as u8,
        line_start: 0,
        state: State::NewLine,
        line_open: true,
        space_joins_runs: profile.catcode_of_byte(b' ') == Catcode::Space,
    };
    lexer.run();
    true
}

fn end_of_line_rule(profile: &Profile) -> Option<EndOfLine> {
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
    match profile.end_line_char() {
        Some(c) if c < 0x80 => match profile.catcode(c) {
            Catcode::EndOfLine => Some(EndOfLine::CarriageReturn),
            Catcode::Space => Some(EndOfLine::Space),
            Catcode::Ignored => Some(EndOfLine::Nothing),
            _ => None,
        },
        _ => None,
    }
}

struct FastLexer<'a> {
    source: &'a [u8],
    profile: &'a Profile,
    out: &'a mut Builder,
    names: &'a mut Interner,
    line_starts: &'a mut Vec<u32>,
    end_of_line: EndOfLine,
    end_line_char: u8,
    line_start: usize,
    state: State,
    /// Whether a line is open: false only after the last line ended (a
    /// final terminator opens no line).
    line_open: bool,
    /// Whether U+0020 has catcode 10, so that single spaces may join runs.
    space_joins_runs: bool,
}

fn span(start: usize, end: usize) -> Span {
    Span::new(start as u32, end as u32)
}

impl FastLexer<'_> {
    fn run(&mut self) {
        let source = self.source;
        let len = source.len();
        let set = self.profile.specials();
        let mut specials = Specials::new(source, set);
        self.line_starts.push(0);
        let mut pos = 0;
        loop {
            // A run never starts with a space (see `Specials`).
            let mut q = if source.get(pos) == Some(&b' ') {
                pos
            } else {
                specials.next_from(pos)
            };
            if q > pos && self.space_joins_runs {
                // `word word`: a single space between plain characters is
                // a space token TeX reads in state M, and it joins the run.
                while q + 1 < len && source[q] == b' ' && !set.is_special(source[q + 1]) {
                    q = specials.next_from(q + 2);
                }
            }
            if q > pos {
                self.out.segment(span(pos, q));
                self.state = State::MidLine;
            }
            if q >= len {
                if self.line_open {
                    self.end_line(len, len);
                }
                return;
            }
            let b = source[q];
            pos = match b {
                b'\n' | b'\r' => {
                    let end = terminator_end(source, q);
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
                    Catcode::BeginGroup | Catcode::EndGroup => {
                        let cat = self.profile.catcode_of_byte(b);
                        self.out.char(cat, u32::from(b), span(q, q + 1), true);
                        self.state = State::MidLine;
                        q + 1
                    }
                    Catcode::Active => {
                        self.out.active(u32::from(b), span(q, q + 1), true);
                        self.state = State::MidLine;
                        q + 1
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

    /// A new line starts at `start`.
    fn next_line(&mut self, start: usize) {
        self.line_starts.push(start as u32);
        self.line_start = start;
        self.state = State::NewLine;
    }

    /// The end-of-line character, read at the terminator `te..le`.
    fn end_line(&mut self, te: usize, le: usize) {
        let out = &mut *self.out;
        let span = span(te, le);
        match (self.end_of_line, self.state) {
            (EndOfLine::CarriageReturn, State::NewLine) => out.cs(builtin::PAR, span),
            (EndOfLine::CarriageReturn | EndOfLine::Space, State::MidLine) => {
                out.char(Catcode::Space, 32, span, false)
            }
            _ => out.trivia(TriviaKind::Eol, span),
        }
    }

    /// A run of U+0020 at `q`: trailing spaces, or spaces TeX reads.
    fn spaces(&mut self, q: usize) -> usize {
        let source = self.source;
        let r = q + source[q..].iter().take_while(|&&b| b == b' ').count();
        if r == source.len() || matches!(source[r], b'\n' | b'\r') {
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
            }
            Catcode::Ignored => out.trivia(TriviaKind::Ignored, s),
            Catcode::Invalid => out.invalid(c, s, true),
            _ => return self.rest_of_line_by_engine(q),
        }
        q + len
    }

    /// An escape character at `q`. Returns the position after the control
    /// sequence, or `None` when it ended the line (`\` at its end).
    fn escape(&mut self, q: usize) -> Option<usize> {
        let source = self.source;
        let len = source.len();
        let n = q + 1;
        let after_spaces = n + source[n.min(len)..]
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        if after_spaces >= len || matches!(source[after_spaces], b'\n' | b'\r') {
            // `\` + `\endlinechar`: the name is that character and the
            // token swallows the trailing spaces and the terminator.
            let end = terminator_end(source, after_spaces);
            let id = CsId(u32::from(self.end_line_char));
            self.out.cs(id, span(q, end));
            return None;
        }
        let c = source[n];
        if c >= 0x80 {
            return Some(self.rest_of_line_by_engine(q));
        }
        let cat = self.profile.catcode_of_byte(c);
        if cat == Catcode::Letter {
            let k = n
                + 1
                + source[n + 1..]
                    .iter()
                    .take_while(|&&b| {
                        b < 0x80 && self.profile.catcode_of_byte(b) == Catcode::Letter
                    })
                    .count();
            if k < len
                && (source[k] >= 0x80
                    || self.profile.catcode_of_byte(source[k]) == Catcode::Superscript)
            {
                // A non-ASCII letter may continue the name; `^^` may
                // rewrite it.
                return Some(self.rest_of_line_by_engine(q));
            }
            let id = self.names.intern(&source[n..k]);
            self.out.cs(id, span(q, k));
            self.state = State::SkipBlanks;
            return Some(k);
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
        Some(n + 1)
    }

    /// After `\` at the end of a line: the line is over.
    fn end_of_line_at(&mut self, q: usize) -> usize {
        let end = self.line_end_after(q);
        self.line_ended(end);
        end
    }

    /// The ends of the line holding `q` (a non-space byte): its content end
    /// (before trailing spaces), terminator start and end.
    fn line_ends_from(&self, q: usize) -> (usize, usize, usize) {
        let source = self.source;
        let te = q + memchr::memchr2(b'\n', b'\r', &source[q..]).unwrap_or(source.len() - q);
        let trailing = source[q..te]
            .iter()
            .rev()
            .take_while(|&&b| b == b' ')
            .count();
        (te - trailing, te, terminator_end(source, te))
    }

    /// A comment character at `q`: the rest of the line is trivia.
    fn comment(&mut self, q: usize) -> usize {
        let source = self.source;
        let (ce, te, le) = self.line_ends_from(q);
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
                    out.diagnostic(crate::DiagnosticKind::IllFormedUtf8, span(at, at + bad));
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
        let (ce, te, le) = self.line_ends_from(q);
        let line = LineGeometry {
            start: self.line_start as u32,
            content_end: ce as u32,
            terminator_start: te as u32,
            end: le as u32,
        };
        let resume = Resume::At {
            loc: q - self.line_start,
            state: self.state,
        };
        Engine::new(self.profile, self.out, self.names).lex_line(source, line, resume, false);
        self.line_ended(le);
        le
    }

    /// The end of the line containing `q` (after its terminator, if any).
    fn line_end_after(&self, q: usize) -> usize {
        let source = self.source;
        let te = memchr::memchr2(b'\n', b'\r', &source[q..]).map_or(source.len(), |i| q + i);
        terminator_end(source, te)
    }

    /// The current line ended at `end` (after its terminator, if any).
    fn line_ended(&mut self, end: usize) {
        if end > 0 && matches!(self.source[end - 1], b'\n' | b'\r') {
            self.next_line(end);
        }
        self.line_open = end < self.source.len();
    }
}

/// The end of the terminator starting at `t` (LF, CR or CRLF); `t` itself
/// at the end of the source.
fn terminator_end(source: &[u8], t: usize) -> usize {
    match source.get(t) {
        Some(b'\r') if source.get(t + 1) == Some(&b'\n') => t + 2,
        Some(b'\n' | b'\r') => t + 1,
        _ => t,
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
mod tests {
    use super::*;
    use crate::{Record, Regime};
    use proptest::prelude::*;

    /// Records, diagnostics, names and line starts of one driver.
    #[allow(clippy::type_complexity)]
    pub(super) fn run(
        source: &[u8],
        profile: &Profile,
        fast: bool,
    ) -> (Vec<Record>, Vec<crate::Diagnostic>, Vec<Vec<u8>>, Vec<u32>) {
        let mut out = Builder::with_source_len(source.len());
        let mut names = Interner::new();
        let mut starts = Vec::new();
        if !(fast && lex(source, profile, &mut out, &mut names, &mut starts)) {
            let mut engine = Engine::new(profile, &mut out, &mut names);
            crate::lexed::reference_lex(source, &mut engine, &mut starts);
        }
        let (store, diagnostics, braces) = out.finish();
        let chunk = crate::lexed::LexedChunk {
            store,
            diagnostics,
            braces,
            line_starts: starts.clone(),
            history: Vec::new(),
            depth_effect: Default::default(),
            assigns: false,
        };
        let doc = crate::Lexed::from_chunks(source, profile, names, vec![chunk]);
        let records: Vec<Record> = doc.records().collect();
        let names_used = records
            .iter()
            .filter_map(|r| match r {
                Record::Token(crate::Token {
                    kind: crate::TokenKind::Cs(id),
                    ..
                }) => Some(doc.name(*id).to_vec()),
                _ => None,
            })
            .collect();
        (records, doc.diagnostics().to_vec(), names_used, starts)
    }

    fn texish() -> impl Strategy<Value = Vec<u8>> {
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
    /// around the walker's 64-byte blocks (which start wherever a search
    /// starts, so many alignments occur): the fast driver must still agree
    /// with the reference engine.
    #[test]
    fn multi_byte_constructs_straddling_block_edges() {
        let pieces: [&[u8]; 12] = [
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
                for pad in BLOCK - 8..BLOCK + 8 {
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
                    }
                }
            }
        }
    }
}
