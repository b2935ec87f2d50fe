//! The native part of the `texlex` Python package (`texlex._texlex`).
//!
//! Everything heavy happens here, with the GIL released: lexing, the Arrow
//! columns of `Tokens.to_arrow()` (built in Rust and handed to pyarrow
//! through the Arrow C data interface, with no Python object per token),
//! and the parallel `stats` and `check` over files. The Python package
//! (`crates/texlex-py/python/texlex`) re-exports this module; its column
//! schema is pinned in `crates/texlex-py/SCHEMA.md`.

/// The extension's own allocator: it keeps freed memory for the next
/// allocation, where glibc hands large blocks back to the kernel at once,
/// so that each `to_arrow()` would fault in its ~35 bytes per token of
/// fresh pages again (half its time, measured).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyIndexError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use texlex::{
    Catcode, Diagnostic as RustDiagnostic, InputModel, Lexed, Lexer, Profile, Regime, SNIFF_LEN,
    Sniff, TexEngine, Token as RustToken, TokenKind,
};

mod arrow;
mod clean;
mod files;
mod project;

create_exception!(
    texlex,
    TexlexError,
    PyException,
    "Base class of the errors texlex raises."
);
create_exception!(
    texlex,
    LexError,
    TexlexError,
    "The input cannot be lexed: 4 GiB or more (offsets are 32-bit)."
);
create_exception!(
    texlex,
    FileError,
    TexlexError,
    "A file cannot be read; its `path` attribute names it."
);
create_exception!(
    texlex,
    EditError,
    TexlexError,
    "A `Document` edit or query is impossible (a range past the end, reversed, inside a UTF-8 character...)."
);

self_cell::self_cell!(
    /// A lex together with the bytes it borrows.
    struct LexedCell {
        owner: Vec<u8>,
        #[covariant]
        dependent: Lexed,
    }
);

/// The names of the token kinds, as in `texlex lex --format jsonl`; the
/// index is the Arrow dictionary key.
pub(crate) const KIND_NAMES: [&str; 7] = [
    "char", "cs", "active", "invalid", "verb", "verbatim", "trivia",
];

/// The dictionary key of a token's kind (see [`KIND_NAMES`]).
pub(crate) fn kind_code(kind: TokenKind) -> i8 {
    match kind {
        TokenKind::Char { .. } => 0,
        TokenKind::Cs(_) => 1,
        TokenKind::Active(_) => 2,
        TokenKind::Invalid(_) => 3,
        TokenKind::Verb { .. } => 4,
        TokenKind::Verbatim { .. } => 5,
    }
}

/// A control-sequence name as the JSON Lines show it: lossy UTF-8, or in
/// the byte model every byte the character with that code.
pub(crate) fn display_name(name: &[u8], bytes_model: bool) -> String {
    if bytes_model {
        name.iter().map(|&b| char::from(b)).collect()
    } else {
        String::from_utf8_lossy(name).into_owned()
    }
}

fn model_name(model: InputModel) -> &'static str {
    match model {
        InputModel::Bytes => "bytes",
        _ => "unicode",
    }
}

/// One token: a light, immutable record.
#[pyclass(frozen, module = "texlex._texlex")]
struct Token {
    /// `char`, `cs`, `active`, `invalid`, `verb` or `verbatim` (`\par`
    /// from a blank line is a `cs` named `par`, as in the JSON Lines).
    #[pyo3(get)]
    kind: &'static str,
    /// The control sequence's name (`cs` only).
    #[pyo3(get)]
    name: Option<String>,
    /// The catcode (`char` only).
    #[pyo3(get)]
    cat: Option<u8>,
    /// The character code (`char`, `active`, `invalid`).
    #[pyo3(get)]
    cp: Option<u32>,
    /// Byte offset of the first byte.
    #[pyo3(get)]
    start: u64,
    /// Byte offset after the last byte.
    #[pyo3(get)]
    end: u64,
    /// 1-based line of `start`.
    #[pyo3(get)]
    line: u32,
    /// 1-based column of `start`, in characters.
    #[pyo3(get)]
    col: u32,
}

#[pymethods]
impl Token {
    fn __repr__(&self) -> String {
        let mut extra = String::new();
        if let Some(name) = &self.name {
            extra.push_str(&format!(" name={name:?}"));
        }
        if let Some(cat) = self.cat {
            extra.push_str(&format!(" cat={cat}"));
        }
        if let Some(cp) = self.cp {
            extra.push_str(&format!(" cp={cp}"));
        }
        format!(
            "Token(kind={:?}{extra} start={} end={} line={} col={})",
            self.kind, self.start, self.end, self.line, self.col
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        let Ok(other) = other.cast::<Token>() else {
            return false;
        };
        let o = other.get();
        (
            self.kind, &self.name, self.cat, self.cp, self.start, self.end, self.line, self.col,
        ) == (o.kind, &o.name, o.cat, o.cp, o.start, o.end, o.line, o.col)
    }
}

fn make_token(
    token: RustToken,
    name: impl FnOnce(texlex::CsId) -> String,
    line: u32,
    col: u32,
) -> Token {
    let (mut n, mut cat, mut cp) = (None, None, None);
    match token.kind {
        TokenKind::Char { cat: c, code } => {
            cat = Some(c.number());
            cp = Some(code);
        }
        TokenKind::Cs(id) => n = Some(name(id)),
        TokenKind::Active(code) | TokenKind::Invalid(code) => cp = Some(code),
        TokenKind::Verb { .. } | TokenKind::Verbatim { .. } => {}
    }
    Token {
        kind: KIND_NAMES[kind_code(token.kind) as usize],
        name: n,
        cat,
        cp,
        start: u64::from(token.span.start),
        end: u64::from(token.span.end),
        line,
        col,
    }
}

/// A diagnostic: what is wrong, and where.
#[pyclass(frozen, module = "texlex._texlex")]
struct Diagnostic {
    /// The diagnostic's code, as `texlex check --format json` names it
    /// (`unmatched-close-brace`, `ill-formed-utf8`, ...).
    #[pyo3(get)]
    kind: &'static str,
    /// `error` or `warning`.
    #[pyo3(get)]
    severity: &'static str,
    /// The message for humans.
    #[pyo3(get)]
    message: String,
    /// Byte offset where it starts.
    #[pyo3(get)]
    start: u64,
    /// Byte offset where it ends.
    #[pyo3(get)]
    end: u64,
    /// 1-based line of `start`.
    #[pyo3(get)]
    line: u32,
    /// 1-based column of `start`, in characters.
    #[pyo3(get)]
    col: u32,
}

#[pymethods]
impl Diagnostic {
    fn __repr__(&self) -> String {
        format!(
            "Diagnostic(kind={:?} severity={:?} message={:?} start={} end={} line={} col={})",
            self.kind, self.severity, self.message, self.start, self.end, self.line, self.col
        )
    }
}

fn make_diagnostic(d: RustDiagnostic, line: u32, col: u32) -> Diagnostic {
    Diagnostic {
        kind: d.kind.name(),
        severity: d.severity().name(),
        message: d.message(),
        start: u64::from(d.span.start),
        end: u64::from(d.span.end),
        line,
        col,
    }
}

/// The tokens of one lex: a sequence of [`Token`] records, with the
/// columns for Arrow built on demand.
#[pyclass(frozen, sequence, module = "texlex._texlex")]
struct Tokens {
    lexed: Arc<LexedCell>,
    /// The tokens, unpacked on the first random access.
    unpacked: OnceLock<Vec<RustToken>>,
}

impl Tokens {
    fn new(lexed: LexedCell) -> Tokens {
        Tokens {
            lexed: Arc::new(lexed),
            unpacked: OnceLock::new(),
        }
    }

    fn lexed(&self) -> &Lexed<'_> {
        self.lexed.borrow_dependent()
    }

    fn bytes_model(&self) -> bool {
        self.lexed().profile().input_model() == InputModel::Bytes
    }

    fn unpacked(&self) -> &[RustToken] {
        self.unpacked
            .get_or_init(|| self.lexed().tokens().collect())
    }

    fn token(&self, token: RustToken) -> Token {
        let lexed = self.lexed();
        let at = lexed.position(token.span.start);
        let bytes_model = self.bytes_model();
        make_token(
            token,
            |id| display_name(lexed.name(id), bytes_model),
            at.line,
            at.col,
        )
    }
}

#[pymethods]
impl Tokens {
    fn __len__(&self) -> usize {
        match self.unpacked.get() {
            Some(tokens) => tokens.len(),
            // Counted in the packed store, without unpacking.
            None => self.lexed().token_stats().tokens() as usize,
        }
    }

    fn __getitem__(&self, index: isize) -> PyResult<Token> {
        let tokens = self.unpacked();
        let len = tokens.len() as isize;
        let i = if index < 0 { index + len } else { index };
        if !(0..len).contains(&i) {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        Ok(self.token(tokens[i as usize]))
    }

    fn __iter__(slf: Bound<'_, Self>) -> TokenIter {
        TokenIter {
            tokens: slf.unbind(),
            next: 0,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "<texlex.Tokens: {} tokens, {} bytes, {} model>",
            self.unpacked().len(),
            self.lexed.borrow_owner().len(),
            self.model()
        )
    }

    /// The control-sequence names, in the order of their first use.
    #[getter]
    fn names(&self) -> Vec<String> {
        let lexed = self.lexed();
        let bytes_model = self.bytes_model();
        let mut seen = arrow::FirstUse::default();
        let mut names = Vec::new();
        for token in self.unpacked() {
            if let TokenKind::Cs(id) = token.kind
                && seen.insert(id).1
            {
                names.push(display_name(lexed.name(id), bytes_model));
            }
        }
        names
    }

    /// The diagnostics, in position order.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let lexed = self.lexed();
        lexed
            .diagnostics()
            .map(|d| {
                let at = lexed.position(d.span.start);
                make_diagnostic(d, at.line, at.col)
            })
            .collect()
    }

    /// The source as UTF-8 (or, for `bytes` input, as given) bytes.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.lexed.borrow_owner())
    }

    /// `unicode` (LuaTeX, XeTeX: UTF-8 code points) or `bytes` (pdfTeX).
    #[getter]
    fn model(&self) -> &'static str {
        model_name(self.lexed().profile().input_model())
    }

    /// The dependencies the tokens name, in source order (`texlex deps`):
    /// files read (`\input`, `\include`, `\subfile`), packages, classes,
    /// bibliographies, graphics. Commands in comments or verbatim name
    /// nothing.
    fn dependencies(&self) -> Vec<project::Dependency> {
        project::dependencies(self.lexed(), self.bytes_model())
    }

    /// The document's landmarks, in source order (`texlex outline`):
    /// `\documentclass`, `\begin{document}`, sectioning commands with their
    /// titles, `\appendix`, the bibliography, `\end{document}`.
    fn outline(&self) -> Vec<project::Landmark> {
        project::outline(self.lexed(), self.bytes_model())
    }

    /// The Python `str` index of byte offset `byte_offset`: the number of
    /// characters before it (an ill-formed byte counts as one character,
    /// as `bytes.decode(errors="replace")` would not always agree).
    fn char_index(&self, byte_offset: usize) -> PyResult<usize> {
        let source = self.lexed.borrow_owner();
        if byte_offset > source.len() {
            return Err(PyValueError::new_err(format!(
                "offset {byte_offset} is beyond the source ({} bytes)",
                source.len()
            )));
        }
        if byte_offset < source.len() && source[byte_offset] & 0xC0 == 0x80 {
            return Err(PyValueError::new_err(format!(
                "offset {byte_offset} is inside a UTF-8 character"
            )));
        }
        Ok(source[..byte_offset]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count())
    }

    /// The tokens (and with `trivia=True` the trivia) as a
    /// `pyarrow.RecordBatch`, one row per record `texlex lex --format
    /// jsonl` prints, in the same order; see `SCHEMA.md`.
    ///
    /// Columns: `kind` dictionary<int8, utf8>; `name` dictionary<int32,
    /// utf8> (null unless `cs`); `cat` uint8 (null unless `char`); `cp`
    /// uint32 (null unless `char`, `active`, `invalid`); `start`, `end`
    /// uint64; `line`, `col` uint32; with `trivia=True` also `what`
    /// dictionary<int8, utf8> (`comment`, `space`, `eol`, `ignored`,
    /// `dropped`; null for tokens).
    #[pyo3(signature = (trivia = false))]
    fn to_arrow<'py>(&self, py: Python<'py>, trivia: bool) -> PyResult<Bound<'py, PyAny>> {
        let cell = Arc::clone(&self.lexed);
        let batch = py
            .detach(move || arrow::build(cell.borrow_dependent(), trivia))
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        arrow::export(py, batch)
    }
}

/// Iterator over [`Tokens`].
#[pyclass(module = "texlex._texlex")]
struct TokenIter {
    tokens: Py<Tokens>,
    next: usize,
}

#[pymethods]
impl TokenIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> Option<Token> {
        let tokens = self.tokens.bind(py).get();
        let token = *tokens.unpacked().get(self.next)?;
        self.next += 1;
        Some(tokens.token(token))
    }
}

/// Bytes of a `str` (as UTF-8) or `bytes` argument.
pub(crate) fn source_bytes(source: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = source.cast::<PyString>() {
        return Ok(s.to_cow()?.into_owned().into_bytes());
    }
    if let Ok(b) = source.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    Err(PyValueError::new_err(format!(
        "source must be str or bytes, not {}",
        source.get_type().name()?
    )))
}

pub(crate) fn parse_regime(regime: Option<&str>) -> PyResult<Regime> {
    match regime {
        None => Ok(Regime::Latex),
        Some(name) => Regime::from_name(name).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown regime {name:?} (latex, latex-at, expl3 or plain-ini)"
            ))
        }),
    }
}

pub(crate) fn parse_engine(engine: &str) -> PyResult<TexEngine> {
    TexEngine::from_name(engine).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown engine {engine:?} (luatex, xetex or pdftex)"
        ))
    })
}

pub(crate) fn parse_catcodes(
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<(u32, Catcode)>> {
    let mut out = Vec::new();
    for (key, value) in catcodes.into_iter().flat_map(|d| d.iter()) {
        let cp = if let Ok(s) = key.cast::<PyString>() {
            let s = s.to_cow()?;
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => u32::from(c),
                _ => {
                    return Err(PyValueError::new_err(format!(
                        "catcode key {s:?} is not one character"
                    )));
                }
            }
        } else if let Ok(cp) = key.extract::<u32>() {
            if cp > 0x10_FFFF {
                return Err(PyValueError::new_err(format!(
                    "catcode key {cp} is not a code point"
                )));
            }
            cp
        } else {
            return Err(PyValueError::new_err(
                "catcode keys are 1-character str or int code points",
            ));
        };
        let cat: u8 = value
            .extract::<i64>()
            .ok()
            .and_then(|v| u8::try_from(v).ok())
            .filter(|&v| v <= 15)
            .ok_or_else(|| PyValueError::new_err(format!("catcode of {cp} must be 0..=15")))?;
        out.push((cp, Catcode::from_number(cat)));
    }
    Ok(out)
}

fn make_lexer(
    regime: Option<&str>,
    engine: &str,
    static_: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Lexer> {
    let (regime, engine) = (parse_regime(regime)?, parse_engine(engine)?);
    lexer_for(regime, engine, static_, verbatim, catcodes)
}

/// The lexer of the Python options, for a regime and engine already chosen.
pub(crate) fn lexer_for(
    regime: Regime,
    engine: TexEngine,
    static_: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Lexer> {
    let mut lexer = Lexer::with_profile(Profile::for_engine(regime, engine))
        .track_catcodes(!static_)
        .verbatim(verbatim);
    for (cp, cat) in parse_catcodes(catcodes)? {
        lexer = lexer.catcode(cp, cat);
    }
    Ok(lexer)
}

/// The lexer settings of a call that lexes files itself: each file's
/// regime and engine are those given, else what its head and name say (as
/// `lex_file` reads a file).
pub(crate) struct Settings {
    regime: Option<Regime>,
    engine: Option<TexEngine>,
    static_: bool,
    verbatim: bool,
    catcodes: Vec<(u32, Catcode)>,
}

impl Settings {
    pub(crate) fn new(
        regime: Option<&str>,
        engine: Option<&str>,
        static_: bool,
        verbatim: bool,
        catcodes: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Settings> {
        Ok(Settings {
            regime: regime.map(|r| parse_regime(Some(r))).transpose()?,
            engine: engine.map(parse_engine).transpose()?,
            static_,
            verbatim,
            catcodes: parse_catcodes(catcodes)?,
        })
    }

    /// The lexer of the file `path` whose bytes are `text`.
    pub(crate) fn lexer(&self, path: &Path, text: &[u8]) -> Lexer {
        let (regime, engine) = files::settings_for(path, text, self.regime, self.engine);
        self.build(regime, engine)
    }

    /// The lexer `text` is read with (the regime and engine given, else
    /// what its head says, else `default` and LuaTeX), and what its head
    /// said that was taken (for the comments `strip` keeps): `texlex
    /// lex`'s choice.
    pub(crate) fn choose(&self, text: &[u8], default: Regime) -> (Lexer, Sniff) {
        let mut sniffed = texlex::sniff(&text[..text.len().min(SNIFF_LEN)]);
        if self.engine.is_some() {
            sniffed.engine = None;
        }
        if self.regime.is_some() {
            sniffed.regime = None;
        }
        let regime = self.regime.or(sniffed.regime.map(|s| s.value));
        let engine = self.engine.or(sniffed.engine.map(|s| s.value));
        let lexer = self.build(
            regime.unwrap_or(default),
            engine.unwrap_or(TexEngine::Luatex),
        );
        (lexer, sniffed)
    }

    /// The lexer of these settings with `regime` and `engine`.
    pub(crate) fn build(&self, regime: Regime, engine: TexEngine) -> Lexer {
        let mut lexer = Lexer::with_profile(Profile::for_engine(regime, engine))
            .track_catcodes(!self.static_)
            .verbatim(self.verbatim);
        for &(cp, cat) in &self.catcodes {
            lexer = lexer.catcode(cp, cat);
        }
        lexer
    }
}

pub(crate) fn lex_error(e: texlex::LexError) -> PyErr {
    LexError::new_err(e.to_string())
}

/// Lexes `source` (`str`, read as UTF-8, or `bytes`). Offsets are UTF-8
/// byte offsets; `Tokens.char_index` converts one to a `str` index.
#[pyfunction]
#[pyo3(signature = (source, *, regime = None, engine = "luatex", r#static = false, verbatim = true, catcodes = None))]
fn lex(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    regime: Option<&str>,
    engine: &str,
    r#static: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Tokens> {
    let lexer = make_lexer(regime, engine, r#static, verbatim, catcodes)?;
    let bytes = source_bytes(source)?;
    let cell = py
        .detach(move || LexedCell::try_new(bytes, |b| lexer.lex(b)))
        .map_err(lex_error)?;
    Ok(Tokens::new(cell))
}

/// Reads and lexes the file `path` as `texlex lex FILE` does: unless given,
/// the regime comes from a `% !TeX texlex-regime` magic comment or the file
/// name (`.sty .cls .dtx .ins .ltx .def`: `latex-at`), the engine from a
/// magic comment, a declared encoding or bytes that are not UTF-8
/// (`pdftex`), else `luatex`. A file that cannot be read raises
/// `FileError`, whose `path` names it.
#[pyfunction]
#[pyo3(signature = (path, *, regime = None, engine = None, r#static = false, verbatim = true, catcodes = None))]
fn lex_file(
    py: Python<'_>,
    path: std::path::PathBuf,
    regime: Option<&str>,
    engine: Option<&str>,
    r#static: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'_, PyDict>>,
) -> PyResult<Tokens> {
    let text = match py.detach(|| std::fs::read(&path)) {
        Ok(text) => text,
        Err(e) => {
            let shown = path.to_string_lossy().into_owned();
            let err = FileError::new_err(format!("{shown}: {}", files::reason(&e)));
            err.value(py).setattr("path", shown)?;
            return Err(err);
        }
    };
    let regime = regime.map(|r| parse_regime(Some(r))).transpose()?;
    let engine = engine.map(parse_engine).transpose()?;
    let (regime, engine) = files::settings_for(&path, &text, regime, engine);
    let lexer = lexer_for(regime, engine, r#static, verbatim, catcodes)?;
    let cell = py
        .detach(move || LexedCell::try_new(text, |b| lexer.lex(b)))
        .map_err(lex_error)?;
    Ok(Tokens::new(cell))
}

/// Lexes `source` with the GIL released and returns the number of tokens,
/// building nothing for Python: the Rust figure the benches compare with.
#[pyfunction]
#[pyo3(signature = (source, *, regime = None, engine = "luatex"))]
fn _lex_only(
    py: Python<'_>,
    source: &Bound<'_, PyBytes>,
    regime: Option<&str>,
    engine: &str,
) -> PyResult<u64> {
    let lexer = make_lexer(regime, engine, false, true, None)?;
    // A `bytes` object is immutable, and `source` keeps it alive while the
    // GIL is released: read in place.
    let bytes = source.as_bytes();
    py.detach(|| lexer.lex(bytes).map(|l| l.token_stats().tokens()))
        .map_err(lex_error)
}

/// A live document: edits re-lex only what they touch.
#[pyclass(module = "texlex._texlex")]
struct Document {
    doc: texlex::Document,
}

fn edit_error(e: texlex::EditError) -> PyErr {
    EditError::new_err(e.to_string())
}

fn offset32(offset: u64) -> PyResult<u32> {
    u32::try_from(offset)
        .map_err(|_| EditError::new_err(format!("offset {offset} is beyond 4 GiB")))
}

#[pymethods]
impl Document {
    #[new]
    #[pyo3(signature = (text, *, regime = None, engine = "luatex", r#static = false, verbatim = true))]
    fn new(
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        regime: Option<&str>,
        engine: &str,
        r#static: bool,
        verbatim: bool,
    ) -> PyResult<Document> {
        let lexer = make_lexer(regime, engine, r#static, verbatim, None)?;
        let bytes = source_bytes(text)?;
        let doc = py
            .detach(move || lexer.document(&bytes))
            .map_err(lex_error)?;
        Ok(Document { doc })
    }

    /// Replaces bytes `start..end` by `text` (`str` or `bytes`).
    fn edit(&mut self, start: u64, end: u64, text: &Bound<'_, PyAny>) -> PyResult<()> {
        let bytes = source_bytes(text)?;
        let range = offset32(start)?..offset32(end)?;
        self.doc.edit(range, &bytes).map(drop).map_err(edit_error)
    }

    /// Replaces an LSP range `((line, character), (line, character))`
    /// (0-based lines, UTF-16 characters), or everything for `None`.
    fn edit_lsp(&mut self, range: Option<((u32, u32), (u32, u32))>, text: &str) -> PyResult<()> {
        let range = range.map(|((l0, c0), (l1, c1))| {
            (
                texlex::LspPosition {
                    line: l0,
                    character: c0,
                },
                texlex::LspPosition {
                    line: l1,
                    character: c1,
                },
            )
        });
        self.doc.edit_lsp(range, text).map(drop).map_err(edit_error)
    }

    /// The current text, as bytes.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.doc.text())
    }

    fn __len__(&self) -> usize {
        self.doc.len() as usize
    }

    /// A snapshot of the current tokens, as `texlex.lex` returns them.
    fn tokens(&self) -> Tokens {
        let text = self.doc.text();
        Tokens::new(LexedCell::new(text, |t| self.doc.to_lexed(t)))
    }

    /// The token covering byte `offset`, or `None` (trivia, or the end).
    fn token_at(&self, offset: u64) -> PyResult<Option<Token>> {
        let offset = offset32(offset)?;
        let Some(token) = self.doc.token_at(offset) else {
            return Ok(None);
        };
        let at = self.doc.position(token.span.start).map_err(edit_error)?;
        let bytes_model = self.doc.profile().input_model() == InputModel::Bytes;
        Ok(Some(make_token(
            token,
            |id| display_name(self.doc.name(id), bytes_model),
            at.line,
            at.col,
        )))
    }

    /// `(line, col)` of byte `offset`, both 1-based (col in characters).
    fn position(&self, offset: u64) -> PyResult<(u32, u32)> {
        let at = self.doc.position(offset32(offset)?).map_err(edit_error)?;
        Ok((at.line, at.col))
    }

    /// `(line, character)` of byte `offset` for LSP: 0-based, UTF-16.
    fn lsp_position(&self, offset: u64) -> PyResult<(u32, u32)> {
        let at = self
            .doc
            .lsp_position(offset32(offset)?)
            .map_err(edit_error)?;
        Ok((at.line, at.character))
    }

    /// The byte offset of an LSP position (0-based line, UTF-16 character).
    fn offset_of_lsp(&self, line: u32, character: u32) -> PyResult<u32> {
        self.doc
            .offset_of_lsp(texlex::LspPosition { line, character })
            .map_err(edit_error)
    }

    /// The diagnostics, in position order.
    #[getter]
    fn diagnostics(&self) -> PyResult<Vec<Diagnostic>> {
        let mut positions = self.doc.positions();
        self.doc
            .diagnostics()
            .map(|d| {
                let at = positions.position(d.span.start).map_err(edit_error)?;
                Ok(make_diagnostic(d, at.line, at.col))
            })
            .collect()
    }

    /// `unicode` or `bytes`.
    #[getter]
    fn model(&self) -> &'static str {
        model_name(self.doc.profile().input_model())
    }
}

/// Per-file counts of `paths` (files, or directories walked for TeX
/// files), in parallel with the GIL released. One dict per file.
#[pyfunction]
#[pyo3(signature = (paths, threads = None))]
fn stats<'py>(
    py: Python<'py>,
    paths: Vec<std::path::PathBuf>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let results = py.detach(|| files::run(&paths, threads, files::stats_of))?;
    let list = PyList::empty(py);
    for r in results {
        list.append(files::stats_dict(py, r)?)?;
    }
    Ok(list)
}

/// The regime `texlex` reads a file named `path` with, from its name:
/// `latex-at` for `.sty .cls .dtx .ins .ltx .def`, else `latex`.
#[pyfunction]
fn regime_for(path: std::path::PathBuf) -> &'static str {
    Regime::for_path(&path).name()
}

/// Whether `texlex stats DIR` picks a file named `path` in a directory
/// walk: `.tex .sty .cls .dtx .ltx .def .ins .bbl`, in any case.
#[pyfunction]
fn is_tex_file(path: std::path::PathBuf) -> bool {
    files::is_tex_file(&path)
}

/// [`stats`] of files already in memory: `(path, contents)` pairs, whose
/// path gives the regime (and names the file in the dicts), in parallel
/// with the GIL released. Nothing is read from disk.
#[pyfunction]
#[pyo3(signature = (files, threads = None))]
fn stats_bytes<'py>(
    py: Python<'py>,
    files: Vec<(std::path::PathBuf, Vec<u8>)>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let results = py.detach(|| files::run_bytes(&files, threads))?;
    let list = PyList::empty(py);
    for r in results {
        list.append(files::stats_dict(py, r)?)?;
    }
    Ok(list)
}

/// The diagnostics of `paths`, one dict per diagnostic (with `path`), in
/// parallel with the GIL released. An unreadable file gives one dict with
/// `kind` `file` and its `error`.
#[pyfunction]
#[pyo3(signature = (paths, threads = None))]
fn check<'py>(
    py: Python<'py>,
    paths: Vec<std::path::PathBuf>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let results = py.detach(|| files::run(&paths, threads, files::check_of))?;
    let list = PyList::empty(py);
    for r in results {
        files::check_dicts(py, r, &list)?;
    }
    Ok(list)
}

#[pymodule]
fn _texlex(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("TexlexError", py.get_type::<TexlexError>())?;
    m.add("LexError", py.get_type::<LexError>())?;
    m.add("EditError", py.get_type::<EditError>())?;
    m.add("FileError", py.get_type::<FileError>())?;
    m.add_class::<Token>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Tokens>()?;
    m.add_class::<Document>()?;
    m.add_function(wrap_pyfunction!(lex, m)?)?;
    m.add_function(wrap_pyfunction!(lex_file, m)?)?;
    m.add_function(wrap_pyfunction!(_lex_only, m)?)?;
    m.add_function(wrap_pyfunction!(stats, m)?)?;
    m.add_function(wrap_pyfunction!(stats_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(regime_for, m)?)?;
    m.add_function(wrap_pyfunction!(is_tex_file, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(clean::strip, m)?)?;
    m.add_class::<project::Dependency>()?;
    m.add_class::<project::Landmark>()?;
    m.add_class::<project::Flattened>()?;
    m.add_class::<project::FlattenDiagnostic>()?;
    m.add_function(wrap_pyfunction!(project::main_files, m)?)?;
    m.add_function(wrap_pyfunction!(project::flatten, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
