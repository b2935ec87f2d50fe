//! End-to-end tests of `texlex strip`: the guarantee as users meet it
//! (`texlex lex` prints the same lines for the output as for the input),
//! on every file shipped in the repository, and the command's options,
//! outputs and errors.

use std::fs;
use std::path::{Path, PathBuf};

mod support;
use support::{TempDir, texlex};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `texlex lex [args] FILE`'s stdout.
fn lex(args: &[&str], file: &Path) -> Vec<u8> {
    let output = texlex()
        .args(["lex"])
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    assert!(output.status.success(), "lex {}", file.display());
    output.stdout
}

/// Strips `file` into `dir` (keeping its extension, so that both are read
/// with the same settings) and returns the output's path.
fn strip_into(dir: &TempDir, file: &Path, args: &[&str]) -> PathBuf {
    let out = dir.path().join(format!(
        "stripped.{}",
        file.extension().and_then(|e| e.to_str()).unwrap_or("tex")
    ));
    texlex()
        .arg("strip")
        .args(args)
        .arg("-o")
        .arg(&out)
        .arg(file)
        .assert()
        .success();
    out
}

/// Every shipped TeX file: the examples, the oracle cases' inputs, the
/// LaTeX probe documents and the project traps.
fn shipped_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![
        root().join("examples"),
        root().join("tests/oracle/cases"),
        root().join("crates/texlex/tests/latex-probes"),
        root().join("crates/texlex/tests/projects"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("tex" | "sty" | "cls" | "dtx")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 100, "the shipped files are found");
    files
}

#[test]
fn every_shipped_file_keeps_its_tokens_and_strips_once() {
    let dir = TempDir::new("strip-shipped");
    let mut changed = 0;
    for file in shipped_files() {
        for args in [&[][..], &["--static"], &["--engine", "pdftex"]] {
            let out = strip_into(&dir, &file, args);
            assert_eq!(
                lex(args, &out),
                lex(args, &file),
                "{} {args:?}: tokens differ",
                file.display()
            );
            let once = fs::read(&out).unwrap();
            changed += usize::from(once != fs::read(&file).unwrap());
            let again = texlex().arg("strip").args(args).arg(&out).output().unwrap();
            assert_eq!(
                again.stdout,
                once,
                "{} {args:?}: not idempotent",
                file.display()
            );
        }
    }
    assert!(changed > 100, "most shipped files have comments: {changed}");
}

#[test]
fn stdin_to_stdout_and_the_summary() {
    texlex()
        .arg("strip")
        .write_stdin("a% note\n  b\n\\foo% note\nbar\nc% note\n\nd\n")
        .assert()
        .success()
        .stdout("ab\n\\foo\nbar\nc%\n\nd\n")
        .stderr("");
    texlex()
        .args(["strip", "--summary", "-"])
        .write_stdin("x % one\n% two\ny\n")
        .assert()
        .success()
        .stdout("x y\n")
        .stderr(
            "texlex: <stdin>: 2 comments removed (0 comment characters and 0 comments kept), \
             0 comment environments removed, 12 of 16 bytes removed\n",
        );
}

#[test]
fn output_file_and_comment_environments() {
    let dir = TempDir::new("strip-env");
    let file = dir.file(
        "doc.tex",
        "a\n\\begin{comment}\n% x\n\\end{comment}\nb % note\n",
    );
    let out = strip_into(&dir, &file, &["--comment-env"]);
    assert_eq!(fs::read_to_string(&out).unwrap(), "a\nb\n");
    // Without the option the environment, read verbatim, stays whole.
    let out = strip_into(&dir, &file, &[]);
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "a\n\\begin{comment}\n% x\n\\end{comment}\nb\n"
    );
}

#[test]
fn the_comments_settings_were_read_from_stay() {
    let dir = TempDir::new("strip-magic");
    // A magic comment decides the regime: it stays, the other goes.
    let file = dir.file(
        "code.tex",
        "% !TeX texlex-regime = latex-at\n% licence\n\\def\\a@b{}\n",
    );
    let out = strip_into(&dir, &file, &[]);
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "% !TeX texlex-regime = latex-at\n\\def\\a@b{}\n"
    );
    assert_eq!(lex(&[], &out), lex(&[], &file));
    // Latin-1 only in a comment: the file is read as bytes; `^^e9` reads
    // otherwise as UTF-8, so that comment stays too, bytes untouched.
    let file = dir.file("latin.tex", b"% caf\xe9\n^^e9% note\n");
    let out = strip_into(&dir, &file, &[]);
    assert_eq!(fs::read(&out).unwrap(), b"% caf\xe9\n^^e9%\n");
    assert_eq!(lex(&[], &out), lex(&[], &file));
    // Where nothing depends on it, it goes.
    let file = dir.file("plain.tex", b"% caf\xe9\nabc% note\n");
    let out = strip_into(&dir, &file, &[]);
    assert_eq!(fs::read(&out).unwrap(), b"abc%\n");
    assert_eq!(lex(&[], &out), lex(&[], &file));
}

#[test]
fn a_head_that_would_read_otherwise_is_an_error() {
    // 70 KB of comments, then UTF-8 text and a Latin-1 byte: the input's
    // head is UTF-8, the output's would not be.
    let dir = TempDir::new("strip-head");
    let mut text = "% padding padding padding padding padding padding\n".repeat(1400);
    text.push_str("caf\u{e9}\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(b"d\xe9j\xe0\n");
    let file = dir.file("long.tex", &bytes);
    let output = texlex()
        .args(["strip", "-o"])
        .arg(dir.path().join("out.tex"))
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("would be read with regime latex and the byte input model"),
        "{stderr}"
    );
    assert!(!dir.path().join("out.tex").exists(), "nothing written");
    // With the engine given, nothing is sniffed and it strips.
    let out = strip_into(&dir, &file, &["--engine", "luatex"]);
    assert_eq!(
        lex(&["--engine", "luatex"], &out),
        lex(&["--engine", "luatex"], &file)
    );
}

#[test]
fn unreadable_input_is_an_error() {
    let output = texlex()
        .args(["strip", "no/such/file.tex"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("texlex: no/such/file.tex: "), "{stderr}");
}
