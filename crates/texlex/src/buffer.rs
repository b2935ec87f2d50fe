//! The line buffer TeX scans: a line's content with `\endlinechar` appended.
//!
//! Two implementations share one engine ([`crate::engine`]):
//! * [`SourceLine`] borrows the source (the common case: valid UTF-8 and no
//!   `^^` notation inside a control-sequence name) and appends the end-of-line
//!   character virtually;
//! * [`OwnedLine`] copies the line, replacing ill-formed UTF-8 by U+FFFD as
//!   the oracle does, and lets the engine rewrite it the way LuaTeX rewrites
//!   its buffer when it decodes `^^` notation inside a name
//!   (`check_expanded_code`). A map from buffer index to source offset
//!   travels with every byte, so spans always point into the source.

/// Where a line sits in the source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineGeometry {
    /// Start of the line.
    pub start: u32,
    /// End of the content: trailing spaces start here.
    pub content_end: u32,
    /// Start of the line terminator (end of the trailing spaces).
    pub terminator_start: u32,
    /// End of the line, terminator included.
    pub end: u32,
}

/// The operations the engine needs from a line buffer. Indices are buffer
/// positions; `end()` is one past the last byte TeX may read (LuaTeX's
/// `ilimit + 1`).
pub(crate) trait LineBuf {
    /// Whether tokens read from this buffer without `^^` reduction are the
    /// very characters of the source at their span (so the store need not
    /// keep their code).
    const FROM_SOURCE: bool;

    /// One past the last readable index.
    fn end(&self) -> usize;
    /// The byte at `i`, or 0 past the end (LuaTeX may peek there; the
    /// comparisons it makes then fail as they would on a fresh buffer).
    fn byte(&self, i: usize) -> u8;
    /// LuaTeX's `do_buffer_to_unichar`: the character at `i` and the index
    /// after it.
    fn decode(&self, i: usize) -> (u32, usize);
    /// Whether `i` holds the appended end-of-line character.
    fn is_end_of_line(&self, i: usize) -> bool;
    /// Source offset where a token starting at `i` starts.
    fn start_of(&self, i: usize) -> u32;
    /// Source offset where a token ending before `i` ends.
    fn end_of(&self, i: usize) -> u32;
    /// The bytes `a..b`, copied into `scratch` if they are not in the source.
    fn bytes<'b>(&'b self, a: usize, b: usize, scratch: &'b mut Vec<u8>) -> &'b [u8];
    /// The buffer as an owned, rewritable line, if it is one.
    fn as_owned(&mut self) -> Option<&mut OwnedLine>;
}

/// LuaTeX's `utf8_size`: the length it assumes a character occupies.
#[inline]
pub(crate) fn utf8_size(c: u32) -> usize {
    if c <= 0x7F {
        1
    } else if c <= 0x7FF {
        2
    } else if c <= 0xFFFF {
        3
    } else {
        4
    }
}

/// Whether `b` continues a UTF-8 sequence.
pub(crate) fn is_continuation(b: u8) -> bool {
    (0x80..0xC0).contains(&b)
}

/// LuaTeX's `str2uni`: decodes the character at the start of `s` without
/// validating ranges; U+FFFD where the bytes do not fit the pattern.
pub(crate) fn str2uni(s: &[u8]) -> u32 {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let cont = is_continuation;
    let ch = at(0);
    if ch < 0x80 {
        u32::from(ch)
    } else if ch <= 0xBF {
        0xFFFD
    } else if ch <= 0xDF {
        if cont(at(1)) {
            (u32::from(ch & 0x1F) << 6) | u32::from(at(1) & 0x3F)
        } else {
            0xFFFD
        }
    } else if ch <= 0xEF {
        if cont(at(1)) && cont(at(2)) {
            (u32::from(ch & 0xF) << 12) | (u32::from(at(1) & 0x3F) << 6) | u32::from(at(2) & 0x3F)
        } else {
            0xFFFD
        }
    } else if ch <= 0xF7 {
        if cont(at(1)) && cont(at(2)) && cont(at(3)) {
            (u32::from(ch & 0x7) << 18)
                | (u32::from(at(1) & 0x3F) << 12)
                | (u32::from(at(2) & 0x3F) << 6)
                | u32::from(at(3) & 0x3F)
        } else {
            0xFFFD
        }
    } else {
        0xFFFD
    }
}

/// Decodes one character of valid UTF-8 at `i` (the caller guarantees
/// validity); returns the code point and its length.
#[inline]
pub(crate) fn decode_valid(s: &[u8], i: usize) -> (u32, usize) {
    let b0 = s[i];
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let cont = |k: usize| u32::from(s[i + k] & 0x3F);
    if b0 < 0xE0 {
        ((u32::from(b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    }
}

/// Decodes the character at `i` the way `String::from_utf8_lossy` reads it:
/// a valid character, or one U+FFFD for a maximal ill-formed subpart.
/// Returns the code point and the number of source bytes it covers.
pub(crate) fn decode_lossy(s: &[u8], i: usize) -> (u32, usize) {
    let rest = &s[i..];
    let end = rest.len().min(4);
    match std::str::from_utf8(&rest[..end]) {
        Ok(text) => {
            let c = text.chars().next().expect("non-empty");
            (c as u32, c.len_utf8())
        }
        Err(e) if e.valid_up_to() > 0 => {
            let (c, n) = decode_valid(rest, 0);
            (c, n)
        }
        Err(e) => (0xFFFD, e.error_len().unwrap_or(end).max(1)),
    }
}

/// A source line used in place, with the end-of-line character appended
/// virtually at index `content.len()`.
pub(crate) struct SourceLine<'s> {
    content: &'s [u8],
    end_line_char: Option<u8>,
    geometry: LineGeometry,
    /// pdfTeX's model: every byte is a character.
    bytes: bool,
}

impl<'s> SourceLine<'s> {
    /// `content` must be valid UTF-8 unless `bytes` (each byte a character).
    pub(crate) fn new(
        content: &'s [u8],
        end_line_char: Option<u8>,
        geometry: LineGeometry,
        bytes: bool,
    ) -> Self {
        SourceLine {
            content,
            end_line_char,
            geometry,
            bytes,
        }
    }
}

impl LineBuf for SourceLine<'_> {
    const FROM_SOURCE: bool = true;

    #[inline]
    fn end(&self) -> usize {
        self.content.len() + usize::from(self.end_line_char.is_some())
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        match self.content.get(i) {
            Some(&b) => b,
            None if i == self.content.len() => self.end_line_char.unwrap_or(0),
            None => 0,
        }
    }

    #[inline]
    fn decode(&self, i: usize) -> (u32, usize) {
        if i < self.content.len() && !self.bytes {
            let (c, n) = decode_valid(self.content, i);
            (c, i + n)
        } else {
            (u32::from(self.byte(i)), i + 1)
        }
    }

    #[inline]
    fn is_end_of_line(&self, i: usize) -> bool {
        i == self.content.len() && self.end_line_char.is_some()
    }

    #[inline]
    fn start_of(&self, i: usize) -> u32 {
        if i < self.content.len() {
            self.geometry.start + i as u32
        } else if i == self.content.len() && self.end_line_char.is_some() {
            self.geometry.terminator_start
        } else if i == self.content.len() {
            self.geometry.content_end
        } else {
            self.geometry.end
        }
    }

    #[inline]
    fn end_of(&self, i: usize) -> u32 {
        if i <= self.content.len() {
            self.geometry.start + i as u32
        } else {
            self.geometry.end
        }
    }

    fn bytes<'b>(&'b self, a: usize, b: usize, scratch: &'b mut Vec<u8>) -> &'b [u8] {
        if b <= self.content.len() {
            &self.content[a..b]
        } else {
            scratch.clear();
            scratch.extend((a..b).map(|i| self.byte(i)));
            scratch
        }
    }

    fn as_owned(&mut self) -> Option<&mut OwnedLine> {
        None
    }
}

/// A copied line that LuaTeX-style `^^` decoding inside names may rewrite.
pub(crate) struct OwnedLine {
    /// Content (ill-formed UTF-8 replaced by EF BF BD) and the end-of-line
    /// character.
    bytes: Vec<u8>,
    /// `map[i]`: source offset where byte `i` starts; `map[bytes.len()]` is
    /// the end of the line (a sentinel).
    map: Vec<u32>,
    /// Index of the appended end-of-line character while it is still there.
    end_line_index: Option<usize>,
    /// Where the terminator starts (the end-of-line character's own start).
    terminator_start: u32,
    /// pdfTeX's model: every byte is a character.
    bytes_model: bool,
}

/// A maximal ill-formed UTF-8 subpart found while copying a line.
pub(crate) type IllFormed = (u32, u32);

impl OwnedLine {
    /// Copies `content` (the line's bytes from `geometry.start` to
    /// `geometry.content_end`), replacing ill-formed subparts; reports each
    /// of them through `ill_formed`.
    pub(crate) fn new(
        content: &[u8],
        end_line_char: Option<u8>,
        geometry: LineGeometry,
        mut ill_formed: impl FnMut(IllFormed),
    ) -> OwnedLine {
        OwnedLine::copy(content, end_line_char, geometry, false, &mut ill_formed)
    }

    /// Copies `content` for pdfTeX's model: bytes as they are.
    pub(crate) fn of_bytes(
        content: &[u8],
        end_line_char: Option<u8>,
        geometry: LineGeometry,
    ) -> OwnedLine {
        OwnedLine::copy(content, end_line_char, geometry, true, &mut |_| {})
    }

    fn copy(
        content: &[u8],
        end_line_char: Option<u8>,
        geometry: LineGeometry,
        bytes_model: bool,
        ill_formed: &mut dyn FnMut(IllFormed),
    ) -> OwnedLine {
        let mut bytes = Vec::with_capacity(content.len() + 4);
        let mut map = Vec::with_capacity(content.len() + 5);
        let mut offset = geometry.start;
        if bytes_model {
            bytes.extend_from_slice(content);
            map.extend((0..content.len() as u32).map(|k| offset + k));
            offset += content.len() as u32;
        }
        let chunks = if bytes_model {
            [].utf8_chunks()
        } else {
            content.utf8_chunks()
        };
        for chunk in chunks {
            let valid = chunk.valid().as_bytes();
            bytes.extend_from_slice(valid);
            map.extend((0..valid.len() as u32).map(|k| offset + k));
            offset += valid.len() as u32;
            let invalid = chunk.invalid();
            if !invalid.is_empty() {
                ill_formed((offset, offset + invalid.len() as u32));
                bytes.extend_from_slice("\u{FFFD}".as_bytes());
                map.extend([offset; 3]);
                offset += invalid.len() as u32;
            }
        }
        let end_line_index = end_line_char.map(|c| {
            bytes.push(c);
            map.push(geometry.content_end);
            bytes.len() - 1
        });
        map.push(if end_line_char.is_some() {
            geometry.end
        } else {
            geometry.content_end
        });
        let _ = offset;
        OwnedLine {
            bytes,
            map,
            end_line_index,
            terminator_start: geometry.terminator_start,
            bytes_model,
        }
    }

    /// Removes `removed` bytes from `next` on (what a `^^` rewrite leaves
    /// behind), keeping the byte map and the end-of-line index in step.
    fn remove(&mut self, next: usize, removed: usize) {
        self.bytes.drain(next..next + removed);
        self.map.drain(next..next + removed);
        self.end_line_index = match self.end_line_index {
            Some(e) if e >= next + removed => Some(e - removed),
            _ => None,
        };
    }

    /// TeX82's buffer rewrite (§355, pdfTeX): the `^^` notation starting at
    /// `at` becomes the single byte `code`; `removed` bytes after it go.
    /// Returns the index after the written byte.
    pub(crate) fn rewrite_byte(&mut self, at: usize, code: u8, removed: usize) -> usize {
        self.bytes[at] = code;
        let next = at + 1;
        self.remove(next, removed);
        next
    }

    /// LuaTeX's buffer rewrite in `check_expanded_code`: the notation that
    /// starts at `at` and is `removed + 1` bytes long (after the first byte
    /// is overwritten) becomes the UTF-8-like encoding of `code`. Returns the
    /// index just after the written encoding.
    pub(crate) fn rewrite(&mut self, at: usize, code: u32, mut removed: usize) -> usize {
        let mut k = at;
        let mut put = |k: &mut usize, byte: u32, first: bool, removed: &mut usize| {
            if !first {
                *k += 1;
                *removed -= 1;
            }
            // LuaTeX stores into `unsigned char`: codes above U+1FFFFF wrap.
            self.bytes[*k] = byte as u8;
        };
        if code <= 0x7F {
            put(&mut k, code, true, &mut removed);
        } else if code <= 0x7FF {
            put(&mut k, 0xC0 + code / 0x40, true, &mut removed);
            put(&mut k, 0x80 + code % 0x40, false, &mut removed);
        } else if code <= 0xFFFF {
            put(&mut k, 0xE0 + code / 0x1000, true, &mut removed);
            put(&mut k, 0x80 + (code % 0x1000) / 0x40, false, &mut removed);
            put(&mut k, 0x80 + code % 0x40, false, &mut removed);
        } else {
            put(&mut k, 0xF0 + code / 0x40000, true, &mut removed);
            put(
                &mut k,
                0x80 + (code % 0x40000) / 0x1000,
                false,
                &mut removed,
            );
            put(&mut k, 0x80 + (code % 0x1000) / 0x40, false, &mut removed);
            put(&mut k, 0x80 + code % 0x40, false, &mut removed);
        }
        let next = k + 1;
        self.remove(next, removed);
        next
    }
}

impl LineBuf for OwnedLine {
    const FROM_SOURCE: bool = false;

    #[inline]
    fn end(&self) -> usize {
        self.bytes.len()
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    fn decode(&self, i: usize) -> (u32, usize) {
        if self.bytes_model {
            return (u32::from(self.bytes[i]), i + 1);
        }
        let c = str2uni(&self.bytes[i..]);
        (c, i + utf8_size(c))
    }

    fn is_end_of_line(&self, i: usize) -> bool {
        self.end_line_index == Some(i)
    }

    fn start_of(&self, i: usize) -> u32 {
        if self.is_end_of_line(i) {
            self.terminator_start
        } else {
            self.map[i.min(self.map.len() - 1)]
        }
    }

    fn end_of(&self, i: usize) -> u32 {
        self.map[i.min(self.map.len() - 1)]
    }

    fn bytes<'b>(&'b self, a: usize, b: usize, _scratch: &'b mut Vec<u8>) -> &'b [u8] {
        &self.bytes[a..b.min(self.bytes.len())]
    }

    fn as_owned(&mut self) -> Option<&mut OwnedLine> {
        Some(self)
    }
}
