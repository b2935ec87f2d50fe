//! Reading inputs: one file or stdin for `lex`, and the file selection of
//! `stats` and `check` (explicit files plus recursively walked directories).
//! Also the wording of I/O error messages.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use texlex::{Profile, Regime, TexEngine};

use crate::mapped::Contents;

/// Extensions picked when walking a directory (compared ASCII
/// case-insensitively).
pub const TEX_EXTENSIONS: [&str; 8] = ["tex", "sty", "cls", "dtx", "ltx", "def", "ins", "bbl"];

/// The largest input texlex accepts (offsets are `u32`).
const MAX_INPUT: u64 = u32::MAX as u64;

/// The name used for standard input in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// One input of `lex`: its display name, its bytes and the regime its name
/// suggests.
pub struct Input {
    pub name: String,
    pub bytes: Contents,
    pub regime: Regime,
}

/// Read the `lex` input: `-` is standard input, anything else a file path.
/// Errors are `PATH: REASON` lines.
pub fn read_lex_input(arg: &str) -> Result<Input, String> {
    if arg == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{STDIN_NAME}: {}", reason(&e)))?;
        return Ok(Input {
            name: STDIN_NAME.to_owned(),
            bytes: Contents::Read(bytes),
            regime: Regime::Latex,
        });
    }
    let path = Path::new(arg);
    let bytes = read_file(path).map_err(|r| format!("{arg}: {r}"))?;
    Ok(Input {
        name: arg.to_owned(),
        bytes,
        regime: Regime::for_path(path),
    })
}

/// Read a whole file. The error is a short reason, without the path.
pub fn read_file(path: &Path) -> Result<Contents, String> {
    let meta = fs::metadata(path).map_err(|e| reason(&e))?;
    if meta.is_dir() {
        return Err("is a directory".to_owned());
    }
    if meta.is_file() && meta.len() > MAX_INPUT {
        // Same wording as the library's `LexError`, without reading gigabytes first.
        return Err(too_large(meta.len()));
    }
    crate::mapped::load(path, meta.len(), meta.is_file()).map_err(|e| reason(&e))
}

/// Opens a file to be read as a stream. The error is a short reason,
/// without the path.
pub fn open_file(path: &Path) -> Result<fs::File, String> {
    if fs::metadata(path).map_err(|e| reason(&e))?.is_dir() {
        return Err("is a directory".to_owned());
    }
    fs::File::open(path).map_err(|e| reason(&e))
}

fn too_large(len: u64) -> String {
    format!("input is {len} bytes; texlex handles at most {MAX_INPUT}")
}

/// A human reason for an I/O error: the OS message without the
/// `(os error N)` suffix, starting in lower case.
pub fn reason(error: &io::Error) -> String {
    let text = error.to_string();
    let text = match text.find(" (os error ") {
        Some(at) => &text[..at],
        None => &text[..],
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "unknown I/O error".to_owned(),
    }
}

/// The files selected by `stats` and `check`.
#[derive(Debug, Default)]
pub struct Selection {
    /// Files to lex, in a deterministic order: command-line order, and the
    /// files of each directory sorted by path.
    pub files: Vec<PathBuf>,
    /// Paths that could not be used, with the reason (a missing command-line
    /// argument, an unreadable directory, ...), in discovery order.
    pub failed: Vec<(PathBuf, String)>,
}

/// Select files: explicit files whatever their extension, directories walked
/// recursively for [`TEX_EXTENSIONS`] without following directory symlinks
/// (so symlink loops cannot hang the walk).
pub fn select(paths: &[PathBuf]) -> Selection {
    let mut selection = Selection::default();
    for path in paths {
        // Follow a symlink named on the command line: the user asked for it.
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                walk(path, &mut found, &mut selection.failed);
                found.sort();
                selection.files.extend(found);
            }
            // Files, but also FIFOs and devices: reading will tell.
            Ok(_) => selection.files.push(path.clone()),
            // Kept as a file: reading it reports the reason at the right place.
            Err(_) => selection.files.push(path.clone()),
        }
    }
    selection
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, failed: &mut Vec<(PathBuf, String)>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            failed.push((dir.to_path_buf(), reason(&e)));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                failed.push((dir.to_path_buf(), reason(&e)));
                continue;
            }
        };
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            // Unknown type: treat as a file candidate; reading will tell.
            if has_tex_extension(&path) {
                found.push(path);
            }
            continue;
        };
        if file_type.is_dir() {
            walk(&path, found, failed);
        } else if file_type.is_symlink() {
            // Never descend through a symlink; a symlink to a file counts
            // like the file (a dangling one is reported when read).
            let to_dir = fs::metadata(&path).map(|m| m.is_dir()).unwrap_or(false);
            if !to_dir && has_tex_extension(&path) {
                found.push(path);
            }
        } else if has_tex_extension(&path) {
            found.push(path);
        }
    }
}

/// Whether `path` ends in one of [`TEX_EXTENSIONS`].
pub fn has_tex_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEX_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}

/// The regime for `path`: the forced one, else from the extension.
pub fn regime_for(path: &Path, forced: Option<Regime>) -> Regime {
    forced.unwrap_or_else(|| Regime::for_path(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert!(has_tex_extension(Path::new("a/b.tex")));
        assert!(has_tex_extension(Path::new("b.STY")));
        assert!(has_tex_extension(Path::new("refs.bbl")));
        assert!(!has_tex_extension(Path::new("b.txt")));
        assert!(!has_tex_extension(Path::new("tex")));
    }

    #[test]
    fn reasons_are_short() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(reason(&e), "no such file or directory");
    }
}

/// The regime (forced, or `None` to pick it from the file name) and the
/// engine to lex with.
#[derive(Clone, Copy, Debug)]
pub struct Lexing {
    pub regime: Option<Regime>,
    pub engine: TexEngine,
    /// `--catcode` changes, applied on top of the regime's table.
    pub catcodes: &'static [(u32, texlex::Catcode)],
}

impl Lexing {
    /// The profile for `path`.
    pub fn profile_for(&self, path: &Path) -> Profile {
        self.custom(Profile::for_engine(
            regime_for(path, self.regime),
            self.engine,
        ))
    }

    /// The profile, with `default` as the regime unless one was forced.
    pub fn profile_or(&self, default: Regime) -> Profile {
        self.custom(Profile::for_engine(
            self.regime.unwrap_or(default),
            self.engine,
        ))
    }

    fn custom(&self, mut profile: Profile) -> Profile {
        for &(c, cat) in self.catcodes {
            profile.set_catcode(c, cat);
        }
        profile
    }
}

/// Parses a `--catcode` argument: `CHAR=N`, where CHAR is one character or
/// `U+XXXX`, and N a catcode 0..=15.
pub fn parse_catcode(arg: &str) -> Result<(u32, texlex::Catcode), String> {
    let (char_part, cat_part) = arg
        .rsplit_once('=')
        .ok_or_else(|| format!("`{arg}`: expected CHAR=N, e.g. @=11 or U+00A0=13"))?;
    let code = match char_part
        .strip_prefix("U+")
        .or_else(|| char_part.strip_prefix("u+"))
    {
        Some(hex) => {
            u32::from_str_radix(hex, 16).map_err(|_| format!("`{char_part}`: not a code point"))?
        }
        None => {
            let mut chars = char_part.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c as u32,
                _ => return Err(format!("`{char_part}`: expected one character or U+XXXX")),
            }
        }
    };
    if code > 0x10_FFFF {
        return Err(format!("`{char_part}`: beyond U+10FFFF"));
    }
    let cat: u8 = cat_part
        .parse()
        .ok()
        .filter(|&n: &u8| n <= 15)
        .ok_or_else(|| format!("`{cat_part}`: a catcode is 0..15"))?;
    Ok((code, texlex::Catcode::from_number(cat)))
}
