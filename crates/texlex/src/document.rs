//! Live documents: an editable text whose tokens are kept up to date
//! incrementally, in time proportional to the edit, not to the file.
//!
//! # Design
//! The text is held in *chunks* of whole lines (about [`CHUNK_TARGET`]
//! bytes each); every chunk owns its bytes, its packed token store, its
//! line starts and its diagnostics, all relative to its own start. With
//! static catcodes a line's tokens depend on that line alone (TeX starts
//! every line in state N), and no record crosses a line boundary, so a
//! chunk's tokens are exactly the tokens a whole-document lex gives for
//! those lines. An edit
//!
//! 1. finds the chunks holding the edited bytes,
//! 2. splices the new bytes into their text, extending the stretch to the
//!    neighbouring chunk when a line now runs across a chunk boundary (a
//!    deleted line terminator, a CR and an LF that meet),
//! 3. re-lexes that stretch and splits it into chunks again,
//! 4. replaces the old chunks.
//!
//! With static catcodes the line-start state is always "state N", so the
//! re-lexing converges at once; with catcode tracking each chunk keeps the
//! state at its start, and re-lexing goes on into following chunks until
//! the state at a chunk start is what it was (see `docs/DOCUMENT.md`).
//! Chunks sit in blocks of at most [`BLOCK_MAX`] chunks that cache their
//! byte, line, token and chunk totals (and, with tracking, their effect on
//! the save stack's depth and how many of their chunks assign catcodes);
//! the document keeps running totals of those per block, so that finding a
//! chunk by offset, line, token or chunk index is a binary search over the
//! blocks and a scan of one block. Braces are matched across chunks when
//! diagnostics are asked for (an unmatched `}` may close a `{` many chunks
//! before), not on every edit.
//!
//! Worst cases: an edit that touches many chunks (a large paste or
//! deletion) re-lexes all of them; typing in a 100 kB line re-lexes that
//! line (chunks never split lines).

use std::ops::Range;

use crate::buffer::decode_lossy;
use std::sync::Arc;

use crate::engine::EngineState;
use crate::lexed::{LexedChunk, lex_chunk, lex_tracked_piece};
use crate::pos::{LineIndex, LspPosition, Position};
use crate::store::{ChunkRecords, OpenBraces};
use crate::track::DepthEffect;
use crate::{CsId, Diagnostic, Interner, LexError, LexOptions, Lexed, Profile, Record, Token};

/// Chunks are cut at the first line end after this many bytes. (Unit
/// tests use tiny chunks and blocks, so that small texts exercise chunk
/// boundaries and block splits.)
pub const CHUNK_TARGET: usize = if cfg!(test) { 8 } else { 1024 };
/// A block holds at most this many chunks.
const BLOCK_MAX: usize = if cfg!(test) { 4 } else { 512 };

/// An edit the document cannot apply; the document is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    message: String,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EditError {}

fn error(message: String) -> EditError {
    EditError { message }
}

/// What an edit changed.
///
/// Tokens `first_token .. first_token + old_tokens` of the old document
/// became tokens `first_token .. first_token + new_tokens` of the new one;
/// tokens before are unchanged, tokens after are unchanged but shifted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The bytes replaced, in the old text.
    pub old_bytes: Range<u32>,
    /// The bytes that replaced them, in the new text.
    pub new_bytes: Range<u32>,
    /// Index of the first changed token.
    pub first_token: usize,
    /// Number of old tokens replaced.
    pub old_tokens: usize,
    /// Number of new tokens in their place.
    pub new_tokens: usize,
    /// Bytes lexed again.
    pub relexed_bytes: usize,
    /// Tokens lexed again.
    pub relexed_tokens: usize,
}

/// A stretch of whole lines with its tokens, all relative to its start.
#[derive(Clone, Debug)]
struct DocChunk {
    text: Vec<u8>,
    /// pdfTeX's model: characters are bytes.
    bytes_model: bool,
    lexed: LexedChunk,
    lines: LineIndex,
    tokens: usize,
    /// With tracking: the state (catcodes, tracker, pending verbatim
    /// environment) at the chunk's start. Consecutive chunks share it when
    /// it does not change.
    start: Option<Arc<EngineState>>,
}

impl DocChunk {
    fn new(text: Vec<u8>, profile: &Profile, names: &mut Interner) -> DocChunk {
        let lexed = lex_chunk(&text, profile, names);
        DocChunk::of(text, lexed, profile, None)
    }

    fn of(
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

    fn len(&self) -> u32 {
        self.text.len() as u32
    }

    fn ends_with_terminator(&self) -> bool {
        matches!(self.text.last(), Some(b'\n' | b'\r'))
    }

    /// Lines that start in this chunk (a start at its very end belongs to
    /// the next chunk, or is the document's last, empty, line).
    fn lines(&self) -> usize {
        self.lines.line_count() - usize::from(self.ends_with_terminator())
    }

    fn records<'a>(&'a self, profile: &'a Profile, trivia: bool) -> ChunkRecords<'a> {
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

/// A chunk and its byte, line and token counts (kept next to each other,
/// so that scanning a block for an offset does not visit every chunk).
#[derive(Clone, Debug)]
struct Entry {
    sums: [u32; 3],
    /// The chunk's depth effect and whether it assigns catcodes, kept here
    /// too: block sums read them for every chunk, and should not chase the
    /// box for each.
    effect: DepthEffect,
    assigns: bool,
    chunk: Box<DocChunk>,
}

impl Entry {
    fn new(chunk: DocChunk) -> Entry {
        Entry {
            sums: [chunk.len(), chunk.lines() as u32, chunk.tokens as u32],
            effect: chunk.lexed.depth_effect,
            assigns: chunk.lexed.assigns,
            chunk: Box::new(chunk),
        }
    }
}

impl std::ops::Deref for Entry {
    type Target = DocChunk;

    fn deref(&self) -> &DocChunk {
        &self.chunk
    }
}

/// Chunks with cached totals.
#[derive(Clone, Debug, Default)]
struct Block {
    chunks: Vec<Entry>,
    bytes: u64,
    lines: u64,
    tokens: u64,
    /// With tracking: the block's effect on the save stack's depth, and how
    /// many of its chunks assign catcodes.
    effect: DepthEffect,
    saves: usize,
}

impl Block {
    /// Replaces chunks `range` by `new`, updating the totals by what
    /// changed rather than reading every chunk of the block again (the
    /// depth effect is folded again only if a chunk coming or going has
    /// one).
    fn splice(&mut self, range: Range<usize>, new: Vec<Entry>) {
        let mut effects = false;
        let mut count = |entry: &Entry, sign: i64| {
            let add =
                |total: &mut u64, n: u32| *total = (*total as i64 + sign * i64::from(n)) as u64;
            add(&mut self.bytes, entry.sums[0]);
            add(&mut self.lines, entry.sums[1]);
            add(&mut self.tokens, entry.sums[2]);
            self.saves = (self.saves as i64 + sign * i64::from(entry.assigns)) as usize;
            effects |= entry.effect != DepthEffect::default();
        };
        for entry in &new {
            count(entry, 1);
        }
        for entry in self.chunks.splice(range, new) {
            count(&entry, -1);
        }
        if effects {
            self.effect = self
                .chunks
                .iter()
                .fold(DepthEffect::default(), |effect, e| effect.then(e.effect));
        }
    }

    fn recount(&mut self) {
        let [mut bytes, mut lines, mut tokens] = [0u64; 3];
        let (mut effect, mut saves) = (DepthEffect::default(), 0);
        for entry in &self.chunks {
            bytes += u64::from(entry.sums[0]);
            lines += u64::from(entry.sums[1]);
            tokens += u64::from(entry.sums[2]);
            effect = effect.then(entry.effect);
            saves += usize::from(entry.assigns);
        }
        (self.bytes, self.lines, self.tokens) = (bytes, lines, tokens);
        (self.effect, self.saves) = (effect, saves);
    }
}

/// Running totals of the blocks before a block: what is needed to place
/// its chunks in the document without walking the blocks before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Before {
    /// Bytes, lines and tokens.
    sums: [u64; 3],
    chunks: usize,
    /// With tracking: the depth of the save stack, and chunks that assign
    /// catcodes.
    depth: u32,
    saves: usize,
}

impl Before {
    /// The totals before the block after `block`, which these precede.
    fn then(self, block: &Block) -> Before {
        Before {
            sums: [
                self.sums[0] + block.bytes,
                self.sums[1] + block.lines,
                self.sums[2] + block.tokens,
            ],
            chunks: self.chunks + block.chunks.len(),
            depth: block.effect.apply(self.depth),
            saves: self.saves + block.saves,
        }
    }
}

/// Positions of many offsets of a [`Document`]: see [`Document::positions`].
#[derive(Clone, Debug)]
pub struct DocumentPositions<'d> {
    doc: &'d Document,
    /// The chunk of the last offset asked, and a cursor over its text.
    current: Option<(Place, crate::pos::Positions<'d>)>,
}

impl DocumentPositions<'_> {
    /// Line and columns of byte `offset`, as [`Document::position`] gives
    /// them.
    pub fn position(&mut self, offset: u32) -> Result<Position, EditError> {
        let doc = self.doc;
        if offset > doc.len() {
            return Err(error(format!(
                "offset {offset} is beyond the text ({} bytes)",
                doc.len()
            )));
        }
        let inside = |(place, positions): &(Place, crate::pos::Positions)| {
            (place.start..place.start + positions.text_len()).contains(&offset)
        };
        if !self.current.as_ref().is_some_and(inside) {
            let place = doc.place_of_offset(offset);
            let chunk = doc.chunk(place);
            self.current = Some((place, chunk.lines.positions(&chunk.text)));
        }
        let (place, positions) = self.current.as_mut().expect("a chunk was found");
        let local = positions.position(offset - place.start);
        Ok(Position {
            line: local.line + place.line as u32,
            ..local
        })
    }

    /// The LSP position (0-based line, UTF-16 column) of byte `offset`.
    pub fn lsp_position(&mut self, offset: u32) -> Result<LspPosition, EditError> {
        let p = self.position(offset)?;
        Ok(LspPosition {
            line: p.line - 1,
            character: p.utf16_col,
        })
    }
}

/// Where a chunk is: block, chunk in block, and its start (byte, line and
/// token index) in the document.
#[derive(Clone, Copy, Debug)]
struct Place {
    block: usize,
    chunk: usize,
    start: u32,
    line: usize,
    token: usize,
}

/// An editable document whose tokens follow its edits.
///
/// ```
/// use texlex::{Document, Profile, Regime, TokenKind};
/// let mut doc = Document::new(b"\\emph{old} text\n", &Profile::new(Regime::Latex)).unwrap();
/// let change = doc.edit(6..9, b"new").unwrap();
/// assert_eq!(doc.text(), b"\\emph{new} text\n");
/// // The tokens of the edited line (12 of them) were replaced.
/// assert_eq!((change.first_token, change.old_tokens, change.new_tokens), (0, 12, 12));
/// let token = doc.token_at(7).unwrap();
/// assert_eq!(token.kind, TokenKind::Char { cat: texlex::Catcode::Letter, code: 'e' as u32 });
/// ```
#[derive(Clone, Debug)]
pub struct Document {
    profile: Profile,
    names: Interner,
    blocks: Vec<Block>,
    /// `starts[b]`: the totals of the blocks before block `b`, so that a
    /// block is found by binary search.
    starts: Vec<Before>,
    /// Static catcodes, or tracking (and verbatim).
    options: LexOptions,
    /// With tracking: stored start states of chunks from this offset on
    /// may have a stale save-stack depth (see [`Document::relex_tracked`]);
    /// no assignment follows them, so that the depth changes no token.
    stale_from: Option<u32>,
}

impl Document {
    /// A document holding `text`.
    pub fn new(text: &[u8], profile: &Profile) -> Result<Document, LexError> {
        Document::with_options(text, profile, &LexOptions::static_catcodes())
    }

    /// A document lexed with `options`: with catcode tracking (and
    /// verbatim), the state at each chunk's start is kept, and an edit
    /// re-lexes on until the state at a chunk start is what it was.
    ///
    /// ```
    /// use texlex::{Document, LexOptions, Profile, Regime, TokenKind};
    /// let p = Profile::new(Regime::Latex);
    /// let mut doc = Document::with_options(b"\\a@b\n", &p, &LexOptions::tracking()).unwrap();
    /// assert_eq!(doc.token_count(), 4); // \a, @, b, space
    /// doc.edit(0..0, b"\\makeatletter ").unwrap();
    /// assert_eq!(doc.token_count(), 2); // \makeatletter, \a@b
    /// ```
    pub fn with_options(
        text: &[u8],
        profile: &Profile,
        options: &LexOptions,
    ) -> Result<Document, LexError> {
        crate::lexed::check_len(text)?;
        let mut doc = Document {
            profile: profile.clone(),
            names: Interner::new(),
            blocks: Vec::new(),
            starts: Vec::new(),
            options: options.clone(),
            stale_from: None,
        };
        let chunks = if options.track {
            let start = Arc::new(EngineState::initial(profile));
            doc.lex_tracked(text, start, true).0
        } else {
            doc.lex_chunks(text)
        };
        doc.blocks = blocks_of(chunks);
        doc.refresh_from(0);
        Ok(doc)
    }

    /// Lexes `text` (whole lines) with tracking from `start`, cutting it into
    /// chunks where no verbatim body is open. `last`: nothing follows the
    /// text. Returns the chunks, the state at the end, and whether a
    /// verbatim body is open at the end (then more text must be added).
    fn lex_tracked(
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
                let (mut lexed, end, open) =
                    lex_tracked_piece(piece, &state, &self.options, &mut self.names);
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

    /// The profile the document is lexed with.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Length of the text in bytes.
    pub fn len(&self) -> u32 {
        self.total(0) as u32
    }

    /// The document's totals.
    fn totals(&self) -> Before {
        let last = self.blocks.len() - 1;
        self.starts[last].then(&self.blocks[last])
    }

    /// A document total (0: bytes, 1: lines, 2: tokens).
    fn total(&self, field: usize) -> u64 {
        self.totals().sums[field]
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of lines, as an editor counts them.
    pub fn line_count(&self) -> usize {
        self.total(1) as usize + usize::from(self.last_chunk().ends_with_terminator())
    }

    /// Number of TeX tokens.
    pub fn token_count(&self) -> usize {
        self.total(2) as usize
    }

    /// The text, copied out.
    pub fn text(&self) -> Vec<u8> {
        let mut text = Vec::with_capacity(self.len() as usize);
        for chunk in self.chunks() {
            text.extend_from_slice(&chunk.text);
        }
        text
    }

    /// The name of a control sequence.
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.name(id)
    }

    fn chunks(&self) -> impl Iterator<Item = &DocChunk> {
        self.blocks
            .iter()
            .flat_map(|b| b.chunks.iter().map(|e| &*e.chunk))
    }

    fn last_chunk(&self) -> &DocChunk {
        let block = self.blocks.last().expect("a document has a chunk");
        block.chunks.last().expect("blocks are not empty")
    }

    fn chunk(&self, place: Place) -> &DocChunk {
        &self.blocks[place.block].chunks[place.chunk]
    }

    /// The chunk containing byte `offset` (the last chunk for the end).
    fn place_of_offset(&self, offset: u32) -> Place {
        self.find(0, u64::from(offset))
    }

    /// The chunk containing 0-based line `line`.
    fn place_of_line(&self, line: usize) -> Place {
        self.find(1, line as u64)
    }

    /// The chunk where a running total (bytes, lines) passes `target`.
    fn find(&self, field: usize, target: u64) -> Place {
        // The last block starting at or before the target.
        let b = self
            .starts
            .partition_point(|s| s.sums[field] <= target)
            .max(1)
            - 1;
        let [bytes, lines, tokens] = self.starts[b].sums;
        let mut place = Place {
            block: b,
            chunk: 0,
            start: bytes as u32,
            line: lines as usize,
            token: tokens as usize,
        };
        let mut seen = self.starts[b].sums[field];
        let block = &self.blocks[b];
        let last_chunk = block.chunks.len() - 1;
        for (c, entry) in block.chunks.iter().enumerate() {
            let total = u64::from(entry.sums[field]);
            if seen + total > target || c == last_chunk {
                place.chunk = c;
                return place;
            }
            seen += total;
            place.start += entry.sums[0];
            place.line += entry.sums[1] as usize;
            place.token += entry.sums[2] as usize;
        }
        unreachable!("blocks are not empty")
    }

    /// Moves the totals of the blocks after block `b` by how block `b`'s own
    /// totals went from `old` to `new` (the depth at their start is kept).
    fn shift_starts_after(&mut self, b: usize, old: &Before, new: &Before) {
        let delta = |n: u64, o: u64| n.wrapping_sub(o);
        let sums = [0, 1, 2].map(|k| delta(new.sums[k], old.sums[k]));
        let chunks = new.chunks.wrapping_sub(old.chunks);
        let saves = new.saves.wrapping_sub(old.saves);
        for start in &mut self.starts[b + 1..] {
            for (total, delta) in start.sums.iter_mut().zip(sums) {
                *total = total.wrapping_add(delta);
            }
            start.chunks = start.chunks.wrapping_add(chunks);
            start.saves = start.saves.wrapping_add(saves);
        }
    }

    /// Recomputes `starts` from block `b` on (after block `b` changed).
    fn refresh_from(&mut self, b: usize) {
        self.starts.truncate(b);
        let mut before = match b.checked_sub(1) {
            Some(p) => self.starts[p].then(&self.blocks[p]),
            None => Before::default(),
        };
        for block in &self.blocks[b..] {
            self.starts.push(before);
            before = before.then(block);
        }
    }

    /// Replaces bytes `range` of the text by `text`; the tokens follow.
    pub fn edit(&mut self, range: Range<u32>, text: &[u8]) -> Result<Change, EditError> {
        let len = self.len();
        if range.start > range.end {
            return Err(error(format!(
                "edit starts at {} after its end {}",
                range.start, range.end
            )));
        }
        if range.end > len {
            return Err(error(format!(
                "edit ends at {} beyond the text ({len} bytes)",
                range.end
            )));
        }
        if u32::try_from(len as usize - range.len() + text.len()).is_err() {
            return Err(error("the edited text would reach 4 GiB".to_string()));
        }
        let first = self.place_of_offset(range.start);
        let end = if range.end == range.start {
            first
        } else {
            self.place_of_offset(range.end)
        };
        for (offset, place) in [(range.start, first), (range.end, end)] {
            if self.inside_character(place, offset) {
                return Err(error(format!("offset {offset} is inside a UTF-8 sequence")));
            }
        }
        // The chunk holding the edit's last byte (its start, for an insertion).
        let last = if range.end > range.start && end.start == range.end {
            self.place_of_offset(range.end - 1)
        } else {
            end
        };
        Ok(self.apply(range, text, first, last))
    }

    /// Applies an LSP content change: `range` in 0-based lines and UTF-16
    /// characters (a character past the end of a line means its end), or
    /// `None` to replace the whole text.
    pub fn edit_lsp(
        &mut self,
        range: Option<(LspPosition, LspPosition)>,
        text: &str,
    ) -> Result<Change, EditError> {
        let range = match range {
            None => 0..self.len(),
            Some((start, end)) => {
                let start = self.offset_of_lsp(start)?;
                let end = self.offset_of_lsp(end)?;
                if start > end {
                    return Err(error(format!(
                        "LSP range starts after it ends ({start} > {end})"
                    )));
                }
                start..end
            }
        };
        self.edit(range, text.as_bytes())
    }

    /// Whether `offset` (in the chunk at `place`) falls strictly inside a
    /// valid UTF-8 character.
    fn inside_character(&self, place: Place, offset: u32) -> bool {
        let chunk = self.chunk(place);
        let local = (offset - place.start) as usize;
        // Characters never cross chunks (chunks end after line ends).
        let text = &chunk.text;
        (1..=3).any(|back| {
            local >= back && {
                let at = local - back;
                let (_, n) = decode_lossy(text, at);
                n > back && std::str::from_utf8(&text[at..at + n]).is_ok()
            }
        })
    }

    /// Lexes `text` (whole lines) into chunks.
    fn lex_chunks(&mut self, text: &[u8]) -> Vec<Entry> {
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

    /// Applies a checked edit touching chunks `first` to `last`: takes
    /// their text, splices the edit in, pulls in neighbouring chunks until
    /// no line runs across the stretch's ends, lexes the stretch again and
    /// puts its chunks in place of the old ones.
    fn apply(&mut self, range: Range<u32>, insert: &[u8], first: Place, last: Place) -> Change {
        let mut from = self.flat_index(first);
        let mut to = self.flat_index(last) + 1;
        // Where chunk `from` starts: its first token and its first byte.
        let (mut token, mut base) = (first.token, first.start);
        let mut text: Vec<u8> = Vec::with_capacity(
            (from..to).map(|i| self.flat(i).text.len()).sum::<usize>() + insert.len(),
        );
        for i in from..to {
            text.extend_from_slice(&self.flat(i).text);
        }
        let local = (range.start - base) as usize..(range.end - base) as usize;
        text.splice(local, insert.iter().copied());
        // Lines must not run across the stretch's ends.
        let total = self.chunk_count();
        loop {
            let ends_open = !matches!(text.last(), Some(b'\n' | b'\r'));
            let cr_meets_lf = text.last() == Some(&b'\r')
                && to < total
                && self.flat(to).text.first() == Some(&b'\n');
            if to < total && (ends_open || cr_meets_lf || text.is_empty()) {
                text.extend_from_slice(&self.flat(to).text);
                to += 1;
                continue;
            }
            let lf_after_cr = text.first() == Some(&b'\n')
                && from > 0
                && self.flat(from - 1).text.last() == Some(&b'\r');
            let empty_tail = text.is_empty() && from > 0;
            if lf_after_cr || empty_tail {
                from -= 1;
                let previous = self.flat(from);
                token -= previous.tokens;
                base -= previous.len();
                text.splice(0..0, previous.text.iter().copied());
                continue;
            }
            break;
        }
        if self.options.track {
            return self.relex_tracked(range, insert.len(), from..to, (base, token), text);
        }
        let new_chunks = self.lex_chunks(&text);
        let old: Vec<&Entry> = (from..to).map(|i| self.entry(i)).collect();
        let (a, b) = ((range.start - base) as usize, (range.end - base) as usize);
        let change = change_of(&old, &new_chunks, &text, a, b, &range, insert.len(), token);
        self.splice_chunks(from..to, new_chunks);
        change
    }

    /// With tracking: lexes the edited `text` (which replaces chunks `old`,
    /// starting at byte and token `start`) from the old start state, then lexes
    /// following chunks again as long as the state at their start differs
    /// from what it was (the re-lexing converges as soon as it is the same).
    /// Reports every re-lexed token as changed.
    fn relex_tracked(
        &mut self,
        range: Range<u32>,
        inserted: usize,
        old: Range<usize>,
        (base, token): (u32, usize),
        mut text: Vec<u8>,
    ) -> Change {
        // The depth of the save stack matters only through its frames:
        // while they are all empty and no assignment follows, nothing is
        // ever saved into them, every group end restores nothing, and the
        // depth changes no token. So where both the old and the new state
        // have only empty frames and no later chunk assigns, states are
        // compared without their depth (an inserted `{` does not re-lex the
        // rest of the file, even in a document whose preamble has
        // `\makeatletter`). Stored depths after such a point may then be
        // stale; the true depth comes from the chunks' depth effects, which
        // do not depend on where they start. An edit that brings an
        // assignment after a stale depth re-lexes the whole document, so
        // that stale depths never precede an assignment (the next edit
        // could otherwise converge on a stale state that claims a depth
        // later chunks were not lexed with).
        let removed = range.end - range.start;
        self.stale_from = self.stale_from.map(|p| match p {
            p if p >= range.end => p - removed + inserted as u32,
            p if p > range.start => range.start,
            p => p,
        });
        let Range {
            start: from,
            end: mut to,
        } = old;
        let stored = self.start_of(from).clone();
        let depth = self.depth_before(from);
        let mut state = if stored.frames_empty() && stored.depth() != depth {
            Arc::new(stored.with_empty_frames(depth))
        } else {
            // Shared with the chunks around: keeping it keeps them sharing.
            stored
        };
        let mut depth_differs = false;
        let mut new_chunks: Vec<Entry> = Vec::new();
        let total = self.chunk_count();
        loop {
            let last = to >= total;
            let (mut lexed, end, open) = self.lex_tracked(&text, state.clone(), last);
            if open {
                // A verbatim body runs on into the next chunk: lex them
                // together (`lex_tracked` says so only if there is one),
                // taking twice the text each time, not a chunk more.
                let target = 2 * text.len();
                loop {
                    text.extend_from_slice(&self.flat(to).text);
                    to += 1;
                    if to >= total || text.len() >= target {
                        break;
                    }
                }
                continue;
            }
            new_chunks.append(&mut lexed);
            if to >= total {
                break;
            }
            let next_start = self.start_of(to);
            if Arc::ptr_eq(next_start, &end) || **next_start == *end {
                break;
            }
            if next_start.same_but_depth(&end) && self.assignments_from(to) == 0 {
                depth_differs = true;
                break;
            }
            text.clear();
            text.extend_from_slice(&self.flat(to).text);
            to += 1;
            state = end;
        }
        let old_tokens = (from..to).map(|i| self.flat(i).tokens).sum();
        let new_tokens = new_chunks.iter().map(|c| c.tokens).sum();
        let mut change = Change {
            old_bytes: range.start..range.end,
            new_bytes: range.start..range.start + inserted as u32,
            first_token: token,
            old_tokens,
            new_tokens,
            relexed_bytes: new_chunks.iter().map(|c| c.text.len()).sum(),
            relexed_tokens: new_tokens,
        };
        // Where the new chunks end; an assignment in one ending after a
        // stale start state breaks the rule above.
        let mut end = base;
        let mut last_assigning_end = None;
        for chunk in &new_chunks {
            end += chunk.len();
            if chunk.lexed.assigns {
                last_assigning_end = Some(end);
            }
        }
        self.splice_chunks(from..to, new_chunks);
        if depth_differs {
            self.stale_from = Some(self.stale_from.map_or(end, |p| p.min(end)));
        }
        let stale_before_assignment = matches!(
            (self.stale_from, last_assigning_end),
            (Some(p), Some(e)) if p < e
        );
        if stale_before_assignment {
            // Stored depths may be stale and now they can matter: lex it all.
            let text = self.text();
            let start = Arc::new(EngineState::initial(&self.profile));
            let chunks = self.lex_tracked(&text, start, true).0;
            self.blocks = blocks_of(chunks);
            self.refresh_from(0);
            self.stale_from = None;
            (change.relexed_bytes, change.relexed_tokens) = (text.len(), self.token_count());
        }
        change
    }

    /// With tracking: the state at the start of flat chunk `i`.
    fn start_of(&self, i: usize) -> &Arc<EngineState> {
        self.flat(i)
            .start
            .as_ref()
            .expect("tracked chunks know their start")
    }

    /// How many chunks from flat index `from` on assign catcodes.
    fn assignments_from(&self, from: usize) -> usize {
        let (b, c) = self.locate(from);
        let Some(block) = self.blocks.get(b) else {
            return 0;
        };
        let before_in_block = block.chunks[..c].iter().filter(|e| e.assigns).count();
        self.totals().saves - self.starts[b].saves - before_in_block
    }

    /// The depth of the save stack at the start of flat chunk `i`.
    fn depth_before(&self, i: usize) -> u32 {
        let (b, c) = self.locate(i);
        let Some(block) = self.blocks.get(b) else {
            return self.totals().depth;
        };
        block.chunks[..c]
            .iter()
            .fold(self.starts[b].depth, |depth, e| e.effect.apply(depth))
    }

    fn chunk_count(&self) -> usize {
        self.totals().chunks
    }

    /// The position of a place in the flat list of chunks.
    fn flat_index(&self, place: Place) -> usize {
        self.starts[place.block].chunks + place.chunk
    }

    /// Block and index in block of flat chunk `i` (`(blocks, 0)` past the
    /// last chunk).
    fn locate(&self, i: usize) -> (usize, usize) {
        let b = self.starts.partition_point(|s| s.chunks <= i).max(1) - 1;
        let c = i - self.starts[b].chunks;
        if c < self.blocks[b].chunks.len() {
            (b, c)
        } else {
            (self.blocks.len(), 0)
        }
    }

    fn entry(&self, i: usize) -> &Entry {
        let (b, c) = self.locate(i);
        &self.blocks[b].chunks[c]
    }

    fn flat(&self, i: usize) -> &DocChunk {
        self.entry(i)
    }

    /// Replaces flat chunks `range` by `new` and refreshes the running
    /// totals from the first block touched. The document must keep at
    /// least one chunk.
    fn splice_chunks(&mut self, range: Range<usize>, new: Vec<Entry>) {
        let (first, c) = match self.locate(range.start) {
            (b, _) if b == self.blocks.len() => (b - 1, self.blocks[b - 1].chunks.len()),
            place => place,
        };
        let last = match range.end.checked_sub(1) {
            Some(i) if i >= range.start => self.locate(i).0,
            _ => first,
        };
        if first == last {
            // The common case: one block, and one memmove in it.
            let block = &mut self.blocks[first];
            let old = Before::default().then(block);
            let (depth, old_effect) = (self.starts[first].depth, block.effect);
            block.splice(c..c + range.len(), new);
            match block.chunks.len() {
                0 => {
                    self.blocks.remove(first);
                }
                n if n > BLOCK_MAX => {
                    let all = std::mem::take(&mut block.chunks);
                    self.blocks.splice(first..=first, blocks_of(all));
                }
                _ if block.effect.apply(depth) == old_effect.apply(depth) => {
                    // Later blocks start at the same depth as before: move
                    // their totals by the difference.
                    let new = Before::default().then(block);
                    self.shift_starts_after(first, &old, &new);
                    return;
                }
                _ => {}
            }
        } else {
            let mut all: Vec<Entry> = self
                .blocks
                .drain(first..=last)
                .flat_map(|b| b.chunks)
                .collect();
            all.splice(c..c + range.len(), new);
            if !all.is_empty() {
                self.blocks.splice(first..first, blocks_of(all));
            }
        }
        assert!(!self.blocks.is_empty(), "a document keeps a chunk");
        self.refresh_from(first.min(self.blocks.len()));
    }

    /// Line and columns of byte `offset`.
    pub fn position(&self, offset: u32) -> Result<Position, EditError> {
        self.positions().position(offset)
    }

    /// The LSP position (0-based line, UTF-16 column) of byte `offset`.
    pub fn lsp_position(&self, offset: u32) -> Result<LspPosition, EditError> {
        self.positions().lsp_position(offset)
    }

    /// A cursor for the positions of many offsets asked in increasing
    /// order, such as every diagnostic after an edit: each costs the bytes
    /// since the one before on its line (see [`LineIndex::positions`]),
    /// where [`Document::position`] counts from the line's start.
    ///
    /// ```
    /// use texlex::{Document, Profile, Regime};
    /// let doc = Document::new("é}}\n}".as_bytes(), &Profile::new(Regime::Latex)).unwrap();
    /// let mut positions = doc.positions();
    /// let lsp: Vec<_> = doc
    ///     .diagnostics()
    ///     .iter()
    ///     .map(|d| positions.lsp_position(d.span.start).unwrap())
    ///     .map(|p| (p.line, p.character))
    ///     .collect();
    /// assert_eq!(lsp, [(0, 1), (0, 2), (1, 0)]);
    /// ```
    pub fn positions(&self) -> DocumentPositions<'_> {
        DocumentPositions {
            doc: self,
            current: None,
        }
    }

    /// The byte offset of an LSP position; a character past the end of the
    /// line means the line's end.
    pub fn offset_of_lsp(&self, pos: LspPosition) -> Result<u32, EditError> {
        let line = pos.line as usize;
        if line >= self.line_count() {
            return Err(error(format!(
                "line {} is beyond the document ({} lines)",
                pos.line,
                self.line_count()
            )));
        }
        let place = self.place_of_line(line);
        let chunk = self.chunk(place);
        let local = LspPosition {
            line: (line - place.line) as u32,
            character: pos.character,
        };
        chunk
            .lines
            .offset_of_lsp(&chunk.text, local)
            .map(|o| o + place.start)
            .ok_or_else(|| error(format!("line {} is beyond the document", pos.line)))
    }

    /// All records (tokens and trivia), in order, with document offsets.
    pub fn records(&self) -> Vec<Record> {
        let mut out = Vec::new();
        let mut base = 0;
        for chunk in self.chunks() {
            out.extend(
                chunk
                    .records(&self.profile, true)
                    .map(|r| shifted(&r, i64::from(base))),
            );
            base += chunk.len();
        }
        out
    }

    /// The tokens overlapping bytes `range` (a zero-width token counts if it
    /// sits inside the range or at its start).
    pub fn tokens_in(&self, range: Range<u32>) -> Vec<Token> {
        let mut out = Vec::new();
        if range.start > self.len() {
            return out;
        }
        let mut place = self.place_of_offset(range.start);
        let mut i = self.flat_index(place);
        let count = self.chunk_count();
        while i < count && place.start <= range.end {
            let chunk = self.flat(i);
            let local = range.start.saturating_sub(place.start);
            for record in chunk.records(&self.profile, false).seek(local) {
                let Record::Token(t) = shifted(&record, i64::from(place.start)) else {
                    continue;
                };
                if t.span.start >= range.end && !(t.span.is_empty() && t.span.start == range.start)
                {
                    break;
                }
                if t.span.end > range.start || (t.span.is_empty() && t.span.start >= range.start) {
                    out.push(t);
                }
            }
            place.start += chunk.len();
            i += 1;
        }
        out
    }

    /// The tokens of 0-based lines `lines` (overlapping them).
    pub fn tokens_in_lines(&self, lines: Range<u32>) -> Vec<Token> {
        let start = self.offset_of_lsp(LspPosition {
            line: lines.start,
            character: 0,
        });
        let end = if (lines.end as usize) < self.line_count() {
            self.offset_of_lsp(LspPosition {
                line: lines.end,
                character: 0,
            })
        } else {
            Ok(self.len())
        };
        match (start, end) {
            (Ok(s), Ok(e)) => self.tokens_in(s..e),
            _ => Vec::new(),
        }
    }

    /// The token whose bytes contain `offset`, if any (trivia has none).
    pub fn token_at(&self, offset: u32) -> Option<Token> {
        self.tokens_in(offset..offset.saturating_add(1))
            .into_iter()
            .find(|t| t.span.start <= offset && offset < t.span.end)
    }

    /// Diagnostics of the whole document, sorted by position (braces are
    /// matched across the whole text).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let mut open = OpenBraces::default();
        let mut base = 0;
        for chunk in self.chunks() {
            open.add_chunk(
                chunk.lexed.diagnostics.clone(),
                chunk.lexed.braces.clone(),
                base,
                &mut out,
            );
            base += chunk.len();
        }
        open.finish(&mut out);
        out.sort_by_key(|d| (d.span.start, d.span.end));
        out
    }

    /// A [`Lexed`] view of the document's current tokens (no re-lexing):
    /// `text` must be [`Document::text`].
    ///
    /// # Panics
    /// If `text` is not the document's text length.
    pub fn to_lexed<'t>(&self, text: &'t [u8]) -> Lexed<'t> {
        assert_eq!(
            text.len() as u32,
            self.len(),
            "to_lexed needs the document's text"
        );
        // Names first seen in this document get ids in order of first
        // appearance, as a fresh lex numbers them (the document's own ids
        // also count names that edits have removed).
        let mut names = Interner::new();
        let mut renumbered = std::collections::HashMap::new();
        let parts: Vec<LexedChunk> = self
            .chunks()
            .map(|c| {
                let mut part = c.lexed.clone();
                // The chunk keeps its line starts in its line index.
                part.line_starts = c.lines.line_starts().to_vec();
                part.store.remap_ids(|id| {
                    if id < crate::intern::FIRST_DYNAMIC {
                        return id;
                    }
                    *renumbered
                        .entry(id)
                        .or_insert_with(|| names.intern(self.names.name(CsId(id))).0)
                });
                part
            })
            .collect();
        Lexed::from_chunks(text, &self.profile, names, parts)
    }
}

/// What replacing `old` chunks by `new` ones (whose text is `text`) changed,
/// for an edit of bytes `a..b` of the old chunks (`range` in the document),
/// the first old chunk starting at token `token`. The changed tokens are
/// those of the lines the edit touched: from the start of the line holding
/// its first byte (or of the line before, if a CR ends that one) to the end
/// of the line holding its last byte.
#[allow(clippy::too_many_arguments)]
fn change_of(
    old: &[&Entry],
    new: &[Entry],
    text: &[u8],
    a: usize,
    b: usize,
    range: &Range<u32>,
    inserted: usize,
    token: usize,
) -> Change {
    let old_len: usize = old.iter().map(|c| c.text.len()).sum();
    // Line ends in the old text, found chunk by chunk.
    let old_byte = |i: usize| -> u8 {
        let mut i = i;
        for c in old {
            if i < c.text.len() {
                return c.text[i];
            }
            i -= c.text.len();
        }
        0
    };
    let is_end = |x: u8| x == b'\n' || x == b'\r';
    let mut line_start = a;
    while line_start > 0 && !is_end(old_byte(line_start - 1)) {
        line_start -= 1;
    }
    if line_start > 0
        && line_start < old_len
        && old_byte(line_start - 1) == b'\r'
        && old_byte(line_start) == b'\n'
    {
        line_start -= 1;
        while line_start > 0 && !is_end(old_byte(line_start - 1)) {
            line_start -= 1;
        }
    }
    if line_start > 0 && old_byte(line_start - 1) == b'\r' {
        line_start -= 1;
        while line_start > 0 && !is_end(old_byte(line_start - 1)) {
            line_start -= 1;
        }
    }
    let mut old_end = b;
    while old_end < old_len && !is_end(old_byte(old_end)) {
        old_end += 1;
    }
    if old_end < old_len {
        old_end += if old_byte(old_end) == b'\r'
            && old_end + 1 < old_len
            && old_byte(old_end + 1) == b'\n'
        {
            2
        } else {
            1
        };
    }
    let new_end = (old_end as i64 + text.len() as i64 - old_len as i64) as usize;
    let before = tokens_before(old.iter().copied(), line_start, false);
    let old_through = tokens_before(old.iter().copied(), old_end, true);
    let new_through = tokens_before(new, new_end, true);
    Change {
        old_bytes: range.start..range.end,
        new_bytes: range.start..range.start + inserted as u32,
        first_token: token + before,
        old_tokens: old_through - before,
        new_tokens: new_through - before,
        relexed_bytes: text.len(),
        relexed_tokens: new.iter().map(|c| c.tokens).sum(),
    }
}

/// Tokens of consecutive chunks in records ending at or before `offset`
/// (relative to the first chunk's start; `offset` is a line start or end).
fn tokens_before<'a>(
    chunks: impl IntoIterator<Item = &'a Entry>,
    offset: usize,
    empty_at_offset: bool,
) -> usize {
    let mut tokens = 0;
    let mut base = 0usize;
    for chunk in chunks {
        let len = chunk.text.len();
        if base + len < offset || (base + len == offset && empty_at_offset) {
            tokens += chunk.tokens;
        } else {
            let local = (offset - base) as u32;
            tokens += chunk.lexed.store.tokens_before(
                &chunk.text,
                local,
                empty_at_offset,
                chunk.bytes_model,
            );
            break;
        }
        base += len;
    }
    tokens
}

/// A record moved by `delta` bytes.
fn shifted(record: &Record, delta: i64) -> Record {
    let mv = |s: crate::Span| {
        crate::Span::new(
            (i64::from(s.start) + delta) as u32,
            (i64::from(s.end) + delta) as u32,
        )
    };
    match *record {
        Record::Token(t) => Record::Token(Token {
            span: mv(t.span),
            ..t
        }),
        Record::Trivia(t) => Record::Trivia(crate::Trivia {
            span: mv(t.span),
            ..t
        }),
    }
}

/// Cuts `text` into stretches of whole lines of about [`CHUNK_TARGET`]
/// bytes (never inside a CRLF); an empty text is one empty stretch.
fn split_lines(text: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / CHUNK_TARGET + 1);
    let mut start = 0;
    while start < text.len() {
        let target = start + CHUNK_TARGET;
        let end = if target >= text.len() {
            text.len()
        } else {
            match memchr::memchr2(b'\n', b'\r', &text[target..]) {
                Some(i) => {
                    let t = target + i;
                    if text[t] == b'\r' && text.get(t + 1) == Some(&b'\n') {
                        t + 2
                    } else {
                        t + 1
                    }
                }
                None => text.len(),
            }
        };
        out.push(start..end);
        start = end;
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// Groups chunks into blocks of at most [`BLOCK_MAX`] / 2 chunks.
fn blocks_of(chunks: Vec<Entry>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current = Block::default();
    for chunk in chunks {
        current.chunks.push(chunk);
        if current.chunks.len() == BLOCK_MAX / 2 {
            current.recount();
            blocks.push(std::mem::take(&mut current));
        }
    }
    if !current.chunks.is_empty() || blocks.is_empty() {
        current.recount();
        blocks.push(current);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Regime, TokenKind, lex};
    use proptest::prelude::*;

    /// Records with names in place of ids (ids of names first seen after
    /// an edit differ from a fresh lex's; names do not).
    fn named(
        records: impl Iterator<Item = Record>,
        name: impl Fn(CsId) -> Vec<u8>,
    ) -> Vec<(Record, Vec<u8>)> {
        records
            .map(|r| {
                let n = match r {
                    Record::Token(Token {
                        kind: TokenKind::Cs(id) | TokenKind::Verbatim { env: id },
                        ..
                    }) => name(id),
                    _ => Vec::new(),
                };
                let r = match r {
                    Record::Token(Token {
                        kind: TokenKind::Cs(_),
                        span,
                    }) => Record::Token(Token {
                        kind: TokenKind::Cs(CsId(0)),
                        span,
                    }),
                    Record::Token(Token {
                        kind: TokenKind::Verbatim { .. },
                        span,
                    }) => Record::Token(Token {
                        kind: TokenKind::Verbatim { env: CsId(0) },
                        span,
                    }),
                    r => r,
                };
                (r, n)
            })
            .collect()
    }

    /// The bytes a generated edit `(at, len)` replaces: `at` wrapped to the
    /// document's length, `len` cut at its end.
    fn edit_range(doc: &Document, at: u16, len: u16) -> Range<u32> {
        let total = doc.len();
        let start = u32::from(at) % (total + 1);
        start..(start + u32::from(len)).min(total)
    }

    /// Applies `edits` (offset, length, text: offsets are taken modulo the
    /// current length), checking the document against a fresh lex after
    /// each.
    fn edit_and_check(
        doc: &mut Document,
        edits: Vec<(u16, u16, Vec<u8>)>,
    ) -> Result<(), TestCaseError> {
        for (at, len, insert) in edits {
            let _ = doc.edit(edit_range(doc, at, len), &insert);
            assert_fresh(doc)?;
        }
        Ok(())
    }

    fn assert_fresh(doc: &Document) -> Result<(), TestCaseError> {
        let text = doc.text();
        let fresh = crate::lex_with(&text, doc.profile(), &doc.options);
        prop_assert_eq!(
            named(doc.records().into_iter(), |id| doc.name(id).to_vec()),
            named(fresh.records(), |id| fresh.name(id).to_vec())
        );
        prop_assert_eq!(doc.diagnostics(), fresh.diagnostics().collect::<Vec<_>>());
        prop_assert_eq!(doc.line_count(), fresh.line_count());
        prop_assert_eq!(doc.token_count(), fresh.tokens().count());
        for offset in (0..=text.len() as u32)
            .step_by(7)
            .chain([text.len() as u32])
        {
            prop_assert_eq!(doc.position(offset).unwrap(), fresh.position(offset));
            let lsp = doc.lsp_position(offset).unwrap();
            prop_assert_eq!(lsp, fresh.line_index().lsp_position(&text, offset));
        }
        // One cursor over every offset in order, across chunks, then
        // scrambled, then past the end.
        let mut positions = doc.positions();
        let n = text.len() as u32 + 1;
        for offset in (0..n).chain((0..n).map(|k| k * 5 % n)) {
            prop_assert_eq!(positions.position(offset).unwrap(), fresh.position(offset));
        }
        prop_assert!(positions.position(n).is_err());
        // Cached totals are what counting them again gives.
        let mut recounted = doc.clone();
        for block in &mut recounted.blocks {
            block.recount();
        }
        recounted.refresh_from(0);
        let totals = |d: &Document| {
            let blocks: Vec<_> = d.blocks.iter().map(|b| Before::default().then(b)).collect();
            (blocks, d.starts.clone())
        };
        prop_assert_eq!(totals(doc), totals(&recounted));
        // The Lexed view equals the fresh lex too.
        let view = doc.to_lexed(&text);
        prop_assert_eq!(
            named(view.records(), |id| view.name(id).to_vec()),
            named(fresh.records(), |id| fresh.name(id).to_vec())
        );
        prop_assert_eq!(view.line_index(), fresh.line_index());
        Ok(())
    }

    fn piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            Just(b"\\".to_vec()),
            Just(b"%".to_vec()),
            Just(b"{".to_vec()),
            Just(b"}".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\r".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\n\n".to_vec()),
            Just(b"^^".to_vec()),
            Just(b"^^41".to_vec()),
            Just(b"ab".to_vec()),
            Just(b" ".to_vec()),
            Just("é".as_bytes().to_vec()),
            Just("😀".as_bytes().to_vec()),
            Just(vec![0xFF]),
            Just(vec![0xC3]),
            Just(b"\\foo ".to_vec()),
            Just(b"".to_vec()),
        ]
    }

    fn initial() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(piece(), 0..400).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// After any sequence of edits the document equals a fresh lex of
        /// its text; rejected edits change nothing.
        #[test]
        fn edits_equal_fresh_lex(text in initial(),
                                 edits in proptest::collection::vec((any::<u16>(), 0u16..40, piece()), 1..25),
                                 regime in proptest::sample::select(Regime::ALL.to_vec())) {
            let profile = Profile::new(regime);
            let mut doc = Document::new(&text, &profile).unwrap();
            assert_fresh(&doc)?;
            for (at, len, insert) in edits {
                let Range { start, end } = edit_range(&doc, at, len);
                let before = doc.text();
                match doc.edit(start..end, &insert) {
                    Ok(change) => {
                        let mut expected = before.clone();
                        expected.splice(start as usize..end as usize, insert.iter().copied());
                        prop_assert_eq!(doc.text(), expected);
                        prop_assert!(change.first_token + change.new_tokens <= doc.token_count());
                    }
                    Err(_) => prop_assert_eq!(doc.text(), before),
                }
                assert_fresh(&doc)?;
            }
        }

        /// The changed-token report is right: tokens outside it are the
        /// same before and after (those after shifted by the size change).
        #[test]
        fn change_reports_cover_every_changed_token(text in initial(), at in any::<u16>(), len in 0u16..30, insert in piece()) {
            let profile = Profile::new(Regime::Latex);
            let mut doc = Document::new(&text, &profile).unwrap();
            let old: Vec<Token> = doc.records().into_iter().filter_map(|r| match r { Record::Token(t) => Some(t), _ => None }).collect();
            let Range { start, end } = edit_range(&doc, at, len);
            let Ok(change) = doc.edit(start..end, &insert) else { return Ok(()); };
            let new: Vec<Token> = doc.records().into_iter().filter_map(|r| match r { Record::Token(t) => Some(t), _ => None }).collect();
            let delta = insert.len() as i64 - i64::from(end - start);
            prop_assert_eq!(&old[..change.first_token], &new[..change.first_token]);
            let old_rest = &old[change.first_token + change.old_tokens..];
            let new_rest = &new[change.first_token + change.new_tokens..];
            prop_assert_eq!(old_rest.len(), new_rest.len());
            for (a, b) in old_rest.iter().zip(new_rest) {
                prop_assert_eq!((i64::from(a.span.start) + delta) as u32, b.span.start);
                if !matches!(a.kind, TokenKind::Cs(_)) { prop_assert_eq!(a.kind, b.kind); }
            }
        }
    }

    fn tracked_piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            3 => piece(),
            1 => Just(b"\\makeatletter ".to_vec()),
            1 => Just(b"\\makeatother ".to_vec()),
            1 => Just(b"\\catcode`\\@=11 ".to_vec()),
            1 => Just(b"\\ExplSyntaxOn ".to_vec()),
            1 => Just(b"\\ExplSyntaxOff ".to_vec()),
            1 => Just(b"\\begin{verbatim}".to_vec()),
            1 => Just(b"\\end{verbatim}".to_vec()),
            1 => Just(b"\\verb|".to_vec()),
            1 => Just(b"|".to_vec()),
            1 => Just(b"\\a@b:c ".to_vec()),
            1 => Just(b"\\begingroup ".to_vec()),
            1 => Just(b"\\endgroup ".to_vec()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// With tracking (and verbatim), any edit sequence — toggling
        /// `\makeatletter`, opening and closing verbatim environments,
        /// groups — leaves the document equal to a fresh tracked lex.
        #[test]
        fn tracked_edits_equal_fresh_lex(
            text in proptest::collection::vec(tracked_piece(), 0..150).prop_map(|v| v.concat()),
            edits in proptest::collection::vec((any::<u16>(), 0u16..30, tracked_piece()), 1..15),
            verbatim in any::<bool>(),
        ) {
            let profile = Profile::new(Regime::Latex);
            let mut options = LexOptions::tracking();
            options.verbatim = verbatim;
            let mut doc = Document::with_options(&text, &profile, &options).unwrap();
            assert_fresh(&doc)?;
            for (at, len, insert) in edits {
                let Range { start, end } = edit_range(&doc, at, len);
                let before = doc.text();
                if doc.edit(start..end, &insert).is_err() {
                    prop_assert_eq!(doc.text(), before);
                }
                assert_fresh(&doc)?;
            }
        }
    }

    fn group_piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            4 => piece(),
            2 => Just(b"{".to_vec()),
            2 => Just(b"}".to_vec()),
            1 => Just(b"\\begingroup ".to_vec()),
            1 => Just(b"\\endgroup ".to_vec()),
            1 => Just(b"\\begin{x}".to_vec()),
            1 => Just(b"\\end{x}".to_vec()),
            1 => Just(b"\\begin{verbatim}".to_vec()),
            1 => Just(b"\\end{verbatim}".to_vec()),
            1 => Just(b"\\def\\y{".to_vec()),
            1 => Just(b"\\a@b ".to_vec()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// Without catcode assignments, a change of group nesting is
        /// compared without the save stack's depth: still equal to a fresh
        /// lex; and an edit that brings the first assignment is right too.
        #[test]
        fn group_edits_without_assignments_equal_fresh_lex(
            text in proptest::collection::vec(group_piece(), 0..150).prop_map(|v| v.concat()),
            edits in proptest::collection::vec(
                (any::<u16>(), 0u16..20, prop_oneof![9 => group_piece(), 1 => Just(b"\\makeatletter ".to_vec())]),
                1..15),
        ) {
            let profile = Profile::new(Regime::Latex);
            let options = LexOptions::tracking_with_verbatim();
            let mut doc = Document::with_options(&text, &profile, &options).unwrap();
            edit_and_check(&mut doc, edits)?;
        }
    }

    /// `\begin` ends a line and its `{verbatim}` opens the next, with no
    /// `\end`: the diagnostic points at the `\begin`, which lies in the
    /// line before the body, also after an edit re-lexes the second line.
    #[test]
    fn unterminated_verbatim_begun_on_the_line_before() {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking_with_verbatim();
        let text = b"x\n\\begin\n{verbatim} body\nmore\n";
        let mut doc = Document::with_options(text, &profile, &options).unwrap();
        let unterminated = |doc: &Document| -> Vec<crate::Span> {
            doc.diagnostics()
                .into_iter()
                .filter(|d| d.kind == crate::DiagnosticKind::UnterminatedVerbatim)
                .map(|d| d.span)
                .collect()
        };
        let begin = crate::Span::new(2, 8);
        assert_eq!(unterminated(&doc), [begin]);
        // Typing in the body, on the `{verbatim}` line and after.
        doc.edit(21..21, b"y").unwrap();
        doc.edit(27..27, b"z").unwrap();
        assert_eq!(unterminated(&doc), [begin]);
        assert_fresh(&doc).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// A preamble that assigns catcodes (at the outer level and inside
        /// groups), then a body edited with braces, groups, environments and
        /// now and then an assignment: states are compared without their
        /// depth only where that is sound, and the document always equals a
        /// fresh lex.
        #[test]
        fn group_edits_after_assignments_equal_fresh_lex(
            preamble in proptest::collection::vec(prop_oneof![
                3 => group_piece(),
                1 => Just(b"\\makeatletter\n".to_vec()),
                1 => Just(b"{\\catcode`\\~=12 }".to_vec()),
                1 => Just(b"\\begingroup\\makeatother ".to_vec()),
            ], 0..30).prop_map(|v| v.concat()),
            body in proptest::collection::vec(group_piece(), 0..120).prop_map(|v| v.concat()),
            edits in proptest::collection::vec(
                (any::<u16>(), 0u16..20, prop_oneof![
                    12 => group_piece(),
                    1 => Just(b"\\makeatother ".to_vec()),
                    1 => Just(b"\\catcode`\\@=12 ".to_vec()),
                ]),
                1..20),
        ) {
            let profile = Profile::new(Regime::Latex);
            let options = LexOptions::tracking_with_verbatim();
            let text = [preamble, body].concat();
            let mut doc = Document::with_options(&text, &profile, &options).unwrap();
            edit_and_check(&mut doc, edits)?;
        }
    }

    /// Stale depths must never precede an assignment: a `{` makes the
    /// depths stored after it stale, an assignment is added later on, then
    /// the `{` goes again. Without a full re-lex when the assignment came,
    /// the last edit would stop at a stale state equal to its own, and the
    /// final `}` would wrongly restore `@` to a letter.
    #[test]
    fn an_assignment_after_stale_depths_relexes_all() {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking();
        let lines: Vec<String> = (0..12).map(|i| format!("line {i:02} x\n")).collect();
        let text = format!("\\makeatletter\n{}}}\\a@b\n", lines.concat());
        let mut doc = Document::with_options(text.as_bytes(), &profile, &options).unwrap();
        let at = |doc: &Document, needle: &str| -> u32 {
            let text = doc.text();
            let pos = text
                .windows(needle.len())
                .position(|w| w == needle.as_bytes());
            pos.expect("needle in text") as u32
        };
        let brace = at(&doc, "line 01");
        doc.edit(brace..brace, b"{").unwrap();
        assert_fresh(&doc).unwrap();
        let assignment = at(&doc, "line 08");
        doc.edit(assignment..assignment, b"\\makeatother ").unwrap();
        assert_fresh(&doc).unwrap();
        doc.edit(brace..brace + 1, b"").unwrap();
        assert_fresh(&doc).unwrap();
        // `\makeatother` is now global: `\a@b` after the `}` is `\a`, `@`, `b`.
        let tail: Vec<Vec<u8>> = doc
            .records()
            .into_iter()
            .filter_map(|r| match r {
                Record::Token(Token {
                    kind: TokenKind::Cs(id),
                    ..
                }) => Some(doc.name(id).to_vec()),
                _ => None,
            })
            .collect();
        assert_eq!(tail.last().map(Vec::as_slice), Some(&b"a"[..]));
    }

    /// Stale depths after an edit matter only to assignments after them:
    /// an edit before them, even in a chunk that assigns, stays local.
    #[test]
    fn an_assignment_before_stale_depths_stays_local() {
        let profile = Profile::new(Regime::Latex);
        let options = LexOptions::tracking();
        let lines: Vec<String> = (0..12).map(|i| format!("line {i:02} x\n")).collect();
        let text = format!("\\makeatletter\n{}\\a@b\n", lines.concat());
        let mut doc = Document::with_options(text.as_bytes(), &profile, &options).unwrap();
        let brace = doc.text().windows(7).position(|w| w == b"line 05").unwrap() as u32;
        doc.edit(brace..brace, b"{").unwrap();
        assert_fresh(&doc).unwrap();
        assert!(
            doc.stale_from.is_some(),
            "the `{{` left stale depths after it"
        );
        // An edit in the chunk holding `\makeatletter`, ahead of them.
        let change = doc.edit(13..13, b" ").unwrap();
        assert_fresh(&doc).unwrap();
        assert!(
            change.relexed_bytes < 40,
            "re-lexed {} of {} bytes",
            change.relexed_bytes,
            doc.len()
        );
        // The same edit after the stale depths re-lexes everything.
        let late = doc.text().windows(7).position(|w| w == b"line 09").unwrap() as u32;
        let change = doc.edit(late..late, b"\\makeatother ").unwrap();
        assert_fresh(&doc).unwrap();
        assert_eq!(change.relexed_bytes, doc.len() as usize);
        assert_eq!(doc.stale_from, None);
    }

    #[test]
    fn bad_edits_are_errors_and_change_nothing() {
        let profile = Profile::new(Regime::Latex);
        let mut doc = Document::new("é\n😀\n".as_bytes(), &profile).unwrap();
        let text = doc.text();
        assert!(
            doc.edit(1..1, b"x")
                .unwrap_err()
                .to_string()
                .contains("inside a UTF-8 sequence")
        );
        assert!(doc.edit(4..5, b"x").is_err());
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 3..2;
        assert!(doc.edit(backwards, b"x").is_err());
        assert!(doc.edit(0..100, b"x").is_err());
        let past = LspPosition {
            line: 9,
            character: 0,
        };
        assert!(doc.edit_lsp(Some((past, past)), "x").is_err());
        assert_eq!(doc.text(), text);
        // Past the end of a line clamps; UTF-16 columns count the emoji twice.
        let end_of_line = LspPosition {
            line: 0,
            character: 99,
        };
        doc.edit_lsp(Some((end_of_line, end_of_line)), "!").unwrap();
        assert_eq!(doc.text(), "é!\n😀\n".as_bytes());
        let after_emoji = LspPosition {
            line: 1,
            character: 2,
        };
        doc.edit_lsp(Some((after_emoji, after_emoji)), "?").unwrap();
        assert_eq!(doc.text(), "é!\n😀?\n".as_bytes());
        doc.edit_lsp(None, "new").unwrap();
        assert_eq!(doc.text(), b"new");
    }

    #[test]
    fn queries_by_range_line_and_position() {
        let profile = Profile::new(Regime::Latex);
        let text = "\\a b\n{c}\n".repeat(2000);
        let doc = Document::new(text.as_bytes(), &profile).unwrap();
        let fresh = lex(text.as_bytes(), &profile);
        let all: Vec<Token> = fresh.tokens().collect();
        let middle = text.len() as u32 / 2;
        let got = doc.tokens_in(middle..middle + 20);
        let expected: Vec<Token> = all
            .iter()
            .copied()
            .filter(|t| t.span.end > middle && t.span.start < middle + 20)
            .collect();
        assert_eq!(
            got.iter().map(|t| t.span).collect::<Vec<_>>(),
            expected.iter().map(|t| t.span).collect::<Vec<_>>()
        );
        let line = doc.tokens_in_lines(1001..1002);
        assert_eq!(line.len(), 4); // `{`, `c`, `}`, space
        assert_eq!(
            doc.token_at(middle).map(|t| t.span),
            all.iter()
                .find(|t| t.span.start <= middle && middle < t.span.end)
                .map(|t| t.span)
        );
    }
}
