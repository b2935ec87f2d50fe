//! End-to-end tests of the project commands: `deps`, `outline`, `main`,
//! `flatten`, on the example project of the README and on hand-made traps.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod support;
use support::{TempDir, texlex};

/// The repository's root: the commands run there, so that paths print as
/// the README shows them.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const TRAPS: &str = "crates/texlex/tests/projects/traps";

fn run(args: &[&str]) -> std::process::Output {
    texlex().current_dir(root()).args(args).output().unwrap()
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:?}")))
        .collect()
}

// ---------------------------------------------------------------- deps

#[test]
fn deps_of_the_example_project() {
    let output = run(&["deps", "examples/project/"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "examples/project/main.tex:3:22: class article
examples/project/main.tex:4:17: package fontenc
examples/project/main.tex:5:13: package amsmath
examples/project/main.tex:5:22: package graphicx
examples/project/main.tex:8:8: input sections/intro
examples/project/main.tex:10:8: input sections/results.tex
examples/project/main.tex:13:15: bibliography refs
examples/project/sections/intro.tex:2:29: graphics figures/plot
"
    );
    assert!(output.stderr.is_empty());
}

#[test]
fn deps_json_has_exactly_the_documented_fields() {
    let dir = TempDir::new("deps-json");
    // A latin-1 name: shown lossily; the span is its bytes.
    let path = dir.file("a.tex", b"x \\input{caf\xe9}\n");
    let output = texlex()
        .args(["deps", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records.len(), 1);
    let record = records[0].as_object().unwrap();
    let mut keys: Vec<&str> = record.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["col", "end", "kind", "line", "name", "path", "start"]
    );
    assert_eq!(record["kind"], "input");
    assert_eq!(record["name"], "caf\u{FFFD}");
    assert_eq!(
        (record["start"].as_u64(), record["end"].as_u64()),
        (Some(9), Some(13))
    );
    assert_eq!(
        (record["line"].as_u64(), record["col"].as_u64()),
        (Some(1), Some(10))
    );
    assert_eq!(record["path"], path.display().to_string());
}

#[test]
fn deps_reports_unreadable_paths_and_goes_on() {
    let dir = TempDir::new("deps-missing");
    let good = dir.file("good.tex", "\\usepackage{x}");
    let missing = dir.path().join("missing.tex");
    let output = texlex()
        .arg("deps")
        .arg(&missing)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout_of(&output),
        format!("{}:1:13: package x\n", good.display())
    );
    assert_eq!(
        stderr_of(&output),
        format!("texlex: {}: no such file or directory\n", missing.display())
    );
}

#[test]
fn deps_of_bad_input_is_no_crash() {
    let dir = TempDir::new("deps-junk");
    let mut junk: Vec<u8> = (0..=255u8).cycle().take(20_000).collect();
    junk.extend_from_slice(b"\\input{\\usepackage[\\input");
    dir.file("junk.tex", &junk);
    dir.file(
        "open.tex",
        "\\documentclass{article\n\\input{a}\n\\section{",
    );
    let output = texlex().arg("deps").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
}

// ---------------------------------------------------------------- outline

#[test]
fn outline_of_the_example_main_file() {
    let output = run(&["outline", "examples/project/main.tex"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "examples/project/main.tex:3:1: documentclass
examples/project/main.tex:6:1: begin-document
examples/project/main.tex:7:1: section Introduction
examples/project/main.tex:9:1: section* Results
examples/project/main.tex:13:1: bibliography (bibliography)
examples/project/main.tex:14:1: end-document
"
    );
}

#[test]
fn outline_json_gives_titles() {
    let output = run(&["outline", "--json", "examples/project/main.tex"]);
    let records = json_lines(&stdout_of(&output));
    let section = &records[2];
    assert_eq!(section["kind"], "section");
    assert_eq!(section["level"], 1);
    assert_eq!(section["starred"], false);
    assert_eq!(section["title"], "Introduction");
    let source = std::fs::read(root().join("examples/project/main.tex")).unwrap();
    let title = |r: &Value| {
        let (s, e) = (
            r["title_start"].as_u64().unwrap(),
            r["title_end"].as_u64().unwrap(),
        );
        source[s as usize..e as usize].to_vec()
    };
    assert_eq!(title(section), b"Introduction");
    let span = (
        section["start"].as_u64().unwrap(),
        section["end"].as_u64().unwrap(),
    );
    assert_eq!(
        &source[span.0 as usize..span.1 as usize],
        b"\\section{Introduction}"
    );
    assert_eq!(records[4]["command"], "bibliography");
    assert!(records[0].get("title").is_none());
}

#[test]
fn outline_of_a_missing_file_is_an_error() {
    let output = run(&["outline", "no/such.tex"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output),
        "texlex: no/such.tex: no such file or directory\n"
    );
}

// ---------------------------------------------------------------- main

#[test]
fn main_of_the_example_project() {
    let output = run(&["main", "examples/project"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "examples/project/main.tex\thas \\documentclass; has \\begin{document}; \
         not \\input/\\include/\\subfile'd by another file of the directory; \
         at the top of the directory; conventional name\n"
    );
}

#[test]
fn main_json_ranks_subfiles_below() {
    let output = run(&["main", "--json", TRAPS]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["rank"], 1);
    assert_eq!(records[0]["path"], format!("{TRAPS}/main.tex"));
    assert_eq!(records[1]["path"], format!("{TRAPS}/sub/part.tex"));
    let reasons: Vec<&str> = records[1]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "has-documentclass",
            "has-begin-document",
            "included-by",
            "subfiles-class"
        ]
    );
}

#[test]
fn main_without_a_main_file_exits_1() {
    let dir = TempDir::new("no-main");
    dir.file("a.tex", "%\\documentclass{article}\n\\begin{document}\n");
    let output = texlex().arg("main").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr_of(&output),
        format!(
            "texlex: {}: no main file (no .tex file with both a real \\documentclass and a real \\begin{{document}})\n",
            dir.path().display()
        )
    );
    let output = texlex()
        .arg("main")
        .arg(dir.path().join("nope"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

// ---------------------------------------------------------------- flatten

#[test]
fn flatten_the_example_project() {
    let output = run(&["flatten", "examples/project/main.tex"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(output.stderr.is_empty());
    assert_eq!(
        stdout_of(&output),
        "% A small project for `texlex deps`, `main`, `flatten` and `outline`.
%\\documentclass{report} (an earlier choice, commented out)
\\documentclass[11pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage{amsmath, graphicx}
\\begin{document}
\\section{Introduction}
We start here.
\\includegraphics[width=3cm]{figures/plot}
\\section*{Results}
\\subsection{Numbers}
It works.
% \\input{sections/draft}
See \\verb|\\input{sections/draft}| for the draft.
\\bibliography{refs}
\\end{document}
"
    );
}

#[test]
fn flatten_the_traps_warns_and_exits_1() {
    let dir = TempDir::new("flatten-out");
    let out = dir.path().join("flat.tex");
    let output = texlex()
        .current_dir(root())
        .args(["flatten", &format!("{TRAPS}/main.tex"), "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr_of(&output),
        format!(
            "{TRAPS}/main.tex:15:1: warning: \\input{{missing}}: no such file (tried missing.tex, missing)\n\
             {TRAPS}/cycle-b.tex:2:1: warning: \\input{{cycle-a}}: {TRAPS}/cycle-a.tex is already being inlined (a cycle)\n"
        )
    );
    let flat = std::fs::read(&out).unwrap();
    // Latin-1 bytes survive, and nothing from comments or verbatim came in.
    assert!(flat.windows(10).any(|w| w == b"Caf\xe9 na\xefve"));
    assert!(!flat.windows(5).any(|w| w == b"WRONG"));
}

#[test]
fn flatten_follows_the_common_options() {
    let dir = TempDir::new("flatten-options");
    let main = dir.file(
        "main.tex",
        "\\begin{verbatim}\n\\input{a}\n\\end{verbatim}\n",
    );
    dir.file("a.tex", "A\n");
    let output = texlex().arg("flatten").arg(&main).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(output.stdout, std::fs::read(&main).unwrap());
    // Without verbatim, the body is ordinary tokens: the \input is real.
    let output = texlex()
        .args(["flatten", "--no-verbatim"])
        .arg(&main)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout_of(&output),
        "\\begin{verbatim}\nA\n\\end{verbatim}\n"
    );
}

#[test]
fn flatten_of_a_missing_main_exits_2() {
    let output = run(&["flatten", "no/main.tex"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output),
        "texlex: no/main.tex: no such file or directory\n"
    );
    let output = run(&["flatten", "examples"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr_of(&output), "texlex: examples: is a directory\n");
}

#[test]
fn flatten_of_a_bare_file_name_keeps_paths_relative() {
    let output = texlex()
        .current_dir(root().join(TRAPS))
        .args(["flatten", "main.tex"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_of(&output),
        "main.tex:15:1: warning: \\input{missing}: no such file (tried missing.tex, missing)\n\
         cycle-b.tex:2:1: warning: \\input{cycle-a}: cycle-a.tex is already being inlined (a cycle)\n"
    );
}
