//! End-to-end tests of `texlex replay`: random edit scripts replayed on a
//! live document must print exactly what `texlex lex` prints for the final
//! text; LSP edits (multi-line ranges, surrogate pairs, clamping, whole-text
//! replacement); and the errors (malformed lines, offsets inside a UTF-8
//! sequence, lines past the end).

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../../texlex/tests/support/common.rs"]
mod common;
use common::{Rng, is_boundary, random_boundary};

mod support;
use support::{TempDir, texlex};

/// What the random scripts insert: TeX's special characters, every kind of
/// line end, blank lines, `^^` forms, multi-byte UTF-8 and ill-formed bytes.
const PIECES: &[&[u8]] = &[
    b"\\",
    b"%",
    b"{",
    b"}",
    b"\n",
    b"\r\n",
    b"\r",
    b"\n\n",
    b"\n  \n",
    b"\r\n\r\n",
    b"^^",
    b"^^M",
    b"^^5c",
    b"^^^^00e9",
    b"^^^^^^01f600",
    "é".as_bytes(),
    "😀".as_bytes(),
    b"x",
    b" ",
    b"  ",
    b"\t",
    b"$",
    b"#",
    b"~",
    b"@",
    b"\\par ",
    b"\\section{",
    b"\\makeatletter ",
    b"\\makeatother ",
    b"\\ExplSyntaxOn ",
    b"\\catcode`\\@=11 ",
    b"\\begin{verbatim}",
    b"\\end{verbatim}",
    b"\\verb|",
    b"\\a@b ",
    b"\\\\",
    b"\\ ",
    b"\x7f",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\x80",
    b"\xe2\x82",
    b"\xed\xa0\x80",
    b"\xf0\x9f\x98",
];

/// One edit as a JSON line, with offsets into the text before it.
fn edit_line(rng: &mut Rng, start: usize, end: usize, new: &[u8]) -> String {
    match std::str::from_utf8(new) {
        Ok(text) if rng.chance(70) => format!(
            r#"{{"start":{start},"end":{end},"text":{}}}"#,
            serde_json::to_string(text).unwrap()
        ),
        _ => {
            let bytes: Vec<String> = new.iter().map(u8::to_string).collect();
            format!(
                r#"{{"start":{start},"end":{end},"bytes":[{}]}}"#,
                bytes.join(",")
            )
        }
    }
}

/// A random script of `count` edits on `text`: the JSON Lines file and the
/// final text (the edits applied to our own copy).
fn random_script(rng: &mut Rng, text: &[u8], count: usize) -> (String, Vec<u8>) {
    let mut text = text.to_vec();
    let mut script = String::new();
    for _ in 0..count {
        let start = random_boundary(rng, &text, text.len());
        let (end, new): (usize, Vec<u8>) = match rng.below(10) {
            // Insert one to three pieces.
            0..=4 => {
                let mut new = Vec::new();
                for _ in 0..=rng.below(3) {
                    new.extend_from_slice(PIECES[rng.below(PIECES.len())]);
                }
                (start, new)
            }
            // Delete up to 12 bytes (or, now and then, a whole line or more).
            5..=7 => {
                let most = if rng.chance(10) { 200 } else { 12 };
                let mut end = (start + 1 + rng.below(most)).min(text.len());
                while !is_boundary(&text, end) {
                    end += 1;
                }
                (end, Vec::new())
            }
            // Replace a few bytes by one piece.
            _ => {
                let mut end = (start + rng.below(6)).min(text.len());
                while !is_boundary(&text, end) {
                    end += 1;
                }
                (end, PIECES[rng.below(PIECES.len())].to_vec())
            }
        };
        script.push_str(&edit_line(rng, start, end, &new));
        script.push('\n');
        if rng.chance(5) {
            script.push('\n'); // blank lines are skipped
        }
        text.splice(start..end, new);
    }
    (script, text)
}

/// Output of one run: (stdout, stderr), after checking the exit status is 0.
fn run_ok(args: &[&str]) -> (Vec<u8>, String) {
    let output = texlex().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "texlex {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.stdout,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Replays `script` on `initial`, lexes `expected` (the final text), and
/// compares them in both output formats (stderr diagnostics too, with the
/// file names made equal). `ext` is the files' extension (it picks the
/// regime unless `regime` forces one); `mode` holds the options both runs
/// get (nothing: catcode tracking with verbatim; `--static`; …).
#[allow(clippy::too_many_arguments)]
fn check_replay(
    dir: &TempDir,
    tag: &str,
    initial: &[u8],
    script: &str,
    expected: &[u8],
    ext: &str,
    regime: Option<&str>,
    mode: &[&str],
) {
    let start = dir.file(format!("{tag}-start.{ext}"), initial);
    let end = dir.file(format!("{tag}-end.{ext}"), expected);
    let edits = dir.file(format!("{tag}-edits.jsonl"), script);
    let (start, end, edits) = (path_str(&start), path_str(&end), path_str(&edits));
    // The engine is given: without it the initial text's head (replay) and
    // the final text's (lex) could choose different input models, when the
    // edits bring in bytes that are not UTF-8.
    let mut regime_args = vec!["--engine", "luatex"];
    if let Some(r) = regime {
        regime_args.extend(["--regime", r]);
    }
    for format in [&["--format", "tex"][..], &["--format", "jsonl", "--trivia"]] {
        let mut replay: Vec<&str> = vec!["replay", "--edits", edits];
        replay.extend(&regime_args);
        replay.extend(mode);
        replay.extend(format);
        replay.push(start);
        let mut lex: Vec<&str> = vec!["lex"];
        lex.extend(&regime_args);
        lex.extend(mode);
        lex.extend(format);
        lex.push(end);
        let (replayed, replay_err) = run_ok(&replay);
        let (lexed, lex_err) = run_ok(&lex);
        if replayed != lexed {
            let split = |out: &[u8]| -> Vec<String> {
                out.split(|&b| b == b'\n')
                    .map(|l| String::from_utf8_lossy(l).into_owned())
                    .collect()
            };
            let (got, want) = (split(&replayed), split(&lexed));
            let at = (0..got.len().max(want.len()))
                .find(|&i| got.get(i) != want.get(i))
                .unwrap();
            // Keep the case for reproduction: the temp dir is removed on drop.
            let keep = std::env::temp_dir().join(format!("texlex-replay-failure-{tag}"));
            let _ = fs::create_dir_all(&keep);
            let _ = fs::write(keep.join(format!("start.{ext}")), initial);
            let _ = fs::write(keep.join(format!("end.{ext}")), expected);
            let _ = fs::write(keep.join("edits.jsonl"), script);
            panic!(
                "{tag} {format:?} (regime {regime:?}, {mode:?}): replay and lex differ at output line {}:\n  \
                 replay: {}\n  lex:    {}\n\
                 case kept in {} (texlex replay --edits edits.jsonl start.{ext} vs texlex lex end.{ext})",
                at + 1,
                got.get(at).map_or("<end>", String::as_str),
                want.get(at).map_or("<end>", String::as_str),
                keep.display(),
            );
        }
        assert_eq!(
            replay_err.replace(start, "FILE"),
            lex_err.replace(end, "FILE"),
            "{tag} {format:?}: diagnostics differ\nscript:\n{script}"
        );
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// The repository's example inputs, with their extensions.
fn examples() -> Vec<(String, Vec<u8>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|p| {
            let ext = p.extension().unwrap().to_str().unwrap().to_owned();
            let name = p.file_stem().unwrap().to_str().unwrap().to_owned();
            (name, fs::read(&p).unwrap(), ext)
        })
        .collect()
}

/// Hand-made inputs full of edge cases, each with a forced regime.
const TRICKY: &[(&str, &[u8], &str)] = &[
    (
        "crlf",
        b"a\r\nb\rc\n\n\\par %c\r\n{x}^^M^^5c^^^^00e9 \xc3\xa9\xf0\x9f\x98\x80\n",
        "latex",
    ),
    (
        "carets",
        b"\\^^@ \\ \n  \\\t\n%%\n{{}}}\n\\\r\n^^\n^^^^^^01f600 ^^^^zz\n\\^^5cpar\n",
        "plain-ini",
    ),
    (
        "ill-formed",
        b"\xff\xfe a \xc3\x28 \xe2\x82 \\\xc3\xa9\n\x80\n\\\xf0\x9f\x98\x80x\n",
        "latex",
    ),
    ("empty", b"", "latex-at"),
    ("no-final-eol", b"\\makeatletter\\a@b {c}%", "latex-at"),
    (
        "expl3",
        b"\\ExplSyntaxOn\n\\cs_new:Npn \\foo:n #1 { #1 ~ }\n\n% comment\n\\ExplSyntaxOff\n",
        "expl3",
    ),
    (
        "blank-lines",
        b"\n\n \n\t\n\r\n\r\r\n\\par\n\n%\n\n",
        "latex",
    ),
];

/// (a) Random scripts (600, of 1 to 30 edits each), in both formats.
#[test]
fn random_scripts_match_lex_of_final_text() {
    let mut inputs: Vec<(String, Vec<u8>, String, Option<&str>)> = examples()
        .into_iter()
        .map(|(name, bytes, ext)| (name, bytes, ext, None))
        .collect();
    assert!(inputs.len() >= 3, "the examples/ directory holds inputs");
    for (name, bytes, regime) in TRICKY {
        inputs.push((name.to_string(), bytes.to_vec(), "tex".into(), Some(regime)));
    }
    const SCRIPTS: usize = 600;
    let per_input = SCRIPTS.div_ceil(inputs.len());

    // Scripts are generated up front (deterministically), then checked on a
    // few threads: each check is four short runs of the binary.
    let mut jobs = Vec::new();
    let mut rng = Rng(0x5EED_0F7E_1EC5);
    for (name, bytes, ext, regime) in &inputs {
        for k in 0..per_input {
            let count = 1 + rng.below(30);
            let (script, end) = random_script(&mut rng, bytes, count);
            jobs.push((format!("{name}-{k}"), bytes, script, end, ext, *regime));
        }
    }
    assert!(jobs.len() >= 200);
    let dir = TempDir::new("random");
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    // After a failure, the other threads stop at once.
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((tag, initial, script, end, ext, regime)) = jobs.get(i) else {
                        break;
                    };
                    let guard = StopOnPanic(&next);
                    // Tracking (the default) and static catcodes in turn.
                    let mode: &[&str] = if i.is_multiple_of(2) {
                        &[]
                    } else {
                        &["--static"]
                    };
                    check_replay(&dir, tag, initial, script, end, ext, *regime, mode);
                    std::mem::forget(guard);
                }
            });
        }
    });
}

/// Sets the job counter past every job when dropped by a panic.
struct StopOnPanic<'a>(&'a AtomicUsize);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        self.0.store(usize::MAX / 2, Ordering::Relaxed);
    }
}

fn lsp(l0: u32, c0: u32, l1: u32, c1: u32, text: &str) -> String {
    format!(
        r#"{{"range":{{"start":{{"line":{l0},"character":{c0}}},"end":{{"line":{l1},"character":{c1}}}}},"text":{}}}"#,
        serde_json::to_string(text).unwrap()
    )
}

/// (b) LSP edits: a surrogate pair, clamping past a line's end, multi-line
/// ranges, whole-text replacement, mixed with byte edits.
#[test]
fn lsp_edits() {
    let dir = TempDir::new("lsp");
    // Lines: 0 "ab😀cd" (UTF-16: the emoji is characters 2 and 3), CRLF;
    // 1 "line2 é"; 2 "third"; 3 "" (after the last LF).
    let initial = "ab😀cd\r\nline2 é\nthird\n";
    let script = [
        lsp(0, 2, 0, 4, "X"),                             // the whole surrogate pair
        lsp(0, 100, 0, 100, "!"), // clamps to the end of line 0, before CRLF
        lsp(0, 1, 2, 2, "Y\n😀"), // multi-line: "a" + "Y\n😀" + "ird\n"
        lsp(1, 2, 1, 2, "é"),     // after the emoji (2 UTF-16 units)
        lsp(2, 0, 2, 0, "% c\r\n"), // on the last, empty line
        lsp(0, 1, 1, 2, ""),      // multi-line deletion
        r#"{"start":0,"end":1,"text":"\\b"}"#.to_owned(), // a byte edit among them
    ]
    .join("\n");
    let expected = "\\béird\n% c\r\n";
    check_replay(
        &dir,
        "lsp",
        initial.as_bytes(),
        &script,
        expected.as_bytes(),
        "tex",
        None,
        &[],
    );

    // Whole-text replacement, then edits against the new text.
    let script = [
        r#"{"text":"new\r\ntext 😀\n"}"#.to_owned(),
        lsp(1, 7, 1, 7, "%c"),                  // after the emoji
        lsp(1, 99, 2, 0, " "), // from past the end of line 1 to line 2: eats the LF
        lsp(1, 0, 1, 0, "{"),  // the start of line 1
        r#"{"bytes":[123,255,10]}"#.to_owned(), // whole replacement by bytes
        lsp(1, 0, 1, 0, "}"),  // line 1 is the empty line after the LF
    ]
    .join("\n");
    check_replay(
        &dir,
        "whole",
        initial.as_bytes(),
        &script,
        b"{\xff\n}",
        "tex",
        Some("latex"),
        &["--static"],
    );
    // The intermediate text of that script, checked on its own.
    let script = [
        r#"{"text":"new\r\ntext 😀\n"}"#.to_owned(),
        lsp(1, 7, 1, 7, "%c"),
        lsp(1, 99, 2, 0, " "),
        lsp(1, 0, 1, 0, "{"),
    ]
    .join("\n");
    check_replay(
        &dir,
        "whole-mid",
        initial.as_bytes(),
        &script,
        "new\r\n{text 😀%c ".as_bytes(),
        "tex",
        None,
        &[],
    );
}

/// Runs `replay` expecting exit 2; returns stderr.
fn replay_fails(dir: &TempDir, text: &[u8], script: &str, name: &str) -> String {
    let file = dir.file("doc.tex", text);
    let edits = dir.file(name, script);
    let output = texlex()
        .args(["replay", "--edits"])
        .arg(&edits)
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "no tokens after an error");
    assert!(stderr.starts_with("texlex: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    stderr
}

/// (c) Errors name the edits file and line; exit 2.
#[test]
fn errors() {
    let dir = TempDir::new("errors");
    let ok = r#"{"start":0,"end":0,"text":"a"}"#;

    let stderr = replay_fails(
        &dir,
        b"x\n",
        &format!("{ok}\n\n{{\"start\":0,\n"),
        "bad.jsonl",
    );
    assert!(stderr.contains("bad.jsonl:3: "), "{stderr}");

    let stderr = replay_fails(&dir, b"x\n", "[1,2]\n", "array.jsonl");
    assert!(stderr.contains("array.jsonl:1: "), "{stderr}");

    let stderr = replay_fails(&dir, b"x\n", r#"{"start":0,"text":"a"}"#, "half.jsonl");
    assert!(stderr.contains("half.jsonl:1: "), "{stderr}");

    // "aé\n" after line 1: offset 2 is inside the é.
    let script = format!("{ok}\n{}\n", r#"{"start":2,"end":2,"text":"x"}"#);
    let stderr = replay_fails(&dir, "é\n".as_bytes(), &script, "utf8.jsonl");
    assert!(stderr.contains("utf8.jsonl:2: "), "{stderr}");

    let script = format!("{ok}\n{ok}\n{}\n", r#"{"start":0,"end":99,"text":""}"#);
    let stderr = replay_fails(&dir, b"x\n", &script, "past-end.jsonl");
    assert!(stderr.contains("past-end.jsonl:3: "), "{stderr}");

    // "a\nb\n" has lines 0, 1 and 2 (empty): line 3 is past the end.
    let stderr = replay_fails(&dir, b"a\nb\n", &lsp(3, 0, 3, 0, "x"), "line.jsonl");
    assert!(stderr.contains("line.jsonl:1: "), "{stderr}");
    let stderr = replay_fails(&dir, b"a\nb\n", &lsp(0, 0, 7, 0, ""), "line2.jsonl");
    assert!(stderr.contains("line2.jsonl:1: "), "{stderr}");

    // A missing edits file names it.
    let file = dir.file("doc.tex", b"x");
    let output = texlex()
        .args(["replay", "--edits", "/nonexistent/e.jsonl"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent/e.jsonl: "));

    // --trivia needs --format jsonl, as for `lex`.
    let edits = dir.file("empty.jsonl", "");
    let output = texlex()
        .args(["replay", "--trivia", "--edits"])
        .arg(&edits)
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn timings_and_help() {
    let dir = TempDir::new("timings");
    let file = dir.file("doc.tex", "\\section{Hi}\n");
    let edits = dir.file(
        "e.jsonl",
        "{\"start\":9,\"end\":11,\"text\":\"Hello\"}\n{\"start\":0,\"end\":0,\"text\":\"%\"}\n",
    );
    let output = texlex()
        .args(["replay", "--timings", "--edits"])
        .arg(&edits)
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("replay: 2 edits, per edit median ")
            && stderr.contains(" p95 ")
            && stderr.contains(" max ")
            && stderr.trim_end().ends_with(" tokens re-lexed"),
        "{stderr}"
    );
    // The final text is all comment: no tokens.
    assert!(output.stdout.is_empty());

    let output = texlex().args(["replay", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("texlex replay --edits edits.jsonl"), "{help}");
}
