//! `texlex lsp`: a language server that highlights and checks LaTeX as TeX
//! reads it, over the tokens [`texlex`] makes.
//!
//! - [`classify`]: what TeX sees, span by span, and the semantic-token
//!   legend (shared with `texlex view`).

#![warn(missing_docs)]

pub mod classify;
