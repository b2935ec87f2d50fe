//! Which files of a directory are main documents ([`main_files`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::project::{reason, resolve};
use crate::{DependencyKind, LandmarkKind, Lexed, Lexer};

/// Why a [`MainFile`] ranks where it does. The first two hold for every
/// main file; the others decide the order.
///
/// ```
/// use std::path::Path;
/// use texlex::{Lexer, MainReason, Regime};
/// let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/project");
/// let best = &texlex::main_files(&dir, |_, _| Lexer::new(Regime::Latex))?[0];
/// assert_eq!(best.path, dir.join("main.tex"));
/// assert_eq!(best.reasons[..2], [MainReason::HasDocumentClass, MainReason::HasBeginDocument]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MainReason {
    /// It has a real `\documentclass` token (not in a comment or verbatim).
    HasDocumentClass,
    /// It has a real `\begin{document}`.
    HasBeginDocument,
    /// No other file of the directory `\input`s, `\include`s or
    /// `\subfile`s it (ranks above files that are).
    NotIncluded,
    /// This file of the directory `\input`s, `\include`s or `\subfile`s it
    /// (a subfile that compiles on its own, say): ranks below.
    IncludedBy(PathBuf),
    /// Its class is `subfiles`: a part of a bigger document (ranks below).
    SubfilesClass,
    /// It lies in the directory itself, not in a subdirectory (ranks
    /// above files that do not, other things equal).
    TopLevel,
    /// Its name is `main.tex`, `ms.tex`, `paper.tex` or `thesis.tex`: a
    /// weak tie-breaker.
    ConventionalName,
}

impl MainReason {
    /// Its name, as `texlex main --json` gives it (`has-documentclass`,
    /// `has-begin-document`, `not-included`, `included-by`,
    /// `subfiles-class`, `top-level`, `conventional-name`).
    ///
    /// ```
    /// assert_eq!(texlex::MainReason::NotIncluded.name(), "not-included");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            MainReason::HasDocumentClass => "has-documentclass",
            MainReason::HasBeginDocument => "has-begin-document",
            MainReason::NotIncluded => "not-included",
            MainReason::IncludedBy(_) => "included-by",
            MainReason::SubfilesClass => "subfiles-class",
            MainReason::TopLevel => "top-level",
            MainReason::ConventionalName => "conventional-name",
        }
    }

    /// A short English description, as `texlex main` prints it.
    ///
    /// ```
    /// assert_eq!(texlex::MainReason::HasBeginDocument.description(), "has \\begin{document}");
    /// ```
    pub fn description(&self) -> String {
        match self {
            MainReason::HasDocumentClass => "has \\documentclass".to_owned(),
            MainReason::HasBeginDocument => "has \\begin{document}".to_owned(),
            MainReason::NotIncluded => {
                "not \\input/\\include/\\subfile'd by another file of the directory".to_owned()
            }
            MainReason::IncludedBy(by) => {
                format!("\\input/\\include/\\subfile'd by {}", by.display())
            }
            MainReason::SubfilesClass => {
                "class is `subfiles` (part of a bigger document)".to_owned()
            }
            MainReason::TopLevel => "at the top of the directory".to_owned(),
            MainReason::ConventionalName => "conventional name".to_owned(),
        }
    }
}

/// A main document found by [`main_files`], with the reasons for its rank.
///
/// ```
/// use std::path::Path;
/// use texlex::{Lexer, MainReason, Regime};
/// let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/project");
/// let best = &texlex::main_files(&dir, |_, _| Lexer::new(Regime::Latex))?[0];
/// assert_eq!(best.path, dir.join("main.tex"));
/// assert_eq!(best.reasons[..2], [MainReason::HasDocumentClass, MainReason::HasBeginDocument]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MainFile {
    /// The file (the directory joined with its path inside).
    pub path: PathBuf,
    /// Why it is a main file and ranks where it does.
    pub reasons: Vec<MainReason>,
}

/// The file names [`MainReason::ConventionalName`] likes.
const CONVENTIONAL: [&str; 4] = ["main.tex", "ms.tex", "paper.tex", "thesis.tex"];

/// The main documents among the `.tex` files of `dir` and its
/// subdirectories (walked recursively, symbolic links to directories not
/// followed), best first: files with a real `\documentclass` token and a
/// real `\begin{document}`. Each file is lexed with the lexer
/// `lexer_for(path, bytes)` returns, so the caller chooses catcodes,
/// engine and verbatim per file.
///
/// They rank by, in order: not included by another file of the directory
/// (an `\input`, `\include` or `\subfile` of it, resolved relative to
/// `dir` and to the including file's directory as
/// [`flatten`](crate::flatten) resolves names); class other than
/// `subfiles`; at the top of `dir`; a conventional name (`main.tex`,
/// `ms.tex`, `paper.tex`, `thesis.tex`); then by path. An empty list
/// means there is none.
///
/// # Errors
///
/// Reading `dir`, one of its subdirectories or one of the files fails; a
/// file of 4 GiB or more ([`io::ErrorKind::InvalidData`]). The error's
/// message names the path.
///
/// ```
/// use std::path::Path;
/// use texlex::{Lexer, MainReason, Regime};
/// let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/project");
/// let found = texlex::main_files(&dir, |path, _| Lexer::new(Regime::for_path(path)))?;
/// assert_eq!(found[0].path.file_name().unwrap(), "main.tex");
/// assert!(found[0].reasons.contains(&MainReason::NotIncluded));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn main_files(
    dir: &Path,
    lexer_for: impl Fn(&Path, &[u8]) -> Lexer,
) -> io::Result<Vec<MainFile>> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    files.sort();
    // What each file is, and which files it reads.
    let mut candidates = Vec::new();
    let mut includes: Vec<(PathBuf, PathBuf)> = Vec::new();
    for path in &files {
        let bytes = fs::read(path).map_err(|e| at(path, e))?;
        let lexed = lexer_for(path, &bytes).lex(&bytes).map_err(|e| {
            at(
                path,
                io::Error::new(io::ErrorKind::InvalidData, e.to_string()),
            )
        })?;
        let own_dir = path.parent().unwrap_or(dir);
        for dep in lexed.dependencies() {
            if dep.kind.is_inlined()
                && dep.literal
                && let Some(target) = resolve(
                    &[dir, own_dir],
                    &dep.name,
                    dep.kind == DependencyKind::Include,
                )
            {
                includes.push((canonical(&target), path.clone()));
            }
        }
        if let Some(subfiles) = is_main(&lexed) {
            candidates.push((path.clone(), subfiles));
        }
    }
    let mut found: Vec<(MainFile, [bool; 4])> = candidates
        .into_iter()
        .map(|(path, subfiles)| {
            let mut reasons = vec![MainReason::HasDocumentClass, MainReason::HasBeginDocument];
            let me = canonical(&path);
            let by = includes
                .iter()
                .find(|(target, by)| *target == me && *by != path);
            reasons.push(match by {
                Some((_, by)) => MainReason::IncludedBy(by.clone()),
                None => MainReason::NotIncluded,
            });
            if subfiles {
                reasons.push(MainReason::SubfilesClass);
            }
            let top = path.parent() == Some(dir);
            if top {
                reasons.push(MainReason::TopLevel);
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let conventional = CONVENTIONAL.iter().any(|c| c.eq_ignore_ascii_case(name));
            if conventional {
                reasons.push(MainReason::ConventionalName);
            }
            // Sort keys: false ranks first.
            let key = [by.is_some(), subfiles, !top, !conventional];
            (MainFile { path, reasons }, key)
        })
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.path.cmp(&b.0.path)));
    Ok(found.into_iter().map(|(file, _)| file).collect())
}

/// Whether a lexed file is a main document, and if so whether its class
/// is `subfiles`.
fn is_main(lexed: &Lexed) -> Option<bool> {
    let outline = lexed.outline();
    let has = |kind| outline.iter().any(|l| l.kind == kind);
    if !has(LandmarkKind::DocumentClass) || !has(LandmarkKind::BeginDocument) {
        return None;
    }
    // The class `\documentclass` names (not a `\LoadClass`).
    let at = outline
        .iter()
        .find(|l| l.kind == LandmarkKind::DocumentClass)
        .map(|l| l.span.start);
    let class = lexed
        .dependencies()
        .into_iter()
        .find(|d| d.kind == DependencyKind::Class && Some(d.command.start) == at);
    Some(class.is_some_and(|c| c.name == b"subfiles"))
}

/// The `.tex` files under `dir`, recursively, without following symbolic
/// links to directories.
fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| at(dir, e))? {
        let entry = entry.map_err(|e| at(dir, e))?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|e| at(&path, e))?;
        if file_type.is_dir() {
            walk(&path, found)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tex"))
            && fs::metadata(&path).is_ok_and(|m| m.is_file())
        {
            found.push(path);
        }
    }
    Ok(())
}

/// The canonical form of an existing path (the path itself if that fails).
pub(crate) fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// An I/O error whose message names `path`.
pub(crate) fn at(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(
        error.kind(),
        format!("{}: {}", path.display(), reason(&error)),
    )
}
