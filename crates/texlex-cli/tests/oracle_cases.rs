//! Fidelity on the hand-made oracle cases: `texlex lex --static --regime MODE` must print
//! exactly the token stream LuaTeX produced (`tests/oracle/cases/NAME.MODE.tokens`).
//!
//! The cases are a vendored copy of `../shared/tex-oracle/cases/` (see
//! `tests/oracle/README.md`; refresh with `tests/oracle/refresh.sh`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The modes compared: the four static regimes (`texlex lex --static --regime R`),
/// catcode tracking (`track`: `texlex lex --regime latex --no-verbatim`, and
/// `R-track` from the other regimes) and pdfTeX's byte model (`pdftex-R`:
/// `texlex lex --static --engine pdftex --regime R`).
const MODES: [&str; 12] = [
    "latex",
    "latex-at",
    "expl3",
    "plain-ini",
    "track",
    "latex-at-track",
    "expl3-track",
    "plain-ini-track",
    "pdftex-latex",
    "pdftex-latex-at",
    "pdftex-expl3",
    "pdftex-plain-ini",
];

/// The `texlex lex` arguments that correspond to an oracle mode (the
/// engine always given: the cases with ill-formed UTF-8 test LuaTeX's model,
/// which a file's head would not choose).
fn lex_args(mode: &str) -> Vec<&str> {
    match mode {
        "track" => vec![
            "lex",
            "--engine",
            "luatex",
            "--regime",
            "latex",
            "--no-verbatim",
        ],
        _ if mode.ends_with("-track") => {
            let regime = mode.trim_end_matches("-track");
            vec![
                "lex",
                "--engine",
                "luatex",
                "--regime",
                regime,
                "--no-verbatim",
            ]
        }
        _ => match mode.strip_prefix("pdftex-") {
            Some(regime) => vec!["lex", "--static", "--engine", "pdftex", "--regime", regime],
            None => vec!["lex", "--static", "--engine", "luatex", "--regime", mode],
        },
    }
}

/// The shared oracle held 73 such token files when this test was written; fewer means
/// cases went missing (a broken refresh), not that the test may pass vacuously.
const MIN_COMPARED: usize = 240;

/// Lines of context shown around the first difference.
const CONTEXT: usize = 3;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cases_dir() -> PathBuf {
    repo_root().join("tests/oracle/cases")
}

/// Splits `NAME.MODE.tokens` into (NAME, MODE).
fn split_token_file(file_name: &str) -> Option<(&str, &str)> {
    let stem = file_name.strip_suffix(".tokens")?;
    let dot = stem.rfind('.')?;
    Some((&stem[..dot], &stem[dot + 1..]))
}

/// Where `expected` and `actual` first differ, shown line by line with a little context.
fn describe_difference(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let exp_lines: Vec<&str> = exp.split_inclusive('\n').collect();
    let act_lines: Vec<&str> = act.split_inclusive('\n').collect();
    let first = exp_lines
        .iter()
        .zip(&act_lines)
        .position(|(e, a)| e != a)
        .unwrap_or(exp_lines.len().min(act_lines.len()));
    let from = first.saturating_sub(CONTEXT);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  first difference at line {} (expected {} lines, got {})",
        first + 1,
        exp_lines.len(),
        act_lines.len()
    );
    for (label, lines) in [("expected", &exp_lines), ("actual", &act_lines)] {
        let _ = writeln!(out, "  {label}:");
        let to = (first + CONTEXT + 1).min(lines.len());
        for (i, line) in lines.iter().enumerate().take(to).skip(from) {
            let marker = if i == first { ">" } else { " " };
            let (text, note) = match line.strip_suffix('\n') {
                Some(text) => (text, ""),
                None => (*line, "   <no final newline>"),
            };
            let _ = writeln!(
                out,
                "   {marker}{:5} | {}{note}",
                i + 1,
                text.escape_debug()
            );
        }
        if first >= lines.len() {
            let _ = writeln!(out, "   >{:5} | <end of output>", first + 1);
        }
    }
    out
}

#[test]
fn static_output_matches_oracle_cases() {
    let dir = cases_dir();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (run tests/oracle/refresh.sh)",
            dir.display()
        )
    });
    let mut files: Vec<(String, String)> = entries
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let (case, mode) = split_token_file(&name)?;
            MODES
                .contains(&mode)
                .then(|| (case.to_owned(), mode.to_owned()))
        })
        .collect();
    files.sort();

    let mut failures = Vec::new();
    for (case, mode) in &files {
        let expected = fs::read(dir.join(format!("{case}.{mode}.tokens"))).unwrap();
        let source = format!("tests/oracle/cases/{case}.tex");
        let output = Command::new(env!("CARGO_BIN_EXE_texlex"))
            .args(lex_args(mode))
            .arg(&source)
            .current_dir(repo_root())
            .output()
            .expect("cannot run texlex");
        let mut report = String::new();
        if !output.status.success() {
            let _ = writeln!(
                report,
                "  exit status {}; stderr: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim_end()
            );
        }
        if output.stdout != expected {
            report.push_str(&describe_difference(&expected, &output.stdout));
        }
        if !report.is_empty() {
            failures.push(format!("case {case}, mode {mode} ({source}):\n{report}"));
        }
    }

    assert!(
        files.len() >= MIN_COMPARED,
        "only {} token files for modes {MODES:?} in {} (expected at least {MIN_COMPARED}); \
         run tests/oracle/refresh.sh",
        files.len(),
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {} oracle cases differ:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    eprintln!("compared {} oracle token files: all equal", files.len());
}

/// The vendored copy must not drift from the shared oracle (when the shared tree is there).
#[test]
fn vendored_cases_equal_shared_oracle() {
    let shared = repo_root().join("../shared/tex-oracle/cases");
    if !shared.is_dir() {
        // Straight to stderr, past the test harness's capture: a skip must
        // be seen without --nocapture.
        let _ = writeln!(
            std::io::stderr(),
            "skipped: no shared oracle at {} (the vendored copy cannot be checked)",
            shared.display()
        );
        return;
    }
    let load = |dir: &Path| -> BTreeMap<String, Vec<u8>> {
        fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| {
                let path = entry.ok()?.path();
                let name = path.file_name()?.to_str()?.to_owned();
                (name.ends_with(".tex") || name.ends_with(".tokens"))
                    .then(|| (name, fs::read(&path).unwrap()))
            })
            .collect()
    };
    let shared_files = load(&shared);
    let vendored = load(&cases_dir());

    let mut problems = Vec::new();
    for (name, bytes) in &shared_files {
        match vendored.get(name) {
            None => problems.push(format!("missing in tests/oracle/cases: {name}")),
            Some(v) if v != bytes => problems.push(format!("differs from the shared copy: {name}")),
            Some(_) => {}
        }
    }
    for name in vendored.keys() {
        if !shared_files.contains_key(name) {
            problems.push(format!("not in the shared oracle (stale): {name}"));
        }
    }
    assert!(
        problems.is_empty(),
        "tests/oracle/cases is out of date with {} ({} problems); run tests/oracle/refresh.sh\n{}",
        shared.display(),
        problems.len(),
        problems.join("\n")
    );
}
