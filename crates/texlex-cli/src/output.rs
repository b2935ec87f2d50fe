//! Buffered standard output where a closed pipe ends the run quietly.
//!
//! Rust ignores `SIGPIPE`, so writing to a closed pipe returns
//! `ErrorKind::BrokenPipe`; [`failure`] turns that into [`Failure::Quiet`]
//! (exit 0, nothing on stderr) and any other write error into a fatal one.
//! Never use `print!` for stdout: it panics on a broken pipe.

use std::io::{self, BufWriter, StdoutLock, Write};
use std::path::Path;

use crate::Failure;

/// The stdout writer of every subcommand.
pub type Stdout = BufWriter<StdoutLock<'static>>;

/// A large buffer: token output is many short lines.
const BUFFER: usize = 1 << 16;

/// Lock stdout behind a buffer.
pub fn stdout() -> Stdout {
    BufWriter::with_capacity(BUFFER, io::stdout().lock())
}

/// Classify a write error on stdout.
pub fn failure(error: io::Error) -> Failure {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Failure::Quiet
    } else {
        Failure::Fatal(format!(
            "writing standard output: {}",
            crate::input::reason(&error)
        ))
    }
}

/// Print `texlex: MESSAGE` on stderr. Unlike `eprintln!`, a failing stderr
/// (a closed pipe, say) is ignored instead of panicking.
pub fn error_line(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "texlex: {message}");
}

/// Flush the writer, classifying the error.
pub fn finish(mut out: Stdout) -> Result<(), Failure> {
    out.flush().map_err(failure)
}

/// Write `bytes` to the file `path`, or to standard output when `path` is
/// `None` or `-` (`strip -o`, `view -o`). A file that cannot be written is
/// a `PATH: REASON` error.
pub fn write_to(path: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match path {
        Some(path) if path.as_os_str() != "-" => std::fs::write(path, bytes)
            .map_err(|e| Failure::at(&path.to_string_lossy(), crate::input::reason(&e))),
        _ => {
            let mut out = stdout();
            out.write_all(bytes).map_err(failure)?;
            finish(out)
        }
    }
}
