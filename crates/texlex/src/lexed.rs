//! The result of a lex: a view over the packed chunks a driver made, with
//! the names they use, the line index and the diagnostics.

use std::borrow::Cow;

use crate::diag::Diagnostic;
use crate::driver::LexedChunk;
use crate::pos::{LineIndex, LspPosition, Position, Positions};
use crate::store::{Chunk, OpenBraces, Records};
use crate::{CsId, Interner, Profile, Token, TokenKind};

/// A lexed document: the source it borrows, its tokens and trivia (packed),
/// the control-sequence names it uses, its line index and diagnostics.
///
/// ```
/// use texlex::{Lexer, Regime, TokenKind, builtin};
/// let doc = Lexer::new(Regime::Latex).lex(b"\\begin{x}\n\n")?;
/// let kinds: Vec<TokenKind> = doc.tokens().map(|t| t.kind).collect();
/// assert_eq!(kinds[0], TokenKind::Cs(builtin::BEGIN));
/// assert_eq!(kinds.last(), Some(&TokenKind::Cs(builtin::PAR)));
/// assert_eq!(doc.name(builtin::BEGIN), b"begin");
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lexed<'s> {
    source: &'s [u8],
    profile: Profile,
    chunks: Vec<Chunk>,
    names: Names<'s>,
    lines: LineIndex,
    diagnostics: Vec<Diagnostic>,
}

impl<'s> Lexed<'s> {
    /// Assembles a document from chunks lexed in order (the first at offset
    /// 0, each next one where the previous ends), all with `names`:
    /// offsets are rebased, and braces matched across chunk boundaries.
    pub(crate) fn from_chunks(
        source: &'s [u8],
        profile: &Profile,
        names: impl Into<Names<'s>>,
        parts: impl IntoIterator<Item = LexedChunk>,
    ) -> Self {
        let parts = parts.into_iter();
        let mut chunks = Vec::with_capacity(parts.size_hint().0);
        let mut diagnostics = Vec::new();
        let mut line_starts: Vec<u32> = Vec::new();
        let mut open = OpenBraces::default();
        let mut base = 0u32;
        for part in parts {
            open.add_chunk(part.diagnostics, part.braces, base, &mut diagnostics);
            if line_starts.is_empty() && base == 0 {
                // The first part's line starts need no rebasing.
                line_starts = part.line_starts;
            } else {
                let skip = usize::from(!line_starts.is_empty());
                line_starts.extend(part.line_starts[skip..].iter().map(|s| s + base));
            }
            let chunk_len = part.store.source_len();
            chunks.push(Chunk {
                base,
                store: part.store,
                history: part.history,
            });
            base += chunk_len;
        }
        debug_assert_eq!(base as usize, source.len());
        open.finish(&mut diagnostics);
        crate::store::sort_by_position(&mut diagnostics);
        if chunks.len() > 1 {
            crate::store::merge_ill_formed(&mut diagnostics);
        }
        Lexed {
            source,
            profile: profile.clone(),
            chunks,
            names: names.into(),
            lines: LineIndex::from_starts(line_starts, source.len() as u32),
            diagnostics,
        }
    }

    /// A piece of a stream: one chunk, lexed from `profile`, whose brace
    /// diagnostics the stream has settled.
    pub(crate) fn from_piece(
        source: &'s [u8],
        profile: Profile,
        names: Names<'s>,
        store: crate::store::Store,
        history: crate::catcode::History,
        line_starts: Vec<u32>,
        diagnostics: Vec<Diagnostic>,
    ) -> Self {
        Lexed {
            source,
            lines: LineIndex::from_starts(line_starts, source.len() as u32),
            chunks: vec![Chunk {
                base: 0,
                store,
                history,
            }],
            profile,
            names,
            diagnostics,
        }
    }

    /// The catcodes in force at byte `offset` (they differ from
    /// [`Lexed::profile`] only with catcode tracking).
    ///
    /// The document keeps the settings each assignment changed, and a
    /// whole profile only every so often; a profile between two kept ones
    /// is built by replaying the settings since the last, so this may
    /// allocate (borrowing where nothing changed since a kept profile).
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime};
    /// let source = b"a@b\\makeatletter a@b";
    /// let doc = Lexer::new(Regime::Latex).lex(source)?;
    /// assert_eq!(doc.profile_at(0).catcode('@' as u32), Catcode::Other);
    /// assert_eq!(doc.profile_at(18).catcode('@' as u32), Catcode::Letter);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn profile_at(&self, offset: u32) -> Cow<'_, Profile> {
        match self.chunk_at(offset) {
            Some(chunk) => chunk.history.profile_at(&self.profile, offset - chunk.base),
            None => Cow::Borrowed(&self.profile),
        }
    }

    /// The offsets from which catcode tracking changed the catcodes or
    /// `\endlinechar` (a setting in force from an offset on applies to the
    /// byte there), in order, each once: where [`Lexed::profile_at`] may
    /// change. None with static catcodes. The language server's hover
    /// reads the command before such an offset as the cause of a regime.
    ///
    /// ```
    /// use texlex::{Catcode, Lexer, Regime};
    /// let doc = Lexer::new(Regime::Latex).lex(b"a\\makeatletter b\\makeatother")?;
    /// let changes: Vec<u32> = doc.catcode_changes().collect();
    /// assert_eq!(changes.len(), 2);
    /// assert_eq!(doc.profile_at(changes[0]).catcode('@' as u32), Catcode::Letter);
    /// assert_eq!(doc.profile_at(changes[0] - 1).catcode('@' as u32), Catcode::Other);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn catcode_changes(&self) -> impl Iterator<Item = u32> + '_ {
        let mut last = None;
        self.chunks
            .iter()
            .flat_map(|chunk| chunk.history.offsets().map(move |o| o + chunk.base))
            .filter(move |&o| last.replace(o) != Some(o))
    }

    /// A key that two offsets share when no catcode or `\endlinechar`
    /// setting lies between them (so `profile_at` gives both the same
    /// profile): cheap where `profile_at` may copy a profile.
    pub(crate) fn settings_key(&self, offset: u32) -> (usize, usize) {
        let i = self.chunks.partition_point(|c| c.base <= offset);
        match i.checked_sub(1) {
            Some(i) => {
                let chunk = &self.chunks[i];
                (i, chunk.history.changes_through(offset - chunk.base))
            }
            None => (0, 0),
        }
    }

    /// The index of the first token where `self` and `other` differ,
    /// positions aside: kinds, character codes, control-sequence names
    /// and the bytes of `\verb` and verbatim bodies are compared. `None`
    /// when both have the same tokens; the shorter one's length when one
    /// is a prefix of the other.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let lexer = Lexer::new(Regime::Latex);
    /// let a = lexer.lex(b"\\foo  x% note\n")?;
    /// let b = lexer.lex(b"\\foo x\n")?;
    /// assert_eq!(a.first_difference(&b), Some(2)); // a space token, not the line end
    /// assert_eq!(a.first_difference(&lexer.lex(b"\\foo x%\n")?), None);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn first_difference(&self, other: &Lexed<'_>) -> Option<usize> {
        let mut theirs = other.tokens();
        for (i, ours) in self.tokens().enumerate() {
            match theirs.next() {
                Some(token) if self.same_token(ours, other, token) => {}
                _ => return Some(i),
            }
        }
        theirs.next().map(|_| self.tokens().count())
    }

    /// Whether `ours` (of `self`) and `theirs` (of `other`) are the same
    /// token to TeX: see [`Lexed::first_difference`].
    pub(crate) fn same_token(&self, ours: Token, other: &Lexed<'_>, theirs: Token) -> bool {
        fn bytes<'a>(lexed: &'a Lexed<'_>, token: Token) -> &'a [u8] {
            &lexed.source[token.span.range()]
        }
        match (ours.kind, theirs.kind) {
            (TokenKind::Cs(x), TokenKind::Cs(y)) => self.name(x) == other.name(y),
            (TokenKind::Verbatim { env: x }, TokenKind::Verbatim { env: y }) => {
                self.name(x) == other.name(y) && bytes(self, ours) == bytes(other, theirs)
            }
            (TokenKind::Verb { .. }, TokenKind::Verb { .. }) => {
                ours.kind == theirs.kind && bytes(self, ours) == bytes(other, theirs)
            }
            (x, y) => x == y,
        }
    }

    /// The chunk that holds byte `offset` (the last one for the source's
    /// end).
    fn chunk_at(&self, offset: u32) -> Option<&Chunk> {
        let i = self.chunks.partition_point(|c| c.base <= offset);
        i.checked_sub(1).map(|i| &self.chunks[i])
    }

    /// The source this document was lexed from.
    pub fn source(&self) -> &'s [u8] {
        self.source
    }

    /// The profile it was lexed with.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The TeX tokens, in order.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens {
            records: Records::new(self.source, &self.profile, &self.chunks, false),
        }
    }

    /// Tokens and trivia, in order: their spans tile the source.
    ///
    /// ```
    /// let doc = texlex::Lexer::new(texlex::Regime::Latex).lex(b"a %c\n")?;
    /// let mut end = 0;
    /// for record in doc.records() {
    ///     assert_eq!(record.span().start, end);
    ///     end = record.span().end;
    /// }
    /// assert_eq!(end, 5);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn records(&self) -> Records<'_> {
        Records::new(self.source, &self.profile, &self.chunks, true)
    }

    /// Tokens and trivia from the record that contains byte `offset` on:
    /// random access without iterating from the start.
    ///
    /// ```
    /// let doc = texlex::Lexer::new(texlex::Regime::Latex).lex(b"ab \\c")?;
    /// let first = doc.records_from(4).next().unwrap();
    /// assert_eq!(first.span().range(), 3..5);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn records_from(&self, offset: u32) -> Records<'_> {
        self.records().seek(offset)
    }

    /// Token counts: characters by catcode, active and invalid characters,
    /// control sequences by id. Much faster than counting [`tokens`]
    /// (runs of plain characters are counted, not decoded one by one).
    ///
    /// [`tokens`]: Lexed::tokens
    ///
    /// ```
    /// let doc = texlex::Lexer::new(texlex::Regime::Latex).lex(b"\\a b{}\n")?;
    /// let stats = doc.token_stats();
    /// assert_eq!(stats.chars[11], 1); // b
    /// assert_eq!(stats.tokens(), doc.tokens().count() as u64);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn token_stats(&self) -> crate::TokenStats {
        use crate::count::{BATCH, SegmentClasses, SegmentCounts};
        let mut tally = crate::store::TokenTally::default();
        // The characters of plain runs, counted as the counting pass
        // counts them: many runs at once.
        let classes = SegmentClasses::new(&self.profile);
        let mut segments = SegmentCounts::default();
        let mut batch = Vec::with_capacity(BATCH);
        for chunk in &self.chunks {
            crate::store::count_chunk(
                self.source,
                &self.profile,
                chunk,
                &mut tally,
                &mut |start, end| {
                    if batch.len() == BATCH {
                        classes.count_all(&self.profile, self.source, &batch, &mut segments);
                        batch.clear();
                    }
                    batch.push((start, end));
                },
            );
        }
        classes.count_all(&self.profile, self.source, &batch, &mut segments);
        for (total, n) in tally.chars.iter_mut().zip(segments.chars()) {
            *total += n;
        }
        tally.stats()
    }

    /// Problems found, in order of position.
    ///
    /// ```
    /// use texlex::{DiagnosticKind, Lexer, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"{ }}")?;
    /// let kinds: Vec<DiagnosticKind> = lexed.diagnostics().map(|d| d.kind).collect();
    /// assert_eq!(kinds, [DiagnosticKind::UnmatchedCloseBrace]);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn diagnostics(&self) -> std::iter::Copied<std::slice::Iter<'_, Diagnostic>> {
        self.diagnostics.iter().copied()
    }

    /// The name of control sequence `id` (bytes, usually UTF-8: `^^`
    /// notation in names can make other byte strings, as in LuaTeX).
    pub fn name(&self, id: CsId) -> &[u8] {
        self.names.get().name(id)
    }

    /// The id of the control sequence named `name`, if this document uses
    /// it or it is one of the [`builtin`](crate::builtin) names.
    ///
    /// ```
    /// use texlex::{Lexer, Regime, builtin};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"\\mymacro")?;
    /// assert!(lexed.lookup(b"mymacro").is_some());
    /// assert_eq!(lexed.lookup(b"section"), Some(builtin::SECTION));
    /// assert_eq!(lexed.lookup(b"unused"), None);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn lookup(&self, name: &[u8]) -> Option<CsId> {
        self.names.get().get(name)
    }

    /// The names interned while lexing.
    pub(crate) fn interner(&self) -> &Interner {
        self.names.get()
    }

    /// The line index built while lexing.
    #[cfg(test)]
    pub(crate) fn line_index(&self) -> &LineIndex {
        &self.lines
    }

    /// Line and columns of a byte offset (clamped to the end).
    ///
    /// ```
    /// use texlex::{Lexer, Regime, Position};
    /// let lexed = Lexer::new(Regime::Latex).lex("a\n😀}".as_bytes())?;
    /// let d = lexed.diagnostics().next().unwrap();
    /// assert_eq!(lexed.position(d.span.start), Position { line: 2, col: 2, utf16_col: 2, byte_col: 4 });
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn position(&self, offset: u32) -> Position {
        self.lines.position(self.source, offset)
    }

    /// A cursor for the positions of many offsets asked in increasing
    /// order: each costs the bytes since the one before, not the line's
    /// prefix.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"}}}")?;
    /// let mut positions = lexed.positions();
    /// let cols: Vec<u32> = lexed.diagnostics().map(|d| positions.position(d.span.start).col).collect();
    /// assert_eq!(cols, [1, 2, 3]);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn positions(&self) -> Positions<'_> {
        self.lines.positions(self.source)
    }

    /// The Language Server Protocol's position of a byte offset: 0-based
    /// line and UTF-16 column (clamped to the end).
    pub fn lsp_position(&self, offset: u32) -> LspPosition {
        self.lines.lsp_position(self.source, offset)
    }

    /// The byte offset of an LSP position; a character past the end of its
    /// line clamps to the line's end, and `None` means a line past the
    /// last.
    ///
    /// ```
    /// use texlex::{Lexer, LspPosition, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex("😀x\ny".as_bytes())?;
    /// assert_eq!(lexed.offset_of_lsp(LspPosition { line: 0, character: 2 }), Some(4));
    /// assert_eq!(lexed.offset_of_lsp(LspPosition { line: 1, character: 0 }), Some(6));
    /// assert_eq!(lexed.offset_of_lsp(LspPosition { line: 2, character: 0 }), None);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn offset_of_lsp(&self, position: LspPosition) -> Option<u32> {
        self.lines.offset_of_lsp(self.source, position)
    }

    /// The 0-based line that holds byte `offset` (a line terminator belongs
    /// to the line it ends; offsets past the end are on the last line).
    pub fn line_of(&self, offset: u32) -> u32 {
        self.lines.line_of(offset)
    }

    /// The bytes of 0-based `line`, without its terminator; `None` past the
    /// last line.
    ///
    /// ```
    /// use texlex::{Lexer, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"ab\r\ncd")?;
    /// assert_eq!(lexed.line_range(1), Some(4..6));
    /// assert_eq!(lexed.line_range(2), None);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn line_range(&self, line: u32) -> Option<std::ops::Range<u32>> {
        self.lines.line_range(self.source, line)
    }

    /// Number of lines, as an editor counts them (a final line terminator
    /// opens one more, empty line).
    pub fn line_count(&self) -> usize {
        self.lines.line_count()
    }

    /// Heap bytes used by the token store (the source not counted).
    pub(crate) fn store_heap_bytes(&self) -> usize {
        self.chunks.iter().map(|c| c.store.heap_bytes()).sum()
    }

    /// Number of packed entries (a segment of plain characters counts once).
    pub(crate) fn entry_count(&self) -> usize {
        self.chunks.iter().map(|c| c.store.entry_count()).sum()
    }
}

/// The control-sequence names a [`Lexed`] reads its ids with: its own, or
/// those of the [`Stream`](crate::Stream) it is a piece of.
#[derive(Clone, Debug)]
pub(crate) enum Names<'s> {
    Owned(Interner),
    Borrowed(&'s Interner),
}

impl Names<'_> {
    fn get(&self) -> &Interner {
        match self {
            Names::Owned(names) => names,
            Names::Borrowed(names) => names,
        }
    }
}

impl From<Interner> for Names<'_> {
    fn from(names: Interner) -> Self {
        Names::Owned(names)
    }
}

/// Iterator over the TeX tokens of a [`Lexed`] document.
#[derive(Clone)]
pub struct Tokens<'a> {
    records: Records<'a>,
}

impl Iterator for Tokens<'_> {
    type Item = crate::Token;

    #[inline(always)]
    fn next(&mut self) -> Option<crate::Token> {
        match self.records.next()? {
            crate::Record::Token(t) => Some(t),
            crate::Record::Trivia(_) => unreachable!("token iterators skip trivia"),
        }
    }
}
