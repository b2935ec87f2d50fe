//! What TeX sees, span by span: every token and trivia record of a lexed
//! text gets a [`Category`] (a control word, an `@` name under
//! `\makeatletter`, an expl3 function and its `:signature`, a parameter
//! `#1`, a math shift, a comment, a verbatim body, a character TeX
//! drops…), and each category maps to a semantic-token type and modifiers
//! of the [`LEGEND`] that default editor themes colour.
//!
//! This is the one classification of the language server (`texlex lsp`:
//! semantic tokens) and of `texlex view` (the HTML page): both read the
//! spans [`classify`] yields. It works over anything that implements
//! [`Lexing`]: a one-shot [`texlex::Lexed`] or a live [`texlex::Document`].
//!
//! Categories come from the tokens texlex made, so they follow the
//! catcodes in force: `\foo@bar` is one internal name after
//! `\makeatletter` and `\foo` then the text `@bar` before it; `%` inside
//! `lstlisting` is part of a verbatim body, not a comment.

use std::borrow::Cow;

use texlex::{Catcode, CsId, Document, Lexed, Profile, Record, Span, TokenKind, TriviaKind};

/// What a lexed text offers the classification, the hover and the
/// structure queries: implemented for [`Lexed`] and [`Document`].
pub trait Lexing {
    /// The name of a control sequence.
    fn name(&self, id: CsId) -> &[u8];
    /// Tokens and trivia from the record containing byte `offset` on.
    fn records_from(&self, offset: u32) -> Box<dyn Iterator<Item = Record> + '_>;
    /// The catcodes in force at byte `offset`.
    fn profile_at(&self, offset: u32) -> Cow<'_, Profile>;
    /// Offsets where catcode tracking changed the catcodes, in order.
    fn catcode_changes(&self) -> Vec<u32>;
    /// The bytes of `span` (clamped to the text).
    fn bytes(&self, span: Span) -> Cow<'_, [u8]>;
    /// The 0-based line of byte `offset`.
    fn line0(&self, offset: u32) -> u32;
    /// The 0-based lines of `offsets`, which must be in increasing order
    /// (faster than [`Lexing::line0`] one by one).
    fn lines0(&self, offsets: &[u32]) -> Vec<u32>;
    /// The regime the text started in.
    fn profile(&self) -> &Profile;
    /// Length in bytes.
    fn len(&self) -> u32;
    /// Whether the text is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Lexing for Lexed<'_> {
    fn name(&self, id: CsId) -> &[u8] {
        Lexed::name(self, id)
    }
    fn records_from(&self, offset: u32) -> Box<dyn Iterator<Item = Record> + '_> {
        Box::new(Lexed::records_from(self, offset))
    }
    fn profile_at(&self, offset: u32) -> Cow<'_, Profile> {
        Lexed::profile_at(self, offset)
    }
    fn catcode_changes(&self) -> Vec<u32> {
        Lexed::catcode_changes(self).collect()
    }
    fn bytes(&self, span: Span) -> Cow<'_, [u8]> {
        let source = self.source();
        let end = (span.end as usize).min(source.len());
        let start = (span.start as usize).min(end);
        Cow::Borrowed(&source[start..end])
    }
    fn line0(&self, offset: u32) -> u32 {
        self.line_of(offset.min(Lexing::len(self)))
    }
    fn lines0(&self, offsets: &[u32]) -> Vec<u32> {
        let mut positions = self.positions();
        let len = Lexing::len(self);
        offsets
            .iter()
            .map(|&o| positions.position(o.min(len)).line.saturating_sub(1))
            .collect()
    }
    fn profile(&self) -> &Profile {
        Lexed::profile(self)
    }
    fn len(&self) -> u32 {
        self.source().len() as u32
    }
}

impl Lexing for Document {
    fn name(&self, id: CsId) -> &[u8] {
        Document::name(self, id)
    }
    fn records_from(&self, offset: u32) -> Box<dyn Iterator<Item = Record> + '_> {
        Box::new(Document::records_from(self, offset))
    }
    fn profile_at(&self, offset: u32) -> Cow<'_, Profile> {
        Document::profile_at(self, offset)
    }
    fn catcode_changes(&self) -> Vec<u32> {
        Document::catcode_changes(self).collect()
    }
    fn bytes(&self, span: Span) -> Cow<'_, [u8]> {
        Cow::Owned(self.text_in(span.start..span.end))
    }
    fn line0(&self, offset: u32) -> u32 {
        self.lsp_position(offset.min(Document::len(self)))
            .map_or(0, |p| p.line)
    }
    fn lines0(&self, offsets: &[u32]) -> Vec<u32> {
        let mut positions = self.positions();
        let len = Document::len(self);
        offsets
            .iter()
            .map(|&o| positions.lsp_position(o.min(len)).map_or(0, |p| p.line))
            .collect()
    }
    fn profile(&self) -> &Profile {
        Document::profile(self)
    }
    fn len(&self) -> u32 {
        Document::len(self)
    }
}

/// What TeX sees in a span of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A control word, `\section`: escape and letters.
    ControlWord,
    /// A control symbol, `\\` or `\,`: escape and one character that is
    /// not a letter (by Unicode: `\@` counts as a symbol even when `@` is a
    /// letter).
    ControlSymbol,
    /// A name kept for package internals: a control word with `@` in it
    /// (so `@` was a letter: `\makeatletter`, a `.sty` file), or an expl3
    /// private name with `__` (`\__mymod_helper:n`, `\l__mymod_tl`); for a
    /// private function, the part before the `:`.
    InternalName,
    /// The name part of an expl3 function, `\cs_new:Npn` up to the `:`.
    Expl3Function,
    /// The `:signature` of an expl3 function (`:Npn`), colon included.
    Expl3Signature,
    /// An expl3 variable or constant: a control word with `_` in it
    /// (`\l_tmpa_tl`, `\c_space_tl`) and no `:`.
    Expl3Variable,
    /// A parameter: `#1` (the `#` and its digit), `##`, or a lone `#`
    /// (catcode 6).
    Parameter,
    /// A math shift, `$` (catcode 3).
    MathShift,
    /// An alignment tab, `&` (catcode 4).
    AlignmentTab,
    /// A superscript character, `^` (catcode 7).
    Superscript,
    /// A subscript character, `_` (catcode 8).
    Subscript,
    /// A begin-group character, `{` (catcode 1).
    BeginGroup,
    /// An end-group character, `}` (catcode 2).
    EndGroup,
    /// An active character, `~` (catcode 13): it behaves like a macro.
    Active,
    /// A comment, from `%` (catcode 14) to the end of the line.
    Comment,
    /// The argument of `\verb`, delimiters included.
    Verb,
    /// The body of a verbatim environment (`verbatim`, `lstlisting`,
    /// `minted`, …).
    VerbatimBody,
    /// A character TeX reports and drops (catcode 15).
    Invalid,
    /// Characters TeX ignores without a word (catcode 9).
    Ignored,
    /// The rest of a line after an end-of-line character (catcode 5), which
    /// TeX never reads.
    Dropped,
    /// Letters and other characters (catcodes 11 and 12): plain text.
    Text,
    /// Space tokens, spaces TeX skips, line ends, and the `\par` of a
    /// blank line.
    Space,
}

impl Category {
    /// Every category, in order.
    pub const ALL: [Category; 22] = [
        Category::ControlWord,
        Category::ControlSymbol,
        Category::InternalName,
        Category::Expl3Function,
        Category::Expl3Signature,
        Category::Expl3Variable,
        Category::Parameter,
        Category::MathShift,
        Category::AlignmentTab,
        Category::Superscript,
        Category::Subscript,
        Category::BeginGroup,
        Category::EndGroup,
        Category::Active,
        Category::Comment,
        Category::Verb,
        Category::VerbatimBody,
        Category::Invalid,
        Category::Ignored,
        Category::Dropped,
        Category::Text,
        Category::Space,
    ];

    /// A stable kebab-case name (for CSS classes and JSON).
    pub const fn name(self) -> &'static str {
        match self {
            Category::ControlWord => "control-word",
            Category::ControlSymbol => "control-symbol",
            Category::InternalName => "internal-name",
            Category::Expl3Function => "expl3-function",
            Category::Expl3Signature => "expl3-signature",
            Category::Expl3Variable => "expl3-variable",
            Category::Parameter => "parameter",
            Category::MathShift => "math-shift",
            Category::AlignmentTab => "alignment-tab",
            Category::Superscript => "superscript",
            Category::Subscript => "subscript",
            Category::BeginGroup => "begin-group",
            Category::EndGroup => "end-group",
            Category::Active => "active",
            Category::Comment => "comment",
            Category::Verb => "verb",
            Category::VerbatimBody => "verbatim-body",
            Category::Invalid => "invalid",
            Category::Ignored => "ignored",
            Category::Dropped => "dropped",
            Category::Text => "text",
            Category::Space => "space",
        }
    }

    /// A short description, for hovers and the legend of `texlex view`.
    pub const fn description(self) -> &'static str {
        match self {
            Category::ControlWord => "control word",
            Category::ControlSymbol => "control symbol",
            Category::InternalName => "internal name",
            Category::Expl3Function => "expl3 function",
            Category::Expl3Signature => "expl3 signature",
            Category::Expl3Variable => "expl3 variable",
            Category::Parameter => "macro parameter",
            Category::MathShift => "math shift",
            Category::AlignmentTab => "alignment tab",
            Category::Superscript => "superscript character",
            Category::Subscript => "subscript character",
            Category::BeginGroup => "begin-group character",
            Category::EndGroup => "end-group character",
            Category::Active => "active character",
            Category::Comment => "comment",
            Category::Verb => "\\verb argument",
            Category::VerbatimBody => "verbatim body",
            Category::Invalid => "invalid character (dropped)",
            Category::Ignored => "ignored character",
            Category::Dropped => "never read (after an end-of-line character)",
            Category::Text => "text",
            Category::Space => "space",
        }
    }

    /// The semantic token of this category: (index into
    /// [`LEGEND`]`.types`, bit set over [`LEGEND`]`.modifiers`), or `None`
    /// for text and spaces, which get no semantic token.
    pub const fn semantic(self) -> Option<(u32, u32)> {
        use modifier as m;
        use token_type as t;
        Some(match self {
            Category::ControlWord => (t::MACRO, 0),
            Category::ControlSymbol => (t::MACRO, m::CONTROL_SYMBOL),
            Category::InternalName => (t::MACRO, m::INTERNAL),
            Category::Expl3Function => (t::FUNCTION, 0),
            Category::Expl3Signature => (t::TYPE_PARAMETER, 0),
            Category::Expl3Variable => (t::VARIABLE, 0),
            Category::Parameter => (t::PARAMETER, 0),
            Category::MathShift => (t::OPERATOR, m::MATH),
            Category::AlignmentTab => (t::OPERATOR, m::ALIGNMENT),
            Category::Superscript => (t::OPERATOR, m::SUPERSCRIPT),
            Category::Subscript => (t::OPERATOR, m::SUBSCRIPT),
            Category::BeginGroup | Category::EndGroup => (t::OPERATOR, m::GROUP),
            Category::Active => (t::VARIABLE, m::ACTIVE),
            Category::Comment => (t::COMMENT, 0),
            Category::Verb => (t::STRING, 0),
            Category::VerbatimBody => (t::STRING, m::VERBATIM),
            Category::Invalid => (t::REGEXP, m::DEPRECATED | m::INVALID),
            Category::Ignored => (t::COMMENT, m::IGNORED),
            Category::Dropped => (t::COMMENT, m::DROPPED),
            Category::Text | Category::Space => return None,
        })
    }
}

/// The semantic-token legend: standard LSP token types (so default themes
/// colour them) and modifiers, standard (`deprecated`) and texlex's own.
#[derive(Clone, Copy, Debug)]
pub struct Legend {
    /// Token types, by index.
    pub types: &'static [&'static str],
    /// Token modifiers, by bit.
    pub modifiers: &'static [&'static str],
}

/// The legend the server announces.
pub const LEGEND: Legend = Legend {
    types: &[
        "macro",
        "function",
        "variable",
        "typeParameter",
        "parameter",
        "operator",
        "comment",
        "string",
        "regexp",
    ],
    modifiers: &[
        "controlSymbol",
        "internal",
        "math",
        "alignment",
        "superscript",
        "subscript",
        "group",
        "active",
        "verbatim",
        "deprecated",
        "invalid",
        "ignored",
        "dropped",
    ],
};

/// Indexes into [`LEGEND`]`.types`.
pub mod token_type {
    /// `macro`.
    pub const MACRO: u32 = 0;
    /// `function`.
    pub const FUNCTION: u32 = 1;
    /// `variable`.
    pub const VARIABLE: u32 = 2;
    /// `typeParameter`.
    pub const TYPE_PARAMETER: u32 = 3;
    /// `parameter`.
    pub const PARAMETER: u32 = 4;
    /// `operator`.
    pub const OPERATOR: u32 = 5;
    /// `comment`.
    pub const COMMENT: u32 = 6;
    /// `string`.
    pub const STRING: u32 = 7;
    /// `regexp`.
    pub const REGEXP: u32 = 8;
}

/// Bits over [`LEGEND`]`.modifiers`.
pub mod modifier {
    /// `controlSymbol`.
    pub const CONTROL_SYMBOL: u32 = 1 << 0;
    /// `internal`.
    pub const INTERNAL: u32 = 1 << 1;
    /// `math`.
    pub const MATH: u32 = 1 << 2;
    /// `alignment`.
    pub const ALIGNMENT: u32 = 1 << 3;
    /// `superscript`.
    pub const SUPERSCRIPT: u32 = 1 << 4;
    /// `subscript`.
    pub const SUBSCRIPT: u32 = 1 << 5;
    /// `group`.
    pub const GROUP: u32 = 1 << 6;
    /// `active`.
    pub const ACTIVE: u32 = 1 << 7;
    /// `verbatim`.
    pub const VERBATIM: u32 = 1 << 8;
    /// `deprecated` (standard: themes strike it through).
    pub const DEPRECATED: u32 = 1 << 9;
    /// `invalid`.
    pub const INVALID: u32 = 1 << 10;
    /// `ignored`.
    pub const IGNORED: u32 = 1 << 11;
    /// `dropped`.
    pub const DROPPED: u32 = 1 << 12;
}

/// A classified span of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Classified {
    /// The bytes.
    pub span: Span,
    /// What TeX sees there.
    pub category: Category,
}

/// The category of a control sequence named `name` spanning `span`.
/// Returns the category of the whole span, and, for an expl3 function
/// written plainly (escape, name, nothing else), where its `:signature`
/// starts.
pub fn control_sequence(name: &[u8], span: Span) -> (Category, Option<u32>) {
    let symbol = match std::str::from_utf8(name) {
        Ok(s) => {
            let mut chars = s.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_alphabetic())
        }
        Err(_) => name.len() <= 1,
    };
    if symbol || name.is_empty() {
        return (Category::ControlSymbol, None);
    }
    let private = name.starts_with(b"__") || name.get(1..3) == Some(b"__".as_slice());
    let colon = name.iter().skip(1).position(|&b| b == b':').map(|p| p + 1);
    if let Some(colon) = colon {
        let category = if private {
            Category::InternalName
        } else {
            Category::Expl3Function
        };
        // One byte of escape, then the name as written: the signature's
        // offset is known. (`^^` notation in the name: not split.)
        let plain = span.len() as usize == name.len() + 1;
        return (category, plain.then(|| span.start + 1 + colon as u32));
    }
    if private || name.contains(&b'@') {
        (Category::InternalName, None)
    } else if name.contains(&b'_') {
        (Category::Expl3Variable, None)
    } else {
        (Category::ControlWord, None)
    }
}

/// Classifies records in order: one [`Classified`] per record, except
/// that an expl3 function written plainly gives two (its name and its
/// `:signature`) and a parameter `#1` (two tokens) gives one. The spans
/// tile the records' spans.
///
/// ```
/// use texlex::{Lexer, Regime};
/// use texlex_lsp::classify::{Category, classify};
/// let doc = Lexer::new(Regime::Latex).lex(b"\\makeatletter\\a@b $x$ % c\n")?;
/// let categories: Vec<Category> = classify(&doc, 0).map(|c| c.category).collect();
/// assert_eq!(&categories[..4], [Category::ControlWord, Category::InternalName,
///     Category::Space, Category::MathShift]);
/// assert!(categories.contains(&Category::Comment));
/// # Ok::<(), texlex::LexError>(())
/// ```
pub fn classify<L: Lexing + ?Sized>(text: &L, from: u32) -> Classes<'_, L> {
    Classes {
        text,
        records: text.records_from(from).peekable(),
        pending: None,
    }
}

/// The iterator [`classify`] returns.
pub struct Classes<'a, L: ?Sized> {
    text: &'a L,
    records: std::iter::Peekable<Box<dyn Iterator<Item = Record> + 'a>>,
    /// The signature part of an expl3 function whose name was yielded.
    pending: Option<Classified>,
}

impl<L: ?Sized> std::fmt::Debug for Classes<'_, L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classes")
            .field("pending", &self.pending)
            .finish_non_exhaustive()
    }
}

impl<L: Lexing + ?Sized> Iterator for Classes<'_, L> {
    type Item = Classified;

    fn next(&mut self) -> Option<Classified> {
        if let Some(pending) = self.pending.take() {
            return Some(pending);
        }
        let record = self.records.next()?;
        let one = |span, category| Some(Classified { span, category });
        match record {
            Record::Trivia(t) => one(
                t.span,
                match t.kind {
                    TriviaKind::Comment => Category::Comment,
                    TriviaKind::Space | TriviaKind::Eol => Category::Space,
                    TriviaKind::Ignored => Category::Ignored,
                    TriviaKind::Dropped => Category::Dropped,
                },
            ),
            Record::Token(token) => {
                let span = token.span;
                match token.kind {
                    TokenKind::Cs(id) => {
                        let name = self.text.name(id);
                        // The `\par` a blank line makes spans the line end.
                        if id == texlex::builtin::PAR && span.len() < 4 {
                            return one(span, Category::Space);
                        }
                        let (category, signature) = control_sequence(name, span);
                        if let Some(at) = signature {
                            self.pending = Some(Classified {
                                span: Span::new(at, span.end),
                                category: Category::Expl3Signature,
                            });
                            return one(Span::new(span.start, at), category);
                        }
                        one(span, category)
                    }
                    TokenKind::Char { cat, .. } => {
                        let category = match cat {
                            Catcode::BeginGroup => Category::BeginGroup,
                            Catcode::EndGroup => Category::EndGroup,
                            Catcode::MathShift => Category::MathShift,
                            Catcode::AlignmentTab => Category::AlignmentTab,
                            Catcode::Superscript => Category::Superscript,
                            Catcode::Subscript => Category::Subscript,
                            Catcode::Space => Category::Space,
                            Catcode::Parameter => {
                                return one(self.parameter_end(span), Category::Parameter);
                            }
                            _ => Category::Text,
                        };
                        one(span, category)
                    }
                    TokenKind::Active(_) => one(span, Category::Active),
                    TokenKind::Invalid(_) => one(span, Category::Invalid),
                    TokenKind::Verb { .. } => one(span, Category::Verb),
                    TokenKind::Verbatim { .. } => one(span, Category::VerbatimBody),
                }
            }
        }
    }
}

impl<L: Lexing + ?Sized> Classes<'_, L> {
    /// A parameter character at `span` with the digit or parameter
    /// character right after it, if there is one: `#1`, `##`.
    fn parameter_end(&mut self, span: Span) -> Span {
        let next = self.records.peek().copied();
        if let Some(Record::Token(t)) = next
            && t.span.start == span.end
            && match t.kind {
                TokenKind::Char {
                    cat: Catcode::Other,
                    code,
                } => (u32::from(b'1')..=u32::from(b'9')).contains(&code),
                TokenKind::Char {
                    cat: Catcode::Parameter,
                    ..
                } => true,
                _ => false,
            }
        {
            self.records.next();
            return Span::new(span.start, t.span.end);
        }
        span
    }
}

#[cfg(test)]
mod tests;
