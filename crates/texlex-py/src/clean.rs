//! Corpus cleaning: `texlex.strip`, the comment stripping that keeps every
//! token TeX reads (`texlex strip`).

use std::path::PathBuf;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use texlex::{Regime, StripError, StripOptions};

use crate::{Settings, lex_error, source_bytes};

/// `source` (`str` or `bytes`) without its comments, such that TeX reads
/// the same tokens from it (`texlex strip`): `bytes` for `bytes` input,
/// `str` for `str` input. Only whole comments, and the line ends and
/// spaces that existed because of them, are deleted; a `%` stays where
/// nothing else keeps a line end from making a token (`a%` before a blank
/// line), and a comment stays whole where no removal is exact. Bytes are
/// never decoded: a file in a legacy encoding comes back byte for byte
/// outside its comments.
///
/// The settings mean what they mean for `lex`, except that a `regime` or
/// `engine` left `None` is read from the source's head as `texlex strip`
/// reads it (a magic comment, a declared encoding, bytes that are not
/// UTF-8), the magic comment that decided it then kept (and the comment
/// holding the first bytes that are not UTF-8, where the output would
/// otherwise be read differently; `ValueError` where even that would not
/// do, as `texlex strip` fails); with no magic comment
/// the regime comes from `path`, the source's file name, as for `lex_file`
/// (`.sty .cls .dtx .ins .ltx .def`: `latex-at`), else `latex`. Nothing is
/// read from `path`. `comment_env=True` also removes `comment`
/// environments.
#[pyfunction]
#[pyo3(signature = (source, *, regime = None, engine = None, r#static = false, verbatim = true, catcodes = None, comment_env = false, path = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn strip<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    regime: Option<&str>,
    engine: Option<&str>,
    r#static: bool,
    verbatim: bool,
    catcodes: Option<&Bound<'py, PyDict>>,
    comment_env: bool,
    path: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let is_str = source.is_instance_of::<PyString>();
    let bytes = source_bytes(source)?;
    let settings = Settings::new(regime, engine, r#static, verbatim, catcodes)?;
    let default = path.as_deref().map_or(Regime::Latex, Regime::for_path);
    let stripped = py.detach(|| strip_bytes(&settings, default, &bytes, comment_env))?;
    if is_str {
        let text = String::from_utf8(stripped).map_err(|e| {
            PyValueError::new_err(format!(
                "the stripped text is not UTF-8 (at byte {}): a comment character inside a \
                 UTF-8 character; pass bytes",
                e.utf8_error().valid_up_to()
            ))
        })?;
        Ok(PyString::new(py, &text).into_any())
    } else {
        Ok(PyBytes::new(py, &stripped).into_any())
    }
}

/// `texlex strip`: the settings chosen from the source as `lex` chooses
/// them, and the comments they were read from kept where that matters
/// ([`texlex::Lexer::strip_comments_as_read`]).
fn strip_bytes(
    settings: &Settings,
    default: Regime,
    source: &[u8],
    comment_env: bool,
) -> PyResult<Vec<u8>> {
    let (lexer, sniffed) = settings.choose(source, default);
    let options = StripOptions::new().comment_environments(comment_env);
    let reread = |text: &[u8]| settings.choose(text, default).0;
    match lexer.strip_comments_as_read(source, &options, &sniffed, reread) {
        Ok(stripped) => Ok(stripped.text),
        Err(StripError::TooLarge(e)) => Err(lex_error(e)),
        Err(e) => Err(PyValueError::new_err(e.to_string())),
    }
}
