//! A project's structure, read from real tokens only: what a file depends
//! on ([`Lexed::dependencies`](crate::Lexed::dependencies)), its landmarks
//! ([`Lexed::outline`](crate::Lexed::outline)), which files of a directory
//! are main documents ([`main_files`]) and a main document with its inputs
//! inlined ([`flatten`]).
//!
//! Everything here works on the tokens a [`Lexer`](crate::Lexer) makes,
//! never on the text: a command inside a comment, a `\verb` or a verbatim
//! environment is no token and counts for nothing. Commands are read with
//! their arguments as LaTeX reads them (the [`Cursor`] below): spaces
//! between a command and its arguments are skipped, an optional `[…]`
//! argument ends at the first `]` outside braces, a mandatory one is a
//! balanced `{…}` group. A `\par` (a blank line) or the end of input before
//! an argument is complete ends it unread, as TeX's "Runaway argument"
//! does; the command then counts for nothing.
//!
//! - `deps`: [`Dependency`] and [`DependencyKind`];
//! - `outline`: [`Landmark`], [`LandmarkKind`], [`SectionLevel`],
//!   [`BibliographyStart`];
//! - `main_file`: [`main_files`], [`MainFile`], [`MainReason`];
//! - `flatten`: [`flatten`], [`Flattened`], [`FlattenDiagnostic`],
//!   [`FlattenProblem`].

mod deps;
mod flatten;
mod main_file;
mod outline;

pub use deps::{Dependency, DependencyKind};
pub use flatten::{FlattenDiagnostic, FlattenProblem, Flattened, flatten};
pub use main_file::{MainFile, MainReason, main_files};
pub use outline::{BibliographyStart, Landmark, LandmarkKind, SectionLevel};

use std::path::{Path, PathBuf};

use crate::{Catcode, Lexed, Span, Token, TokenKind, Tokens, builtin};

/// Walks a document's tokens with one token of look-ahead, and reads
/// LaTeX arguments.
pub(crate) struct Cursor<'a> {
    tokens: Tokens<'a>,
    peeked: Option<Token>,
}

/// A braced or bracketed argument: its delimiters and the tokens between.
pub(crate) struct Group {
    /// The `{` or `[`.
    pub open: Span,
    /// The `}` or `]`.
    pub close: Span,
    /// The tokens between them.
    pub inner: Vec<Token>,
}

impl Group {
    /// The bytes between the delimiters.
    pub fn inner_span(&self) -> Span {
        Span::new(self.open.end, self.close.start)
    }
}

impl<'a> Cursor<'a> {
    pub fn new(lexed: &'a Lexed<'_>) -> Self {
        Cursor {
            tokens: lexed.tokens(),
            peeked: None,
        }
    }

    pub fn next(&mut self) -> Option<Token> {
        self.peeked.take().or_else(|| self.tokens.next())
    }

    fn peek(&mut self) -> Option<Token> {
        if self.peeked.is_none() {
            self.peeked = self.tokens.next();
        }
        self.peeked
    }

    /// Skips space tokens, as TeX does before an undelimited argument and
    /// LaTeX before an optional one or a `*`.
    pub fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|t| is_space(&t)) {
            self.peeked = None;
        }
    }

    /// Reads a `*` after spaces, if there is one.
    pub fn star(&mut self) -> bool {
        self.skip_spaces();
        let star = self.peek().is_some_and(|t| is_char(&t, '*'));
        if star {
            self.peeked = None;
        }
        star
    }

    /// Reads an optional `[…]` argument after spaces: up to the first `]`
    /// outside braces. `None` when the next token is no `[`, or when the
    /// argument does not end before a `\par`, an unmatched `}` or the end
    /// of input (those tokens are consumed, as TeX consumes a runaway
    /// argument, except the `\par` or `}` itself).
    pub fn optional(&mut self) -> Option<Group> {
        self.skip_spaces();
        let open = self.peek().filter(|t| is_char(t, '['))?;
        self.peeked = None;
        self.until(open, |t, depth| depth == 0 && is_char(t, ']'))
    }

    /// Reads a mandatory `{…}` argument after spaces (balanced braces).
    /// `None` when the next token is no `{`, or when the group does not
    /// close before a `\par` or the end of input.
    pub fn group(&mut self) -> Option<Group> {
        self.skip_spaces();
        let open = self
            .peek()
            .filter(|t| catcode(t) == Some(Catcode::BeginGroup))?;
        self.peeked = None;
        self.until(open, |t, depth| {
            depth == 0 && catcode(t) == Some(Catcode::EndGroup)
        })
    }

    /// Reads tokens after `open` until `closes` says one closes the
    /// argument (at brace depth `depth`).
    fn until(&mut self, open: Token, closes: impl Fn(&Token, u32) -> bool) -> Option<Group> {
        let mut inner = Vec::new();
        let mut depth = 0u32;
        loop {
            let token = self.peek()?;
            if closes(&token, depth) {
                self.peeked = None;
                return Some(Group {
                    open: open.span,
                    close: token.span,
                    inner,
                });
            }
            if token.kind == TokenKind::Cs(builtin::PAR) {
                return None;
            }
            match catcode(&token) {
                Some(Catcode::BeginGroup) => depth += 1,
                Some(Catcode::EndGroup) if depth == 0 => return None,
                Some(Catcode::EndGroup) => depth -= 1,
                _ => {}
            }
            self.peeked = None;
            inner.push(token);
        }
    }
}

/// The catcode of a character token.
pub(crate) fn catcode(token: &Token) -> Option<Catcode> {
    match token.kind {
        TokenKind::Char { cat, .. } => Some(cat),
        _ => None,
    }
}

/// Whether `token` is a space token.
pub(crate) fn is_space(token: &Token) -> bool {
    catcode(token) == Some(Catcode::Space)
}

/// Whether `token` is the character `c` with catcode 11 or 12.
pub(crate) fn is_char(token: &Token, c: char) -> bool {
    matches!(token.kind, TokenKind::Char { cat: Catcode::Letter | Catcode::Other, code } if code == c as u32)
}

/// A name read from argument tokens: its bytes, span and whether it is
/// literal (see [`Dependency::literal`]).
pub(crate) struct Name {
    pub bytes: Vec<u8>,
    pub span: Span,
    pub literal: bool,
}

/// The name `tokens` spell, spaces around it trimmed: the source bytes of
/// each token in order (a space token counts as one space, what TeX
/// reads), without `"` characters when `unquote` (file names, as TeX reads
/// them). `None` when nothing is left.
pub(crate) fn name_of(source: &[u8], tokens: &[Token], unquote: bool) -> Option<Name> {
    let skip = |t: &Token| is_space(t) || (unquote && is_char(t, '"'));
    let first = tokens.iter().position(|t| !skip(t))?;
    let last = tokens.iter().rposition(|t| !skip(t))?;
    let tokens = &tokens[first..=last];
    let mut bytes = Vec::new();
    let mut literal = true;
    for token in tokens {
        if is_space(token) {
            bytes.push(b' ');
            continue;
        }
        if unquote && is_char(token, '"') {
            continue;
        }
        literal &= is_literal(token);
        bytes.extend_from_slice(source.get(token.span.range()).unwrap_or_default());
    }
    Some(Name {
        bytes,
        span: Span::new(tokens[0].span.start, tokens[tokens.len() - 1].span.end),
        literal,
    })
}

/// Whether a token of a name stands for itself: characters other than
/// braces and `#`, and active characters beyond ASCII (the UTF-8 or legacy
/// letters LaTeX makes active).
fn is_literal(token: &Token) -> bool {
    match token.kind {
        TokenKind::Char { cat, .. } => !matches!(
            cat,
            Catcode::BeginGroup | Catcode::EndGroup | Catcode::Parameter
        ),
        TokenKind::Active(code) => code >= 0x80,
        _ => false,
    }
}

/// The elements of a comma-separated list, split at `,` outside braces.
pub(crate) fn split_commas(tokens: &[Token]) -> Vec<&[Token]> {
    let mut parts = Vec::new();
    let mut depth = 0u32;
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        match catcode(token) {
            Some(Catcode::BeginGroup) => depth += 1,
            Some(Catcode::EndGroup) => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_char(token, ',') => {
                parts.push(&tokens[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&tokens[start..]);
    parts
}

/// A path from a name's bytes (as they are on Unix; lossily elsewhere).
pub(crate) fn path_of(name: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(name))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(name).into_owned())
    }
}

/// The files TeX would try for a file named `name`, in order: for
/// `\input` and `\subfile`, `name.tex` then `name` (kpathsea's
/// `try_std_extension_first`), just `name` when it already ends in
/// `.tex`; for `\include`, `name.tex`.
pub(crate) fn candidates(name: &[u8], include: bool) -> Vec<PathBuf> {
    let with_tex = [name, b".tex"].concat();
    if include {
        vec![path_of(&with_tex)]
    } else if name.ends_with(b".tex") {
        vec![path_of(name)]
    } else {
        vec![path_of(&with_tex), path_of(name)]
    }
}

/// The file a name resolves to: its [`candidates`] relative to each of
/// `dirs` in turn, the first that is an existing file.
pub(crate) fn resolve(dirs: &[&Path], name: &[u8], include: bool) -> Option<PathBuf> {
    let names = candidates(name, include);
    dirs.iter()
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|path| path.is_file())
}

/// An I/O error's reason as texlex words it: without the `(os error N)`
/// suffix, starting in lower case.
pub(crate) fn reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error ").next().unwrap_or_default();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "unknown I/O error".to_owned(),
    }
}
