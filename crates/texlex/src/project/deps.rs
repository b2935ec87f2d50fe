//! What a file depends on: the files, packages, classes, bibliographies
//! and graphics its real tokens name ([`Lexed::dependencies`]).

use crate::project::{Cursor, name_of, split_commas};
use crate::{CsId, Lexed, Span, Token, TokenKind, builtin};

/// What a [`Dependency`] is: which command named it.
///
/// ```
/// use texlex::{DependencyKind, Lexer, Regime};
/// let lexed = Lexer::new(Regime::Latex).lex(b"\\LoadClass{article}\\subfile{ch1}")?;
/// let kinds: Vec<DependencyKind> = lexed.dependencies().iter().map(|d| d.kind).collect();
/// assert_eq!(kinds, [DependencyKind::Class, DependencyKind::Subfile]);
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DependencyKind {
    /// `\input{file}`, or TeX's primitive `\input file` (the name ends at a
    /// space or the end of the line; `"…"` quotes may hold spaces).
    Input,
    /// `\include{file}`.
    Include,
    /// `\subfile{file}` (the subfiles package).
    Subfile,
    /// Each name of `\usepackage[…]{a,b}` and `\RequirePackage[…]{a,b}`.
    Package,
    /// `\documentclass[…]{c}`, `\LoadClass[…]{c}`, `\LoadClassWithOptions{c}`.
    Class,
    /// Each name of `\bibliography{a,b}`.
    Bibliography,
    /// `\addbibresource[…]{file}` (biblatex).
    BibResource,
    /// `\includegraphics[…][…]{file}` and `\includegraphics*`.
    Graphics,
}

impl DependencyKind {
    /// Every kind, in declaration order.
    pub const ALL: [DependencyKind; 8] = [
        DependencyKind::Input,
        DependencyKind::Include,
        DependencyKind::Subfile,
        DependencyKind::Package,
        DependencyKind::Class,
        DependencyKind::Bibliography,
        DependencyKind::BibResource,
        DependencyKind::Graphics,
    ];

    /// The name `texlex deps` prints.
    ///
    /// ```
    /// assert_eq!(texlex::DependencyKind::BibResource.name(), "bibresource");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            DependencyKind::Input => "input",
            DependencyKind::Include => "include",
            DependencyKind::Subfile => "subfile",
            DependencyKind::Package => "package",
            DependencyKind::Class => "class",
            DependencyKind::Bibliography => "bibliography",
            DependencyKind::BibResource => "bibresource",
            DependencyKind::Graphics => "graphics",
        }
    }

    /// Whether the dependency is a TeX file read in place of its command
    /// (`\input`, `\include`, `\subfile`): what [`flatten`](crate::flatten)
    /// inlines.
    ///
    /// ```
    /// assert!(texlex::DependencyKind::Subfile.is_inlined());
    /// assert!(!texlex::DependencyKind::Package.is_inlined());
    /// ```
    pub const fn is_inlined(self) -> bool {
        matches!(
            self,
            DependencyKind::Input | DependencyKind::Include | DependencyKind::Subfile
        )
    }
}

/// One name a command of the source depends on.
///
/// ```
/// use texlex::{DependencyKind, Lexer, Regime};
/// let source = b"\\usepackage[T1]{fontenc, lmodern}\n% \\input{old}\n\\input chap1 \n";
/// let lexed = Lexer::new(Regime::Latex).lex(source)?;
/// let deps = lexed.dependencies();
/// let found: Vec<(&str, &[u8])> = deps.iter().map(|d| (d.kind.name(), &d.name[..])).collect();
/// assert_eq!(found, [("package", &b"fontenc"[..]), ("package", b"lmodern"), ("input", b"chap1")]);
/// assert_eq!(&source[deps[1].span.range()], b"lmodern");
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Dependency {
    /// Which command named it.
    pub kind: DependencyKind,
    /// The name as its tokens spell it: their source bytes in order (not
    /// decoded: a name that is not UTF-8 keeps its bytes; `^^` notation is
    /// kept as written), spaces around it trimmed, a space token read as
    /// one space, and for `\input`, `\include` and `\subfile` without `"`
    /// quotes (TeX drops them from file names).
    pub name: Vec<u8>,
    /// The name's bytes in the source, from its first token to its last.
    /// They equal [`name`](Dependency::name) unless a comment, quotes or
    /// a line end lie inside the name.
    pub span: Span,
    /// The command's control sequence (`\usepackage`).
    pub command: Span,
    /// The whole command, from its control sequence to its last argument
    /// read (the closing `}`, or the last character of a primitive
    /// `\input` name): the bytes [`flatten`](crate::flatten) replaces.
    pub call: Span,
    /// Whether the name is literal: only characters (no control sequence,
    /// no ASCII active character, no `#` parameter, no braces), so that it
    /// means what it spells. `\input{\jobname.bbl}` or `\input{#1}` in a
    /// definition is kept, not literal.
    pub literal: bool,
}

impl Dependency {
    /// The name as UTF-8, if it is.
    ///
    /// ```
    /// let lexed = texlex::Lexer::new(texlex::Regime::Latex).lex(b"\\input{a}")?;
    /// assert_eq!(lexed.dependencies()[0].name_str(), Some("a"));
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn name_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.name).ok()
    }
}

impl Lexed<'_> {
    /// The dependencies named by the document's tokens, in source order
    /// (see [`DependencyKind`] for the commands). Commands in comments,
    /// `\verb` and verbatim environments are no tokens and name nothing;
    /// commands inside definitions are tokens and count. A command whose
    /// argument is missing or never closed (a `\par` or the end of input
    /// first) names nothing, and neither do empty names.
    ///
    /// ```
    /// use texlex::{DependencyKind, Lexer, Regime};
    /// let source = b"\\documentclass{article}\n\\verb|\\input{no}|\n\\includegraphics*[width=3cm]{fig}\n";
    /// let lexed = Lexer::new(Regime::Latex).lex(source)?;
    /// let kinds: Vec<DependencyKind> = lexed.dependencies().iter().map(|d| d.kind).collect();
    /// assert_eq!(kinds, [DependencyKind::Class, DependencyKind::Graphics]);
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn dependencies(&self) -> Vec<Dependency> {
        let subfile = self.lookup(b"subfile");
        let mut deps = Vec::new();
        let mut cursor = Cursor::new(self);
        while let Some(token) = cursor.next() {
            let TokenKind::Cs(id) = token.kind else {
                continue;
            };
            let Some(kind) = kind_of(id, subfile) else {
                continue;
            };
            if kind == DependencyKind::Input {
                self.input(&mut cursor, token.span, &mut deps);
                continue;
            }
            if kind == DependencyKind::Graphics {
                cursor.star();
            }
            let optionals = match kind {
                DependencyKind::Package | DependencyKind::Class | DependencyKind::BibResource => 1,
                DependencyKind::Graphics => 2,
                _ => 0,
            };
            for _ in 0..optionals {
                if cursor.optional().is_none() {
                    break;
                }
            }
            let Some(group) = cursor.group() else {
                continue;
            };
            let call = Span::new(token.span.start, group.close.end);
            let list = matches!(kind, DependencyKind::Package | DependencyKind::Bibliography);
            let parts = if list {
                split_commas(&group.inner)
            } else {
                vec![&group.inner[..]]
            };
            for part in parts {
                self.push(&mut deps, kind, part, token.span, call);
            }
        }
        deps
    }

    /// `\input`: LaTeX's `{file}`, or TeX's primitive `file ` read as
    /// `scan_file_name` reads it.
    fn input(&self, cursor: &mut Cursor, command: Span, deps: &mut Vec<Dependency>) {
        cursor.skip_spaces();
        if let Some(group) = cursor.group() {
            let call = Span::new(command.start, group.close.end);
            self.push(deps, DependencyKind::Input, &group.inner, command, call);
            return;
        }
        // The primitive form: characters up to a space outside quotes or
        // anything else (a control sequence, a brace, an active character).
        let mut name: Vec<Token> = Vec::new();
        let mut quoted = false;
        while let Some(token) = cursor.peek() {
            let takes = match token.kind {
                TokenKind::Char { cat, .. } => match cat {
                    crate::Catcode::Space => quoted,
                    crate::Catcode::BeginGroup | crate::Catcode::EndGroup => false,
                    _ => true,
                },
                _ => false,
            };
            if !takes {
                break;
            }
            if crate::project::is_char(&token, '"') {
                quoted = !quoted;
            }
            cursor.next();
            name.push(token);
        }
        if let Some(last) = name.last() {
            let call = Span::new(command.start, last.span.end);
            self.push(deps, DependencyKind::Input, &name, command, call);
        }
    }

    fn push(
        &self,
        deps: &mut Vec<Dependency>,
        kind: DependencyKind,
        tokens: &[Token],
        command: Span,
        call: Span,
    ) {
        if let Some(name) = name_of(self.source(), tokens, kind.is_inlined()) {
            deps.push(Dependency {
                kind,
                name: name.bytes,
                span: name.span,
                command,
                call,
                literal: name.literal,
            });
        }
    }
}

/// The kind of dependency control sequence `id` names, if any.
fn kind_of(id: CsId, subfile: Option<CsId>) -> Option<DependencyKind> {
    Some(match id {
        builtin::INPUT => DependencyKind::Input,
        builtin::INCLUDE => DependencyKind::Include,
        builtin::USEPACKAGE | builtin::REQUIREPACKAGE => DependencyKind::Package,
        builtin::DOCUMENTCLASS | builtin::LOADCLASS | builtin::LOADCLASSWITHOPTIONS => {
            DependencyKind::Class
        }
        builtin::BIBLIOGRAPHY => DependencyKind::Bibliography,
        builtin::ADDBIBRESOURCE => DependencyKind::BibResource,
        builtin::INCLUDEGRAPHICS => DependencyKind::Graphics,
        _ if Some(id) == subfile => DependencyKind::Subfile,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::{DependencyKind, Lexer, Regime};

    fn deps(source: &[u8]) -> Vec<(DependencyKind, String, bool)> {
        let lexed = Lexer::new(Regime::Latex).lex(source).unwrap();
        lexed
            .dependencies()
            .into_iter()
            .map(|d| {
                assert!(d.command.start <= d.span.start && d.span.end <= d.call.end);
                (
                    d.kind,
                    String::from_utf8_lossy(&d.name).into_owned(),
                    d.literal,
                )
            })
            .collect()
    }

    fn names(source: &[u8]) -> Vec<String> {
        deps(source).into_iter().map(|d| d.1).collect()
    }

    #[test]
    fn primitive_input_ends_at_a_space_or_a_line_end() {
        assert_eq!(names(b"\\input file more"), ["file"]);
        assert_eq!(names(b"\\input file.tex\nmore"), ["file.tex"]);
        assert_eq!(names(b"\\input   dir/file.tex"), ["dir/file.tex"]);
        assert_eq!(names(b"\\input \"my file\" x"), ["my file"]);
        assert_eq!(names(b"\\input fi%c\nle x"), ["file"]);
        assert_eq!(names(b"\\input a\\relax"), ["a"]);
        assert!(names(b"\\input").is_empty());
        assert!(names(b"\\input\n\n").is_empty());
        assert!(names(b"\\let\\input\\relax").is_empty());
    }

    #[test]
    fn braced_arguments_skip_spaces_comments_and_options() {
        assert_eq!(names(b"\\input {chap/intro}"), ["chap/intro"]);
        assert_eq!(names(b"\\input% c\n  {a}"), ["a"]);
        assert_eq!(
            names(b"\\usepackage [x,y] % c\n { a ,%\n b,, }"),
            ["a", "b"]
        );
        assert_eq!(names(b"\\includegraphics * [a] [b] {f}"), ["f"]);
        assert_eq!(names(b"\\bibliography{a,b}"), ["a", "b"]);
        assert_eq!(names(b"\\addbibresource[label=x]{refs.bib}"), ["refs.bib"]);
    }

    #[test]
    fn broken_arguments_name_nothing() {
        assert!(names(b"\\input{a").is_empty());
        assert_eq!(names(b"\\usepackage{a\n\n}\\input{b}"), ["b"]);
        assert_eq!(names(b"\\usepackage[a\n\n]{x}\\input{b}"), ["b"]);
        assert_eq!(names(b"{\\includegraphics}\\input{b}"), ["b"]);
    }

    #[test]
    fn names_with_control_sequences_are_not_literal() {
        let found = deps(b"\\input{\\jobname.bbl}\\input{#1}\\input{caf\xc3\xa9}");
        let literal: Vec<bool> = found.iter().map(|d| d.2).collect();
        assert_eq!(literal, [false, false, true]);
        assert_eq!(found[0].1, "\\jobname.bbl");
    }
}
