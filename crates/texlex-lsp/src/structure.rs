//! Pairs read from tokens: braces (catcode 1 with the catcode 2 that
//! closes it, as TeX matches them) and `\begin{name}`/`\end{name}`; the
//! folding ranges and document highlights built on them.
//!
//! Only real tokens count: a `}` in a comment or a verbatim body closes
//! nothing, and a `{` made a letter by `\catcode` opens nothing.

use texlex::{Catcode, Record, Span, TokenKind, builtin};

use crate::classify::Lexing;

/// What a pair is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairKind {
    /// A brace group.
    Group,
    /// An environment: the spans of the name between the braces of
    /// `\begin{…}` and of `\end{…}`.
    Environment {
        /// The name after `\begin`.
        open_name: Span,
        /// The name after `\end`.
        close_name: Span,
    },
}

/// Two matched tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The `{` or `\begin`.
    pub open: Span,
    /// The `}` or `\end`.
    pub close: Span,
    /// A group or an environment.
    pub kind: PairKind,
}

/// Where a `\begin` or `\end` is in reading its `{name}`.
enum EnvScan {
    None,
    /// After the control sequence, waiting for `{`.
    Brace {
        begin: bool,
        cs: Span,
    },
    /// Inside the braces.
    Name {
        begin: bool,
        cs: Span,
        name: Vec<u32>,
        span: Option<Span>,
    },
}

/// Every pair in `text`, in the order they close.
///
/// ```
/// use texlex::{Lexer, Regime};
/// use texlex_lsp::structure::{PairKind, pairs};
/// let doc = Lexer::new(Regime::Latex).lex(b"\\begin{a}{x}\\end{a}")?;
/// let found = pairs(&doc);
/// assert_eq!(found.len(), 4); // {a}, {x}, {a} and the environment
/// assert!(matches!(found[3].kind, PairKind::Environment { .. }));
/// # Ok::<(), texlex::LexError>(())
/// ```
pub fn pairs<L: Lexing + ?Sized>(text: &L) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut braces: Vec<Span> = Vec::new();
    let mut envs: Vec<(Vec<u32>, Span, Span)> = Vec::new();
    let mut scan = EnvScan::None;
    for record in text.records_from(0) {
        let Record::Token(token) = record else {
            continue;
        };
        let span = token.span;
        match token.kind {
            TokenKind::Char {
                cat: Catcode::BeginGroup,
                ..
            } => {
                braces.push(span);
                scan = match scan {
                    EnvScan::Brace { begin, cs } => EnvScan::Name {
                        begin,
                        cs,
                        name: Vec::new(),
                        span: None,
                    },
                    _ => EnvScan::None,
                };
                continue;
            }
            TokenKind::Char {
                cat: Catcode::EndGroup,
                ..
            } => {
                if let Some(open) = braces.pop() {
                    out.push(Pair {
                        open,
                        close: span,
                        kind: PairKind::Group,
                    });
                }
                if let EnvScan::Name {
                    begin,
                    cs,
                    name,
                    span: Some(name_span),
                } = std::mem::replace(&mut scan, EnvScan::None)
                {
                    if begin {
                        envs.push((name, cs, name_span));
                    } else if let Some(k) = envs.iter().rposition(|(n, _, _)| *n == name) {
                        let (_, open, open_name) = envs[k];
                        envs.truncate(k);
                        out.push(Pair {
                            open,
                            close: cs,
                            kind: PairKind::Environment {
                                open_name,
                                close_name: name_span,
                            },
                        });
                    }
                }
                continue;
            }
            TokenKind::Char {
                cat: Catcode::Letter | Catcode::Other,
                code,
            } => {
                if let EnvScan::Name { name, span: s, .. } = &mut scan {
                    name.push(code);
                    let start = s.map_or(span.start, |s| s.start);
                    *s = Some(Span::new(start, span.end));
                    continue;
                }
            }
            TokenKind::Cs(id) if id == builtin::BEGIN || id == builtin::END => {
                scan = EnvScan::Brace {
                    begin: id == builtin::BEGIN,
                    cs: span,
                };
                continue;
            }
            _ => {}
        }
        scan = EnvScan::None;
    }
    out
}

/// A folding range: 0-based first and last lines (the line of the
/// closing token stays visible).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// The line of the opening token.
    pub start_line: u32,
    /// The line before the closing token's.
    pub end_line: u32,
}

/// Folding ranges: brace groups and environments that span lines, in the
/// order of their first line.
///
/// ```
/// use texlex::{Lexer, Regime};
/// use texlex_lsp::structure::{Fold, folds};
/// let doc = Lexer::new(Regime::Latex).lex(b"\\begin{a}\nx\ny\n\\end{a}\n% {\n")?;
/// assert_eq!(folds(&doc), [Fold { start_line: 0, end_line: 2 }]);
/// # Ok::<(), texlex::LexError>(())
/// ```
pub fn folds<L: Lexing + ?Sized>(text: &L) -> Vec<Fold> {
    let pairs = pairs(text);
    let mut offsets: Vec<u32> = pairs
        .iter()
        .flat_map(|p| [p.open.start, p.close.start])
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    let lines = text.lines0(&offsets);
    let line = |o: u32| lines[offsets.binary_search(&o).unwrap_or(0)];
    let mut out: Vec<Fold> = pairs
        .iter()
        .filter_map(|p| {
            let (start, end) = (line(p.open.start), line(p.close.start));
            (end > start + 1).then(|| Fold {
                start_line: start,
                end_line: end - 1,
            })
        })
        .collect();
    out.sort_unstable_by_key(|f| (f.start_line, std::cmp::Reverse(f.end_line)));
    out.dedup();
    out
}

/// The spans to highlight for the cursor at byte `offset`: a brace and its
/// partner; on `\begin`/`\end` or an environment's name, both names.
///
/// ```
/// use texlex::{Lexer, Regime};
/// use texlex_lsp::structure::highlights;
/// let doc = Lexer::new(Regime::Latex).lex(b"{a{b}}")?;
/// let spans: Vec<_> = highlights(&doc, 0).iter().map(|s| s.start).collect();
/// assert_eq!(spans, [0, 5]);
/// # Ok::<(), texlex::LexError>(())
/// ```
pub fn highlights<L: Lexing + ?Sized>(text: &L, offset: u32) -> Vec<Span> {
    let inside = |s: Span| s.start <= offset && offset < s.end;
    let pairs = pairs(text);
    // Environment names first: the braces around a name also pair.
    for pair in &pairs {
        if let PairKind::Environment {
            open_name,
            close_name,
        } = pair.kind
            && (inside(open_name) || inside(close_name) || inside(pair.open) || inside(pair.close))
        {
            return vec![open_name, close_name];
        }
    }
    pairs
        .iter()
        .find(|p| p.kind == PairKind::Group && (inside(p.open) || inside(p.close)))
        .map(|p| vec![p.open, p.close])
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use texlex::{Lexer, Regime};

    use super::*;

    #[test]
    fn braces_in_comments_and_verbatim_do_not_pair() {
        let source = b"{%}\n\\begin{verbatim}\n}\n\\end{verbatim}\n}\n";
        let lexed = Lexer::new(Regime::Latex).lex(source).unwrap();
        let found = pairs(&lexed);
        let group = found
            .iter()
            .find(|p| p.open.start == 0)
            .expect("the first brace pairs");
        assert_eq!(group.close.start as usize, source.len() - 2);
        assert!(
            found
                .iter()
                .any(|p| matches!(p.kind, PairKind::Environment { .. }))
        );
    }

    #[test]
    fn environment_names_highlight_each_other() {
        let source = b"\\begin{itemize}\n\\item x\n\\end{itemize}\n";
        let doc = Lexer::new(Regime::Latex).document(source).unwrap();
        let expected = vec![Span::new(7, 14), Span::new(29, 36)];
        assert_eq!(highlights(&doc, 9), expected);
        assert_eq!(highlights(&doc, 30), expected);
        assert_eq!(highlights(&doc, 2), expected);
        assert_eq!(highlights(&doc, 19), Vec::<Span>::new());
    }

    #[test]
    fn unbalanced_input_makes_no_pair_and_no_panic() {
        let lexed = Lexer::new(Regime::Latex)
            .lex(b"}\\end\\begin{b\\begin\\end{")
            .unwrap();
        assert!(pairs(&lexed).is_empty());
        assert!(folds(&lexed).is_empty());
        assert!(highlights(&lexed, 0).is_empty());
    }

    #[test]
    fn folds_of_a_document_and_a_lexed_text_agree() {
        let source = b"\\begin{a}\n{\nx\n}\n\\begin{b}\n\n\\end{b}\n\\end{a}\n";
        let lexer = Lexer::new(Regime::Latex);
        let lexed = lexer.lex(source).unwrap();
        let doc = lexer.document(source).unwrap();
        assert_eq!(folds(&lexed), folds(&doc));
        assert_eq!(
            folds(&lexed),
            [
                Fold {
                    start_line: 0,
                    end_line: 6
                },
                Fold {
                    start_line: 1,
                    end_line: 2
                },
                Fold {
                    start_line: 4,
                    end_line: 5
                },
            ]
        );
    }
}
