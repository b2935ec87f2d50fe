//! End-to-end tests of the `texlex` binary: output formats, exit codes, file
//! selection, broken pipes.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::Value;

mod support;
use support::{BIN, TempDir, texlex};

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Parse JSON Lines output.
fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:?}")))
        .collect()
}

/// Whether a `lex --format jsonl` record is a diagnostic (not a token or trivia).
fn is_diagnostic(record: &Value) -> bool {
    record["kind"] == "diagnostic"
}

// ---------------------------------------------------------------- lex

#[test]
fn lex_reads_stdin() {
    let output = texlex()
        .arg("lex")
        .write_stdin("\\section{Hi}\n")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let out = stdout_of(&output);
    let lines = lines(&out);
    assert_eq!(lines[0], "cs section");
    assert!(lines.len() >= 5, "{out}");
    assert!(output.stderr.is_empty());
}

#[test]
fn lex_reads_dash_as_stdin() {
    let output = texlex()
        .args(["lex", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(stdout_of(&output).starts_with("chr 11 U+0078"));
}

#[test]
fn lex_reads_a_file() {
    let dir = TempDir::new("lex-file");
    let path = dir.file("a.tex", "\\emph{x}");
    let from_file = texlex().arg("lex").arg(&path).output().unwrap();
    let from_stdin = texlex()
        .arg("lex")
        .write_stdin("\\emph{x}")
        .output()
        .unwrap();
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert!(stdout_of(&from_file).starts_with("cs emph\n"));
}

#[test]
fn lex_reports_diagnostics_on_stderr_in_tex_format() {
    let output = texlex().arg("lex").write_stdin("a\n}").output().unwrap();
    assert!(output.status.success(), "lex exits 0 despite diagnostics");
    let err = stderr_of(&output);
    assert!(err.starts_with("<stdin>:2:1: error: "), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn lex_jsonl_records_have_positions() {
    let output = texlex()
        .args(["lex", "--format", "jsonl"])
        .write_stdin("\\foo{bar}\n% comment\nbaz }\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty(), "diagnostics stay in the stream");
    let records = json_lines(&stdout_of(&output));
    assert!(!records.is_empty());
    for record in &records {
        for field in ["kind", "start", "end", "line", "col"] {
            assert!(record.get(field).is_some(), "{field} missing in {record}");
        }
    }
    assert_eq!(records.iter().filter(|r| is_diagnostic(r)).count(), 1);
}

/// Inputs whose token and trivia records must tile the bytes exactly.
fn tricky_inputs() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("empty", b"".to_vec()),
        ("crlf", b"a\r\nb\r\n\r\n\\c \r\n".to_vec()),
        ("trailing spaces", b"a   \n  b  \n   ".to_vec()),
        ("backslash at eol", b"a\\\nb\\".to_vec()),
        ("comments", b"% x\n  a% y \n%\n\\% z%".to_vec()),
        ("ill-formed utf8", b"a\xff\xc3b\xe2\x82 \\\xff x".to_vec()),
        (
            "carets",
            b"^^41^^7a^^^^00e9^^^^^^01f600^^\n^^M^^ ^^^^zz^".to_vec(),
        ),
        ("invalid chars", b"a\x7fb\x00c\x1b\x0b\x0c".to_vec()),
        ("braces", b"}{{}\\{\\}{".to_vec()),
        ("blank lines", b"\n\n a\n\n\n\tb\n".to_vec()),
        ("unicode", "é€😀 \\é\\😀x".as_bytes().to_vec()),
        ("cr only", b"a\rb\r\rc".to_vec()),
    ]
}

#[test]
fn lex_trivia_records_tile_the_input() {
    // Without --engine the ill-formed input is read as bytes (and an
    // `input` record, outside the tiling, says so); with it, as UTF-8.
    for engine in [&[][..], &["--engine", "luatex"][..]] {
        for regime in ["latex", "latex-at", "expl3", "plain-ini"] {
            for (name, input) in tricky_inputs() {
                let output = texlex()
                    .args(["lex", "--format", "jsonl", "--trivia", "--regime", regime])
                    .args(engine)
                    .write_stdin(input.clone())
                    .output()
                    .unwrap();
                assert!(output.status.success(), "{name}: {}", stderr_of(&output));
                let mut spans: Vec<(u64, u64)> = json_lines(&stdout_of(&output))
                    .iter()
                    .filter(|r| !is_diagnostic(r) && r["kind"] != "input")
                    .map(|r| (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap()))
                    .collect();
                spans.sort();
                let mut at = 0;
                for (start, end) in &spans {
                    assert_eq!(*start, at, "{regime}/{name}: gap or overlap in {spans:?}");
                    assert!(end >= start, "{regime}/{name}: {spans:?}");
                    at = *end;
                }
                assert_eq!(at, input.len() as u64, "{regime}/{name}: {spans:?}");
            }
        }
    }
}

#[test]
fn lex_regime_defaults_from_extension() {
    let dir = TempDir::new("regime");
    let sty = dir.file("pkg.sty", "\\a@b");
    let tex = dir.file("doc.tex", "\\a@b");
    let output = texlex().arg("lex").arg(&sty).output().unwrap();
    assert_eq!(lines(&stdout_of(&output))[0], "cs a@b");
    let output = texlex().arg("lex").arg(&tex).output().unwrap();
    let out = stdout_of(&output);
    assert_eq!(
        &lines(&out)[..3],
        ["cs a", "chr 12 U+0040", "chr 11 U+0062"],
        "{out}"
    );
    // --regime wins over the extension; stdin is latex.
    let output = texlex()
        .args(["lex", "--regime", "latex-at"])
        .arg(&tex)
        .output()
        .unwrap();
    assert_eq!(lines(&stdout_of(&output))[0], "cs a@b");
    let output = texlex().arg("lex").write_stdin("\\a@b").output().unwrap();
    assert_eq!(lines(&stdout_of(&output))[0], "cs a");
}

#[test]
fn lex_accepts_static() {
    let output = texlex()
        .args(["lex", "--static"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert!(output.status.success());
}

#[test]
fn lex_lexes_binary_files() {
    let dir = TempDir::new("binary");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let path = dir.file("blob.bin", &bytes);
    let output = texlex().arg("lex").arg(&path).output().unwrap();
    assert!(output.status.success());
    assert!(!output.stdout.is_empty());
}

#[test]
fn lex_missing_file_exits_2() {
    let output = texlex().args(["lex", "no/such/file.tex"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert!(err.starts_with("texlex: no/such/file.tex: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn lex_directory_exits_2() {
    let dir = TempDir::new("lex-dir");
    let output = texlex().arg("lex").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert!(err.starts_with("texlex: "), "{err}");
    assert!(err.contains(&*dir.path().to_string_lossy()), "{err}");
    assert!(err.contains("directory"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["lex", "--no-such-flag"][..],
        &["lex", "--regime", "context"],
        &["lex", "--trivia"],
        &["lex", "--format", "tex", "--trivia"],
        &["stats"],
        &["check"],
        &["frobnicate"],
    ] {
        let output = texlex().args(args).write_stdin("").output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let output = texlex().args(["lex", "--trivia"]).output().unwrap();
    assert!(stderr_of(&output).contains("--trivia requires --format jsonl"));
}

#[test]
fn help_and_version() {
    let output = texlex().arg("--version").output().unwrap();
    assert!(output.status.success());
    assert!(stdout_of(&output).starts_with("texlex "));
    for sub in ["lex", "stats", "check"] {
        let output = texlex().args([sub, "--help"]).output().unwrap();
        assert!(output.status.success());
        let help = stdout_of(&output);
        assert!(help.contains("Examples:"), "{sub}: {help}");
    }
    let help = stdout_of(&texlex().args(["lex", "--help"]).output().unwrap());
    assert!(help.contains(".sty"), "the regime default is documented");
    assert!(help.contains("--static"));
}

/// Writing into a pipe that the reader closed ends the run quietly.
#[test]
fn lex_broken_pipe_exits_quietly() {
    let dir = TempDir::new("pipe");
    let line = "\\section{Introduction} Some text with $math^2$ and {groups}.\n";
    let path = dir.file("big.tex", line.repeat(200_000));
    for format in ["tex", "jsonl"] {
        let mut child = std::process::Command::new(BIN)
            .args(["lex", "--format", format])
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(reader);
        let output = child.wait_with_output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr_of(&output)
        );
        assert!(output.stderr.is_empty(), "{format}: {}", stderr_of(&output));
    }
}

// ---------------------------------------------------------------- check

#[test]
fn check_clean_exits_0() {
    let dir = TempDir::new("check-clean");
    dir.file(
        "a.tex",
        "\\documentclass{article}\n\\begin{document}x\\end{document}\n",
    );
    dir.file("sub/b.sty", "\\def\\a@b{c}\n");
    let output = texlex().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(output.stdout.is_empty());
    assert!(output.stderr.is_empty());
}

#[test]
fn check_errors_exit_1_in_sorted_order() {
    let dir = TempDir::new("check-errors");
    dir.file("b.tex", "ok\n}\n");
    dir.file("a/z.tex", "x}");
    dir.file("c.tex", "fine");
    let output = texlex().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout_of(&output);
    let lines = lines(&out);
    assert_eq!(lines.len(), 2, "{out}");
    let first = format!("{}:1:2: error: ", dir.path().join("a/z.tex").display());
    let second = format!("{}:2:1: error: ", dir.path().join("b.tex").display());
    assert!(lines[0].starts_with(&first), "{out}");
    assert!(lines[1].starts_with(&second), "{out}");
}

#[test]
fn check_json_lines() {
    let dir = TempDir::new("check-json");
    let path = dir.file("a.tex", "ab\n c}");
    let output = texlex()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r["path"], path.display().to_string());
    assert_eq!(r["severity"], "error");
    assert_eq!(r["kind"], "unmatched-close-brace");
    assert_eq!(r["start"], 5);
    assert_eq!(r["end"], 6);
    assert_eq!(r["line"], 2);
    assert_eq!(r["col"], 3);
    assert!(r["message"].is_string());
}

#[test]
fn check_errors_and_missing_file_exit_2() {
    let dir = TempDir::new("check-missing");
    let bad = dir.file("bad.tex", "}");
    let missing = dir.path().join("missing.tex");
    let output = texlex()
        .arg("check")
        .arg(&bad)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(lines(&stdout_of(&output)).len(), 1);
    let err = stderr_of(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("texlex: {}: ", missing.display())),
        "{err}"
    );
}

#[test]
fn check_reads_explicit_files_whatever_their_extension() {
    let dir = TempDir::new("check-ext");
    let txt = dir.file("notes.txt", "}");
    dir.file("skipped.txt", "}");
    let output = texlex().arg("check").arg(&txt).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let output = texlex().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "directories pick TeX extensions only"
    );
}

// ---------------------------------------------------------------- stats

#[test]
fn stats_json_walks_directories() {
    let dir = TempDir::new("stats");
    dir.file("main.tex", "\\section{A}\n\\section{B}\n\npar\n");
    dir.file("deep/er/pkg.sty", "\\def\\a@b{}\n");
    dir.file("deep/refs.bbl", "\\bibitem{x}\n");
    dir.file("deep/notes.txt", "\\ignored \\ignored \\ignored");
    dir.file("image.png", [0x89u8, b'P', b'N', b'G']);
    let output = texlex()
        .args(["stats", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stats: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(stats["files"], 3, "{stats:#}");
    assert_eq!(stats["failed"], 0);
    let bytes = "\\section{A}\n\\section{B}\n\npar\n".len()
        + "\\def\\a@b{}\n".len()
        + "\\bibitem{x}\n".len();
    assert_eq!(stats["bytes"], bytes);
    let top = stats["top_cs"].as_array().unwrap();
    assert_eq!(top[0]["name"], "\\section");
    assert_eq!(top[0]["count"], 2);
    let names: Vec<&str> = top.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"\\a@b"), "{names:?}");
    assert!(!names.contains(&"\\ignored"), "{names:?}");
    let tokens = &stats["tokens"];
    assert!(tokens["cs"].as_u64().unwrap() >= 5, "{tokens}");
    assert!(tokens["par"].as_u64().unwrap() >= 1, "{tokens}");
    assert_eq!(tokens["char"]["by_catcode"]["1"], 4);
}

#[test]
fn stats_table_and_failed_files() {
    let dir = TempDir::new("stats-table");
    let a = dir.file("a.tex", "\\x \\x \\y}");
    let missing = dir.path().join("nope.tex");
    let output = texlex()
        .arg("stats")
        .arg(&a)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("texlex: {}: ", missing.display())));
    let out = stdout_of(&output);
    assert!(out.contains("top control sequences"), "{out}");
    let x = out
        .lines()
        .find(|l| l.trim_start().starts_with("\\x "))
        .unwrap();
    assert!(x.trim_end().ends_with(" 2"), "{out}");
    assert!(out.contains("unmatched-close-brace"), "{out}");
}

#[cfg(unix)]
#[test]
fn stats_does_not_follow_directory_symlinks() {
    let dir = TempDir::new("loop");
    dir.file("sub/a.tex", "a");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("sub/a.tex"), dir.path().join("link.tex")).unwrap();
    let output = texlex()
        .args(["stats", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stats: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(stats["files"], 2, "the file and the symlink to it");
}

#[test]
fn custom_catcodes_change_the_starting_table() {
    let output = texlex()
        .args([
            "lex",
            "--static",
            "--catcode",
            "|=13",
            "--catcode",
            "U+0040=11",
        ])
        .write_stdin("a|@b\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "chr 11 U+0061\nactive U+007C\nchr 11 U+0040\nchr 11 U+0062\nchr 10 U+0020\n"
    );
    for bad in ["|=16", "ab=11", "|", "U+110000=12"] {
        let output = texlex()
            .args(["lex", "--catcode", bad])
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "--catcode {bad}");
    }
}

#[test]
fn pdftex_engine_reads_bytes() {
    let output = texlex()
        .args(["lex", "--static", "--engine", "pdftex"])
        .write_stdin("\u{e9}\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "active U+00C3\nactive U+00A9\nchr 10 U+0020\n"
    );
}

#[test]
fn tracking_is_the_default_and_static_turns_it_off() {
    let run = |args: &[&str]| {
        let output = texlex()
            .args(args)
            .write_stdin("\\makeatletter\\a@b\n")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(run(&["lex"]), "cs makeatletter\ncs a@b\n");
    assert_eq!(
        run(&["lex", "--static"]),
        "cs makeatletter\ncs a\nchr 12 U+0040\nchr 11 U+0062\nchr 10 U+0020\n"
    );
}

/// `bench --json`: one object per file whose token count is what `stats`
/// counts in the same mode, static by default, tracked with `--track`, with
/// the special bytes its baseline visited, the bits the popcount pass
/// counted, the kernel and the machine.
#[test]
fn bench_measures_the_static_or_the_tracked_lex() {
    let dir = TempDir::new("bench");
    let file = dir.file("a.tex", "\\makeatletter\\a@b x\n\\makeatother\\a@b\n");
    let json_of = |args: &[&str]| -> Value {
        let out = texlex().args(args).arg(&file).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let tracked = json_of(&["bench", "--json", "--runs", "2", "--track"]);
    let fixed = json_of(&["bench", "--json", "--runs", "2"]);
    assert_eq!(tracked["mode"], "tracked");
    assert_eq!(fixed["mode"], "static");
    let tracked_stats = json_of(&["stats", "--json"]);
    let static_stats = json_of(&["stats", "--json", "--static"]);
    assert_eq!(tracked["tokens"], tracked_stats["tokens"]["total"]);
    assert_eq!(fixed["tokens"], static_stats["tokens"]["total"]);
    // `\a@b` is one token once `@` is a letter, three otherwise.
    assert_ne!(tracked["tokens"], fixed["tokens"]);
    for report in [&tracked, &fixed] {
        assert_eq!(report["bytes"], 37);
        assert!(report["ratio_lex_memchr"].as_f64().unwrap() > 0.0);
        assert!(report["mb_per_s"].as_f64().unwrap() > 0.0);
        // Four `\`, a space and two line ends (`@` is other for the visit).
        assert_eq!(report["special_bytes"], 7);
        assert!(report["ratio_lex_visit"].as_f64().unwrap() > 0.0);
        // Special to the lexer (the starting catcodes: `@` is other): four
        // `\`, a space and two line ends; and the two line ends again.
        assert_eq!(report["popcount_bits"], 9);
        assert!(report["ratio_lex_popcount"].as_f64().unwrap() > 0.0);
        let kernels = ["scalar", "sse2", "avx2", "avx512bw", "avx512vbmi"];
        assert!(kernels.contains(&report["kernel"].as_str().unwrap()));
        let machine = &report["machine"];
        assert!(machine["logical_cpus"].as_u64().unwrap() >= 1);
        assert!(machine["available_cpus"].as_u64().unwrap() >= 1);
        if cfg!(target_arch = "x86_64") {
            for feature in ["avx2", "avx512bw", "avx512vbmi"] {
                assert!(machine["features"][feature].is_boolean(), "{feature}");
            }
        }
    }
}

/// `bench --kernel` measures with the kernel it names (scalar runs
/// everywhere), prints it and the popcount limit in text too, and fails
/// with exit 2 on a name it does not know or a kernel the CPU lacks.
#[test]
fn bench_kernel_picks_the_kernel() {
    let dir = TempDir::new("bench-kernel");
    let file = dir.file("a.tex", "\\emph{x} y%\n");
    let out = texlex()
        .args(["bench", "--runs", "1", "--kernel", "scalar"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  kernel             scalar\n"), "{text}");
    assert!(text.contains("\n  machine            "), "{text}");
    assert!(text.contains("to count 7 bits"), "{text}");
    assert!(text.contains("\n  ratio lex/popcount "), "{text}");
    let out = texlex()
        .args(["bench", "--runs", "1", "--kernel", "avx1024"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("avx1024"));
    #[cfg(target_arch = "x86_64")]
    if !std::arch::is_x86_feature_detected!("avx512vbmi") {
        let out = texlex()
            .args(["bench", "--runs", "1", "--kernel", "avx512vbmi"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("--kernel avx512vbmi: this CPU cannot run"),
            "{stderr}"
        );
    }
}

#[test]
fn bench_track_is_serial_and_missing_files_fail() {
    let dir = TempDir::new("bench-errors");
    let file = dir.file("a.tex", "x\n");
    texlex()
        .args(["bench", "--track", "--threads", "2"])
        .arg(&file)
        .assert()
        .code(2);
    let missing = dir.0.join("missing.tex");
    let out = texlex()
        .args(["bench", "--runs", "1"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.tex"));
}

// ---------------------------------------------------------------- encodings

const LATIN1_DOC: &[u8] = b"\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[latin1]{inputenc}\n\\begin{document}\nCaf\xe9 cr\xe8me\n\\end{document}\n";

#[test]
fn a_declared_latin1_file_is_read_as_bytes_with_a_note() {
    let dir = TempDir::new("latin1");
    let path = dir.file("l1.tex", LATIN1_DOC);
    let output = texlex().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        format!(
            "{}: note: read as bytes (pdfTeX model): \\usepackage[latin1]{{inputenc}} at 3:1\n",
            path.display()
        )
    );
    let output = texlex()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records.len(), 1, "{records:?}");
    let note = &records[0];
    assert_eq!(note["severity"], "note");
    assert_eq!(note["kind"], "input");
    assert_eq!(note["engine"], "pdftex");
    assert_eq!(note["model"], "bytes");
    assert_eq!(note["reason"], "inputenc");
    assert_eq!(note["encoding"], "latin1");
    assert_eq!(
        (note["line"].as_u64(), note["col"].as_u64()),
        (Some(3), Some(1))
    );
    // The é is one active character (byte 0xE9), as pdfTeX reads it.
    let output = texlex()
        .args(["lex", "--format", "jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records[0]["kind"], "input");
    assert_eq!(records[0]["model"], "bytes");
    assert!(
        records
            .iter()
            .any(|r| r["kind"] == "active" && r["cp"] == 0xE9)
    );
    assert!(!records.iter().any(is_diagnostic));
}

#[test]
fn undeclared_bytes_that_are_not_utf8_are_read_as_bytes() {
    let dir = TempDir::new("rawbytes");
    let path = dir.file("raw.tex", b"ok\n\\section{Caf\xe9 \xe0}\n");
    let output = texlex().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        format!(
            "{}: note: read as bytes (pdfTeX model): not UTF-8 (first ill-formed byte at 2:13)\n",
            path.display()
        )
    );
    let output = texlex()
        .args(["stats", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let stats: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(stats["input"]["bytes_model"], 1);
    assert_eq!(stats["input"]["unicode_model"], 0);
    assert_eq!(stats["input"]["detected"][0]["reason"], "not-utf8");
    assert_eq!(stats["input"]["detected"][0]["engine"], "pdftex");
    assert_eq!(stats["diagnostics"]["total"], 0);
}

#[test]
fn engine_luatex_forces_utf8_and_one_counted_diagnostic() {
    let dir = TempDir::new("forced");
    let path = dir.file("l1.tex", LATIN1_DOC);
    let output = texlex()
        .args(["check", "--engine", "luatex"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    // No note (the user chose), one error for both bytes.
    assert_eq!(
        stdout_of(&output),
        format!(
            "{}:5:4: error: not UTF-8: 2 ill-formed sequences read as U+FFFD, the first here\n",
            path.display()
        )
    );
    let output = texlex()
        .args(["check", "--engine", "luatex", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let records = json_lines(&stdout_of(&output));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["kind"], "ill-formed-utf8");
    assert_eq!(records[0]["sequences"], 2);
    // The same from `lex`, streamed: one diagnostic record, with the count.
    let big: Vec<u8> = b"Caf\xe9\n".repeat(300_000);
    let output = texlex()
        .args(["lex", "--engine", "luatex", "--format", "jsonl"])
        .write_stdin(big)
        .output()
        .unwrap();
    let stdout = stdout_of(&output);
    let diagnostics: Vec<Value> = stdout
        .lines()
        .filter(|l| l.contains("\"diagnostic\""))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["sequences"], 300_000);
    assert_eq!(
        (
            diagnostics[0]["start"].as_u64(),
            diagnostics[0]["line"].as_u64()
        ),
        (Some(3), Some(1))
    );
}

#[test]
fn a_magic_regime_comment_changes_the_tokens_and_the_flag_wins() {
    let src = "% !TeX texlex-regime = expl3\n\\cs_new:Npn \\foo_bar: { }\n";
    let output = texlex().arg("lex").write_stdin(src).output().unwrap();
    let stdout = stdout_of(&output);
    assert!(
        stdout.starts_with("cs cs_new:Npn\ncs foo_bar:\n"),
        "{stdout}"
    );
    assert!(stderr_of(&output).contains("note: starts in regime expl3"));
    let output = texlex()
        .args(["lex", "--regime", "latex"])
        .write_stdin(src)
        .output()
        .unwrap();
    let stdout = stdout_of(&output);
    assert!(stdout.starts_with("cs cs\nchr 8 U+005F\n"), "{stdout}");
    assert_eq!(stderr_of(&output), "");
    // The engine magic comment, beaten by --engine the same way.
    let src = b"% !TeX texlex-engine = pdftex\n\xc3\xa9\n".to_vec();
    let output = texlex()
        .arg("lex")
        .write_stdin(src.clone())
        .output()
        .unwrap();
    assert_eq!(
        stdout_of(&output),
        "active U+00C3\nactive U+00A9\nchr 10 U+0020\n"
    );
    let output = texlex()
        .args(["lex", "--engine", "luatex"])
        .write_stdin(src)
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), "chr 11 U+00E9\nchr 10 U+0020\n");
}

#[test]
fn stats_counts_every_token_lex_prints_verbatim_included() {
    let dir = TempDir::new("stats-verbatim");
    let file = dir.file(
        "v.tex",
        "a \\verb|x%y| b\n\\begin{verbatim}\n% body\n\\end{verbatim}\n",
    );
    let lexed = texlex().arg("lex").arg(&file).output().unwrap();
    let printed = stdout_of(&lexed).lines().count() as u64;
    let stats = texlex()
        .args(["stats", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let json: Value = serde_json::from_str(&stdout_of(&stats)).unwrap();
    assert_eq!(json["tokens"]["verbatim"], 2);
    assert_eq!(json["tokens"]["total"], printed);
}

/// `stats` counts in a pass of its own (no tokens kept): in every mode,
/// its totals are the lines `lex` prints, by kind, its diagnostics those
/// `check` prints, on a file with catcode changes, braces left open and
/// unmatched, `^^` notation, non-ASCII text, an invalid character and
/// ill-formed UTF-8.
#[test]
fn stats_totals_are_what_lex_and_check_print_in_every_mode() {
    let dir = TempDir::new("stats-modes");
    let text: &[u8] = b"\\makeatletter\\a@b {x}\n\\makeatother\\a@b }}\n\n\
        \\verb|x| $y_1$ ^^41 \xc3\xa9t\xc3\xa9 ~ \x7f \xff\n\
        \\begin{verbatim}\n{\n\\end{verbatim}\n\\catcode`\\|=13 |a {{\n";
    let file = dir.file("modes.tex", text);
    for mode in [&[][..], &["--static"], &["--no-verbatim"]] {
        let run = |command: &[&str]| {
            let output = texlex()
                .args(command)
                .args(["--engine", "luatex"])
                .args(mode)
                .arg(&file)
                .output()
                .unwrap();
            stdout_of(&output)
        };
        let printed = run(&["lex"]);
        let count = |prefix: &str| printed.lines().filter(|l| l.starts_with(prefix)).count();
        let json: Value = serde_json::from_str(&run(&["stats", "--json"])).unwrap();
        let tokens = &json["tokens"];
        assert_eq!(tokens["total"], printed.lines().count(), "{mode:?}");
        assert_eq!(tokens["char"]["total"], count("chr "), "{mode:?}");
        assert_eq!(tokens["cs"], count("cs "), "{mode:?}");
        assert_eq!(tokens["active"], count("active "), "{mode:?}");
        assert_eq!(tokens["invalid"], count("invalid "), "{mode:?}");
        assert_eq!(tokens["verbatim"], count("verb"), "{mode:?}");
        assert_eq!(json["lines"], 9, "{mode:?}");
        assert_eq!(json["bytes"], text.len(), "{mode:?}");
        let checked = run(&["check"]);
        let diagnostics = &json["diagnostics"];
        assert_eq!(diagnostics["total"], checked.lines().count(), "{mode:?}");
        let by_kind = &diagnostics["by_kind"];
        assert_eq!(by_kind["ill-formed-utf8"], 1, "{mode:?} {json}");
        let unclosed = checked.lines().filter(|l| l.ends_with("never closed"));
        assert_eq!(by_kind["unclosed-open-brace"], unclosed.count(), "{mode:?}");
    }
}
