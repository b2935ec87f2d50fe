//! Chunks: stretches of whole lines that own their bytes, tokens, line
//! index and diagnostics, all relative to their own start; how a text is
//! cut into chunks and lexed into them (with static catcodes, or with
//! tracking from a start state).

use std::ops::Range;
use std::sync::Arc;

use crate::driver::{LexedChunk, lex_chunk, lex_tracked_piece};
use crate::engine::EngineState;
use crate::pos::LineIndex;
use crate::store::ChunkRecords;
use crate::{Interner, Profile};

use super::Document;
use super::tree::Entry;

/// Chunks are cut at the first line end after this many bytes. (Unit
/// tests use tiny chunks and blocks, so that small texts exercise chunk
/// boundaries and block splits.)
pub(crate) const CHUNK_TARGET: usize = if cfg!(test) { 8 } else { 1024 };

/// A stretch of whole lines with its tokens, all relative to its start.
#[derive(Clone, Debug)]
pub(super) struct DocChunk {
    pub(super) text: Vec<u8>,
    /// pdfTeX's model: characters are bytes.
    pub(super) bytes_model: bool,
    pub(super) lexed: LexedChunk,
    pub(super) lines: LineIndex,
    pub(super) tokens: usize,
    /// With tracking: the state (catcodes, tracker, pending verbatim
    /// environment) at the chunk's start. Consecutive chunks share it when
    /// it does not change.
    pub(super) start: Option<Arc<EngineState>>,
}

impl DocChunk {
    pub(super) fn new(text: Vec<u8>, profile: &Profile, names: &mut Interner) -> DocChunk {
        let lexed = lex_chunk(&text, profile, names);
        DocChunk::of(text, lexed, profile, None)
    }

    pub(super) fn of(
        text: Vec<u8>,
        mut lexed: LexedChunk,
        profile: &Profile,
        start: Option<Arc<EngineState>>,
    ) -> DocChunk {
        let lines =
            LineIndex::from_starts(std::mem::take(&mut lexed.line_starts), text.len() as u32);
        let bytes = profile.input_model() == crate::InputModel::Bytes;
        let tokens = lexed.store.token_count(&text, bytes);
        DocChunk {
            text,
            bytes_model: bytes,
            lexed,
            lines,
            tokens,
            start,
        }
    }

    pub(super) fn len(&self) -> u32 {
        self.text.len() as u32
    }

    pub(super) fn ends_with_terminator(&self) -> bool {
        crate::line_end::ends_with_terminator(&self.text)
    }

    /// Lines that start in this chunk (a start at its very end belongs to
    /// the next chunk, or is the document's last, empty, line).
    pub(super) fn lines(&self) -> usize {
        self.lines.line_count() - usize::from(self.ends_with_terminator())
    }

    pub(super) fn records<'a>(&'a self, profile: &'a Profile, trivia: bool) -> ChunkRecords<'a> {
        ChunkRecords::new(
            &self.text,
            profile,
            &self.lexed.store,
            0,
            &self.lexed.history,
            trivia,
        )
    }
}

impl Document {
    /// Lexes `text` (whole lines) with tracking from `start`, cutting it into
    /// chunks where no verbatim body is open. `last`: nothing follows the
    /// text. Returns the chunks, the state at the end, and whether a
    /// verbatim body is open at the end (then more text must be added).
    pub(super) fn lex_tracked(
        &mut self,
        text: &[u8],
        start: Arc<EngineState>,
        last: bool,
    ) -> (Vec<Entry>, Arc<EngineState>, bool) {
        let ranges = split_lines(text);
        let mut chunks = Vec::with_capacity(ranges.len());
        let mut state = start;
        // The profile chunks starting with `state` start with, if not the
        // document's: shared by the chunks an unchanged state spans.
        let mut start_profile: Option<(Arc<EngineState>, Option<Arc<Profile>>)> = None;
        let mut i = 0;
        while i < ranges.len() {
            let mut j = i + 1;
            loop {
                let piece = &text[ranges[i].start..ranges[j - 1].end];
                let (mut lexed, end, open) = lex_tracked_piece(piece, &state, &mut self.names);
                // A chunk must not end while `\begin{…}` waits for its name
                // or body: a diagnostic may yet point back at the `\begin`.
                let open = open || end.refers_back();
                // The chunk may start with other catcodes than the
                // document: say so, so that its segments decode right.
                let profile = match &start_profile {
                    Some((of, profile)) if Arc::ptr_eq(of, &state) => profile.clone(),
                    _ => {
                        let profile = state.profile();
                        let differs = *profile != self.profile;
                        let profile = differs.then(|| Arc::new(profile.clone()));
                        start_profile = Some((state.clone(), profile.clone()));
                        profile
                    }
                };
                lexed.history.set_start(profile);
                if open && j < ranges.len() {
                    // A verbatim body runs on (or may): it must stay in one
                    // chunk. Lex again with twice the text (not a line
                    // more), so that a long body costs a few lexes of it,
                    // not one per line.
                    let start = ranges[i].start;
                    let target = start + 2 * (ranges[j - 1].end - start);
                    j += 1;
                    while j < ranges.len() && ranges[j - 1].end < target {
                        j += 1;
                    }
                    continue;
                }
                let chunk = DocChunk::of(piece.to_vec(), lexed, &self.profile, Some(state.clone()));
                chunks.push(Entry::new(chunk));
                if open && !last {
                    return (chunks, state, true);
                }
                state = if *state == end { state } else { Arc::new(end) };
                break;
            }
            i = j;
        }
        (chunks, state, false)
    }

    /// Lexes `text` (whole lines) into chunks.
    pub(super) fn lex_chunks(&mut self, text: &[u8]) -> Vec<Entry> {
        split_lines(text)
            .into_iter()
            .map(|r| {
                Entry::new(DocChunk::new(
                    text[r].to_vec(),
                    &self.profile,
                    &mut self.names,
                ))
            })
            .collect()
    }
}

/// Cuts `text` into stretches of whole lines of about [`CHUNK_TARGET`]
/// bytes (never inside a CRLF); an empty text is one empty stretch.
pub(super) fn split_lines(text: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / CHUNK_TARGET + 1);
    let mut start = 0;
    while start < text.len() {
        let end = crate::line_end::line_end_from(text, start + CHUNK_TARGET);
        out.push(start..end);
        start = end;
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}
