//! The block tree: chunks sit in blocks that cache their totals (bytes,
//! lines, tokens, chunks and, with tracking, their effect on the save
//! stack's depth and how many of their chunks assign catcodes), and the
//! document keeps the running totals before each block, so that a chunk is
//! found by offset, line or chunk index with a binary search over the
//! blocks and a scan of one block. Also: replacing chunks and keeping those
//! totals right.

use std::ops::Range;
use std::sync::Arc;

use crate::engine::EngineState;
use crate::track::DepthEffect;

use super::Document;
use super::chunk::DocChunk;

/// A block holds at most this many chunks.
pub(super) const BLOCK_MAX: usize = if cfg!(test) { 4 } else { 512 };

/// A chunk's own counts: its bytes, the lines that start in it and its
/// tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Counts {
    pub(super) bytes: u32,
    pub(super) lines: u32,
    pub(super) tokens: u32,
}

/// A chunk and its counts (kept next to each other, so that scanning a
/// block for an offset does not visit every chunk).
#[derive(Clone, Debug)]
pub(super) struct Entry {
    pub(super) counts: Counts,
    /// The chunk's depth effect and whether it assigns catcodes, kept here
    /// too: block sums read them for every chunk, and should not chase the
    /// box for each.
    pub(super) effect: DepthEffect,
    pub(super) assigns: bool,
    pub(super) chunk: Box<DocChunk>,
}

impl Entry {
    pub(super) fn new(chunk: DocChunk) -> Entry {
        Entry {
            counts: Counts {
                bytes: chunk.len(),
                lines: chunk.lines() as u32,
                tokens: chunk.tokens as u32,
            },
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
pub(super) struct Block {
    pub(super) chunks: Vec<Entry>,
    pub(super) bytes: u64,
    pub(super) lines: u64,
    pub(super) tokens: u64,
    /// With tracking: the block's effect on the save stack's depth, and how
    /// many of its chunks assign catcodes.
    pub(super) effect: DepthEffect,
    pub(super) assigning_chunks: usize,
}

impl Block {
    /// Replaces chunks `range` by `new`, updating the totals by what
    /// changed rather than reading every chunk of the block again (the
    /// depth effect is folded again only if a chunk coming or going has
    /// one).
    pub(super) fn splice(&mut self, range: Range<usize>, new: Vec<Entry>) {
        let mut effects = false;
        let mut count = |entry: &Entry, sign: i64| {
            let add =
                |total: &mut u64, n: u32| *total = (*total as i64 + sign * i64::from(n)) as u64;
            add(&mut self.bytes, entry.counts.bytes);
            add(&mut self.lines, entry.counts.lines);
            add(&mut self.tokens, entry.counts.tokens);
            self.assigning_chunks =
                (self.assigning_chunks as i64 + sign * i64::from(entry.assigns)) as usize;
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

    pub(super) fn recount(&mut self) {
        let [mut bytes, mut lines, mut tokens] = [0u64; 3];
        let (mut effect, mut assigning_chunks) = (DepthEffect::default(), 0);
        for entry in &self.chunks {
            bytes += u64::from(entry.counts.bytes);
            lines += u64::from(entry.counts.lines);
            tokens += u64::from(entry.counts.tokens);
            effect = effect.then(entry.effect);
            assigning_chunks += usize::from(entry.assigns);
        }
        (self.bytes, self.lines, self.tokens) = (bytes, lines, tokens);
        (self.effect, self.assigning_chunks) = (effect, assigning_chunks);
    }
}

/// Running totals from the document's start: of the blocks before a block
/// (what is needed to place its chunks in the document without walking the
/// blocks before it), or of the whole document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Totals {
    pub(super) bytes: u64,
    /// Lines that start in these blocks.
    pub(super) lines: u64,
    pub(super) tokens: u64,
    pub(super) chunks: usize,
    /// With tracking: the depth of the save stack after these blocks.
    pub(super) depth: u32,
    /// With tracking: how many of their chunks assign catcodes.
    pub(super) assigning_chunks: usize,
}

impl Totals {
    /// These totals followed by `block`'s.
    pub(super) fn then(self, block: &Block) -> Totals {
        Totals {
            bytes: self.bytes + block.bytes,
            lines: self.lines + block.lines,
            tokens: self.tokens + block.tokens,
            chunks: self.chunks + block.chunks.len(),
            depth: block.effect.apply(self.depth),
            assigning_chunks: self.assigning_chunks + block.assigning_chunks,
        }
    }
}

/// Where a chunk is: block, chunk in block, and its start (byte, line and
/// token index) in the document.
#[derive(Clone, Copy, Debug)]
pub(super) struct Place {
    pub(super) block: usize,
    pub(super) chunk: usize,
    pub(super) start: u32,
    pub(super) line: usize,
    pub(super) token: usize,
}

impl Document {
    /// The document's totals.
    pub(super) fn totals(&self) -> Totals {
        let last = self.blocks.len() - 1;
        self.starts[last].then(&self.blocks[last])
    }

    pub(super) fn chunks(&self) -> impl Iterator<Item = &DocChunk> {
        self.blocks
            .iter()
            .flat_map(|b| b.chunks.iter().map(|e| &*e.chunk))
    }

    pub(super) fn last_chunk(&self) -> &DocChunk {
        let block = self.blocks.last().expect("a document has a chunk");
        block.chunks.last().expect("blocks are not empty")
    }

    pub(super) fn chunk(&self, place: Place) -> &DocChunk {
        &self.blocks[place.block].chunks[place.chunk]
    }

    /// The chunk containing byte `offset` (the last chunk for the end).
    pub(super) fn place_of_offset(&self, offset: u32) -> Place {
        self.find(u64::from(offset), |t| t.bytes, |c| c.bytes)
    }

    /// The chunk containing 0-based line `line`.
    pub(super) fn place_of_line(&self, line: usize) -> Place {
        self.find(line as u64, |t| t.lines, |c| c.lines)
    }

    /// The chunk where a running total (of bytes or lines: `total` reads it
    /// in the totals before a block, `count` in a chunk's counts) passes
    /// `target`. Generic, so that each search reads its field directly in
    /// the scan of the block.
    fn find(
        &self,
        target: u64,
        total: impl Fn(&Totals) -> u64,
        count: impl Fn(&Counts) -> u32,
    ) -> Place {
        // The last block starting at or before the target.
        let b = self.starts.partition_point(|s| total(s) <= target).max(1) - 1;
        let before = &self.starts[b];
        let mut place = Place {
            block: b,
            chunk: 0,
            start: before.bytes as u32,
            line: before.lines as usize,
            token: before.tokens as usize,
        };
        let mut seen = total(before);
        let block = &self.blocks[b];
        let last_chunk = block.chunks.len() - 1;
        for (c, entry) in block.chunks.iter().enumerate() {
            let n = u64::from(count(&entry.counts));
            if seen + n > target || c == last_chunk {
                place.chunk = c;
                return place;
            }
            seen += n;
            place.start += entry.counts.bytes;
            place.line += entry.counts.lines as usize;
            place.token += entry.counts.tokens as usize;
        }
        unreachable!("blocks are not empty")
    }

    /// Moves the totals of the blocks after block `b` by how block `b`'s own
    /// totals went from `old` to `new` (the depth at their start is kept).
    fn shift_starts_after(&mut self, b: usize, old: &Totals, new: &Totals) {
        let bytes = new.bytes.wrapping_sub(old.bytes);
        let lines = new.lines.wrapping_sub(old.lines);
        let tokens = new.tokens.wrapping_sub(old.tokens);
        let chunks = new.chunks.wrapping_sub(old.chunks);
        let assigning_chunks = new.assigning_chunks.wrapping_sub(old.assigning_chunks);
        for start in &mut self.starts[b + 1..] {
            start.bytes = start.bytes.wrapping_add(bytes);
            start.lines = start.lines.wrapping_add(lines);
            start.tokens = start.tokens.wrapping_add(tokens);
            start.chunks = start.chunks.wrapping_add(chunks);
            start.assigning_chunks = start.assigning_chunks.wrapping_add(assigning_chunks);
        }
    }

    /// Recomputes `starts` from block `b` on (after block `b` changed).
    pub(super) fn refresh_from(&mut self, b: usize) {
        self.starts.truncate(b);
        let mut before = match b.checked_sub(1) {
            Some(p) => self.starts[p].then(&self.blocks[p]),
            None => Totals::default(),
        };
        for block in &self.blocks[b..] {
            self.starts.push(before);
            before = before.then(block);
        }
    }

    /// With tracking: the state at the start of flat chunk `i`.
    pub(super) fn start_of(&self, i: usize) -> &Arc<EngineState> {
        self.flat(i)
            .start
            .as_ref()
            .expect("tracked chunks know their start")
    }

    /// How many chunks from flat index `from` on assign catcodes.
    pub(super) fn assignments_from(&self, from: usize) -> usize {
        let (b, c) = self.locate(from);
        let Some(block) = self.blocks.get(b) else {
            return 0;
        };
        let before_in_block = block.chunks[..c].iter().filter(|e| e.assigns).count();
        self.totals().assigning_chunks - self.starts[b].assigning_chunks - before_in_block
    }

    /// The depth of the save stack at the start of flat chunk `i`.
    pub(super) fn depth_before(&self, i: usize) -> u32 {
        let (b, c) = self.locate(i);
        let Some(block) = self.blocks.get(b) else {
            return self.totals().depth;
        };
        block.chunks[..c]
            .iter()
            .fold(self.starts[b].depth, |depth, e| e.effect.apply(depth))
    }

    pub(super) fn chunk_count(&self) -> usize {
        self.totals().chunks
    }

    /// The position of a place in the flat list of chunks.
    pub(super) fn flat_index(&self, place: Place) -> usize {
        self.starts[place.block].chunks + place.chunk
    }

    /// Block and index in block of flat chunk `i` (`(blocks, 0)` past the
    /// last chunk).
    pub(super) fn locate(&self, i: usize) -> (usize, usize) {
        let b = self.starts.partition_point(|s| s.chunks <= i).max(1) - 1;
        let c = i - self.starts[b].chunks;
        if c < self.blocks[b].chunks.len() {
            (b, c)
        } else {
            (self.blocks.len(), 0)
        }
    }

    pub(super) fn entry(&self, i: usize) -> &Entry {
        let (b, c) = self.locate(i);
        &self.blocks[b].chunks[c]
    }

    pub(super) fn flat(&self, i: usize) -> &DocChunk {
        self.entry(i)
    }

    /// Replaces flat chunks `range` by `new` and refreshes the running
    /// totals from the first block touched. The document must keep at
    /// least one chunk.
    pub(super) fn splice_chunks(&mut self, range: Range<usize>, new: Vec<Entry>) {
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
            let old = Totals::default().then(block);
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
                    let new = Totals::default().then(block);
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
}

/// Groups chunks into blocks of at most [`BLOCK_MAX`] / 2 chunks.
pub(super) fn blocks_of(chunks: Vec<Entry>) -> Vec<Block> {
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
