//! Line index and positions: byte offsets ↔ (line, column), for editors and
//! diagnostics.
//!
//! A line terminator is LF, CR, or CRLF (CRLF is one terminator). Line starts
//! are 0 and the offset after every terminator, including a final one: the
//! text `"a\n"` has two lines, and offset 2 is line 2, column 1.
//!
//! Columns come in three units:
//!
//! - characters (1-based [`Position::col`]), for humans;
//! - UTF-16 code units (0-based [`Position::utf16_col`], [`LspPosition`]),
//!   for the Language Server Protocol;
//! - bytes (0-based [`Position::byte_col`]).
//!
//! Characters are counted over the text as [`String::from_utf8_lossy`] would
//! decode it: every valid UTF-8 character is one character, and every maximal
//! ill-formed subpart is one character too (one U+FFFD, one UTF-16 unit).

use std::ops::Range;

use crate::line_end;

/// Where every line starts, for turning byte offsets into positions and back.
///
/// Queries take the text the index was built from; they do not allocate.
/// Finding the line is a binary search, and columns cost one pass over the
/// line up to the offset ([`LineIndex::positions`] makes many positions
/// asked in order cost one pass in all).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LineIndex {
    starts: Vec<u32>,
    len: u32,
}

/// A position for humans, with columns in three units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// 0-based column, in UTF-16 code units.
    pub utf16_col: u32,
    /// 0-based column, in bytes from the start of the line.
    pub byte_col: u32,
}

/// A position as the Language Server Protocol wants it: 0-based line and
/// 0-based UTF-16 column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct LspPosition {
    /// 0-based line.
    pub line: u32,
    /// 0-based column, in UTF-16 code units.
    pub character: u32,
}

impl LineIndex {
    /// Scans `text` for line starts.
    ///
    /// # Panics
    ///
    /// If `text` is 4 GiB or longer.
    #[cfg(test)]
    pub fn new(text: &[u8]) -> LineIndex {
        let len = u32::try_from(text.len()).expect("text must be shorter than 4 GiB");
        let mut starts = vec![0];
        starts.extend(line_end::LineStarts::new(text, 0, text.len()).map(|s| s as u32));
        LineIndex { starts, len }
    }

    /// Builds an index from line starts collected elsewhere (the lexer
    /// records them while lexing). `starts[0]` must be 0, the starts must be
    /// strictly increasing and at most `len`; this is checked in debug builds.
    /// An empty `starts` is taken as `[0]`.
    pub fn from_starts(mut starts: Vec<u32>, len: u32) -> LineIndex {
        if starts.is_empty() {
            starts.push(0);
        }
        debug_assert_eq!(starts[0], 0, "the first line must start at 0");
        debug_assert!(
            starts.windows(2).all(|w| w[0] < w[1]),
            "line starts must be strictly increasing"
        );
        debug_assert!(
            starts.last().is_some_and(|&s| s <= len),
            "line start past the end"
        );
        LineIndex { starts, len }
    }

    /// The line starts, for reuse.
    pub(crate) fn into_starts(self) -> Vec<u32> {
        self.starts
    }

    /// Number of lines (of line starts); at least 1.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where each line starts, in order; the first is 0.
    pub fn line_starts(&self) -> &[u32] {
        &self.starts
    }

    /// Length in bytes of the indexed text.
    pub fn text_len(&self) -> u32 {
        self.len
    }

    /// The 0-based line containing `offset`. The end of the text belongs to
    /// the last line; an offset past the end is clamped to the end. A line's
    /// terminator belongs to it, so the LF of a CRLF stays on the CR's line.
    pub fn line_of(&self, offset: u32) -> u32 {
        let offset = offset.min(self.len);
        // starts[0] == 0 <= offset, so the partition point is at least 1.
        (self.starts.partition_point(|&s| s <= offset) - 1) as u32
    }

    /// Byte range of the 0-based `line`, without its terminator; `None` past
    /// the last line. `text` must be the indexed text: it tells whether the
    /// terminator is one byte or two.
    pub fn line_range(&self, text: &[u8], line: u32) -> Option<Range<u32>> {
        let line = line as usize;
        let start = *self.starts.get(line)?;
        let Some(&next) = self.starts.get(line + 1) else {
            return Some(start..self.len);
        };
        let end = line_end::terminator_start_before(text, start as usize, next as usize) as u32;
        Some(start..end)
    }

    /// Position of `offset` in `text`, the text the index was built from. An
    /// offset past the end is clamped to the end.
    ///
    /// Columns count the characters that end at or before `offset`: an
    /// offset inside a UTF-8 sequence or an ill-formed subpart has the column
    /// of that character's start, and an offset between the CR and LF of a
    /// CRLF has the column after the CR.
    pub fn position(&self, text: &[u8], offset: u32) -> Position {
        self.positions(text).position(offset)
    }

    /// A cursor for the positions of many offsets of `text`: asked in
    /// increasing order (diagnostics, tokens), each costs the bytes since
    /// the one before on its line, not the line's prefix, so a long line
    /// with an error on every character takes linear time, not quadratic.
    pub fn positions<'a>(&'a self, text: &'a [u8]) -> Positions<'a> {
        Positions {
            index: self,
            text,
            line: 0,
            line_start: 0,
            line_end: 0,
            counted: 0,
            chars: 0,
            utf16: 0,
        }
    }

    /// Position of `offset` for the Language Server Protocol: 0-based line
    /// and UTF-16 column. Same clamping and mid-character rules as
    /// [`position`](Self::position).
    pub fn lsp_position(&self, text: &[u8], offset: u32) -> LspPosition {
        let p = self.position(text, offset);
        LspPosition {
            line: p.line - 1,
            character: p.utf16_col,
        }
    }

    /// Offset of 1-based `line` and 1-based character `col`. A column past
    /// the end of the line clamps to the line's end (before its terminator);
    /// column 0 is taken as 1. Line 0 or past the last line gives `None`.
    #[cfg(test)]
    pub fn offset_of(&self, text: &[u8], line: u32, col: u32) -> Option<u32> {
        let range = self.line_range(text, line.checked_sub(1)?)?;
        let want = col.saturating_sub(1);
        Some(advance(text, range, want, |_| 1))
    }

    /// Offset of an LSP position: 0-based line and UTF-16 character. A
    /// character past the end of the line clamps to the line's end; one that
    /// falls inside a surrogate pair maps to the start of that character. A
    /// line past the last gives `None`.
    pub fn offset_of_lsp(&self, text: &[u8], pos: LspPosition) -> Option<u32> {
        let range = self.line_range(text, pos.line)?;
        Some(advance(text, range, pos.character, |w| w))
    }
}

/// Characters and UTF-16 units of the lossy decoding of `window` that end at
/// or before `off`, and where the last of them ends.
fn count_prefix(window: &[u8], off: usize) -> (u32, u32, usize) {
    if window[..off].is_ascii() {
        return (off as u32, off as u32, off);
    }
    let (mut chars, mut utf16) = (0, 0);
    let (mut pos, mut consumed) = (0, 0);
    for chunk in window.utf8_chunks() {
        let valid = chunk.valid();
        let take = if pos + valid.len() <= off {
            valid.len()
        } else {
            let mut k = off - pos;
            while !valid.is_char_boundary(k) {
                k -= 1;
            }
            k
        };
        let (c, u) = count_valid(&valid.as_bytes()[..take]);
        chars += c;
        utf16 += u;
        consumed = pos + take;
        pos += valid.len();
        if pos >= off {
            break;
        }
        let invalid = chunk.invalid().len();
        if pos + invalid <= off {
            chars += 1;
            utf16 += 1;
            consumed = pos + invalid;
        }
        pos += invalid;
        if pos >= off {
            break;
        }
    }
    (chars, utf16, consumed)
}

/// Positions of offsets asked mostly in increasing order (from
/// [`Lexed::positions`](crate::Lexed::positions)): each costs the bytes
/// since the one before on its line, so a long line with an error on
/// every character takes linear time, not quadratic. Asking for an offset
/// before the last one, or on another line, starts again from its line's
/// start.
///
/// ```
/// use texlex::{Lexer, Regime};
/// let lexed = Lexer::new(Regime::Latex).lex("éé\nx".as_bytes())?;
/// let mut positions = lexed.positions();
/// for offset in 0..=5 {
///     assert_eq!(positions.position(offset), lexed.position(offset));
/// }
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Positions<'a> {
    index: &'a LineIndex,
    text: &'a [u8],
    /// The line (0-based) of the last offset asked, and where it starts
    /// and the next one does (0 before the first: every offset is past
    /// that line).
    line: u32,
    line_start: u32,
    line_end: u32,
    /// The end of the last character counted on the line (decoding starts
    /// afresh there, as it does at the line's start), and the characters
    /// and UTF-16 units before it.
    counted: u32,
    chars: u32,
    utf16: u32,
}

impl Positions<'_> {
    /// The length of the text the cursor is over, as its index has it.
    pub(crate) fn text_len(&self) -> u32 {
        self.index.text_len()
    }

    /// The position of `offset`, as [`Lexed::position`](crate::Lexed::position)
    /// gives it.
    pub fn position(&mut self, offset: u32) -> Position {
        let index = self.index;
        let offset = offset.min(index.len);
        if offset < self.counted || offset >= self.line_end {
            let line = index.line_of(offset);
            self.line = line;
            self.line_start = index.starts[line as usize];
            self.line_end = index
                .starts
                .get(line as usize + 1)
                .map_or(u32::MAX, |&next| next);
            (self.counted, self.chars, self.utf16) = (self.line_start, 0, 0);
        }
        // Be robust to a text shorter than the index says.
        let hi = (offset as usize).min(self.text.len());
        let lo = (self.counted as usize).min(hi);
        // Decoding stops a character at the first byte that cannot continue
        // it, so cutting the text one byte past `offset` leaves every
        // character ending at or before `offset` as it is in the whole text
        // (one the cut shortens still ends after `offset`).
        let window = &self.text[lo..(hi + 1).min(self.text.len())];
        let (chars, utf16, consumed) = count_prefix(window, hi - lo);
        self.chars += chars;
        self.utf16 += utf16;
        self.counted = (lo + consumed) as u32;
        Position {
            line: self.line + 1,
            col: self.chars + 1,
            utf16_col: self.utf16,
            byte_col: offset - self.line_start,
        }
    }
}

/// Characters and UTF-16 units in valid UTF-8.
fn count_valid(bytes: &[u8]) -> (u32, u32) {
    let (mut chars, mut astral) = (0, 0);
    for &b in bytes {
        chars += u32::from(b & 0xC0 != 0x80);
        astral += u32::from(b >= 0xF0);
    }
    (chars, chars + astral)
}

/// Offset reached from `range.start` by stepping over whole characters of
/// the lossy decoding, each worth `units(utf16_len)`, while the total stays
/// at most `want`; the line's end if it comes first.
fn advance(text: &[u8], range: Range<u32>, want: u32, units: impl Fn(u32) -> u32) -> u32 {
    let (lo, hi) = (range.start as usize, range.end as usize);
    let line = &text[lo.min(text.len())..hi.min(text.len())];
    let want_bytes = want as usize;
    // ASCII fast path: one byte is one unit of either kind.
    if want_bytes <= line.len() && line[..want_bytes].is_ascii() {
        return range.start + want;
    }
    let mut done = 0;
    let mut pos = 0;
    for chunk in line.utf8_chunks() {
        for ch in chunk.valid().chars() {
            let next = done + units(ch.len_utf16() as u32);
            if next > want {
                return range.start + pos as u32;
            }
            done = next;
            pos += ch.len_utf8();
        }
        if !chunk.invalid().is_empty() {
            if done + units(1) > want {
                return range.start + pos as u32;
            }
            done += units(1);
            pos += chunk.invalid().len();
        }
    }
    range.start + pos as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_and_offset_round_trip_across_crlf() {
        use crate::pos::LineIndex;
        let text = "x\r\nné €".as_bytes();
        let index = LineIndex::new(text);
        let p = index.position(text, 7); // just before '€'
        assert_eq!((p.line, p.col, p.utf16_col, p.byte_col), (2, 4, 3, 4));
        assert_eq!(index.offset_of(text, 2, 4), Some(7));
    }

    #[test]
    fn line_starts_after_lf_cr_and_crlf() {
        use crate::pos::LineIndex;
        let text = b"a\nb\rc\r\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_starts(), &[0, 2, 4, 7]);
        assert_eq!(index.line_of(5), 2);
    }

    #[test]
    fn columns_in_characters_utf16_units_and_bytes() {
        use crate::pos::{LineIndex, Position};
        let text = "é😀x".as_bytes();
        let p = LineIndex::new(text).position(text, 6); // before 'x'
        assert_eq!(
            p,
            Position {
                line: 1,
                col: 3,
                utf16_col: 3,
                byte_col: 6
            }
        );
    }

    #[test]
    fn lsp_position_counts_utf16_units() {
        use crate::pos::{LineIndex, LspPosition};
        let text = "a\n😀b".as_bytes();
        let lsp = LineIndex::new(text).lsp_position(text, 6); // before 'b'
        assert_eq!(
            lsp,
            LspPosition {
                line: 1,
                character: 2
            }
        );
    }

    #[test]
    fn line_starts_of_empty_and_terminated_texts() {
        use crate::pos::LineIndex;
        assert_eq!(LineIndex::new(b"").line_starts(), &[0]);
        assert_eq!(LineIndex::new(b"a\n").line_starts(), &[0, 2]);
        assert_eq!(LineIndex::new(b"a\r\n\rb").line_starts(), &[0, 3, 4]);
    }

    #[test]
    fn index_from_starts_equals_a_scan() {
        use crate::pos::LineIndex;
        let text = b"ab\ncd";
        assert_eq!(LineIndex::from_starts(vec![0, 3], 5), LineIndex::new(text));
    }

    #[test]
    fn line_count_includes_the_line_after_a_final_terminator() {
        use crate::pos::LineIndex;
        assert_eq!(LineIndex::new(b"").line_count(), 1);
        assert_eq!(LineIndex::new(b"a\nb").line_count(), 2);
        assert_eq!(LineIndex::new(b"a\nb\n").line_count(), 3);
    }

    #[test]
    fn line_starts_lists_every_line() {
        use crate::pos::LineIndex;
        assert_eq!(LineIndex::new(b"a\rb\r\nc").line_starts(), &[0, 2, 5]);
    }

    #[test]
    fn text_len_is_in_bytes() {
        use crate::pos::LineIndex;
        assert_eq!(LineIndex::new("é\n".as_bytes()).text_len(), 3);
    }

    #[test]
    fn a_terminator_belongs_to_the_line_it_ends() {
        use crate::pos::LineIndex;
        let index = LineIndex::new(b"a\r\nb\n");
        assert_eq!(index.line_of(1), 0); // the CR
        assert_eq!(index.line_of(2), 0); // the LF
        assert_eq!(index.line_of(3), 1); // 'b'
        assert_eq!(index.line_of(5), 2); // the end
        assert_eq!(index.line_of(99), 2);
    }

    #[test]
    fn line_range_leaves_out_the_terminator() {
        use crate::pos::LineIndex;
        let text = b"ab\r\ncd\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_range(text, 0), Some(0..2));
        assert_eq!(index.line_range(text, 1), Some(4..6));
        assert_eq!(index.line_range(text, 2), Some(7..7));
        assert_eq!(index.line_range(text, 3), None);
    }

    #[test]
    fn positions_inside_a_character_take_its_start() {
        use crate::pos::{LineIndex, Position};
        let text = "a\né".as_bytes();
        let index = LineIndex::new(text);
        let p = |o| index.position(text, o);
        assert_eq!(
            p(2),
            Position {
                line: 2,
                col: 1,
                utf16_col: 0,
                byte_col: 0
            }
        );
        assert_eq!(
            p(3),
            Position {
                line: 2,
                col: 1,
                utf16_col: 0,
                byte_col: 1
            }
        ); // inside 'é'
        assert_eq!(
            p(4),
            Position {
                line: 2,
                col: 2,
                utf16_col: 1,
                byte_col: 2
            }
        );
    }

    #[test]
    fn positions_cursor_equals_single_positions() {
        use crate::pos::LineIndex;
        let text = "éé\nx".as_bytes();
        let index = LineIndex::new(text);
        let mut positions = index.positions(text);
        for offset in 0..=text.len() as u32 {
            assert_eq!(positions.position(offset), index.position(text, offset));
        }
    }

    #[test]
    fn lsp_positions_on_two_lines() {
        use crate::pos::{LineIndex, LspPosition};
        let text = "😀x\ny".as_bytes();
        let index = LineIndex::new(text);
        assert_eq!(
            index.lsp_position(text, 4),
            LspPosition {
                line: 0,
                character: 2
            }
        );
        assert_eq!(
            index.lsp_position(text, 6),
            LspPosition {
                line: 1,
                character: 0
            }
        );
    }

    #[test]
    fn offset_of_clamps_columns_to_the_line() {
        use crate::pos::LineIndex;
        let text = "ab\r\néc".as_bytes();
        let index = LineIndex::new(text);
        assert_eq!(index.offset_of(text, 2, 2), Some(6)); // 'c'
        assert_eq!(index.offset_of(text, 1, 9), Some(2)); // before the CR
        assert_eq!(index.offset_of(text, 3, 1), None);
        assert_eq!(index.offset_of(text, 0, 1), None);
    }

    #[test]
    fn offset_of_lsp_clamps_and_snaps_to_characters() {
        use crate::pos::{LineIndex, LspPosition};
        let text = "😀x".as_bytes();
        let index = LineIndex::new(text);
        let at = |line, character| index.offset_of_lsp(text, LspPosition { line, character });
        assert_eq!(at(0, 2), Some(4)); // 'x'
        assert_eq!(at(0, 1), Some(0)); // inside the emoji's surrogate pair
        assert_eq!(at(0, 9), Some(5));
        assert_eq!(at(1, 0), None);
    }
    use proptest::prelude::*;

    fn pos(text: &[u8], offset: u32) -> (u32, u32, u32, u32) {
        let p = LineIndex::new(text).position(text, offset);
        (p.line, p.col, p.utf16_col, p.byte_col)
    }

    #[test]
    fn empty() {
        let index = LineIndex::new(b"");
        assert_eq!(index.line_count(), 1);
        assert_eq!(index.text_len(), 0);
        assert_eq!(pos(b"", 0), (1, 1, 0, 0));
        assert_eq!(pos(b"", 7), (1, 1, 0, 0));
        assert_eq!(index.line_range(b"", 0), Some(0..0));
        assert_eq!(index.offset_of(b"", 1, 1), Some(0));
        assert_eq!(index.offset_of(b"", 1, 5), Some(0));
        assert_eq!(index.offset_of(b"", 2, 1), None);
        assert_eq!(index.offset_of_lsp(b"", LspPosition::default()), Some(0));
    }

    #[test]
    fn lf() {
        let t = b"a\nb";
        assert_eq!(LineIndex::new(t).line_starts(), &[0, 2]);
        assert_eq!(pos(t, 0), (1, 1, 0, 0));
        assert_eq!(pos(t, 1), (1, 2, 1, 1));
        assert_eq!(pos(t, 2), (2, 1, 0, 0));
        assert_eq!(pos(t, 3), (2, 2, 1, 1));
        let index = LineIndex::new(t);
        assert_eq!(index.line_range(t, 0), Some(0..1));
        assert_eq!(index.line_range(t, 1), Some(2..3));
        assert_eq!(index.offset_of(t, 1, 3), Some(1));
        assert_eq!(index.offset_of(t, 2, 1), Some(2));
    }

    #[test]
    fn crlf() {
        let t = b"a\r\nb";
        let index = LineIndex::new(t);
        assert_eq!(index.line_starts(), &[0, 3]);
        assert_eq!(pos(t, 1), (1, 2, 1, 1));
        assert_eq!(pos(t, 2), (1, 3, 2, 2)); // between CR and LF: after the CR
        assert_eq!(pos(t, 3), (2, 1, 0, 0));
        assert_eq!(index.line_of(2), 0);
        assert_eq!(index.line_range(t, 0), Some(0..1));
        assert_eq!(index.offset_of(t, 1, 9), Some(1));
        // A lone "\r\n" line: the range must not reach back before its start.
        let t = b"\r\n\r\n";
        let index = LineIndex::new(t);
        assert_eq!(index.line_starts(), &[0, 2, 4]);
        assert_eq!(index.line_range(t, 1), Some(2..2));
    }

    #[test]
    fn cr() {
        let t = b"a\rb";
        let index = LineIndex::new(t);
        assert_eq!(index.line_starts(), &[0, 2]);
        assert_eq!(pos(t, 2), (2, 1, 0, 0));
        assert_eq!(index.line_range(t, 0), Some(0..1));
        // LF CR is two terminators.
        assert_eq!(LineIndex::new(b"\n\r").line_starts(), &[0, 1, 2]);
    }

    #[test]
    fn trailing_newline() {
        let t = b"a\n";
        let index = LineIndex::new(t);
        assert_eq!(index.line_starts(), &[0, 2]);
        assert_eq!(pos(t, 2), (2, 1, 0, 0));
        assert_eq!(index.line_range(t, 1), Some(2..2));
        assert_eq!(index.line_range(t, 2), None);
        assert_eq!(index.offset_of(t, 2, 1), Some(2));
        assert_eq!(index.offset_of(t, 3, 1), None);
        let lsp = LspPosition {
            line: 1,
            character: 0,
        };
        assert_eq!(index.offset_of_lsp(t, lsp), Some(2));
    }

    #[test]
    fn two_byte_char() {
        let t = "é".as_bytes();
        assert_eq!(pos(t, 1), (1, 1, 0, 1)); // inside
        assert_eq!(pos(t, 2), (1, 2, 1, 2));
        let index = LineIndex::new(t);
        assert_eq!(index.offset_of(t, 1, 2), Some(2));
    }

    #[test]
    fn emoji() {
        let t = "a😀b".as_bytes();
        assert_eq!(pos(t, 1), (1, 2, 1, 1));
        for inside in 2..5 {
            assert_eq!(pos(t, inside), (1, 2, 1, inside));
        }
        assert_eq!(pos(t, 5), (1, 3, 3, 5));
        let index = LineIndex::new(t);
        let at = |character| index.offset_of_lsp(t, LspPosition { line: 0, character });
        assert_eq!(at(1), Some(1));
        assert_eq!(at(2), Some(1)); // inside the surrogate pair
        assert_eq!(at(3), Some(5));
        assert_eq!(at(4), Some(6));
        assert_eq!(at(5), Some(6));
        assert_eq!(index.offset_of(t, 1, 3), Some(5));
    }

    #[test]
    fn ill_formed() {
        let t = b"a\xFFb";
        assert_eq!(pos(t, 2), (1, 3, 2, 2));
        assert_eq!(LineIndex::new(t).offset_of(t, 1, 3), Some(2));
        // A truncated sequence is one character...
        let t = b"\xE2\x82x";
        assert_eq!(pos(t, 1), (1, 1, 0, 1)); // ...even when cut in the middle
        assert_eq!(pos(t, 2), (1, 2, 1, 2));
        assert_eq!(LineIndex::new(t).offset_of(t, 1, 2), Some(2));
        // At the very end too.
        let t = b"\xE2\x82";
        assert_eq!(pos(t, 1), (1, 1, 0, 1));
        assert_eq!(pos(t, 2), (1, 2, 1, 2));
        // Each byte that cannot start a subpart is its own character.
        let t = b"\x80\x80\xC0";
        assert_eq!(pos(t, 3), (1, 4, 3, 3));
        // A truncated sequence before a terminator.
        let t = b"\xF0\x9F\n";
        assert_eq!(pos(t, 2), (1, 2, 1, 2));
        assert_eq!(pos(t, 3), (2, 1, 0, 0));
    }

    #[test]
    fn mid_character_long_line() {
        // The window past the offset must not change earlier characters.
        let t = "xé😀\u{FFFD}".repeat(3);
        let t = t.as_bytes();
        let (chars, utf16) = (4, 5);
        let unit = "xé😀\u{FFFD}".len() as u32;
        for k in 0..3 {
            let base = k * unit;
            assert_eq!(
                pos(t, base + 2),
                (1, k * chars + 2, k * utf16 + 1, base + 2)
            );
            assert_eq!(
                pos(t, base + 5),
                (1, k * chars + 3, k * utf16 + 2, base + 5)
            );
            assert_eq!(
                pos(t, base + 8),
                (1, k * chars + 4, k * utf16 + 4, base + 8)
            );
        }
    }

    #[test]
    fn from_starts_empty_is_one_line() {
        assert_eq!(LineIndex::from_starts(Vec::new(), 0), LineIndex::new(b""));
    }

    // ---- properties -------------------------------------------------------

    /// Start and end of every character of the lossy decoding.
    fn elements(text: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        for chunk in text.utf8_chunks() {
            for ch in chunk.valid().chars() {
                out.push((pos, pos + ch.len_utf8()));
                pos += ch.len_utf8();
            }
            if !chunk.invalid().is_empty() {
                out.push((pos, pos + chunk.invalid().len()));
                pos += chunk.invalid().len();
            }
        }
        out
    }

    /// Terminators ending at or before `offset`.
    fn naive_line(text: &[u8], offset: usize) -> usize {
        let mut line = 0;
        let mut i = 0;
        while i < text.len() {
            let len = match (text[i], text.get(i + 1)) {
                (b'\r', Some(b'\n')) => 2,
                (b'\r' | b'\n', _) => 1,
                _ => 0,
            };
            if len > 0 && i + len <= offset {
                line += 1;
            }
            i += len.max(1);
        }
        line
    }

    /// `lines[o]` is the naive line of offset `o`.
    fn naive_position(text: &[u8], lines: &[usize], offset: usize) -> Position {
        let line = lines[offset];
        let start = lines.iter().position(|&l| l == line).unwrap();
        let (mut col, mut utf16) = (1, 0);
        for (s, e) in elements(text) {
            if s >= start && e <= offset {
                col += 1;
                utf16 += std::str::from_utf8(&text[s..e]).map_or(1, |c| c.encode_utf16().count());
            }
        }
        Position {
            line: line as u32 + 1,
            col,
            utf16_col: utf16 as u32,
            byte_col: (offset - start) as u32,
        }
    }

    fn in_crlf(text: &[u8], o: usize) -> bool {
        o > 0 && text[o - 1] == b'\r' && text.get(o) == Some(&b'\n')
    }

    fn pieces() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop::sample::select(vec![
            &b"a"[..],
            b"b",
            b" ",
            b"\r",
            b"\n",
            b"\r\n",
            "é".as_bytes(),
            "😀".as_bytes(),
            "\u{FFFD}".as_bytes(),
            b"\xFF",
            b"\xE2\x82",
            b"\xF0\x9F",
            b"\x80",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    fn check(text: &[u8]) -> Result<(), TestCaseError> {
        let index = LineIndex::new(text);
        let len = text.len() as u32;
        prop_assert_eq!(
            &LineIndex::from_starts(index.line_starts().to_vec(), len),
            &index
        );

        let mut boundaries: Vec<usize> = elements(text).iter().map(|&(s, _)| s).collect();
        boundaries.push(text.len());
        let lines: Vec<usize> = (0..=text.len()).map(|o| naive_line(text, o)).collect();
        let mut prev: Option<Position> = None;
        for o in 0..=text.len() {
            let p = index.position(text, o as u32);
            prop_assert_eq!(p, naive_position(text, &lines, o), "offset {}", o);
            prop_assert_eq!(index.line_of(o as u32) as usize, lines[o]);
            let lsp = index.lsp_position(text, o as u32);
            prop_assert_eq!((lsp.line, lsp.character), (p.line - 1, p.utf16_col));
            if let Some(q) = prev {
                prop_assert!((q.line, q.col, q.utf16_col) <= (p.line, p.col, p.utf16_col));
                if q.line == p.line {
                    prop_assert!(q.col <= p.col && q.utf16_col <= p.utf16_col);
                    prop_assert!(q.byte_col < p.byte_col);
                }
            }
            prev = Some(p);
            if boundaries.contains(&o) && !in_crlf(text, o) {
                prop_assert_eq!(index.offset_of(text, p.line, p.col), Some(o as u32));
                prop_assert_eq!(index.offset_of_lsp(text, lsp), Some(o as u32));
            }
        }
        prop_assert_eq!(index.position(text, len + 5), index.position(text, len));
        // One cursor asked every offset in order (inside characters too),
        // then in a scrambled order, then past the end.
        let mut positions = index.positions(text);
        let n = text.len() + 1;
        for o in (0..n).chain((0..n).map(|k| k * 7 % n)) {
            let want = naive_position(text, &lines, o);
            prop_assert_eq!(positions.position(o as u32), want, "cursor at {}", o);
        }
        prop_assert_eq!(positions.position(len + 5), index.position(text, len));
        let last = index.line_count() as u32;
        prop_assert_eq!(index.offset_of(text, last + 1, 1), None);
        let past = LspPosition {
            line: last,
            character: 0,
        };
        prop_assert_eq!(index.offset_of_lsp(text, past), None);
        // Columns past the end clamp to the end of the line.
        for line in 0..last {
            let range = index.line_range(text, line).unwrap();
            prop_assert_eq!(index.offset_of(text, line + 1, u32::MAX), Some(range.end));
            let far = LspPosition {
                line,
                character: u32::MAX,
            };
            prop_assert_eq!(index.offset_of_lsp(text, far), Some(range.end));
            let line_text = &text[range.start as usize..range.end as usize];
            prop_assert!(!line_text.contains(&b'\n') && !line_text.contains(&b'\r'));
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn prop_bytes(text in prop::collection::vec(any::<u8>(), 0..200)) {
            check(&text)?;
        }

        #[test]
        fn prop_pieces(text in pieces()) {
            check(&text)?;
        }
    }
}
