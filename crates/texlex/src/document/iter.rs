//! The iterators [`Document`]'s queries return: its records, the tokens of
//! a range, and its diagnostics (braces matched across chunks). They walk
//! the chunks in place and copy nothing but what they yield.

use std::iter::Peekable;
use std::ops::Range;
use std::slice;

use crate::store::ChunkRecords;
use crate::store::OpenBraces;
use crate::{Diagnostic, DiagnosticKind, Profile, Record, Span, Token};

use super::Document;
use super::chunk::DocChunk;
use super::queries::shifted;
use super::tree::{Block, Entry, Place};

/// The chunks of a document in order, from some chunk on, each with the
/// offset where it starts.
#[derive(Clone, Debug)]
struct ChunkWalk<'d> {
    /// The blocks after the current one.
    blocks: slice::Iter<'d, Block>,
    /// The chunks left in the current block.
    chunks: slice::Iter<'d, Entry>,
    /// Where the next chunk starts.
    start: u32,
}

impl<'d> ChunkWalk<'d> {
    /// All chunks.
    fn new(doc: &'d Document) -> Self {
        ChunkWalk {
            blocks: doc.blocks.iter(),
            chunks: [].iter(),
            start: 0,
        }
    }

    /// The chunks from the one at `place` on.
    fn from(doc: &'d Document, place: Place) -> Self {
        ChunkWalk {
            blocks: doc.blocks[place.block + 1..].iter(),
            chunks: doc.blocks[place.block].chunks[place.chunk..].iter(),
            start: place.start,
        }
    }

    /// No chunk.
    fn empty() -> Self {
        ChunkWalk {
            blocks: [].iter(),
            chunks: [].iter(),
            start: 0,
        }
    }
}

impl<'d> Iterator for ChunkWalk<'d> {
    type Item = (u32, &'d DocChunk);

    #[inline]
    fn next(&mut self) -> Option<(u32, &'d DocChunk)> {
        loop {
            if let Some(entry) = self.chunks.next() {
                let start = self.start;
                self.start += entry.counts.bytes;
                return Some((start, &entry.chunk));
            }
            self.chunks = self.blocks.next()?.chunks.iter();
        }
    }
}

/// The records (tokens and trivia) of a [`Document`], in order, with
/// document offsets: see [`Document::records`].
#[derive(Clone)]
pub struct DocumentRecords<'d> {
    profile: &'d Profile,
    walk: ChunkWalk<'d>,
    /// The records of the current chunk, and where it starts.
    current: Option<(u32, ChunkRecords<'d>)>,
}

impl<'d> DocumentRecords<'d> {
    pub(super) fn new(doc: &'d Document) -> Self {
        DocumentRecords {
            profile: &doc.profile,
            walk: ChunkWalk::new(doc),
            current: None,
        }
    }
}

impl<'d> DocumentRecords<'d> {
    /// The records of `doc` from the one that contains byte `offset` on.
    pub(super) fn from_offset(doc: &'d Document, offset: u32) -> Self {
        if offset >= doc.len() {
            return DocumentRecords {
                profile: &doc.profile,
                walk: ChunkWalk::empty(),
                current: None,
            };
        }
        let place = doc.place_of_offset(offset);
        let mut walk = ChunkWalk::from(doc, place);
        let current = walk.next().map(|(start, chunk)| {
            (
                start,
                chunk.records(&doc.profile, true).seek(offset - start),
            )
        });
        DocumentRecords {
            profile: &doc.profile,
            walk,
            current,
        }
    }
}

impl Iterator for DocumentRecords<'_> {
    type Item = Record;

    #[inline]
    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some((base, records)) = &mut self.current
                && let Some(record) = records.next()
            {
                return Some(shifted(&record, i64::from(*base)));
            }
            let (start, chunk) = self.walk.next()?;
            self.current = Some((start, chunk.records(self.profile, true)));
        }
    }
}

/// The tokens of a [`Document`] that overlap a byte range, in order: see
/// [`Document::tokens_in`] and [`Document::tokens_in_lines`].
#[derive(Clone)]
pub struct DocumentTokens<'d> {
    profile: &'d Profile,
    /// The chunks after the current one.
    walk: ChunkWalk<'d>,
    /// The tokens of the current chunk, and where it starts.
    current: Option<(u32, ChunkRecords<'d>)>,
    range: Range<u32>,
}

impl<'d> DocumentTokens<'d> {
    /// The tokens of `doc` overlapping `range`.
    pub(super) fn new(doc: &'d Document, range: Range<u32>) -> Self {
        if range.start > doc.len() {
            return DocumentTokens::empty(doc);
        }
        let place = doc.place_of_offset(range.start);
        let mut walk = ChunkWalk::from(doc, place);
        let mut current = None;
        if place.start <= range.end
            && let Some((start, chunk)) = walk.next()
        {
            let local = range.start.saturating_sub(start);
            current = Some((start, chunk.records(&doc.profile, false).seek(local)));
        }
        DocumentTokens {
            profile: &doc.profile,
            walk,
            current,
            range,
        }
    }

    /// No token.
    pub(super) fn empty(doc: &'d Document) -> Self {
        DocumentTokens {
            profile: &doc.profile,
            walk: ChunkWalk::empty(),
            current: None,
            range: 0..0,
        }
    }
}

impl Iterator for DocumentTokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let range = &self.range;
        loop {
            if let Some((base, records)) = &mut self.current {
                match records.next() {
                    Some(record) => {
                        let Record::Token(t) = shifted(&record, i64::from(*base)) else {
                            continue;
                        };
                        let span = t.span;
                        if span.start >= range.end
                            && !(span.is_empty() && span.start == range.start)
                        {
                            // The rest of this chunk is past the range.
                            self.current = None;
                            continue;
                        }
                        if span.end > range.start || (span.is_empty() && span.start >= range.start)
                        {
                            return Some(t);
                        }
                        continue;
                    }
                    None => self.current = None,
                }
            }
            // The next chunk, if it starts in the range.
            if self.walk.start > range.end {
                return None;
            }
            let (start, chunk) = self.walk.next()?;
            self.current = Some((start, chunk.records(self.profile, false)));
        }
    }
}

/// The diagnostics of a [`Document`], sorted by position, with braces
/// matched across chunks: see [`Document::diagnostics`].
///
/// The `{` left open at the end of the text are found when it is made (one
/// pass over the chunks, keeping only those braces); every other
/// diagnostic is read from its chunk as the iteration reaches it.
#[derive(Clone, Debug)]
pub struct DocumentDiagnostics<'d> {
    walk: ChunkWalk<'d>,
    /// The rest of the current chunk's diagnostics, when the chunk stores
    /// them in position order (as it nearly always does), and where the
    /// chunk starts.
    current: slice::Iter<'d, Diagnostic>,
    base: u32,
    /// Otherwise the rest of them, with document offsets, sorted.
    sorted: std::vec::IntoIter<Diagnostic>,
    /// `{` left open before the current chunk and not closed yet: that many
    /// of its unmatched `}` close them and are no diagnostics.
    depth: u32,
    /// `{` the current chunk leaves open.
    opened: u32,
    /// The next diagnostic of the chunks, read ahead.
    ahead: Option<Diagnostic>,
    /// The `{` still open at the end, in position order.
    unclosed: Peekable<std::vec::IntoIter<Span>>,
    /// Ill-formed UTF-8 sequences in all chunks, until the one diagnostic
    /// that stands for them (the first chunk's) has been read.
    ill_formed: Option<u32>,
}

impl<'d> DocumentDiagnostics<'d> {
    pub(super) fn new(doc: &'d Document) -> Self {
        let (unclosed, ill_formed) = unclosed_braces(doc);
        DocumentDiagnostics {
            walk: ChunkWalk::new(doc),
            current: [].iter(),
            base: 0,
            sorted: Vec::new().into_iter(),
            depth: 0,
            opened: 0,
            ahead: None,
            unclosed: unclosed.into_iter().peekable(),
            ill_formed: (ill_formed > 0).then_some(ill_formed),
        }
    }

    /// The next diagnostic of the chunks, in position order, with one
    /// ill-formed UTF-8 diagnostic for the whole document (as a fresh lex
    /// has): the first chunk's, counting the sequences of all.
    fn next_merged(&mut self) -> Option<Diagnostic> {
        loop {
            let mut d = self.next_of_chunks()?;
            if let DiagnosticKind::IllFormedUtf8 { .. } = d.kind {
                let Some(sequences) = self.ill_formed.take() else {
                    continue;
                };
                d.kind = DiagnosticKind::IllFormedUtf8 { sequences };
            }
            return Some(d);
        }
    }

    /// The next diagnostic of the chunks, in position order.
    fn next_of_chunks(&mut self) -> Option<Diagnostic> {
        loop {
            if let Some(d) = self.current.next() {
                if d.kind == DiagnosticKind::UnmatchedCloseBrace && self.depth > 0 {
                    self.depth -= 1;
                    continue;
                }
                return Some(moved(d, self.base));
            }
            if let Some(d) = self.sorted.next() {
                return Some(d);
            }
            let (start, chunk) = self.walk.next()?;
            self.depth += std::mem::replace(&mut self.opened, chunk.lexed.braces.depth);
            self.base = start;
            let diagnostics = &chunk.lexed.diagnostics;
            if diagnostics.is_sorted_by_key(position) {
                self.current = diagnostics.iter();
            } else {
                // Rare (a diagnostic that points back, such as an
                // unterminated verbatim environment): this chunk's, sorted
                // as a sort of the whole document's would (stably). A chunk
                // holds whole lines, so its diagnostics sort among
                // themselves only.
                let mut own = Vec::with_capacity(diagnostics.len());
                for d in diagnostics {
                    if d.kind == DiagnosticKind::UnmatchedCloseBrace && self.depth > 0 {
                        self.depth -= 1;
                        continue;
                    }
                    own.push(moved(d, start));
                }
                own.sort_by_key(position);
                self.sorted = own.into_iter();
            }
        }
    }
}

impl Iterator for DocumentDiagnostics<'_> {
    type Item = Diagnostic;

    fn next(&mut self) -> Option<Diagnostic> {
        if self.ahead.is_none() {
            self.ahead = self.next_merged();
        }
        let unclosed = |span: Span| Diagnostic::new(DiagnosticKind::UnclosedOpenBrace, span);
        match (&self.ahead, self.unclosed.peek()) {
            // On equal positions the chunks' diagnostic comes first.
            (Some(d), Some(&span)) if (span.start, span.end) < (d.span.start, d.span.end) => {
                self.unclosed.next().map(unclosed)
            }
            (Some(_), _) => self.ahead.take(),
            (None, _) => self.unclosed.next().map(unclosed),
        }
    }
}

/// Where a diagnostic sorts.
fn position(d: &Diagnostic) -> (u32, u32) {
    (d.span.start, d.span.end)
}

/// A chunk's diagnostic, with document offsets.
fn moved(d: &Diagnostic, base: u32) -> Diagnostic {
    Diagnostic {
        span: Span::new(d.span.start + base, d.span.end + base),
        ..*d
    }
}

/// The `{` still open at the end of the document (the outermost 1000
/// levels), in position order: each chunk's
/// unmatched `}` first close the braces earlier chunks left open. Also
/// the ill-formed UTF-8 sequences of all chunks (saturating).
fn unclosed_braces(doc: &Document) -> (Vec<Span>, u32) {
    let mut open = OpenBraces::default();
    let mut ill_formed = 0u32;
    for (start, chunk) in ChunkWalk::new(doc) {
        let mut closes = 0;
        for d in &chunk.lexed.diagnostics {
            match d.kind {
                DiagnosticKind::UnmatchedCloseBrace => closes += 1,
                DiagnosticKind::IllFormedUtf8 { sequences } => {
                    ill_formed = ill_formed.saturating_add(sequences);
                }
                _ => {}
            }
        }
        open.add_braces(closes, &chunk.lexed.braces, start);
    }
    (open.outermost, ill_formed)
}
