//! Diagnostics: what is wrong with the input, and where. Lexing never
//! stops for them; the tokens are what TeX would make.

use crate::Span;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// TeX would report an error (or the input is not text).
    Error,
    /// Legal, but probably not what the author meant.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a diagnostic is about. New kinds may be added in minor releases.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    /// A catcode-15 character, which TeX drops with an error.
    InvalidCharacter {
        /// The dropped character.
        code: u32,
    },
    /// Bytes that are not UTF-8, each maximal ill-formed subpart read as
    /// U+FFFD. An input gets at most one of these (a file in a legacy
    /// encoding would otherwise get one per accented letter): its span is
    /// the first ill-formed sequence, and `sequences` counts them all
    /// (saturating at `u32::MAX`).
    ///
    /// ```
    /// use texlex::{DiagnosticKind, Lexer, Regime};
    /// let lexed = Lexer::new(Regime::Latex).lex(b"caf\xe9 cr\xe8me\n")?;
    /// let all: Vec<_> = lexed.diagnostics().collect();
    /// assert_eq!(all.len(), 1);
    /// assert_eq!(all[0].kind, DiagnosticKind::IllFormedUtf8 { sequences: 2 });
    /// assert_eq!((all[0].span.start, all[0].span.end), (3, 4));
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    IllFormedUtf8 {
        /// How many ill-formed sequences the input holds.
        sequences: u32,
    },
    /// A `}` without a matching `{`.
    UnmatchedCloseBrace,
    /// A `{` still open at the end of the input. Only the outermost 1000
    /// levels are reported, so that memory stays bounded on `{{{{…`.
    UnclosedOpenBrace,
    /// `^^^^` or `^^^^^^` without enough lowercase hex digits: LuaTeX
    /// reports an error and reads a shorter form.
    IncompleteCaretNotation,
    /// `\verb` without its closing delimiter on the line.
    UnterminatedVerb,
    /// A verbatim environment without `\end{env}`: its body runs to the
    /// end of the input. The span is the `\begin`.
    UnterminatedVerbatim,
    /// `\ExplSyntaxOff` while `\ExplSyntaxOn` is not in force (tracking).
    ExplSyntaxOffWithoutOn,
    /// A group closed while a regime change made inside it was in force:
    /// the change is undone here (tracking; e.g. `\ExplSyntaxOn` in a group).
    GroupEndsRegime,
}

impl DiagnosticKind {
    /// A stable kebab-case name, used in JSON output and statistics.
    pub const fn name(self) -> &'static str {
        match self {
            DiagnosticKind::InvalidCharacter { .. } => "invalid-character",
            DiagnosticKind::IllFormedUtf8 { .. } => "ill-formed-utf8",
            DiagnosticKind::UnmatchedCloseBrace => "unmatched-close-brace",
            DiagnosticKind::UnclosedOpenBrace => "unclosed-open-brace",
            DiagnosticKind::IncompleteCaretNotation => "incomplete-caret-notation",
            DiagnosticKind::UnterminatedVerb => "unterminated-verb",
            DiagnosticKind::UnterminatedVerbatim => "unterminated-verbatim",
            DiagnosticKind::ExplSyntaxOffWithoutOn => "explsyntaxoff-without-on",
            DiagnosticKind::GroupEndsRegime => "group-ends-regime",
        }
    }

    /// The severity of this kind.
    pub const fn severity(self) -> Severity {
        match self {
            DiagnosticKind::IncompleteCaretNotation
            | DiagnosticKind::ExplSyntaxOffWithoutOn
            | DiagnosticKind::GroupEndsRegime => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A problem found while lexing, with the bytes it is about.
///
/// ```
/// use texlex::{DiagnosticKind, Lexer, Regime, Severity};
/// let lexed = Lexer::new(Regime::Latex).lex(b"a}")?;
/// let d = lexed.diagnostics().next().unwrap();
/// assert_eq!(d.kind, DiagnosticKind::UnmatchedCloseBrace);
/// assert_eq!(d.severity(), Severity::Error);
/// assert_eq!(d.message(), "unmatched `}`");
/// assert_eq!((d.span.start, d.span.end), (1, 2));
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// What is wrong.
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
}

impl Diagnostic {
    pub(crate) fn new(kind: DiagnosticKind, span: Span) -> Diagnostic {
        Diagnostic { kind, span }
    }

    /// Error or warning: the severity of its kind.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// A one-line, human-readable message (its kind's).
    pub fn message(&self) -> String {
        self.kind.message()
    }
}

impl DiagnosticKind {
    /// A one-line, human-readable message. The wording may improve between
    /// releases; match on the kind (or its [`name`](Self::name)), not on
    /// the message.
    pub fn message(self) -> String {
        match self {
            DiagnosticKind::InvalidCharacter { code } => {
                format!("invalid character U+{code:04X} (catcode 15) dropped")
            }
            DiagnosticKind::IllFormedUtf8 { sequences: 1 } => {
                "not UTF-8: an ill-formed sequence read as U+FFFD".to_string()
            }
            DiagnosticKind::IllFormedUtf8 { sequences } => format!(
                "not UTF-8: {sequences} ill-formed sequences read as U+FFFD, the first here"
            ),
            DiagnosticKind::UnmatchedCloseBrace => "unmatched `}`".to_string(),
            DiagnosticKind::UnclosedOpenBrace => "`{` never closed".to_string(),
            DiagnosticKind::IncompleteCaretNotation => {
                "`^^^^` or `^^^^^^` without enough lowercase hex digits".to_string()
            }
            DiagnosticKind::UnterminatedVerb => {
                "`\\verb` without its closing delimiter on this line".to_string()
            }
            DiagnosticKind::UnterminatedVerbatim => {
                "verbatim environment without `\\end`: its body runs to the end of the input".to_string()
            }
            DiagnosticKind::ExplSyntaxOffWithoutOn => {
                "`\\ExplSyntaxOff` without `\\ExplSyntaxOn`".to_string()
            }
            DiagnosticKind::GroupEndsRegime => {
                "group ends while `\\ExplSyntaxOn` from inside it is in force; its catcodes are undone here".to_string()
            }
        }
    }
}
