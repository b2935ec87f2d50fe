//! The tokens and trivia a lexed document is made of, as the public API
//! hands them out (the store keeps them packed; see [`crate::store`]).

use crate::{Catcode, CsId};

/// A byte range `start..end` of the source. Offsets are `u32`: texlex
/// handles inputs below 4 GiB.
///
/// ```
/// let span = texlex::Span { start: 2, end: 5 };
/// assert_eq!(span.len(), 3);
/// assert_eq!(span.range(), 2..5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no byte (a `\par` at the end of input
    /// without a final line terminator, say).
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing the source.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// What kind of TeX token this is, with its TeX-level payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A character token: catcode 1, 2, 3, 4, 6, 7, 8, 10, 11 or 12. `code`
    /// is the character after TeX's conversions (`^^41` gives 65, every
    /// catcode-10 character gives 32). Codes may exceed U+10FFFF (up to
    /// 0x1FFFFF) or be surrogates when written with `^^^^` notation.
    Char {
        /// The catcode.
        cat: Catcode,
        /// The character code.
        code: u32,
    },
    /// A control word or control symbol, and `\par` from a blank line.
    Cs(CsId),
    /// An active character (catcode 13).
    Active(u32),
    /// A catcode-15 character that TeX reported and dropped.
    Invalid(u32),
    /// The argument of `\verb` (catcode tracking with verbatim on): the
    /// span runs from the `*` of `\verb*` or the opening delimiter to the
    /// closing one (or the end of the line's content if there is none).
    Verb {
        /// The delimiter character.
        delimiter: u32,
        /// `\verb*`.
        starred: bool,
        /// Whether the closing delimiter was found on the line.
        terminated: bool,
    },
    /// The body of a verbatim-like environment: the span is the body, from
    /// after `\begin{env}` and its options to before `\end{env}`.
    Verbatim {
        /// The environment's name, interned like control sequences.
        env: CsId,
    },
}

impl TokenKind {
    /// For a verb token spanning `span`, the span of its body.
    pub fn verb_body(self, span: crate::Span) -> Option<crate::Span> {
        let TokenKind::Verb {
            delimiter,
            starred,
            terminated,
        } = self
        else {
            return None;
        };
        let delimiter_len = char::from_u32(delimiter).map_or(1, char::len_utf8) as u32;
        let start = (span.start + u32::from(starred) + delimiter_len).min(span.end);
        let end = if terminated {
            span.end - delimiter_len
        } else {
            span.end
        };
        Some(crate::Span::new(start, end.max(start)))
    }
}

/// A TeX token and the bytes it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Kind and payload.
    pub kind: TokenKind,
    /// Source bytes. A token made by an end of line spans the line
    /// terminator (empty at the end of input without one).
    pub span: Span,
}

/// Source bytes that make no token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriviaKind {
    /// A comment, from `%` to the end of the line's content.
    Comment,
    /// Spaces TeX skipped (states N and S, and trailing spaces).
    Space,
    /// A line terminator that made no token.
    Eol,
    /// Catcode-9 characters.
    Ignored,
    /// The rest of a line after a catcode-5 character.
    Dropped,
}

impl TriviaKind {
    /// The name used in JSON output.
    pub const fn name(self) -> &'static str {
        match self {
            TriviaKind::Comment => "comment",
            TriviaKind::Space => "space",
            TriviaKind::Eol => "eol",
            TriviaKind::Ignored => "ignored",
            TriviaKind::Dropped => "dropped",
        }
    }
}

/// A span of trivia.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Trivia {
    /// What the bytes were.
    pub kind: TriviaKind,
    /// Where they are.
    pub span: Span,
}

/// A token or trivia: together, in order, they tile the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Record {
    /// A TeX token.
    Token(Token),
    /// Bytes without a token.
    Trivia(Trivia),
}

impl Record {
    /// The record's bytes.
    pub const fn span(&self) -> Span {
        match self {
            Record::Token(t) => t.span,
            Record::Trivia(t) => t.span,
        }
    }
}
