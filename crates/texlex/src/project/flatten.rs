//! A main document with its `\input`, `\include` and `\subfile` files
//! inlined ([`flatten`]).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::project::main_file::canonical;
use crate::project::reason;
use crate::project::{Cursor, name_of, resolve, split_commas};
use crate::{Dependency, DependencyKind, LandmarkKind, Lexed, Lexer, Span, TokenKind, builtin};

/// How deep inputs may nest (TeX Live allows 15 open files; more is most
/// likely a runaway).
const MAX_DEPTH: usize = 64;

/// The largest flattened text (it must stay lexable: offsets are `u32`).
const MAX_OUTPUT: usize = u32::MAX as usize;

/// What kept a command from being inlined.
///
/// ```
/// use texlex::{FlattenProblem, Lexer, Regime};
/// let dir = std::env::temp_dir().join(format!("texlex-doc-problem-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("main.tex"), "\\input{main}\n")?;
/// let flat = texlex::flatten(&dir.join("main.tex"), |_, _| Lexer::new(Regime::Latex))?;
/// assert_eq!(flat.diagnostics[0].problem, FlattenProblem::Cycle(dir.join("main.tex")));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FlattenProblem {
    /// No file of that name (see [`flatten`] for the names tried).
    Missing,
    /// The file is being inlined already, further up: inlining it again
    /// would never end.
    Cycle(PathBuf),
    /// The file exists but could not be read (or is 4 GiB or more).
    Unreadable(PathBuf, String),
    /// The name is not literal (`\input{\jobname.bbl}`, `\input{#1}`): it
    /// means what TeX makes of it when it runs.
    NotLiteral,
    /// Inputs nest more than 64 deep.
    TooDeep,
    /// The flattened text would reach 4 GiB.
    TooLarge,
}

impl FlattenProblem {
    /// Its name: `missing`, `cycle`, `unreadable`, `not-literal`,
    /// `too-deep`, `too-large`.
    ///
    /// ```
    /// assert_eq!(texlex::FlattenProblem::NotLiteral.name(), "not-literal");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            FlattenProblem::Missing => "missing",
            FlattenProblem::Cycle(_) => "cycle",
            FlattenProblem::Unreadable(..) => "unreadable",
            FlattenProblem::NotLiteral => "not-literal",
            FlattenProblem::TooDeep => "too-deep",
            FlattenProblem::TooLarge => "too-large",
        }
    }
}

/// A command [`flatten`] kept as it is, and why.
///
/// ```
/// use texlex::{FlattenProblem, Lexer, Regime};
/// let dir = std::env::temp_dir().join(format!("texlex-doc-flatten-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("main.tex"), "Text\n  \\input{missing}\n")?;
/// let flat = texlex::flatten(&dir.join("main.tex"), |_, _| Lexer::new(Regime::Latex))?;
/// assert_eq!(flat.text, b"Text\n  \\input{missing}\n"); // kept as it is
/// let missing = &flat.diagnostics[0];
/// assert_eq!((missing.line, missing.col, &missing.problem), (2, 3, &FlattenProblem::Missing));
/// assert_eq!(missing.message(), "\\input{missing}: no such file (tried missing.tex, missing)");
/// assert!(missing.to_string().ends_with("main.tex:2:3: warning: \\input{missing}: no such file (tried missing.tex, missing)"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FlattenDiagnostic {
    /// The file that holds the command.
    pub path: PathBuf,
    /// 1-based line of the command in that file.
    pub line: u32,
    /// 1-based column of the command, in characters (as `texlex check`
    /// counts them).
    pub col: u32,
    /// The command with its argument in that file
    /// ([`Dependency::call`]).
    pub span: Span,
    /// Which command.
    pub kind: DependencyKind,
    /// The file name it gives ([`Dependency::name`]).
    pub name: Vec<u8>,
    /// What went wrong.
    pub problem: FlattenProblem,
}

impl FlattenDiagnostic {
    /// The message, without the position: `\input{chap}: no such file
    /// (tried chap.tex, chap)`.
    pub fn message(&self) -> String {
        let name = String::from_utf8_lossy(&self.name);
        let command = format!("\\{}{{{name}}}", self.kind.name());
        match &self.problem {
            FlattenProblem::Missing => {
                let tried: Vec<String> =
                    crate::project::candidates(&self.name, self.kind == DependencyKind::Include)
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect();
                format!("{command}: no such file (tried {})", tried.join(", "))
            }
            FlattenProblem::Cycle(path) => {
                format!(
                    "{command}: {} is already being inlined (a cycle)",
                    path.display()
                )
            }
            FlattenProblem::Unreadable(path, reason) => {
                format!("{command}: cannot read {}: {reason}", path.display())
            }
            FlattenProblem::NotLiteral => format!("{command}: not a literal file name"),
            FlattenProblem::TooDeep => format!("{command}: inputs nest more than {MAX_DEPTH} deep"),
            FlattenProblem::TooLarge => format!("{command}: the flattened text would reach 4 GiB"),
        }
    }
}

impl fmt::Display for FlattenDiagnostic {
    /// `PATH:LINE:COL: warning: MESSAGE`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: warning: {}",
            self.path.display(),
            self.line,
            self.col,
            self.message()
        )
    }
}

/// What [`flatten`] made.
///
/// ```
/// use texlex::{Lexer, Regime};
/// let dir = std::env::temp_dir().join(format!("texlex-doc-flattened-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("main.tex"), "a\n\\input{b}\nc\n")?;
/// std::fs::write(dir.join("b.tex"), "b\n")?;
/// let flat = texlex::flatten(&dir.join("main.tex"), |_, _| Lexer::new(Regime::Latex))?;
/// assert_eq!(flat.text, b"a\nb\nc\n");
/// assert_eq!(flat.files, [dir.join("main.tex"), dir.join("b.tex")]);
/// assert!(flat.diagnostics.is_empty());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Flattened {
    /// The flattened text (bytes copied as they are, never decoded).
    pub text: Vec<u8>,
    /// The files read, the main file first, each once, in the order first
    /// inlined.
    pub files: Vec<PathBuf>,
    /// The commands kept as they are, in output order.
    pub diagnostics: Vec<FlattenDiagnostic>,
}

/// The main file `main` with every real `\input`, `\include` and
/// `\subfile` inlined, recursively, as latexpand users expect, each file
/// lexed with the lexer `lexer_for(path, bytes)` returns:
///
/// - Only real commands count: not those in comments, `\verb` or verbatim
///   environments. Commands inside macro definitions are inlined too
///   (latexpand does the same); a name that is not literal
///   (`\input{#1}`, `\input{\jobname.bbl}`) is kept, with a diagnostic.
/// - The inlined text replaces exactly the bytes of the command and its
///   argument ([`Dependency::call`]); bytes are copied as they are.
/// - Names resolve as TeX resolves them when run from the main file's
///   directory (then, failing that, from the including file's directory,
///   as `subfiles` and `import` arrange): `\input{x}` and `\subfile{x}`
///   try `x.tex`, then `x` (only `x` if it ends in `.tex`);
///   `\include{x}` reads `x.tex`.
/// - `\include{x}` becomes `\clearpage`, the text, `\clearpage` (each on
///   its own line); with an `\includeonly{…}` in the main file (the last
///   one counts), an `\include` of a name not listed becomes `\clearpage`
///   alone, as in LaTeX.
/// - `\subfile{x}` inlines what lies between `\begin{document}` and
///   `\end{document}` of `x` (all of `x` if it has no `\begin{document}`).
/// - `\endinput` (outside braces) drops the rest of its file after the
///   line that holds it, as TeX does; the `\endinput` itself is removed
///   (with the line, if it holds nothing else), so that it does not end the
///   flattened file. One inside a conditional is honoured as if it ran.
/// - Line ends: when the command is followed by nothing but spaces on its
///   line, the inlined text's last line end is dropped (otherwise the two
///   would make an empty line, a `\par` TeX does not see); when text
///   follows it, the inlined text is made to end with a line end (so that a
///   comment on its last line cannot swallow that text).
/// - A missing, unreadable or cyclic file, or one nested more than 64
///   deep, leaves the command as it is, with a [`FlattenDiagnostic`].
///
/// Not reproduced: catcodes. Each file is lexed on its own with its
/// lexer's starting catcodes, not with those in force at its `\input`;
/// catcode changes made inside an inlined file carry on in the flattened
/// text after it, just as they do in TeX. Spaces where a file ends may
/// differ by one space token from what TeX reads.
///
/// # Errors
///
/// Reading `main` fails, or it is 4 GiB or more
/// ([`io::ErrorKind::InvalidData`]). Problems with other files are
/// diagnostics.
///
/// ```
/// use std::path::Path;
/// use texlex::{Lexer, Regime};
/// let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/project");
/// let flat = texlex::flatten(&dir.join("main.tex"), |path, _| Lexer::new(Regime::for_path(path)))?;
/// assert!(flat.diagnostics.is_empty());
/// assert_eq!(flat.files.len(), 3); // main.tex, sections/intro.tex, sections/results.tex
/// let text = String::from_utf8(flat.text).unwrap();
/// assert!(text.contains("\\section{Introduction}\nWe start here.\n"));
/// assert!(!text.contains("Notes nobody reads")); // after an \endinput
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn flatten(main: &Path, lexer_for: impl Fn(&Path, &[u8]) -> Lexer) -> io::Result<Flattened> {
    let bytes = fs::read(main)?;
    let lexed = lexer_for(main, &bytes)
        .lex(&bytes)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    // Empty for a bare file name: paths then stay relative as given.
    let root = main.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut flattener = Flattener {
        lexer_for: &lexer_for,
        root,
        stack: vec![canonical(main)],
        files: vec![main.to_path_buf()],
        diagnostics: Vec::new(),
        includeonly: includeonly(&lexed),
    };
    let mut text = Vec::with_capacity(bytes.len());
    let whole = Span::new(0, bytes.len() as u32);
    flattener.expand(main, &lexed, whole, &mut text);
    Ok(Flattened {
        text,
        files: flattener.files,
        diagnostics: flattener.diagnostics,
    })
}

struct Flattener<'a> {
    lexer_for: &'a dyn Fn(&Path, &[u8]) -> Lexer,
    /// The main file's directory.
    root: PathBuf,
    /// The canonical paths of the files being inlined, outermost first.
    stack: Vec<PathBuf>,
    files: Vec<PathBuf>,
    diagnostics: Vec<FlattenDiagnostic>,
    /// The names of the main file's last `\includeonly`.
    includeonly: Option<Vec<Vec<u8>>>,
}

/// What the copy of a region does at a position.
enum Event {
    /// Inline a dependency in place of its call.
    Inline(Dependency),
    /// Drop these bytes (an `\endinput` and the spaces after it).
    Drop(Span),
}

impl Flattener<'_> {
    /// Appends the bytes of `region` of `lexed` (the file `path`) to `out`,
    /// with the commands inside inlined.
    fn expand(&mut self, path: &Path, lexed: &Lexed, region: Span, out: &mut Vec<u8>) {
        let source = lexed.source();
        let mut end = region.end;
        let mut events: Vec<(u32, Event)> = Vec::new();
        if let Some(cut) = endinput(lexed, region) {
            end = cut.end;
            if let Some(drop) = cut.drop {
                events.push((drop.start, Event::Drop(drop)));
            }
        }
        for dep in lexed.dependencies() {
            if dep.kind.is_inlined() && dep.call.start >= region.start && dep.call.end <= end {
                events.push((dep.call.start, Event::Inline(dep)));
            }
        }
        events.sort_by_key(|e| e.0);
        let mut at = region.start;
        for (start, event) in events {
            if start < at {
                continue;
            }
            out.extend_from_slice(&source[at as usize..start as usize]);
            match event {
                Event::Drop(span) => at = span.end,
                Event::Inline(dep) => {
                    at = dep.call.end;
                    let rest_blank = rest_of_line(source, at)
                        .iter()
                        .all(|&b| b == b' ' || b == b'\t');
                    match self.inline(path, &dep, out.len()) {
                        Ok(mut block) => {
                            if rest_blank {
                                strip_line_end(&mut block);
                            } else {
                                ensure_line_end(&mut block);
                            }
                            out.extend_from_slice(&block);
                        }
                        Err(problem) => {
                            let at = lexed.position(dep.call.start);
                            self.diagnostics.push(FlattenDiagnostic {
                                path: path.to_path_buf(),
                                line: at.line,
                                col: at.col,
                                span: dep.call,
                                kind: dep.kind,
                                name: dep.name.clone(),
                                problem,
                            });
                            out.extend_from_slice(&source[dep.call.range()]);
                        }
                    }
                }
            }
        }
        out.extend_from_slice(&source[at as usize..end as usize]);
    }

    /// The text that replaces `dep` (found in `path`), or why there is none.
    fn inline(
        &mut self,
        path: &Path,
        dep: &Dependency,
        written: usize,
    ) -> Result<Vec<u8>, FlattenProblem> {
        if !dep.literal {
            return Err(FlattenProblem::NotLiteral);
        }
        let include = dep.kind == DependencyKind::Include;
        if include
            && let Some(only) = &self.includeonly
            && !only.contains(&dep.name)
        {
            return Ok(b"\\clearpage\n".to_vec());
        }
        if self.stack.len() > MAX_DEPTH {
            return Err(FlattenProblem::TooDeep);
        }
        let own_dir = path.parent().unwrap_or(&self.root).to_path_buf();
        let target =
            resolve(&[&self.root, &own_dir], &dep.name, include).ok_or(FlattenProblem::Missing)?;
        let me = canonical(&target);
        if self.stack.contains(&me) {
            return Err(FlattenProblem::Cycle(target));
        }
        let bytes = fs::read(&target)
            .map_err(|e| FlattenProblem::Unreadable(target.clone(), reason(&e)))?;
        if written.saturating_add(bytes.len()) >= MAX_OUTPUT {
            return Err(FlattenProblem::TooLarge);
        }
        let inner = (self.lexer_for)(&target, &bytes)
            .lex(&bytes)
            .map_err(|e| FlattenProblem::Unreadable(target.clone(), e.to_string()))?;
        let mut region = Span::new(0, bytes.len() as u32);
        if dep.kind == DependencyKind::Subfile {
            region = document_body(&inner).unwrap_or(region);
        }
        if !self.files.contains(&target) {
            self.files.push(target.clone());
        }
        self.stack.push(me);
        let mut block = Vec::new();
        if include {
            block.extend_from_slice(b"\\clearpage\n");
        }
        self.expand(&target, &inner, region, &mut block);
        if include {
            ensure_line_end(&mut block);
            block.extend_from_slice(b"\\clearpage\n");
        }
        self.stack.pop();
        if written.saturating_add(block.len()) >= MAX_OUTPUT {
            return Err(FlattenProblem::TooLarge);
        }
        Ok(block)
    }
}

/// Where an `\endinput` cuts a region: the new end, and the bytes to drop.
struct Cut {
    end: u32,
    drop: Option<Span>,
}

/// The first `\endinput` outside braces in `region`: the region ends with
/// its line; the `\endinput` and the spaces after it are dropped, or the
/// whole line if it holds nothing else.
fn endinput(lexed: &Lexed, region: Span) -> Option<Cut> {
    let source = lexed.source();
    let mut depth = 0u32;
    let token = lexed.tokens().find(|t| {
        match crate::project::catcode(t) {
            Some(crate::Catcode::BeginGroup) => depth += 1,
            Some(crate::Catcode::EndGroup) => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0
            && t.kind == TokenKind::Cs(builtin::ENDINPUT)
            && t.span.start >= region.start
            && t.span.end <= region.end
    })?;
    let blank = |b: &u8| *b == b' ' || *b == b'\t';
    let line_start = source[..token.span.start as usize]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1);
    let after = rest_of_line(source, token.span.end);
    let spaces = after.iter().take_while(|b| blank(b)).count();
    let line_end = token.span.end as usize + after.len();
    let end = ((line_end + terminator_len(&source[line_end..])) as u32).min(region.end);
    if source[line_start..token.span.start as usize]
        .iter()
        .all(blank)
        && after.iter().all(blank)
    {
        return Some(Cut {
            end: (line_start as u32).max(region.start),
            drop: None,
        });
    }
    let drop = Span::new(token.span.start, token.span.end + spaces as u32);
    Some(Cut {
        end,
        drop: Some(drop),
    })
}

/// The bytes from `at` to the end of its line (the terminator excluded).
fn rest_of_line(source: &[u8], at: u32) -> &[u8] {
    let rest = &source[at as usize..];
    let len = rest
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The length of the line terminator `bytes` start with (0 if none).
fn terminator_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'\r', b'\n', ..] => 2,
        [b'\r' | b'\n', ..] => 1,
        _ => 0,
    }
}

/// Removes one final line terminator (`\n`, `\r\n` or `\r`).
fn strip_line_end(block: &mut Vec<u8>) {
    if block.last() == Some(&b'\n') {
        block.pop();
    }
    if block.last() == Some(&b'\r') {
        block.pop();
    }
}

/// Appends `\n` unless the block is empty or ends with a line terminator.
fn ensure_line_end(block: &mut Vec<u8>) {
    if !matches!(block.last(), None | Some(b'\n' | b'\r')) {
        block.push(b'\n');
    }
}

/// The bytes between `\begin{document}` and `\end{document}` (or the end).
fn document_body(lexed: &Lexed) -> Option<Span> {
    let outline = lexed.outline();
    let begin = outline
        .iter()
        .find(|l| l.kind == LandmarkKind::BeginDocument)?;
    let end = outline
        .iter()
        .find(|l| l.kind == LandmarkKind::EndDocument && l.span.start >= begin.span.end)
        .map_or(lexed.source().len() as u32, |l| l.span.start);
    // The line end after `\begin{document}` would make an empty line
    // where the `\subfile` was.
    let source = lexed.source();
    let mut start = begin.span.end as usize;
    let rest = rest_of_line(source, begin.span.end);
    if rest.iter().all(|&b| b == b' ' || b == b'\t') {
        start += rest.len();
        start += terminator_len(&source[start..]);
    }
    let start = (start as u32).min(end);
    Some(Span::new(start, end))
}

/// The names of the last `\includeonly{…}`, if any.
fn includeonly(lexed: &Lexed) -> Option<Vec<Vec<u8>>> {
    let mut only = None;
    let mut cursor = Cursor::new(lexed);
    while let Some(token) = cursor.next() {
        if token.kind == TokenKind::Cs(builtin::INCLUDEONLY)
            && let Some(group) = cursor.group()
        {
            let names = split_commas(&group.inner)
                .into_iter()
                .filter_map(|part| name_of(lexed.source(), part, true))
                .map(|name| name.bytes)
                .collect();
            only = Some(names);
        }
    }
    only
}
