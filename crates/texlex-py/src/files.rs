//! `texlex.stats` and `texlex.check`: files lexed in parallel on rayon, as
//! `texlex stats --json` and `texlex check --format json` lex them (the
//! regime from the file name, the engine and a magic-comment regime from
//! the file's head, catcode tracking with verbatim).

use std::collections::BTreeMap;
use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use texlex::{Diagnostic, InputModel, Lexer, Profile, Regime, SNIFF_LEN, TexEngine};

/// Extensions a directory walk picks, as `texlex stats` does.
const TEX_EXTENSIONS: [&str; 8] = ["tex", "sty", "cls", "dtx", "ltx", "def", "ins", "bbl"];

/// Counts of one file (see `stats_dict` for the keys).
pub(crate) struct Stats {
    bytes: u64,
    lines: u64,
    chars: [u64; 16],
    cs: u64,
    par: u64,
    active: u64,
    invalid: u64,
    verbatim: u64,
    /// All tokens, as [`texlex::TokenStats::tokens`] counts them.
    tokens: u64,
    diagnostics: BTreeMap<&'static str, u64>,
    errors: u64,
    warnings: u64,
    regime: Regime,
    engine: TexEngine,
}

/// One diagnostic of a file, positioned.
pub(crate) struct Found {
    diagnostic: Diagnostic,
    line: u32,
    col: u32,
}

/// A file and what came of it: the result, or why it could not be read.
pub(crate) type Outcome<T> = (PathBuf, Result<T, String>);

/// The files `paths` name: files as given, directories walked recursively
/// (sorted, symlinks to directories not followed) for TeX extensions.
fn select(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            let mut found = Vec::new();
            walk(path, &mut found);
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    files
}

/// Whether a directory walk picks `path`: its extension is one of
/// [`TEX_EXTENSIONS`], in any case.
pub(crate) fn is_tex_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEX_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        found.push(dir.to_path_buf());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            walk(&path, found);
        } else if is_tex_file(&path) && !fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            found.push(path);
        }
    }
}

/// Runs `each` over the files of `paths` on `threads` threads (rayon's
/// global pool for `None`), in the order of the files.
pub(crate) fn run<T: Send>(
    paths: &[PathBuf],
    threads: Option<usize>,
    each: fn(&Path) -> Result<T, String>,
) -> PyResult<Vec<Outcome<T>>> {
    let files = select(paths);
    on_threads(threads, || {
        files
            .par_iter()
            .map(|path| (path.clone(), each(path)))
            .collect()
    })
}

/// Runs `work` on `threads` threads (rayon's global pool for `None`).
fn on_threads<T: Send>(threads: Option<usize>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        None => Ok(work()),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(work))
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
}

/// Reads and lexes `path` as the command does, then hands the lex to `f`.
fn with_lexed<T>(
    path: &Path,
    f: impl FnOnce(&texlex::Lexed, Regime, TexEngine) -> T,
) -> Result<T, String> {
    let text = fs::read(path).map_err(|e| reason(&e))?;
    lex_named(path, &text, f)
}

/// Lexes `text`, the contents of a file named `path`, as the command does
/// (the regime from the name, the engine and a magic-comment regime from
/// the head), then hands the lex to `f`.
fn lex_named<T>(
    path: &Path,
    text: &[u8],
    f: impl FnOnce(&texlex::Lexed, Regime, TexEngine) -> T,
) -> Result<T, String> {
    let (regime, engine) = settings_for(path, text, None, None);
    let lexer = Lexer::with_profile(Profile::for_engine(regime, engine));
    let lexed = lexer.lex(text).map_err(|e| e.to_string())?;
    Ok(f(&lexed, regime, engine))
}

/// The regime and engine the command reads a file named `path` with:
/// `regime` and `engine` when given, else what the head of `text` says,
/// else the regime from the name and LuaTeX.
pub(crate) fn settings_for(
    path: &Path,
    text: &[u8],
    regime: Option<Regime>,
    engine: Option<TexEngine>,
) -> (Regime, TexEngine) {
    let sniffed = texlex::sniff(&text[..text.len().min(SNIFF_LEN)]);
    let engine = engine.unwrap_or_else(|| sniffed.engine.map_or(TexEngine::Luatex, |e| e.value));
    let regime = regime.unwrap_or_else(|| {
        sniffed
            .regime
            .map_or_else(|| Regime::for_path(path), |r| r.value)
    });
    (regime, engine)
}

/// [`stats_of`] for a file's contents already in memory.
pub(crate) fn stats_of_bytes(path: &Path, text: &[u8]) -> Result<Stats, String> {
    count_named(path, text, text)
}

/// Counts what `reader` yields, the contents of a file named `path` whose
/// head is `head`, in one pass that keeps no tokens ([`Lexer::count`]),
/// read as the command reads it (see [`lex_named`]).
fn count_named(path: &Path, head: &[u8], reader: impl Read) -> Result<Stats, String> {
    let (regime, engine) = settings_for(path, head, None, None);
    let lexer = Lexer::with_profile(Profile::for_engine(regime, engine));
    let counts = lexer.count(reader).map_err(|e| reason(&e))?;
    Ok(stats_of_counts(&counts, regime, engine))
}

/// Runs [`stats_of_bytes`] over in-memory files on `threads` threads
/// (rayon's global pool for `None`), in order.
pub(crate) fn run_bytes(
    files: &[(PathBuf, Vec<u8>)],
    threads: Option<usize>,
) -> PyResult<Vec<Outcome<Stats>>> {
    on_threads(threads, || {
        files
            .par_iter()
            .map(|(path, text)| (path.clone(), stats_of_bytes(path, text)))
            .collect()
    })
}

/// A short reason for an I/O error, without the OS error code.
pub(crate) fn reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// The counts of the file at `path`, read once from its start (its head,
/// which says how to read it, then the rest), whatever its size.
pub(crate) fn stats_of(path: &Path) -> Result<Stats, String> {
    let mut file = fs::File::open(path).map_err(|e| reason(&e))?;
    let mut head = Vec::with_capacity(SNIFF_LEN);
    (&mut file)
        .take(SNIFF_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| reason(&e))?;
    count_named(path, &head, Cursor::new(&head).chain(file))
}

/// The stats of one file from its counts.
fn stats_of_counts(counts: &texlex::Counts, regime: Regime, engine: TexEngine) -> Stats {
    let ts = counts.token_stats();
    let mut stats = Stats {
        bytes: counts.bytes(),
        lines: counts.lines(),
        chars: ts.chars,
        cs: 0,
        par: 0,
        active: ts.active,
        invalid: ts.invalid,
        verbatim: ts.verbatim,
        tokens: ts.tokens(),
        diagnostics: BTreeMap::new(),
        errors: 0,
        warnings: 0,
        regime,
        engine,
    };
    for &(id, n) in &ts.control_sequences {
        stats.cs += n;
        if id == texlex::builtin::PAR {
            stats.par += n;
        }
    }
    for &(kind, n) in counts.diagnostics() {
        match kind.severity() {
            texlex::Severity::Error => stats.errors += n,
            _ => stats.warnings += n,
        }
        *stats.diagnostics.entry(kind.name()).or_default() += n;
    }
    stats
}

pub(crate) fn check_of(path: &Path) -> Result<Vec<Found>, String> {
    with_lexed(path, |lexed, _, _| {
        let mut positions = lexed.positions();
        lexed
            .diagnostics()
            .map(|diagnostic| {
                let at = positions.position(diagnostic.span.start);
                Found {
                    diagnostic,
                    line: at.line,
                    col: at.col,
                }
            })
            .collect()
    })
}

fn model_name(engine: TexEngine) -> &'static str {
    match engine.input_model() {
        InputModel::Bytes => "bytes",
        _ => "unicode",
    }
}

/// The dict of one file's stats: `path`, `bytes`, `lines`, `tokens` (as
/// `texlex stats --json` counts them: every token `lex` gives),
/// `tokens_by_kind` (`char`, `cs`, `par` (among `cs`), `active`,
/// `invalid`, and `verbatim`: `\verb` arguments and verbatim bodies),
/// `chars_by_catcode`, `diagnostics_by_kind`, `errors`, `warnings`,
/// `regime`, `engine`, `model`, `error`.
pub(crate) fn stats_dict<'py>(
    py: Python<'py>,
    (path, result): Outcome<Stats>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("path", path.to_string_lossy())?;
    match result {
        Ok(s) => {
            let chars: u64 = s.chars.iter().sum();
            d.set_item("bytes", s.bytes)?;
            d.set_item("lines", s.lines)?;
            d.set_item("tokens", s.tokens)?;
            let by_kind = PyDict::new(py);
            by_kind.set_item("char", chars)?;
            by_kind.set_item("cs", s.cs)?;
            by_kind.set_item("par", s.par)?;
            by_kind.set_item("active", s.active)?;
            by_kind.set_item("invalid", s.invalid)?;
            by_kind.set_item("verbatim", s.verbatim)?;
            d.set_item("tokens_by_kind", by_kind)?;
            let by_cat = PyDict::new(py);
            for (cat, &n) in s.chars.iter().enumerate().filter(|(_, n)| **n > 0) {
                by_cat.set_item(cat.to_string(), n)?;
            }
            d.set_item("chars_by_catcode", by_cat)?;
            d.set_item("diagnostics_by_kind", s.diagnostics)?;
            d.set_item("errors", s.errors)?;
            d.set_item("warnings", s.warnings)?;
            d.set_item("regime", s.regime.name())?;
            d.set_item("engine", s.engine.name())?;
            d.set_item("model", model_name(s.engine))?;
            d.set_item("error", py.None())?;
        }
        Err(reason) => {
            for key in ["bytes", "lines", "tokens", "regime", "engine", "model"] {
                d.set_item(key, py.None())?;
            }
            for key in ["tokens_by_kind", "chars_by_catcode", "diagnostics_by_kind"] {
                d.set_item(key, PyDict::new(py))?;
            }
            d.set_item("errors", 0)?;
            d.set_item("warnings", 0)?;
            d.set_item("error", reason)?;
        }
    }
    Ok(d)
}

/// Appends one dict per diagnostic of a file to `list`: `path`, `kind`,
/// `severity`, `message`, `start`, `end`, `line`, `col`, `error` (None);
/// for an unreadable file one dict with `kind` `file`, `severity`
/// `error`, the reason as `message` and `error`, and no position.
pub(crate) fn check_dicts(
    py: Python<'_>,
    (path, result): Outcome<Vec<Found>>,
    list: &Bound<'_, PyList>,
) -> PyResult<()> {
    let path = path.to_string_lossy();
    match result {
        Ok(found) => {
            for f in found {
                let d = PyDict::new(py);
                let kind = f.diagnostic.kind;
                d.set_item("path", &path)?;
                d.set_item("kind", kind.name())?;
                d.set_item("severity", kind.severity().name())?;
                d.set_item("message", kind.message())?;
                d.set_item("start", f.diagnostic.span.start)?;
                d.set_item("end", f.diagnostic.span.end)?;
                d.set_item("line", f.line)?;
                d.set_item("col", f.col)?;
                d.set_item("error", py.None())?;
                list.append(d)?;
            }
        }
        Err(reason) => {
            let d = PyDict::new(py);
            d.set_item("path", &path)?;
            d.set_item("kind", "file")?;
            d.set_item("severity", "error")?;
            d.set_item("message", &reason)?;
            for key in ["start", "end", "line", "col"] {
                d.set_item(key, py.None())?;
            }
            d.set_item("error", reason)?;
            list.append(d)?;
        }
    }
    Ok(())
}
