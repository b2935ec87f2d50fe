//! A project's structure from real tokens: `Tokens.dependencies()`,
//! `Tokens.outline()`, `texlex.main_files` and `texlex.flatten` (`texlex
//! deps`, `outline`, `main`, `flatten`).

use std::path::{Path, PathBuf};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use texlex::{Dependency as RustDependency, Landmark as RustLandmark, LandmarkKind, Lexed};

use crate::{FileError, Settings, files};

/// A name or title as Python shows it: lossy UTF-8, or in the byte model
/// every byte the character with that code (as `Token.name`).
fn text_of(bytes: &[u8], bytes_model: bool) -> String {
    crate::display_name(bytes, bytes_model)
}

/// One file, package, class, bibliography or graphic a command of the
/// source names (`Tokens.dependencies()`, `texlex deps`).
#[pyclass(frozen, module = "texlex._texlex")]
pub(crate) struct Dependency {
    /// `input`, `include`, `subfile`, `package`, `class`, `bibliography`,
    /// `bibresource` or `graphics`.
    #[pyo3(get)]
    kind: &'static str,
    /// The name as its tokens spell it (spaces around it trimmed; for
    /// `\input`, `\include`, `\subfile` without `"` quotes).
    #[pyo3(get)]
    name: String,
    /// Whether the name is literal: only characters, so that it means
    /// what it spells (`\input{\jobname.bbl}` is not).
    #[pyo3(get)]
    literal: bool,
    /// Byte offset of the name's first byte in the source.
    #[pyo3(get)]
    start: u64,
    /// Byte offset after the name's last byte.
    #[pyo3(get)]
    end: u64,
    /// 1-based line of `start`.
    #[pyo3(get)]
    line: u32,
    /// 1-based column of `start`, in characters.
    #[pyo3(get)]
    col: u32,
    /// Byte offset of the command's control sequence (`\usepackage`).
    #[pyo3(get)]
    call_start: u64,
    /// Byte offset after the whole command: its last argument read (what
    /// `flatten` replaces, from `call_start`).
    #[pyo3(get)]
    call_end: u64,
}

#[pymethods]
impl Dependency {
    fn __repr__(&self) -> String {
        format!(
            "Dependency(kind={:?} name={:?} literal={} start={} end={} line={} col={})",
            self.kind,
            self.name,
            if self.literal { "True" } else { "False" },
            self.start,
            self.end,
            self.line,
            self.col
        )
    }
}

pub(crate) fn dependencies(lexed: &Lexed, bytes_model: bool) -> Vec<Dependency> {
    let mut positions = lexed.positions();
    lexed
        .dependencies()
        .into_iter()
        .map(|d: RustDependency| {
            let at = positions.position(d.span.start);
            Dependency {
                kind: d.kind.name(),
                name: text_of(&d.name, bytes_model),
                literal: d.literal,
                start: u64::from(d.span.start),
                end: u64::from(d.span.end),
                line: at.line,
                col: at.col,
                call_start: u64::from(d.call.start),
                call_end: u64::from(d.call.end),
            }
        })
        .collect()
}

/// A landmark of a document: `\documentclass`, `\begin{document}`,
/// sectioning, `\appendix`, the bibliography, `\end{document}`
/// (`Tokens.outline()`, `texlex outline`).
#[pyclass(frozen, module = "texlex._texlex")]
pub(crate) struct Landmark {
    /// `documentclass`, `begin-document`, `part` ... `subparagraph`,
    /// `appendix`, `bibliography` or `end-document`.
    #[pyo3(get)]
    kind: &'static str,
    /// For sectioning commands, LaTeX's level number: -1 for `\part`, 0 for
    /// `\chapter`, ... 5 for `\subparagraph`.
    #[pyo3(get)]
    level: Option<i8>,
    /// For sectioning commands, whether starred (`\section*`).
    #[pyo3(get)]
    starred: Option<bool>,
    /// For sectioning commands, the title: the source between the braces.
    #[pyo3(get)]
    title: Option<String>,
    /// For a bibliography, the command that starts it: `thebibliography`,
    /// `bibliography` or `printbibliography`.
    #[pyo3(get)]
    command: Option<&'static str>,
    /// Byte offset of the command's first byte.
    #[pyo3(get)]
    start: u64,
    /// Byte offset after the command and the arguments read.
    #[pyo3(get)]
    end: u64,
    /// 1-based line of `start`.
    #[pyo3(get)]
    line: u32,
    /// 1-based column of `start`, in characters.
    #[pyo3(get)]
    col: u32,
    /// Byte offsets of the title between its braces.
    #[pyo3(get)]
    title_start: Option<u64>,
    #[pyo3(get)]
    title_end: Option<u64>,
}

#[pymethods]
impl Landmark {
    fn __repr__(&self) -> String {
        let mut extra = String::new();
        if let Some(title) = &self.title {
            extra.push_str(&format!(" title={title:?}"));
        }
        if self.starred == Some(true) {
            extra.push_str(" starred=True");
        }
        format!(
            "Landmark(kind={:?}{extra} start={} end={} line={} col={})",
            self.kind, self.start, self.end, self.line, self.col
        )
    }
}

pub(crate) fn outline(lexed: &Lexed, bytes_model: bool) -> Vec<Landmark> {
    let mut positions = lexed.positions();
    let source = lexed.source();
    lexed
        .outline()
        .into_iter()
        .map(|l: RustLandmark| {
            let at = positions.position(l.span.start);
            let (level, starred) = match l.kind {
                LandmarkKind::Section { level, starred } => (Some(level.depth()), Some(starred)),
                _ => (None, None),
            };
            let command = match l.kind {
                LandmarkKind::Bibliography(start) => Some(start.name()),
                _ => None,
            };
            Landmark {
                kind: l.kind.name(),
                level,
                starred,
                title: l.title.map(|t| text_of(&source[t.range()], bytes_model)),
                command,
                start: u64::from(l.span.start),
                end: u64::from(l.span.end),
                line: at.line,
                col: at.col,
                title_start: l.title.map(|t| u64::from(t.start)),
                title_end: l.title.map(|t| u64::from(t.end)),
            }
        })
        .collect()
}

fn file_error(py: Python<'_>, path: &Path, error: &std::io::Error) -> PyErr {
    let shown = path.to_string_lossy().into_owned();
    let mut message = error.to_string();
    if let Some(i) = message.find(" (os error") {
        message.truncate(i);
    }
    // The library's messages name the path already.
    let message = if message.starts_with(shown.as_str()) {
        message
    } else {
        format!("{shown}: {}", files::reason(error))
    };
    let err = FileError::new_err(message);
    // Best effort: the attribute, as `lex_file` sets it.
    let _ = err.value(py).setattr("path", shown);
    err
}

/// The main documents among the `.tex` files under `dir` (walked
/// recursively), best first, as `texlex main --json DIR` gives them: each
/// a dict with `rank` (1 for the best), `path` and `reasons` (why it is
/// one and ranks there: dicts with `reason`, a name such as
/// `not-included`, and `text`, its description). Each file is lexed with its regime and engine
/// from its head and name unless given. Raises `FileError` when the
/// directory or a file cannot be read.
#[pyfunction]
#[pyo3(signature = (dir, *, regime = None, engine = None, r#static = false, verbatim = true, catcodes = None))]
pub(crate) fn main_files<'py>(
    py: Python<'py>,
    dir: PathBuf,
    regime: Option<&str>,
    engine: Option<&str>,
    r#static: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'py, PyDict>>,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let settings = Settings::new(regime, engine, r#static, verbatim, catcodes)?;
    let found = py
        .detach(|| texlex::main_files(&dir, |path, bytes| settings.lexer(path, bytes)))
        .map_err(|e| file_error(py, &dir, &e))?;
    (1..)
        .zip(found)
        .map(|(rank, file)| {
            let d = PyDict::new(py);
            d.set_item("rank", rank)?;
            d.set_item("path", file.path.to_string_lossy())?;
            let reasons = file
                .reasons
                .iter()
                .map(|r| {
                    let reason = PyDict::new(py);
                    reason.set_item("reason", r.name())?;
                    reason.set_item("text", r.description())?;
                    Ok(reason)
                })
                .collect::<PyResult<Vec<_>>>()?;
            d.set_item("reasons", reasons)?;
            Ok(d)
        })
        .collect()
}

/// A command `flatten` kept as it is, and why.
#[pyclass(frozen, module = "texlex._texlex")]
pub(crate) struct FlattenDiagnostic {
    /// The file that holds the command.
    #[pyo3(get)]
    path: String,
    /// 1-based line of the command in that file.
    #[pyo3(get)]
    line: u32,
    /// 1-based column, in characters.
    #[pyo3(get)]
    col: u32,
    /// Byte offsets of the command in that file.
    #[pyo3(get)]
    start: u64,
    #[pyo3(get)]
    end: u64,
    /// `input`, `include` or `subfile`.
    #[pyo3(get)]
    kind: &'static str,
    /// The file name the command gives.
    #[pyo3(get)]
    name: String,
    /// `missing`, `cycle`, `unreadable`, `not-literal`, `too-deep` or
    /// `too-large`.
    #[pyo3(get)]
    problem: &'static str,
    /// The message, without the position.
    #[pyo3(get)]
    message: String,
}

#[pymethods]
impl FlattenDiagnostic {
    fn __repr__(&self) -> String {
        format!(
            "FlattenDiagnostic({}:{}:{}: {})",
            self.path, self.line, self.col, self.message
        )
    }
}

/// A main file with its inputs inlined (`texlex.flatten`).
#[pyclass(frozen, module = "texlex._texlex")]
pub(crate) struct Flattened {
    text: Vec<u8>,
    /// The files read, the main file first, each once.
    #[pyo3(get)]
    files: Vec<String>,
    /// The commands kept as they are, in output order.
    #[pyo3(get)]
    diagnostics: Vec<Py<FlattenDiagnostic>>,
}

#[pymethods]
impl Flattened {
    /// The flattened text, as bytes (copied from the files, never decoded).
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.text)
    }

    fn __repr__(&self) -> String {
        format!(
            "<texlex.Flattened: {} bytes from {} files, {} diagnostics>",
            self.text.len(),
            self.files.len(),
            self.diagnostics.len()
        )
    }
}

/// The main file `main` with every real `\input`, `\include` and
/// `\subfile` inlined, recursively, as `texlex flatten MAIN` does: the
/// result's `text` (bytes), `files` read and `diagnostics` (commands kept
/// as they are: a missing, unreadable or cyclic file, a name that is not
/// literal). Each file is lexed with its regime and engine from its head
/// and name unless given. Raises `FileError` when `main` cannot be read.
#[pyfunction]
#[pyo3(signature = (main, *, regime = None, engine = None, r#static = false, verbatim = true, catcodes = None))]
pub(crate) fn flatten(
    py: Python<'_>,
    main: PathBuf,
    regime: Option<&str>,
    engine: Option<&str>,
    r#static: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Flattened> {
    let settings = Settings::new(regime, engine, r#static, verbatim, catcodes)?;
    let flat = py
        .detach(|| texlex::flatten(&main, |path, bytes| settings.lexer(path, bytes)))
        .map_err(|e| file_error(py, &main, &e))?;
    let diagnostics = flat
        .diagnostics
        .iter()
        .map(|d| {
            Py::new(
                py,
                FlattenDiagnostic {
                    path: d.path.to_string_lossy().into_owned(),
                    line: d.line,
                    col: d.col,
                    start: u64::from(d.span.start),
                    end: u64::from(d.span.end),
                    kind: d.kind.name(),
                    name: String::from_utf8_lossy(&d.name).into_owned(),
                    problem: d.problem.name(),
                    message: d.message(),
                },
            )
        })
        .collect::<PyResult<_>>()?;
    Ok(Flattened {
        text: flat.text,
        files: flat
            .files
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
        diagnostics,
    })
}
