//! Where lines end: the one home of TeX's line-terminator rules.
//!
//! A line ends at an LF, a CR, or a CR LF pair, which is *one* terminator
//! (TeX's input processor, and every editor, reads it so). Two things follow
//! that every splitter must respect, and that used to be written out at
//! each one:
//!
//! * the end of a line is found by looking at the byte after a CR, so
//!   [`terminator_len`] is 2 for CRLF and 1 for a lone LF or CR;
//! * a cut between the CR and the LF of a CRLF would turn one line end
//!   into two, so a cut point must pass [`is_cut`], and helpers that pick
//!   cut points ([`line_end_from`]) only return ones that do.
//!
//! Everything here works on byte offsets into one slice. Forward searches
//! use `memchr2`, which the fast drivers rely on to stay at memory speed;
//! the small functions are `#[inline]` so that the drivers' hot loops
//! compile to the same code as their former private copies.
//!
//! What a *line* is for TeX (trailing spaces removed before the end-of-line
//! character is appended) is described by [`Line`]; [`Lines`] splits a
//! whole source that way and [`LineStarts`] yields only where lines start.

/// Line feed, a line terminator on its own or after a CR.
pub(crate) const LF: u8 = b'\n';
/// Carriage return, a line terminator on its own or before an LF.
pub(crate) const CR: u8 = b'\r';

/// Whether `b` is one of the two line-terminator bytes (LF or CR).
#[inline(always)]
pub(crate) const fn is_terminator_byte(b: u8) -> bool {
    b == LF || b == CR
}

/// The length of the line terminator starting at `at`: 2 for CRLF, 1 for an
/// LF or a CR not followed by an LF, 0 if `text[at]` is no terminator byte
/// or `at` is at or past the end.
#[inline(always)]
pub(crate) fn terminator_len(text: &[u8], at: usize) -> usize {
    match text.get(at) {
        Some(&CR) if text.get(at + 1) == Some(&LF) => 2,
        Some(&(LF | CR)) => 1,
        _ => 0,
    }
}

/// The end of the line terminator starting at `at` (see
/// [`terminator_len`]); `at` itself if none starts there.
#[inline(always)]
pub(crate) fn terminator_end(text: &[u8], at: usize) -> usize {
    at + terminator_len(text, at)
}

/// The first terminator byte (LF or CR) at or after `from`, if any.
///
/// If `from` is between the CR and the LF of a CRLF this is that LF: the
/// caller that cuts after it keeps the pair whole.
#[inline]
pub(crate) fn next_terminator(text: &[u8], from: usize) -> Option<usize> {
    memchr::memchr2(LF, CR, &text[from..]).map(|i| from + i)
}

/// Where the terminator of the line holding `from` starts: the first
/// terminator byte at or after `from`, or the end of `text` if the line
/// has none.
#[inline]
pub(crate) fn terminator_start_from(text: &[u8], from: usize) -> usize {
    next_terminator(text, from).unwrap_or(text.len())
}

/// The end of the line holding `from`, past its terminator (the end of
/// `text` for a last line without one). With `from` at the end of `text`:
/// the end.
#[inline]
pub(crate) fn line_end_after(text: &[u8], from: usize) -> usize {
    terminator_end(text, terminator_start_from(text, from))
}

/// A cut point for splitting `text` into stretches of whole lines of about
/// a target size: the end of the first line terminator at or after `target`
/// (`target` may fall inside a line, or between CR and LF: the pair stays
/// whole), or the end of `text` if there is none or `target` is past it.
///
/// The result always passes [`is_cut`] and is a line start or the end.
#[inline]
pub(crate) fn line_end_from(text: &[u8], target: usize) -> usize {
    if target >= text.len() {
        return text.len();
    }
    line_end_after(text, target)
}

/// Whether `text` may be cut at `at` without splitting a CRLF: every offset
/// from 0 to `text.len()` but the one between a CR and its LF.
#[inline]
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn is_cut(text: &[u8], at: usize) -> bool {
    !(at > 0 && text.get(at - 1) == Some(&CR) && text.get(at) == Some(&LF))
}

/// Whether joining `before` and `after` (texts kept apart, such as two
/// chunks of a document) puts a cut between a CR and its LF: `before` ends
/// with a CR and `after` starts with an LF, which together are one line
/// end, not two.
#[inline]
pub(crate) fn splits_crlf(before: &[u8], after: &[u8]) -> bool {
    before.last() == Some(&CR) && after.first() == Some(&LF)
}

/// Whether a line starts at `at`: the start of `text`, or right after a
/// whole terminator (the end of `text` after a final terminator counts: an
/// editor shows a last, empty line there).
#[inline]
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn is_line_start(text: &[u8], at: usize) -> bool {
    at == 0 || (at <= text.len() && is_terminator_byte(text[at - 1]) && is_cut(text, at))
}

/// Whether `text` ends with a line terminator (then a last, empty line
/// follows it that TeX never reads but editors show).
#[inline]
pub(crate) fn ends_with_terminator(text: &[u8]) -> bool {
    text.last().is_some_and(|&b| is_terminator_byte(b))
}

/// Where a prefix of a text still being read may be cut so that it holds
/// whole lines only: past the first terminator from `target` on, else
/// past the last one before; `None` if `read` (the bytes read so far) holds
/// no terminator that is known whole. A CR as the last byte read is not
/// known whole (an LF may follow), unless `complete` says nothing follows;
/// then the end of `read` also ends a line, so there is always a cut.
pub(crate) fn cut_of_partial(read: &[u8], target: usize, complete: bool) -> Option<usize> {
    let target = target.min(read.len());
    let known = |t: usize| read[t] == LF || t + 1 < read.len() || complete;
    if let Some(t) = next_terminator(read, target)
        && known(t)
    {
        return Some(terminator_end(read, t));
    }
    if complete {
        return Some(read.len());
    }
    let mut end = target;
    while let Some(t) = memchr::memrchr2(LF, CR, &read[..end]) {
        if known(t) {
            // (A CR just before `target` takes the LF at `target` along.)
            return Some(terminator_end(read, t));
        }
        end = t;
    }
    None
}

/// Where the terminator of a line ending at `end` (past its terminator)
/// starts: `end` minus 2 after a CRLF, minus 1 after a lone LF or CR, `end`
/// itself if no terminator ends there. `start` is the line's start: the
/// terminator is never looked for before it.
#[inline]
pub(crate) fn terminator_start_before(text: &[u8], start: usize, end: usize) -> usize {
    if end <= start {
        return end;
    }
    match text.get(end - 1) {
        Some(&LF) if end - 1 > start && text[end - 2] == CR => end - 2,
        Some(&(LF | CR)) => end - 1,
        _ => end,
    }
}

/// The start of the line holding `at`, where `byte(i)` reads byte `i` of a
/// text `len` bytes long (for texts kept in pieces). A terminator belongs
/// to the line it ends: `at` on the LF of a CRLF is in the CR's line. At
/// the end after a final terminator, a last, empty line starts (see
/// [`is_line_start`]).
pub(crate) fn line_start_with(len: usize, at: usize, byte: impl Fn(usize) -> u8) -> usize {
    let mut start = at.min(len);
    // Between CR and LF: the LF ends the CR's line.
    if start > 0 && start < len && byte(start - 1) == CR && byte(start) == LF {
        start -= 1;
    }
    while start > 0 && !is_terminator_byte(byte(start - 1)) {
        start -= 1;
    }
    start
}

/// The start of the line holding `at` in `text` (see [`line_start_with`]).
#[inline]
#[cfg(test)]
pub(crate) fn line_start(text: &[u8], at: usize) -> usize {
    line_start_with(text.len(), at, |i| text[i])
}

/// The end (past its terminator) of the line holding `at`, where `byte(i)`
/// reads byte `i` of a text `len` bytes long (for texts kept in pieces;
/// with one slice, [`line_end_after`] is faster). `at` on the LF of a CRLF
/// is in the CR's line.
pub(crate) fn line_end_with(len: usize, at: usize, byte: impl Fn(usize) -> u8) -> usize {
    // (On the LF of a CRLF the search stops at once, past that LF.)
    let mut at = at.min(len);
    while at < len && !is_terminator_byte(byte(at)) {
        at += 1;
    }
    if at < len {
        at += if byte(at) == CR && at + 1 < len && byte(at + 1) == LF {
            2
        } else {
            1
        };
    }
    at
}

/// One line as TeX reads it, as byte offsets into its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The first byte.
    pub start: usize,
    /// After the last byte TeX keeps: trailing spaces (ASCII 32 only) are
    /// removed before the end-of-line character is appended.
    pub content_end: usize,
    /// Where the terminator starts (the end of the source if none).
    pub terminator_start: usize,
    /// Past the terminator: where the next line starts.
    pub end: usize,
}

impl Line {
    /// The line, or the rest of it, from `from` (which need not be a line
    /// start: trailing spaces are never removed before `from`).
    #[inline]
    pub(crate) fn from(text: &[u8], from: usize) -> Line {
        let terminator_start = terminator_start_from(text, from);
        let trailing = text[from..terminator_start]
            .iter()
            .rev()
            .take_while(|&&b| b == b' ')
            .count();
        Line {
            start: from,
            content_end: terminator_start - trailing,
            terminator_start,
            end: terminator_end(text, terminator_start),
        }
    }

    /// Whether the line ends with a terminator (the last line may not).
    #[inline]
    pub(crate) fn has_terminator(&self) -> bool {
        self.end > self.terminator_start
    }
}

impl From<Line> for crate::buffer::LineGeometry {
    /// The same offsets as `u32` (sources are shorter than 4 GiB).
    #[inline]
    fn from(line: Line) -> Self {
        crate::buffer::LineGeometry {
            start: line.start as u32,
            content_end: line.content_end as u32,
            terminator_start: line.terminator_start as u32,
            end: line.end as u32,
        }
    }
}

/// The lines of a source as TeX reads them: an empty source is one empty
/// line, and nothing follows a final terminator (TeX reads no line there;
/// [`LineStarts`] does yield that start, as editors show it).
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    text: &'a [u8],
    pos: usize,
    done: bool,
}

impl<'a> Lines<'a> {
    /// The lines of `text`, from its start.
    pub(crate) fn new(text: &'a [u8]) -> Self {
        Lines {
            text,
            pos: 0,
            done: false,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    #[inline]
    fn next(&mut self) -> Option<Line> {
        if self.done || (self.pos == self.text.len() && self.pos > 0) {
            return None;
        }
        let line = Line::from(self.text, self.pos);
        self.done = !line.has_terminator();
        self.pos = line.end;
        Some(line)
    }
}

/// The line starts after each whole terminator in `text[from..to]` (a
/// terminator that runs past `to`, a CR at `to - 1` whose LF is at `to`,
/// is not whole: nothing is yielded for it). With `from` = 0 and `to` the
/// end, preceded by 0, these are all line starts of `text`, a start after
/// a final terminator included.
#[derive(Clone, Debug)]
pub(crate) struct LineStarts<'a> {
    text: &'a [u8],
    at: usize,
    to: usize,
}

impl<'a> LineStarts<'a> {
    /// The starts after terminators in `text[from..to]`.
    ///
    /// # Panics
    ///
    /// If `from > to` or `to > text.len()`.
    pub(crate) fn new(text: &'a [u8], from: usize, to: usize) -> Self {
        assert!(from <= to && to <= text.len(), "{from}..{to} out of bounds");
        LineStarts { text, at: from, to }
    }
}

impl Iterator for LineStarts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let i = memchr::memchr2(LF, CR, &self.text[self.at..self.to])?;
        let end = terminator_end(self.text, self.at + i);
        if end > self.to {
            self.at = self.to;
            return None;
        }
        self.at = end;
        Some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_of_a_text_still_being_read() {
        let cut = |read: &[u8], target, complete| cut_of_partial(read, target, complete);
        // The first line end from the target on, else the last before.
        assert_eq!(cut(b"ab\ncd\nef", 1, false), Some(3));
        assert_eq!(cut(b"ab\ncd\nef", 4, false), Some(6));
        assert_eq!(cut(b"ab\ncd\nef", 8, false), Some(6));
        assert_eq!(cut(b"abcdef", 2, false), None);
        // A CR read last may be the first half of a CRLF: not whole yet.
        assert_eq!(cut(b"ab\r", 0, false), None);
        assert_eq!(cut(b"ab\r", 0, true), Some(3));
        assert_eq!(cut(b"a\nb\r", 4, false), Some(2));
        assert_eq!(cut(b"a\nb\r", 1, false), Some(2));
        // Between CR and LF the pair stays whole, from either side.
        assert_eq!(cut(b"ab\r\ncd", 3, false), Some(4));
        assert_eq!(cut(b"ab\r\ncd", 2, false), Some(4));
        assert_eq!(cut(b"ab\r\ncd", 8, false), Some(4));
        // With nothing more to come, the end ends the last line.
        assert_eq!(cut(b"ab\ncd", 4, true), Some(5));
        assert_eq!(cut(b"ab\ncd", 1, true), Some(3));
        assert_eq!(cut(b"abcd", 1, true), Some(4));
        assert_eq!(cut(b"", 0, true), Some(0));
    }
    use proptest::prelude::*;

    /// The reference: terminators found byte by byte, as `(start, end)`.
    fn naive_terminators(text: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            match (text[i], text.get(i + 1)) {
                (b'\r', Some(b'\n')) => {
                    out.push((i, i + 2));
                    i += 2;
                }
                (b'\r' | b'\n', _) => {
                    out.push((i, i + 1));
                    i += 1;
                }
                _ => i += 1,
            }
        }
        out
    }

    fn naive_line_starts(text: &[u8]) -> Vec<usize> {
        std::iter::once(0)
            .chain(naive_terminators(text).into_iter().map(|(_, e)| e))
            .collect()
    }

    /// The `(start, end)` of the terminator of the line holding `at`, if
    /// any (a terminator belongs to the line it ends).
    fn naive_terminator_of_line(text: &[u8], at: usize) -> Option<(usize, usize)> {
        naive_terminators(text).into_iter().find(|&(_, e)| e > at)
    }

    fn text() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop_oneof![
                Just(b'a'),
                Just(b' '),
                Just(b'\n'),
                Just(b'\r'),
                any::<u8>()
            ],
            0..80,
        )
    }

    #[test]
    fn crlf_is_one_terminator() {
        let text = b"a\r\nb\rc\n\n";
        assert_eq!(terminator_len(text, 1), 2);
        assert_eq!(terminator_len(text, 2), 1, "the LF of a CRLF, read alone");
        assert_eq!(terminator_len(text, 4), 1, "a lone CR");
        assert_eq!(terminator_len(text, 0), 0);
        assert_eq!(terminator_len(text, text.len()), 0);
        assert_eq!(terminator_end(text, 1), 3);
        assert!(!is_cut(text, 2));
        assert!(is_cut(text, 0) && is_cut(text, 3) && is_cut(text, text.len()));
        assert_eq!(
            LineStarts::new(text, 0, text.len()).collect::<Vec<_>>(),
            [3, 5, 7, 8]
        );
    }

    #[test]
    fn a_cut_inside_a_crlf_keeps_it_whole() {
        let text = b"ab\r\ncd";
        assert_eq!(line_end_from(text, 3), 4, "from the LF: after it");
        assert_eq!(line_end_from(text, 2), 4, "from the CR: after the pair");
        assert_eq!(line_end_from(text, 0), 4);
        assert_eq!(line_end_from(text, 4), 6, "no terminator: the end");
        assert_eq!(line_end_from(text, 99), 6);
        // A range ending between CR and LF holds no whole terminator.
        assert_eq!(LineStarts::new(text, 0, 3).count(), 0);
    }

    #[test]
    fn lines_of_a_source() {
        let lines = |t: &[u8]| {
            Lines::new(t)
                .map(|l| (l.start, l.content_end, l.terminator_start, l.end))
                .collect::<Vec<_>>()
        };
        assert_eq!(lines(b""), [(0, 0, 0, 0)]);
        assert_eq!(lines(b"a  \r\nb"), [(0, 1, 3, 5), (5, 6, 6, 6)]);
        assert_eq!(lines(b"a\n"), [(0, 1, 1, 2)], "nothing after a final LF");
        assert_eq!(lines(b"\r\r"), [(0, 0, 0, 1), (1, 1, 1, 2)]);
    }

    #[test]
    fn line_start_and_end_around_a_crlf() {
        let text = b"ab\r\ncd\ref";
        assert_eq!(
            line_start(text, 3),
            0,
            "the LF of a CRLF is in the CR's line"
        );
        assert_eq!(line_start(text, 4), 4);
        assert_eq!(line_start(text, 8), 7, "after a lone CR");
        assert_eq!(line_start(b"a\n", 2), 2, "after a final terminator");
        assert_eq!(line_end_with(text.len(), 3, |i| text[i]), 4);
        assert_eq!(line_end_with(text.len(), 2, |i| text[i]), 4);
        assert_eq!(line_end_with(text.len(), 5, |i| text[i]), 7);
        assert_eq!(line_end_with(text.len(), 8, |i| text[i]), 9);
        assert_eq!(terminator_start_before(text, 0, 4), 2);
        assert_eq!(terminator_start_before(text, 4, 7), 6);
        assert_eq!(terminator_start_before(text, 7, 9), 9);
        assert_eq!(terminator_start_before(b"\n", 0, 1), 0);
    }

    proptest! {
        #[test]
        fn line_starts_match_the_reference(text in text()) {
            let starts: Vec<usize> = std::iter::once(0)
                .chain(LineStarts::new(&text, 0, text.len()))
                .collect();
            prop_assert_eq!(&starts, &naive_line_starts(&text));
            for at in 0..=text.len() {
                prop_assert_eq!(is_line_start(&text, at), starts.contains(&at), "at {}", at);
                let cut = !(at > 0 && at < text.len() && text[at - 1] == b'\r' && text[at] == b'\n');
                prop_assert_eq!(is_cut(&text, at), cut, "at {}", at);
            }
            prop_assert_eq!(ends_with_terminator(&text), starts.last() == Some(&text.len()) && !text.is_empty());
        }

        #[test]
        fn line_ends_match_the_reference(text in text(), from in 0usize..100, to in 0usize..100) {
            let (from, to) = (from.min(to).min(text.len()), to.max(from).min(text.len()));
            // Starts after whole terminators inside a range.
            let expected: Vec<usize> = naive_terminators(&text)
                .into_iter()
                .filter(|&(s, e)| s >= from && e <= to)
                .map(|(_, e)| e)
                .collect();
            // A range starting on the LF of a CRLF reads it as a lone LF.
            let expected = if from > 0 && !is_cut(&text, from) {
                let mut e = expected;
                if from < to { e.insert(0, from + 1); }
                e
            } else {
                expected
            };
            prop_assert_eq!(LineStarts::new(&text, from, to).collect::<Vec<_>>(), expected);

            // The line holding `from` starts at the last start at or before
            // it (between CR and LF that is the CR's line's start).
            let start = naive_line_starts(&text).into_iter().filter(|&s| s <= from).max();
            prop_assert_eq!(Some(line_start(&text, from)), start);
            let in_crlf = !is_cut(&text, from);

            let end = naive_terminator_of_line(&text, from).map_or(text.len(), |(_, e)| e);
            prop_assert_eq!(line_end_with(text.len(), from, |i| text[i]), end);
            if !in_crlf {
                prop_assert_eq!(line_end_after(&text, from), end);
                let line = Line::from(&text, from);
                prop_assert_eq!(line.end, end);
                prop_assert_eq!(terminator_start_before(&text, from, line.end), line.terminator_start);
                prop_assert!(text[line.content_end..line.terminator_start].iter().all(|&b| b == b' '));
                prop_assert!(line.content_end == from || text[line.content_end - 1] != b' ');
            }
            let cut = line_end_from(&text, from);
            prop_assert!(cut == text.len() || is_line_start(&text, cut));
            prop_assert!(cut > from || cut == text.len());
        }

        #[test]
        fn lines_tile_the_source(text in text()) {
            let lines: Vec<Line> = Lines::new(&text).collect();
            prop_assert_eq!(lines[0].start, 0);
            prop_assert_eq!(lines.last().unwrap().end, text.len());
            for w in lines.windows(2) {
                prop_assert_eq!(w[0].end, w[1].start);
            }
            let mut starts: Vec<usize> = lines.iter().map(|l| l.start).collect();
            if ends_with_terminator(&text) {
                starts.push(text.len());
            }
            prop_assert_eq!(starts, naive_line_starts(&text));
        }
    }
}
