//! Code generators for texlex.
//!
//! `cargo xtask gen` regenerates the committed generated sources:
//!
//! - `crates/texlex/src/catcode/tables.rs` from `crates/texlex/data/catcodes/*.txt`;
//! - `crates/texlex/src/intern/builtin.rs` from `crates/texlex/data/catalog.txt`.
//!
//! `cargo xtask gen --check` regenerates them in memory and fails if a
//! committed file differs.
//!
//! `cargo xtask api` writes `api/texlex.txt`, the library's public API as a
//! sorted listing (see [`api`]); `cargo xtask api --check` fails with the
//! lines that differ when the committed listing is stale.

// The `json!` fixtures of the API listing tests nest deeply.
#![recursion_limit = "512"]

mod api;
mod catalog;
mod catcodes;
mod fmt;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask gen [--check] | cargo xtask api [--check]

commands:
  gen            regenerate the generated sources of texlex
  gen --check    fail (exit code 1) if a committed generated file is stale
  api            write api/texlex.txt, the public API listing of the library
  api --check    fail (exit code 1) if api/texlex.txt is stale";

/// A generated file: its path relative to the workspace root and its contents.
pub struct Output {
    pub path: &'static str,
    pub contents: String,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (command, check) = match args.as_slice() {
        ["gen"] => (Command::Gen, false),
        ["gen", "--check"] => (Command::Gen, true),
        ["api"] => (Command::Api, false),
        ["api", "--check"] => (Command::Api, true),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = workspace_root();
    let result = match command {
        Command::Gen => run(&root, check),
        Command::Api => run_api(&root, check),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Command {
    Gen,
    Api,
}

/// `cargo xtask api [--check]`.
fn run_api(root: &Path, check: bool) -> Result<(), String> {
    let listing = api::generate(root)?;
    let path = root.join(api::OUTPUT);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == listing {
        if !check {
            println!("{} is up to date", api::OUTPUT);
        }
        return Ok(());
    }
    if check {
        return Err(format!(
            "{} is out of date: the public API differs from the committed listing \
             (- committed, + current):\n{}       \
             run `cargo xtask api` and commit the result",
            api::OUTPUT,
            api::diff(&committed, &listing)
        ));
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&path, listing).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", api::OUTPUT);
    Ok(())
}

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in a subdirectory of the workspace")
        .to_path_buf()
}

/// Generates every output in memory.
pub fn generate(root: &Path) -> Result<Vec<Output>, String> {
    Ok(vec![
        Output {
            path: catcodes::OUTPUT,
            contents: catcodes::generate(root)?,
        },
        Output {
            path: catalog::OUTPUT,
            contents: catalog::generate(root)?,
        },
    ])
}

/// Returns the outputs whose committed file is missing or differs.
fn stale(root: &Path, outputs: &[Output]) -> Vec<&'static str> {
    outputs
        .iter()
        .filter(|o| std::fs::read_to_string(root.join(o.path)).ok().as_deref() != Some(&o.contents))
        .map(|o| o.path)
        .collect()
}

fn run(root: &Path, check: bool) -> Result<(), String> {
    let outputs = generate(root)?;
    let stale = stale(root, &outputs);
    if check {
        if stale.is_empty() {
            return Ok(());
        }
        return Err(format!(
            "generated files are out of date: {}\n       run `cargo xtask gen` and commit the result",
            stale.join(", ")
        ));
    }
    for output in &outputs {
        if !stale.contains(&output.path) {
            continue;
        }
        let path = root.join(output.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &output.contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", output.path);
    }
    Ok(())
}

/// Reads a file relative to the workspace root, with a clear error.
pub fn read(root: &Path, rel: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(rel)).map_err(|e| format!("cannot read {rel}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_generated_files_are_fresh() {
        let root = workspace_root();
        let outputs = generate(&root).unwrap_or_else(|e| panic!("{e}"));
        let stale = stale(&root, &outputs);
        assert!(
            stale.is_empty(),
            "generated files are out of date: {}; run `cargo xtask gen`",
            stale.join(", ")
        );
    }
}
