//! Live documents: an editable text whose tokens are kept up to date
//! incrementally, in time proportional to the edit, not to the file.
//!
//! # Design
//! The text is held in *chunks* of whole lines (about [`CHUNK_TARGET`](chunk::CHUNK_TARGET)
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
//! Chunks sit in blocks of at most [`BLOCK_MAX`](tree::BLOCK_MAX) chunks that cache their
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
//!
//! # Where things are
//! - `mod.rs`: the [`Document`] type, its construction and its plain
//!   accessors, and [`Change`], what an edit reports;
//! - `chunk.rs`: a chunk (a stretch of whole lines with its tokens), how a
//!   text is cut into chunks and lexed into them;
//! - `tree.rs`: the blocks of chunks with their cached totals, finding a
//!   chunk by offset, line or index, and replacing chunks;
//! - `edit.rs`: the edit algorithm and the computation of its [`Change`];
//! - `queries.rs`: positions, records, tokens by range, line or offset,
//!   diagnostics, and the [`Lexed`](crate::Lexed) view;
//! - `iter.rs`: the iterators those queries return;
//! - `error.rs`: [`EditError`];
//! - `tests.rs`: random edit sequences against a fresh lex, edge cases.

mod chunk;
mod edit;
mod error;
mod iter;
mod queries;
#[cfg(test)]
mod tests;
mod tree;

use std::ops::Range;
use std::sync::Arc;

use crate::engine::EngineState;
use crate::{CsId, Interner, LexError, LexOptions, Profile};

pub use error::EditError;
pub use iter::{DocumentDiagnostics, DocumentRecords, DocumentTokens};
pub use queries::DocumentPositions;
use tree::{Block, Totals, blocks_of};

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
    /// Bytes lexed again: see [`Change::relexed_bytes`].
    relexed_bytes: usize,
    /// Tokens lexed again: see [`Change::relexed_tokens`].
    relexed_tokens: usize,
}

impl Change {
    /// Bytes lexed again for this edit. An unstable metric for the edit
    /// benchmarks and `texlex replay --timings`, not part of the stable
    /// API: what counts as re-lexed may change with the algorithm.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"a\nb\n").unwrap();
    /// assert!(doc.edit(0..0, b"x").unwrap().relexed_bytes() >= 3);
    /// ```
    #[doc(hidden)]
    pub fn relexed_bytes(&self) -> usize {
        self.relexed_bytes
    }

    /// Tokens lexed again for this edit. An unstable metric, like
    /// [`Change::relexed_bytes`].
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"a\nb\n").unwrap();
    /// assert!(doc.edit(0..0, b"x").unwrap().relexed_tokens() >= 3);
    /// ```
    #[doc(hidden)]
    pub fn relexed_tokens(&self) -> usize {
        self.relexed_tokens
    }
}

/// An editable document whose tokens follow its edits.
///
/// ```
/// use texlex::{Lexer, Regime, TokenKind};
/// let mut doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"\\emph{old} text\n").unwrap();
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
    starts: Vec<Totals>,
    /// Static catcodes, or tracking (and verbatim).
    options: LexOptions,
    /// With tracking: stored start states of chunks from this offset on
    /// may have a stale save-stack depth (see [`Document::relex_tracked`]);
    /// no assignment follows them, so that the depth changes no token.
    stale_from: Option<u32>,
}

impl Document {
    /// A document holding `text`, with static catcodes (the unit tests'
    /// shorthand).
    #[cfg(test)]
    pub(crate) fn new(text: &[u8], profile: &Profile) -> Result<Document, LexError> {
        Document::with_options(text, profile, &LexOptions::static_catcodes())
    }

    /// A document lexed with `options` (made by
    /// [`Lexer::document`](crate::Lexer::document)): with catcode tracking
    /// (and verbatim), the state at each chunk's start is kept, and an edit
    /// re-lexes on until the state at a chunk start is what it was.
    pub(crate) fn with_options(
        text: &[u8],
        profile: &Profile,
        options: &LexOptions,
    ) -> Result<Document, LexError> {
        crate::driver::check_len(text)?;
        let mut doc = Document {
            profile: profile.clone(),
            names: Interner::new(),
            blocks: Vec::new(),
            starts: Vec::new(),
            options: options.clone(),
            stale_from: None,
        };
        let chunks = if options.track {
            let start = Arc::new(EngineState::initial(profile, options));
            doc.lex_tracked(text, start, true).0
        } else {
            doc.lex_chunks(text)
        };
        doc.blocks = blocks_of(chunks);
        doc.refresh_from(0);
        Ok(doc)
    }

    /// The profile the document is lexed with.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Length of the text in bytes.
    pub fn len(&self) -> u32 {
        self.totals().bytes as u32
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of lines, as an editor counts them.
    pub fn line_count(&self) -> usize {
        self.totals().lines as usize + usize::from(self.last_chunk().ends_with_terminator())
    }

    /// Number of TeX tokens.
    pub fn token_count(&self) -> usize {
        self.totals().tokens as usize
    }

    /// The text, copied out.
    pub fn text(&self) -> Vec<u8> {
        let mut text = Vec::with_capacity(self.len() as usize);
        for chunk in self.chunks() {
            text.extend_from_slice(&chunk.text);
        }
        text
    }

    /// The bytes of `range`, copied out (clamped to the text): a token's
    /// text without copying the whole document.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).document(b"\\emph{x}\n").unwrap();
    /// assert_eq!(doc.text_in(1..5), b"emph");
    /// assert_eq!(doc.text_in(8..99), b"\n");
    /// ```
    pub fn text_in(&self, range: Range<u32>) -> Vec<u8> {
        let end = range.end.min(self.len());
        let mut out = Vec::with_capacity(end.saturating_sub(range.start) as usize);
        let mut start = 0u32;
        for chunk in self.chunks() {
            let chunk_end = start + chunk.len();
            if chunk_end > range.start && start < end {
                let from = range.start.max(start) - start;
                let to = end.min(chunk_end) - start;
                out.extend_from_slice(&chunk.text[from as usize..to as usize]);
            }
            if chunk_end >= end {
                break;
            }
            start = chunk_end;
        }
        out
    }

    /// The name of a control sequence.
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.name(id)
    }

    /// The id of the control sequence named `name`, if the document has
    /// used it (since it was made: names stay after the text that used
    /// them is edited away) or it is one of the [`builtin`](crate::builtin)
    /// names, as [`Lexed::lookup`](crate::Lexed::lookup) answers.
    ///
    /// ```
    /// use texlex::{Lexer, Regime, builtin};
    /// let mut doc = Lexer::new(Regime::Latex).document(b"\\mymacro\n")?;
    /// let id = doc.lookup(b"mymacro").unwrap();
    /// assert_eq!(doc.name(id), b"mymacro");
    /// assert_eq!(doc.lookup(b"section"), Some(builtin::SECTION));
    /// assert_eq!(doc.lookup(b"other"), None);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn lookup(&self, name: &[u8]) -> Option<CsId> {
        self.names.get(name)
    }
}
