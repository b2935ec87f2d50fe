//! `texlex lsp`: a language server that highlights and checks LaTeX as TeX
//! reads it, over the tokens [`texlex`] makes.
//!
//! - [`classify`]: what TeX sees, span by span, and the semantic-token
//!   legend (shared with `texlex view`).
//! - [`hover`]: a character's catcode, the regime in force and why.
//! - [`structure`]: braces and environments paired from tokens; folding
//!   ranges and document highlights.

#![warn(missing_docs)]

pub mod classify;
pub mod hover;
pub mod structure;
