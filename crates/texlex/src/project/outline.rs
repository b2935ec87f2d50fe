//! A document's landmarks: class, `\begin{document}`, sectioning,
//! appendix, bibliography, `\end{document}` ([`Lexed::outline`]).

use crate::project::{Cursor, Group};
use crate::{Lexed, Span, TokenKind, builtin};

/// A sectioning command's level, from `\part` down to `\subparagraph`.
///
/// ```
/// use texlex::SectionLevel;
/// assert!(SectionLevel::Chapter < SectionLevel::Section); // outer levels first
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionLevel {
    /// `\part`.
    Part,
    /// `\chapter`.
    Chapter,
    /// `\section`.
    Section,
    /// `\subsection`.
    Subsection,
    /// `\subsubsection`.
    Subsubsection,
    /// `\paragraph`.
    Paragraph,
    /// `\subparagraph`.
    Subparagraph,
}

impl SectionLevel {
    /// The command's name without the backslash.
    ///
    /// ```
    /// assert_eq!(texlex::SectionLevel::Subsection.name(), "subsection");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            SectionLevel::Part => "part",
            SectionLevel::Chapter => "chapter",
            SectionLevel::Section => "section",
            SectionLevel::Subsection => "subsection",
            SectionLevel::Subsubsection => "subsubsection",
            SectionLevel::Paragraph => "paragraph",
            SectionLevel::Subparagraph => "subparagraph",
        }
    }

    /// LaTeX's level number (as `secnumdepth` counts): -1 for `\part`
    /// (as in the book class), 0 for `\chapter`, … 5 for `\subparagraph`.
    ///
    /// ```
    /// assert_eq!(texlex::SectionLevel::Section.depth(), 1);
    /// ```
    pub const fn depth(self) -> i8 {
        self as i8 - 1
    }
}

/// Which command starts the bibliography.
///
/// ```
/// use texlex::{BibliographyStart, LandmarkKind, Lexer, Regime};
/// let lexed = Lexer::new(Regime::Latex).lex(b"\\printbibliography[heading=none]")?;
/// assert_eq!(lexed.outline()[0].kind, LandmarkKind::Bibliography(BibliographyStart::Printbibliography));
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BibliographyStart {
    /// `\begin{thebibliography}` (a hand-made or pasted `.bbl`).
    Thebibliography,
    /// `\bibliography{…}` (BibTeX).
    Bibliography,
    /// `\printbibliography` (biblatex).
    Printbibliography,
}

impl BibliographyStart {
    /// `thebibliography`, `bibliography` or `printbibliography`.
    ///
    /// ```
    /// assert_eq!(texlex::BibliographyStart::Bibliography.name(), "bibliography");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            BibliographyStart::Thebibliography => "thebibliography",
            BibliographyStart::Bibliography => "bibliography",
            BibliographyStart::Printbibliography => "printbibliography",
        }
    }
}

/// What a [`Landmark`] is.
///
/// ```
/// use texlex::{LandmarkKind, Lexer, Regime};
/// let lexed = Lexer::new(Regime::Latex).lex(b"\\appendix\\end{document}")?;
/// let kinds: Vec<LandmarkKind> = lexed.outline().iter().map(|l| l.kind).collect();
/// assert_eq!(kinds, [LandmarkKind::Appendix, LandmarkKind::EndDocument]);
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LandmarkKind {
    /// `\documentclass`.
    DocumentClass,
    /// `\begin{document}`.
    BeginDocument,
    /// `\end{document}`.
    EndDocument,
    /// A sectioning command with its title.
    Section {
        /// `\part` … `\subparagraph`.
        level: SectionLevel,
        /// `\section*`.
        starred: bool,
    },
    /// `\appendix`.
    Appendix,
    /// The start of the bibliography.
    Bibliography(BibliographyStart),
}

impl LandmarkKind {
    /// The name `texlex outline` prints: `documentclass`,
    /// `begin-document`, `end-document`, the sectioning command's name,
    /// `appendix` or `bibliography`.
    ///
    /// ```
    /// use texlex::{LandmarkKind, SectionLevel};
    /// let kind = LandmarkKind::Section { level: SectionLevel::Chapter, starred: true };
    /// assert_eq!(kind.name(), "chapter");
    /// assert_eq!(LandmarkKind::BeginDocument.name(), "begin-document");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            LandmarkKind::DocumentClass => "documentclass",
            LandmarkKind::BeginDocument => "begin-document",
            LandmarkKind::EndDocument => "end-document",
            LandmarkKind::Section { level, .. } => level.name(),
            LandmarkKind::Appendix => "appendix",
            LandmarkKind::Bibliography(_) => "bibliography",
        }
    }
}

/// A landmark of a document and where it is.
///
/// ```
/// use texlex::{LandmarkKind, Lexer, Regime, SectionLevel};
/// let source = b"\\section*[Short]{A \\emph{long} title}\n";
/// let lexed = Lexer::new(Regime::Latex).lex(source)?;
/// let landmark = lexed.outline()[0];
/// assert_eq!(landmark.kind, LandmarkKind::Section { level: SectionLevel::Section, starred: true });
/// assert_eq!(&source[landmark.title.unwrap().range()], b"A \\emph{long} title");
/// assert_eq!(landmark.span.range(), 0..source.len() - 1);
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Landmark {
    /// What it is.
    pub kind: LandmarkKind,
    /// The command with the arguments read: from its control sequence to
    /// the `}` of its last one (`\begin{document}` whole; `\appendix`
    /// alone).
    pub span: Span,
    /// For sectioning commands, the title: the bytes between the braces of
    /// the mandatory argument (after an optional `*` and `[short title]`).
    pub title: Option<Span>,
}

impl Lexed<'_> {
    /// The document's landmarks, in source order: every `\documentclass`,
    /// `\begin{document}`, `\end{document}`, sectioning command (`\part`,
    /// `\chapter`, `\section`, `\subsection`, `\subsubsection`,
    /// `\paragraph`, `\subparagraph`, starred or not, with a title),
    /// `\appendix`, and start of a bibliography (`\begin{thebibliography}`,
    /// `\bibliography`, `\printbibliography`). Only real tokens count (not
    /// comments, `\verb` or verbatim environments); a sectioning command
    /// without its `{title}` (`\let\section\relax`) is none.
    ///
    /// ```
    /// use texlex::{LandmarkKind, Lexer, Regime};
    /// let source = b"%\\documentclass{old}\n\\documentclass{book}\n\\begin{document}\n\\chapter{One}\n\\end{document}\n";
    /// let lexed = Lexer::new(Regime::Latex).lex(source)?;
    /// let names: Vec<&str> = lexed.outline().iter().map(|l| l.kind.name()).collect();
    /// assert_eq!(names, ["documentclass", "begin-document", "chapter", "end-document"]);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn outline(&self) -> Vec<Landmark> {
        let mut landmarks = Vec::new();
        let mut cursor = Cursor::new(self);
        while let Some(token) = cursor.next() {
            let TokenKind::Cs(id) = token.kind else {
                continue;
            };
            let start = token.span.start;
            let through = |group: &Group| Span::new(start, group.close.end);
            let (kind, span, title) = match id {
                builtin::DOCUMENTCLASS => {
                    cursor.optional();
                    let span = cursor.group().map_or(token.span, |g| through(&g));
                    (LandmarkKind::DocumentClass, span, None)
                }
                builtin::BEGIN | builtin::END => {
                    let Some(group) = cursor.group() else {
                        continue;
                    };
                    let name = &self.source()[group.inner_span().range()];
                    let kind = match (id, name) {
                        (builtin::BEGIN, b"document") => LandmarkKind::BeginDocument,
                        (builtin::END, b"document") => LandmarkKind::EndDocument,
                        (builtin::BEGIN, b"thebibliography") => {
                            LandmarkKind::Bibliography(BibliographyStart::Thebibliography)
                        }
                        _ => continue,
                    };
                    (kind, through(&group), None)
                }
                builtin::APPENDIX => (LandmarkKind::Appendix, token.span, None),
                builtin::BIBLIOGRAPHY => {
                    let span = cursor.group().map_or(token.span, |g| through(&g));
                    let kind = LandmarkKind::Bibliography(BibliographyStart::Bibliography);
                    (kind, span, None)
                }
                builtin::PRINTBIBLIOGRAPHY => {
                    let span = cursor.optional().map_or(token.span, |g| through(&g));
                    let kind = LandmarkKind::Bibliography(BibliographyStart::Printbibliography);
                    (kind, span, None)
                }
                _ => {
                    let Some(level) = level_of(id) else {
                        continue;
                    };
                    let starred = cursor.star();
                    cursor.optional();
                    let Some(group) = cursor.group() else {
                        continue;
                    };
                    let kind = LandmarkKind::Section { level, starred };
                    (kind, through(&group), Some(group.inner_span()))
                }
            };
            landmarks.push(Landmark { kind, span, title });
        }
        landmarks
    }
}

/// The sectioning level control sequence `id` starts, if any.
fn level_of(id: crate::CsId) -> Option<SectionLevel> {
    Some(match id {
        builtin::PART => SectionLevel::Part,
        builtin::CHAPTER => SectionLevel::Chapter,
        builtin::SECTION => SectionLevel::Section,
        builtin::SUBSECTION => SectionLevel::Subsection,
        builtin::SUBSUBSECTION => SectionLevel::Subsubsection,
        builtin::PARAGRAPH => SectionLevel::Paragraph,
        builtin::SUBPARAGRAPH => SectionLevel::Subparagraph,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::{Lexer, Regime};

    fn outline(source: &[u8]) -> Vec<String> {
        let lexed = Lexer::new(Regime::Latex).lex(source).unwrap();
        lexed
            .outline()
            .iter()
            .map(|l| {
                let title = l.title.map(|t| &source[t.range()]).unwrap_or_default();
                format!("{} {}", l.kind.name(), String::from_utf8_lossy(title))
            })
            .collect()
    }

    #[test]
    fn sections_need_a_title() {
        assert_eq!(outline(b"\\section {A}"), ["section A"]);
        assert_eq!(outline(b"\\section* [s] %c\n{A {b}}"), ["section A {b}"]);
        assert!(outline(b"\\let\\section\\relax").is_empty());
        assert!(outline(b"\\section{A\n\nB}").is_empty());
        assert!(outline(b"\\section{A").is_empty());
    }

    #[test]
    fn environments_and_bibliographies() {
        let found = outline(
            b"\\begin {document}\\begin{figure}\\begin{thebibliography}{9}\\printbibliography[heading=x]\\bibliography{r}\\appendix\\end{document}",
        );
        assert_eq!(
            found,
            [
                "begin-document ",
                "bibliography ",
                "bibliography ",
                "bibliography ",
                "appendix ",
                "end-document "
            ]
        );
    }

    #[test]
    fn verbatim_and_comments_hide_landmarks() {
        let source = b"\\begin{verbatim}\n\\section{No}\n\\end{verbatim}\n\\verb|\\section{No}| %\\section{No}\n\\section{Yes}";
        assert_eq!(outline(source), ["section Yes"]);
    }
}
