//! `texlex lsp`: a language server that highlights and checks LaTeX as TeX
//! reads it, over the tokens [`texlex`] makes.
//!
//! - [`classify`]: what TeX sees, span by span, and the semantic-token
//!   legend (shared with `texlex view`).
//! - [`hover`]: a character's catcode, the regime in force and why.
//! - [`structure`]: braces and environments paired from tokens; folding
//!   ranges and document highlights.
//! - [`server`]: the protocol over a channel; [`transport`]: stdio.

#![warn(missing_docs)]

pub mod classify;
pub mod hover;
pub mod server;
pub mod structure;
pub mod transport;

/// Runs the language server over stdin and stdout until the client says
/// `exit` or hangs up.
///
/// # Errors
/// An I/O error writing to stdout, or a protocol error during
/// initialization; an `exit` without `shutdown` first is an error too
/// (the protocol wants exit code 1 then).
pub fn run_stdio() -> std::io::Result<()> {
    let (connection, threads) = transport::stdio();
    let clean = server::serve(&connection).map_err(|e| std::io::Error::other(e.to_string()));
    drop(connection);
    threads.join()?;
    match clean? {
        true => Ok(()),
        false => Err(std::io::Error::other("exit without shutdown")),
    }
}
