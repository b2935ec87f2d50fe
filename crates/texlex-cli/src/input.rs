//! Reading inputs: one file or stdin for `lex`, and the file selection of
//! `stats` and `check` (explicit files plus recursively walked directories).
//! Also the wording of I/O error messages.
//!
//! # Files that change while they are read
//!
//! Inputs are read with ordinary `read` calls into memory, never
//! memory-mapped: a mapped file that another process truncates raises
//! `SIGBUS` on the next access to a page past its new end, which kills the
//! process, against the bad-input policy. A read is sized from the file's
//! metadata (one allocation of the right size in the common case) but does
//! not trust it: it reads until end of file, so a file that shrinks while it
//! is read gives fewer bytes, and one that grows gives more (up to the input
//! limit, past which it is an error). We lex the bytes read: a file being
//! rewritten may yield a mix of old and new contents, and tokens and
//! diagnostics for that mix; never a crash. An error of the read itself
//! (e.g. `EIO`) is a `PATH: REASON` error, exit code 2.
//!
//! Non-regular files (FIFOs, character devices, `/proc` files) have no
//! usable size: they are read as streams until end of file. A directory is
//! an error (`is a directory`).

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use texlex::{Profile, Regime, TexEngine};

/// Extensions picked when walking a directory (compared ASCII
/// case-insensitively).
pub const TEX_EXTENSIONS: [&str; 8] = ["tex", "sty", "cls", "dtx", "ltx", "def", "ins", "bbl"];

/// The largest input texlex accepts (offsets are `u32`).
const MAX_INPUT: u64 = u32::MAX as u64;

/// The name used for standard input in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// The bytes of an input, read into memory.
pub type Contents = Vec<u8>;

/// The `lex` input, opened but not read: see [`open_lex_reader`].
pub struct LexReader {
    /// The name for messages: [`STDIN_NAME`], or the path as given (lossily
    /// converted if it is not UTF-8).
    pub name: String,
    /// The regime the name suggests ([`Regime::for_path`]; LaTeX for stdin).
    pub regime: Regime,
    /// The bytes, **unbuffered**: the open [`File`], or [`io::Stdin`] (whose
    /// own 8 KiB buffer std bypasses for reads at least that large). Read
    /// in large chunks (64 KiB or more), or wrap it in a
    /// [`std::io::BufReader`] for small reads. No size limit is applied: a
    /// reader that must stay under texlex's `u32` offsets counts itself.
    /// Read errors are [`io::Error`]s; word them with [`reason`] after
    /// `name`.
    pub reader: Box<dyn Read + Send>,
}

/// Opens the `lex` input as a stream, without reading it: `-` is standard
/// input; a directory is an error; a regular file is opened; FIFOs,
/// character devices and other non-regular files are opened as streams
/// (opening a FIFO waits for a writer, as `cat` does). Errors are
/// `PATH: REASON` lines.
///
/// Takes anything path-like (`&str`, `&String`, `&Path`, `&OsStr`), so
/// paths that are not UTF-8 can be opened too.
pub fn open_lex_reader(file: impl AsRef<Path>) -> Result<LexReader, String> {
    let path = file.as_ref();
    if path.as_os_str() == "-" {
        return Ok(LexReader {
            name: STDIN_NAME.to_owned(),
            regime: Regime::Latex,
            reader: Box::new(io::stdin()),
        });
    }
    let name = path.to_string_lossy().into_owned();
    let (file, _) = open_file(path).map_err(|r| format!("{name}: {r}"))?;
    Ok(LexReader {
        name,
        regime: Regime::for_path(path),
        reader: Box::new(file),
    })
}

/// Read a whole file (see the module documentation for files that change
/// meanwhile). The error is a short reason, without the path.
pub fn read_file(path: &Path) -> Result<Contents, String> {
    let (file, meta) = open_file(path)?;
    let hint = if meta.is_file() { meta.len() } else { 0 };
    read_to_limit(file, hint, MAX_INPUT)
}

/// Reads all of `reader` (standard input, say) up to texlex's size limit.
/// The error is a short reason, without the name.
pub fn read_all(reader: impl Read) -> Result<Contents, String> {
    read_to_limit(reader, 0, MAX_INPUT)
}

/// Opens `path` for reading and returns it with its metadata (taken from
/// the open file, so both describe the same file). A directory is an error.
pub fn open_file(path: &Path) -> Result<(File, fs::Metadata), String> {
    let file = File::open(path).map_err(|e| reason(&e))?;
    let meta = file.metadata().map_err(|e| reason(&e))?;
    if meta.is_dir() {
        return Err("is a directory".to_owned());
    }
    Ok((file, meta))
}

/// Reads `reader` to its end into a buffer of `hint` bytes to begin with
/// (the size the file had when opened; 0 when unknown), growing it if there
/// is more. More than `limit` bytes is an error, found without reading
/// more than one byte past the limit.
fn read_to_limit(reader: impl Read, hint: u64, limit: u64) -> Result<Contents, String> {
    if hint > limit {
        // Same wording as the library's `LexError`, without reading gigabytes first.
        return Err(too_large(hint));
    }
    let mut bytes = Vec::new();
    // A failed reservation is an error, not an abort.
    usize::try_from(hint)
        .ok()
        .and_then(|hint| bytes.try_reserve_exact(hint).ok())
        .ok_or_else(|| format!("cannot allocate {hint} bytes to read it"))?;
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "input is more than {limit} bytes; texlex handles at most {MAX_INPUT}"
        ));
    }
    Ok(bytes)
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

    /// A fresh directory for one test, removed on drop.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir()
                .join(format!("texlex-input-test-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn read_all(mut reader: LexReader) -> Vec<u8> {
        let mut bytes = Vec::new();
        reader.reader.read_to_end(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn lex_reader_of_a_file() {
        let dir = Scratch::new("file");
        let path = dir.0.join("pkg.sty");
        fs::write(&path, b"\\makeatletter\n").unwrap();
        let arg = path.to_str().unwrap();
        let reader = open_lex_reader(arg).unwrap();
        assert_eq!(reader.name, arg);
        assert_eq!(reader.regime, Regime::for_path(&path));
        assert_eq!(reader.regime, Regime::LatexAt);
        assert_eq!(read_all(reader), b"\\makeatletter\n");
        // Also through a `Path`.
        assert_eq!(open_lex_reader(&path).unwrap().name, arg);
    }

    #[test]
    fn lex_reader_of_a_path_that_is_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        let dir = Scratch::new("utf8");
        let path = dir.0.join(std::ffi::OsStr::from_bytes(b"caf\xff.sty"));
        fs::write(&path, b"x").unwrap();
        let reader = open_lex_reader(&path).unwrap();
        assert!(reader.name.ends_with("caf\u{FFFD}.sty"), "{}", reader.name);
        assert_eq!(reader.regime, Regime::LatexAt);
        assert_eq!(read_all(reader), b"x");
    }

    #[test]
    fn lex_reader_errors_name_the_path() {
        let dir = Scratch::new("errors");
        let shown = dir.0.display().to_string();
        let Err(e) = open_lex_reader(&dir.0) else {
            panic!("a directory opened");
        };
        assert_eq!(e, format!("{shown}: is a directory"));
        let missing = dir.0.join("missing.tex");
        let Err(e) = open_lex_reader(&missing) else {
            panic!("a missing file opened");
        };
        assert_eq!(
            e,
            format!("{}: no such file or directory", missing.display())
        );
    }

    #[test]
    fn lex_reader_of_stdin() {
        // Not read: the test's standard input is not ours.
        let reader = open_lex_reader("-").unwrap();
        assert_eq!(reader.name, STDIN_NAME);
        assert_eq!(reader.regime, Regime::Latex);
    }

    #[test]
    fn lex_reader_of_a_fifo_is_a_stream() {
        let dir = Scratch::new("fifo");
        let fifo = dir.0.join("pipe.tex");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo is not available");
            return;
        }
        // More than a pipe's buffer, written in pieces.
        let text: Vec<u8> = b"\\section{A} b %c\n".repeat(20_000);
        let writer = {
            let (fifo, text) = (fifo.clone(), text.clone());
            std::thread::spawn(move || {
                let mut pipe = fs::OpenOptions::new().write(true).open(fifo).unwrap();
                for piece in text.chunks(10_000) {
                    io::Write::write_all(&mut pipe, piece).unwrap();
                }
            })
        };
        let reader = open_lex_reader(&fifo).unwrap();
        assert_eq!(read_all(reader), text);
        writer.join().unwrap();
    }

    #[test]
    fn reads_what_is_there_whatever_the_hint() {
        let text = b"0123456789";
        // The file shrank (hint too large) or grew (hint too small).
        assert_eq!(read_to_limit(&text[..], 100, 1000).unwrap(), text);
        assert_eq!(read_to_limit(&text[..], 2, 1000).unwrap(), text);
        assert_eq!(read_to_limit(&text[..], 0, 10).unwrap(), text);
        // Over the limit, by the hint or by what is read.
        assert_eq!(
            read_to_limit(&text[..], 11, 10).err().unwrap(),
            format!("input is 11 bytes; texlex handles at most {MAX_INPUT}")
        );
        assert_eq!(
            read_to_limit(&text[..], 0, 9).err().unwrap(),
            format!("input is more than 9 bytes; texlex handles at most {MAX_INPUT}")
        );
    }
}

/// The regime (forced, or `None` to pick it from the file name or a magic
/// comment) and the engine to lex with (forced, or `None` to pick it from
/// the file's head, LuaTeX by default: see [`crate::detect`]).
#[derive(Clone, Copy, Debug)]
pub struct Lexing {
    pub regime: Option<Regime>,
    pub engine: Option<TexEngine>,
    /// `--catcode` changes, applied on top of the regime's table.
    pub catcodes: &'static [(u32, texlex::Catcode)],
}

impl Lexing {
    /// The profile for `path`, without looking into it (the engine
    /// LuaTeX unless forced): what `bench` measures.
    pub fn profile_for(&self, path: &Path) -> Profile {
        self.profile(
            regime_for(path, self.regime),
            self.engine.unwrap_or(TexEngine::Luatex),
        )
    }

    /// The profile of `regime` and `engine`, with the `--catcode` changes.
    pub fn profile(&self, regime: Regime, engine: TexEngine) -> Profile {
        self.custom(Profile::for_engine(regime, engine))
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
