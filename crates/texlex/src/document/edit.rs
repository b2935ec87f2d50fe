//! The edit algorithm: checking an edit, splicing it into the chunks it
//! touches, re-lexing them (with tracking, on until the state at a chunk
//! start converges) and computing the [`Change`] it reports.

use std::ops::Range;

use crate::line_end;
use std::sync::Arc;

use crate::buffer::decode_lossy;
use crate::engine::EngineState;
use crate::pos::LspPosition;

use super::tree::{Entry, Place, blocks_of};
use super::{Change, Document, EditError};

impl Document {
    /// Replaces bytes `range` of the text by `text`; the tokens follow.
    ///
    /// # Errors
    /// [`EditError::RangeReversed`], [`EditError::RangeBeyondText`],
    /// [`EditError::InsideCharacter`] (an end of `range` falls inside a
    /// UTF-8 character) or [`EditError::TooLarge`]; the document is then
    /// unchanged.
    ///
    /// ```
    /// use texlex::{EditError, Lexer, Regime};
    /// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"a{b}\n").unwrap();
    /// let change = doc.edit(2..3, b"xy").unwrap();
    /// assert_eq!(doc.text(), b"a{xy}\n");
    /// assert_eq!((change.old_bytes, change.new_bytes), (2..3, 2..4));
    /// assert!(matches!(doc.edit(9..9, b""), Err(EditError::RangeBeyondText { end: 9, len: 6 })));
    /// ```
    pub fn edit(&mut self, range: Range<u32>, text: &[u8]) -> Result<Change, EditError> {
        let len = self.len();
        if range.start > range.end {
            return Err(EditError::RangeReversed {
                start: range.start,
                end: range.end,
            });
        }
        if range.end > len {
            return Err(EditError::RangeBeyondText {
                end: range.end,
                len,
            });
        }
        let new_len = len as usize - range.len() + text.len();
        if u32::try_from(new_len).is_err() {
            return Err(EditError::TooLarge {
                len: new_len as u64,
            });
        }
        let first = self.place_of_offset(range.start);
        let end = if range.end == range.start {
            first
        } else {
            self.place_of_offset(range.end)
        };
        for (offset, place) in [(range.start, first), (range.end, end)] {
            if self.inside_character(place, offset) {
                return Err(EditError::InsideCharacter { offset });
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
    ///
    /// # Errors
    /// [`EditError::LineBeyondDocument`] for a position past the last line,
    /// [`EditError::LspRangeReversed`], or what [`Document::edit`] reports.
    ///
    /// ```
    /// use texlex::{EditError, Lexer, LspPosition, Regime};
    /// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document("😀\nb\n".as_bytes()).unwrap();
    /// // The emoji is two UTF-16 code units.
    /// let at = LspPosition { line: 0, character: 2 };
    /// doc.edit_lsp(Some((at, at)), "!").unwrap();
    /// assert_eq!(doc.text(), "😀!\nb\n".as_bytes());
    /// let past = LspPosition { line: 7, character: 0 };
    /// let error = doc.edit_lsp(Some((past, past)), "x").unwrap_err();
    /// assert_eq!(error, EditError::LineBeyondDocument { line: 7, lines: 3 });
    /// ```
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
                    return Err(EditError::LspRangeReversed { start, end });
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
            let ends_open = !line_end::ends_with_terminator(&text);
            let cr_meets_lf = to < total && line_end::splits_crlf(&text, &self.flat(to).text);
            if to < total && (ends_open || cr_meets_lf || text.is_empty()) {
                text.extend_from_slice(&self.flat(to).text);
                to += 1;
                continue;
            }
            let lf_after_cr = from > 0 && line_end::splits_crlf(&self.flat(from - 1).text, &text);
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
            let start = Arc::new(EngineState::initial(&self.profile, &self.options));
            let chunks = self.lex_tracked(&text, start, true).0;
            self.blocks = blocks_of(chunks);
            self.refresh_from(0);
            self.stale_from = None;
            (change.relexed_bytes, change.relexed_tokens) = (text.len(), self.token_count());
        }
        change
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
    let mut line_start = line_end::line_start_with(old_len, a, old_byte);
    // A lone CR ending the line before may meet an LF the edit inserts at
    // the line's start: their line changes too.
    if line_start > 0 && old_byte(line_start - 1) == line_end::CR {
        line_start = line_end::line_start_with(old_len, line_start - 1, old_byte);
    }
    let old_end = line_end::line_end_with(old_len, b, old_byte);
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
