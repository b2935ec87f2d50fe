//! Streaming: tokens of a large input without lexing all of it first.
//!
//! A [`Stream`] lexes the source in stretches of whole lines — a small one
//! first, so the first token comes at once, then geometrically larger ones
//! up to [`MAX_STRETCH`] bytes — and hands out their records. Names are
//! interned as a whole-document [`lex`](crate::lex) would intern them, and
//! diagnostics (braces included) are found across stretches; unclosed `{`
//! are known only at the end.

use std::collections::VecDeque;

use crate::lexed::lex_chunk;
use crate::store::{Chunk, OpenBraces, Records};
use crate::{CsId, Diagnostic, Interner, Profile, Record, Token};

/// Bytes of the first stretch (extended to the end of its line).
const FIRST_STRETCH: usize = 256;
/// Largest stretch, in bytes (before extending to the end of a line).
pub const MAX_STRETCH: usize = 1 << 16;

/// An iterator over the records (tokens and trivia, in order, tiling the
/// input) of a source, lexed lazily.
///
/// ```
/// use texlex::{Profile, Regime, Stream, TokenKind};
/// let mut stream = Stream::new(b"\\emph{x}\n", &Profile::new(Regime::Latex));
/// let first = stream.next_token().unwrap();
/// let TokenKind::Cs(id) = first.kind else { unreachable!() };
/// assert_eq!(stream.name(id), b"emph");
/// assert_eq!(stream.count(), 4); // `{`, `x`, `}`, the space from the line end
/// ```
pub struct Stream<'s> {
    source: &'s [u8],
    profile: Profile,
    names: Interner,
    /// Where the next stretch starts.
    next: usize,
    /// Size of the next stretch.
    stretch: usize,
    /// Records of the current stretch not handed out yet.
    pending: VecDeque<Record>,
    braces: OpenBraces,
    diagnostics: Vec<Diagnostic>,
    finished: bool,
}

impl<'s> Stream<'s> {
    /// A stream over `source`; nothing is lexed before the first call.
    ///
    /// # Panics
    /// If `source` is 4 GiB or longer.
    pub fn new(source: &'s [u8], profile: &Profile) -> Stream<'s> {
        crate::lexed::check_len(source).unwrap_or_else(|e| panic!("{e}"));
        Stream {
            source,
            profile: profile.clone(),
            names: Interner::new(),
            next: 0,
            stretch: FIRST_STRETCH,
            pending: VecDeque::new(),
            braces: OpenBraces::default(),
            diagnostics: Vec::new(),
            finished: false,
        }
    }

    /// The next TeX token, skipping trivia.
    pub fn next_token(&mut self) -> Option<Token> {
        loop {
            match self.next()? {
                Record::Token(t) => return Some(t),
                Record::Trivia(_) => {}
            }
        }
    }

    /// The name of a control sequence handed out so far.
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.name(id)
    }

    /// The names met so far.
    pub fn interner(&self) -> &Interner {
        &self.names
    }

    /// Diagnostics found in the stretches lexed so far (in order; unclosed
    /// `{` are added when the stream ends).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Lexes the next stretch into `pending`; false at the end.
    fn lex_stretch(&mut self) -> bool {
        let source = self.source;
        // An empty source is still one (empty) line to lex.
        let nothing_left = self.next >= source.len() && (self.finished || !source.is_empty());
        if nothing_left {
            if !self.finished {
                self.finished = true;
                std::mem::take(&mut self.braces).finish(&mut self.diagnostics);
            }
            return false;
        }
        let start = self.next;
        let end = stretch_end(source, start, self.stretch);
        self.stretch = (self.stretch * 4).min(MAX_STRETCH);
        let part = lex_chunk(&source[start..end], &self.profile, &mut self.names);
        let mut found = Vec::new();
        self.braces
            .add_chunk(part.diagnostics, part.braces, start as u32, &mut found);
        self.diagnostics.extend(found);
        let chunk = [Chunk {
            base: start as u32,
            store: part.store,
            history: part.history,
        }];
        self.pending
            .extend(Records::new(source, &self.profile, &chunk, true));
        self.next = end;
        if source.is_empty() {
            self.finished = true;
        }
        true
    }
}

/// The end of a stretch of about `size` bytes from `start`: after the first
/// line terminator at or past `start + size` (never inside a CRLF), or the
/// end of the source.
fn stretch_end(source: &[u8], start: usize, size: usize) -> usize {
    let target = start.saturating_add(size);
    if target >= source.len() {
        return source.len();
    }
    match memchr::memchr2(b'\n', b'\r', &source[target..]) {
        // (If `target` falls between a CR and its LF, the LF found first
        // ends the CRLF.)
        Some(i) => {
            let t = target + i;
            if source[t] == b'\r' && source.get(t + 1) == Some(&b'\n') {
                t + 2
            } else {
                t + 1
            }
        }
        None => source.len(),
    }
}

impl Iterator for Stream<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(record) = self.pending.pop_front() {
                return Some(record);
            }
            if !self.lex_stretch() {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Regime, lex};
    use proptest::prelude::*;

    proptest! {
        /// Streamed == whole: records, names and diagnostics.
        #[test]
        fn streamed_equals_whole(src in proptest::collection::vec(prop_oneof![
                Just(&b"\\foo"[..]), Just(&b"\\x"[..]), Just(&b"{"[..]), Just(&b"}"[..]),
                Just(&b" "[..]), Just(&b"\n"[..]), Just(&b"\r"[..]), Just(&b"\r\n"[..]),
                Just(&b"word "[..]), Just(&b"%c"[..]), Just(&b"\xff"[..]), Just(&b"^^41"[..]),
            ], 0..400).prop_map(|v| v.concat()),
            regime in proptest::sample::select(Regime::ALL.to_vec())) {
            let profile = Profile::new(regime);
            let whole = lex(&src, &profile);
            let mut stream = Stream::new(&src, &profile);
            let mut streamed = Vec::new();
            let mut names = Vec::new();
            while let Some(r) = stream.next() {
                if let Record::Token(Token { kind: crate::TokenKind::Cs(id), .. }) = r {
                    names.push(stream.name(id).to_vec());
                }
                streamed.push(r);
            }
            let records: Vec<Record> = whole.records().collect();
            prop_assert_eq!(&streamed, &records);
            let whole_names: Vec<Vec<u8>> = records.iter().filter_map(|r| match r {
                Record::Token(Token { kind: crate::TokenKind::Cs(id), .. }) => Some(whole.name(*id).to_vec()),
                _ => None,
            }).collect();
            prop_assert_eq!(names, whole_names);
            let mut diagnostics = stream.diagnostics().to_vec();
            diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
            prop_assert_eq!(&diagnostics[..], whole.diagnostics());
        }
    }
}
