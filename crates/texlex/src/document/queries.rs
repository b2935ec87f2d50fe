//! Reading a document: positions of offsets and offsets of LSP
//! positions, records, tokens by range, line or offset, diagnostics (braces
//! matched across chunks), and a [`Lexed`] view.

use std::borrow::Cow;
use std::ops::Range;

use crate::driver::LexedChunk;
use crate::pos::{LspPosition, Position};
use crate::{CsId, Interner, Lexed, Profile, Record, Token};

use super::iter::{DocumentDiagnostics, DocumentRecords, DocumentTokens};
use super::tree::Place;
use super::{Document, EditError};

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
            return Err(EditError::OffsetBeyondText {
                offset,
                len: doc.len(),
            });
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

impl Document {
    /// Line and columns of byte `offset`.
    ///
    /// # Errors
    /// [`EditError::OffsetBeyondText`] past the end of the text.
    ///
    /// ```
    /// use texlex::{EditError, Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document("a\né\n".as_bytes()).unwrap();
    /// let p = doc.position(4).unwrap(); // after the é
    /// assert_eq!((p.line, p.col, p.byte_col), (2, 2, 2)); // 1-based line and column
    /// assert_eq!(doc.position(6), Err(EditError::OffsetBeyondText { offset: 6, len: 5 }));
    /// ```
    pub fn position(&self, offset: u32) -> Result<Position, EditError> {
        self.positions().position(offset)
    }

    /// The LSP position (0-based line, UTF-16 column) of byte `offset`.
    pub fn lsp_position(&self, offset: u32) -> Result<LspPosition, EditError> {
        self.positions().lsp_position(offset)
    }

    /// A cursor for the positions of many offsets asked in increasing
    /// order, such as every diagnostic after an edit: each costs the bytes
    /// since the one before on its line (see [`Lexed::positions`](crate::Lexed::positions)),
    /// where [`Document::position`] counts from the line's start.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document("é}}\n}".as_bytes()).unwrap();
    /// let mut positions = doc.positions();
    /// let lsp: Vec<_> = doc
    ///     .diagnostics()
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
    ///
    /// # Errors
    /// [`EditError::LineBeyondDocument`] for a line past the last.
    ///
    /// ```
    /// use texlex::{Lexer, LspPosition, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"ab\ncd\n").unwrap();
    /// assert_eq!(doc.offset_of_lsp(LspPosition { line: 1, character: 1 }), Ok(4));
    /// assert_eq!(doc.offset_of_lsp(LspPosition { line: 0, character: 99 }), Ok(2));
    /// assert!(doc.offset_of_lsp(LspPosition { line: 3, character: 0 }).is_err());
    /// ```
    pub fn offset_of_lsp(&self, pos: LspPosition) -> Result<u32, EditError> {
        let line = pos.line as usize;
        let beyond = || EditError::LineBeyondDocument {
            line: pos.line,
            lines: self.line_count(),
        };
        if line >= self.line_count() {
            return Err(beyond());
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
            .ok_or_else(beyond)
    }

    /// All records (tokens and trivia), in order, with document offsets.
    ///
    /// ```
    /// use texlex::{Lexer, Record, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"\\a b % note\n").unwrap();
    /// let records: Vec<Record> = doc.records().collect();
    /// let text = doc.text();
    /// assert_eq!(records, doc.to_lexed(&text).records().collect::<Vec<_>>());
    /// // `\a`, `b`, a space, then the comment (trivia).
    /// assert_eq!(records.iter().filter(|r| matches!(r, Record::Token(_))).count(), 3);
    /// ```
    pub fn records(&self) -> DocumentRecords<'_> {
        DocumentRecords::new(self)
    }

    /// Tokens and trivia from the record that contains byte `offset` on
    /// (none from the end of the text on): a viewport's records without
    /// iterating from the start, as [`Lexed::records_from`] gives them.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).document(b"ab \\c % d\n")?;
    /// let first = doc.records_from(4).next().unwrap();
    /// assert_eq!(first.span().range(), 3..5);
    /// assert_eq!(doc.records_from(4).count(), 4); // \c, a space, the comment, the line end
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn records_from(&self, offset: u32) -> DocumentRecords<'_> {
        DocumentRecords::from_offset(self, offset)
    }

    /// The catcodes in force at byte `offset` (they differ from
    /// [`Document::profile`] only with catcode tracking), as
    /// [`Lexed::profile_at`] gives them; the profile at the end of the text
    /// for an offset past it. May allocate (see there).
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).document(b"a@b\\makeatletter a@b\n")?;
    /// assert_eq!(doc.profile_at(0).catcode('@' as u32), Catcode::Other);
    /// assert_eq!(doc.profile_at(18).catcode('@' as u32), Catcode::Letter);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn profile_at(&self, offset: u32) -> Cow<'_, Profile> {
        let offset = offset.min(self.len());
        let place = self.place_of_offset(offset);
        let chunk = self.chunk(place);
        chunk
            .lexed
            .history
            .profile_at(&self.profile, offset - place.start)
    }

    /// The offsets from which catcode tracking changed the catcodes or
    /// `\endlinechar`, in order, each once: where [`Document::profile_at`]
    /// may change, as [`Lexed::catcode_changes`] gives them.
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).document(b"a\n\\ExplSyntaxOn\nb\n")?;
    /// let changes: Vec<u32> = doc.catcode_changes().collect();
    /// assert_eq!(changes.len(), 1);
    /// assert_eq!(doc.profile_at(changes[0]).catcode('_' as u32), Catcode::Letter);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn catcode_changes(&self) -> impl Iterator<Item = u32> + '_ {
        let mut start = 0;
        let mut last = None;
        self.chunks()
            .flat_map(move |chunk| {
                let base = start;
                start += chunk.len();
                chunk.lexed.history.offsets().map(move |o| o + base)
            })
            .filter(move |&o| last.replace(o) != Some(o))
    }

    /// The tokens overlapping bytes `range` (a zero-width token counts if it
    /// sits inside the range or at its start), in order.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"\\emph{x} yz\n").unwrap();
    /// let spans: Vec<_> = doc.tokens_in(5..10).map(|t| (t.span.start, t.span.end)).collect();
    /// assert_eq!(spans, [(5, 6), (6, 7), (7, 8), (8, 9), (9, 10)]); // {, x, }, space, y
    /// ```
    pub fn tokens_in(&self, range: Range<u32>) -> DocumentTokens<'_> {
        DocumentTokens::new(self, range)
    }

    /// The tokens of 0-based lines `lines` (overlapping them), in order;
    /// none if a line is past the end.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"a\n{b}\nc\n").unwrap();
    /// assert_eq!(doc.tokens_in_lines(1..2).count(), 4); // {, b, }, space
    /// assert_eq!(doc.tokens_in_lines(7..9).count(), 0);
    /// ```
    pub fn tokens_in_lines(&self, lines: Range<u32>) -> DocumentTokens<'_> {
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
            _ => DocumentTokens::empty(self),
        }
    }

    /// The token whose bytes contain `offset`, if any (trivia has none).
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"\\emph{x} % c\n").unwrap();
    /// assert_eq!(doc.token_at(2).map(|t| (t.span.start, t.span.end)), Some((0, 5)));
    /// assert_eq!(doc.token_at(11), None); // in the comment
    /// ```
    pub fn token_at(&self, offset: u32) -> Option<Token> {
        self.tokens_in(offset..offset.saturating_add(1))
            .find(|t| t.span.start <= offset && offset < t.span.end)
    }

    /// Diagnostics of the whole document, sorted by position (braces are
    /// matched across the whole text): the `{` left open are found when
    /// this is called, the rest as the iteration reaches them.
    ///
    /// ```
    /// use texlex::{DiagnosticKind, Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).track_catcodes(false).document(b"{a\n}}\n{\n").unwrap();
    /// let kinds: Vec<_> = doc.diagnostics().map(|d| (d.kind, d.span.start)).collect();
    /// assert_eq!(kinds, [
    ///     (DiagnosticKind::UnmatchedCloseBrace, 4),
    ///     (DiagnosticKind::UnclosedOpenBrace, 6),
    /// ]);
    /// ```
    pub fn diagnostics(&self) -> DocumentDiagnostics<'_> {
        DocumentDiagnostics::new(self)
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

/// A record moved by `delta` bytes.
pub(super) fn shifted(record: &Record, delta: i64) -> Record {
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
