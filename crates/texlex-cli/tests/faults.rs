//! Faulty inputs given to `texlex lex`, `stats` and `check`: directories,
//! FIFOs, unreadable files, paths that are not UTF-8, empty stdin, files
//! that shrink or grow while they are read. The bad-input policy: a clear
//! `PATH: REASON` error and exit code 2, or the bytes lexed; never a crash.

use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::thread;
use std::time::Duration;

mod support;
use support::{BIN, TempDir, texlex};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts that `output` is a clean exit with `code`, not a signal.
fn assert_exit(output: &Output, code: i32, what: &str) {
    assert_eq!(
        output.status.signal(),
        None,
        "{what}: killed by a signal; stderr: {}",
        stderr(output)
    );
    assert_eq!(
        output.status.code(),
        Some(code),
        "{what}: stdout: {}\nstderr: {}",
        stdout(output),
        stderr(output)
    );
}

/// Runs `texlex ARGS` and returns its output.
fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    texlex().args(args).output().unwrap()
}

/// A source without diagnostics, several pipe buffers long.
fn clean_source() -> Vec<u8> {
    b"\\section{Intro} Text, $x^2$ and ~ more. % a comment\n".repeat(5_000)
}

#[test]
fn directory_given_to_lex_is_an_error() {
    let dir = TempDir::new("dir");
    let shown = dir.0.display().to_string();
    let output = run([OsStr::new("lex"), dir.0.as_os_str()]);
    assert_exit(&output, 2, "lex DIR");
    assert_eq!(
        stderr(&output),
        format!("texlex: {shown}: is a directory\n")
    );
    assert!(output.stdout.is_empty());
}

/// Makes a FIFO at `path`, or returns false if `mkfifo` is missing.
fn mkfifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    made.is_ok_and(|status| status.success())
}

/// Runs `texlex ARGS` while a thread writes `text` into the FIFO `fifo` in
/// pieces. The writer is joined only after a successful run: if texlex
/// never opened the FIFO, the writer stays blocked, and the test process
/// ends without it.
fn run_with_fifo_writer(fifo: &Path, text: &[u8], args: &[&OsStr]) -> Output {
    let writer = {
        let (fifo, text) = (fifo.to_path_buf(), text.to_vec());
        thread::spawn(move || {
            let mut pipe = fs::OpenOptions::new().write(true).open(fifo).unwrap();
            for piece in text.chunks(7_000) {
                pipe.write_all(piece).unwrap();
                thread::sleep(Duration::from_micros(200));
            }
        })
    };
    let output = run(args);
    if output.status.success() || output.status.code() == Some(1) {
        writer.join().unwrap();
    }
    output
}

#[test]
fn fifos_are_read_as_streams() {
    let dir = TempDir::new("fifo");
    let text = clean_source();
    let regular = dir.file("regular.tex", &text);
    let fifo = dir.0.join("pipe.tex");
    if !mkfifo(&fifo) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let (lex, stats, check) = (OsStr::new("lex"), OsStr::new("stats"), OsStr::new("check"));
    let json = OsStr::new("--json");

    // lex: the same tokens as the regular file with the same bytes.
    let expected = run([lex, regular.as_os_str()]);
    assert_exit(&expected, 0, "lex regular");
    let output = run_with_fifo_writer(&fifo, &text, &[lex, fifo.as_os_str()]);
    assert_exit(&output, 0, "lex FIFO");
    assert_eq!(output.stdout, expected.stdout, "lex FIFO: tokens");

    // stats: every byte counted.
    let output = run_with_fifo_writer(&fifo, &text, &[stats, json, fifo.as_os_str()]);
    assert_exit(&output, 0, "stats FIFO");
    let counts: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let expected = run([stats, json, regular.as_os_str()]);
    let expected: serde_json::Value = serde_json::from_slice(&expected.stdout).unwrap();
    assert_eq!(counts["bytes"], text.len());
    assert_eq!(counts, expected);

    // check: a FIFO named explicitly is checked (clean: exit 0).
    let output = run_with_fifo_writer(&fifo, &text, &[check, fifo.as_os_str()]);
    assert_exit(&output, 0, "check FIFO");
}

/// A path whose read fails, and which variant it is: a file of mode 000
/// when not root; as root (who reads mode 000 files), a `/proc` file that
/// opens but fails to read.
fn unreadable(dir: &TempDir) -> Option<(PathBuf, &'static str)> {
    let path = dir.file("secret.tex", "\\relax\n");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_err() {
        return Some((path, "mode 000"));
    }
    let proc = PathBuf::from("/proc/self/clear_refs");
    if fs::read(&proc).is_err() {
        return Some((proc, "/proc/self/clear_refs (root reads mode 000 files)"));
    }
    None
}

#[test]
fn unreadable_files_are_errors() {
    let dir = TempDir::new("unreadable");
    let Some((path, variant)) = unreadable(&dir) else {
        eprintln!("skipped: no unreadable path found");
        return;
    };
    eprintln!("unreadable file: {variant}: {}", path.display());
    let shown = path.display().to_string();
    let expected_reason = fs::read(&path).unwrap_err();
    let reason = expected_reason.to_string();
    let reason = reason.split(" (os error").next().unwrap().to_lowercase();

    let output = run([OsStr::new("lex"), path.as_os_str()]);
    assert_exit(&output, 2, "lex unreadable");
    assert_eq!(stderr(&output), format!("texlex: {shown}: {reason}\n"));

    let output = run([OsStr::new("stats"), path.as_os_str()]);
    assert_exit(&output, 2, "stats unreadable");
    assert!(
        stderr(&output).contains(&format!("{shown}: {reason}")),
        "{}",
        stderr(&output)
    );

    let output = run([OsStr::new("check"), path.as_os_str()]);
    assert_exit(&output, 2, "check unreadable");
    assert!(
        stderr(&output).contains(&format!("{shown}: {reason}")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn paths_that_are_not_utf8() {
    let dir = TempDir::new("utf8");
    let name = OsStr::from_bytes(b"caf\xff.tex");
    // One error diagnostic, so `check` names the file.
    let path = dir.file(name, "\\section{A}\n}\n");
    let lossy = path.to_string_lossy().into_owned();
    assert!(lossy.contains("caf\u{FFFD}.tex"));

    // stats: named explicitly, and found by walking the directory.
    for arg in [path.as_os_str(), dir.0.as_os_str()] {
        let output = run([OsStr::new("stats"), OsStr::new("--json"), arg]);
        assert_exit(&output, 0, "stats non-UTF-8");
        let counts: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(counts["files"], 1);
        assert_eq!(counts["bytes"], 14);
    }

    // check: the name is shown lossily in its diagnostics.
    for arg in [path.as_os_str(), dir.0.as_os_str()] {
        let output = run([OsStr::new("check"), arg]);
        assert_exit(&output, 1, "check non-UTF-8");
        let text = stdout(&output) + &stderr(&output);
        assert!(
            text.contains(&format!("{lossy}:2:1: error:")),
            "check non-UTF-8: {text}"
        );
    }

    // lex takes any path, and names it lossily in messages.
    let output = run([OsStr::new("lex"), path.as_os_str()]);
    assert_exit(&output, 0, "lex non-UTF-8");
    assert!(
        stdout(&output).contains("cs section"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains(&format!("{lossy}:2:1: error:")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn empty_stdin_lexes_like_an_empty_file() {
    let dir = TempDir::new("empty");
    let empty = dir.file("empty.tex", "");
    let from_file = run([OsStr::new("lex"), empty.as_os_str()]);
    assert_exit(&from_file, 0, "lex empty file");
    for args in [&["lex", "-"][..], &["lex"][..]] {
        let output = texlex().args(args).write_stdin("").output().unwrap();
        assert_exit(&output, 0, "lex empty stdin");
        assert_eq!(output.stdout, from_file.stdout, "{args:?}");
        assert_eq!(output.stderr, from_file.stderr, "{args:?}");
    }
    // The same in JSON Lines.
    let from_file = run(["lex", "--format", "jsonl"]
        .map(OsStr::new)
        .into_iter()
        .chain([empty.as_os_str()]));
    let output = texlex()
        .args(["lex", "--format", "jsonl", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_exit(&output, 0, "lex --format jsonl empty stdin");
    assert_eq!(output.stdout, from_file.stdout);
}

/// Runs `texlex ARGS` on `path` while a thread shrinks (truncates) or grows
/// it after `delay`; returns the output. The file is rewritten first.
fn run_while_changing(
    path: &Path,
    text: &[u8],
    args: &[&str],
    delay: Duration,
    shrink: bool,
) -> Output {
    fs::write(path, text).unwrap();
    let child = std::process::Command::new(BIN)
        .args(args)
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    thread::sleep(delay);
    let file = fs::OpenOptions::new()
        .write(true)
        .append(!shrink)
        .open(path)
        .unwrap();
    if shrink {
        file.set_len(text.len() as u64 / 10).unwrap();
    } else {
        (&file).write_all(text).unwrap();
    }
    child.wait_with_output().unwrap()
}

#[test]
fn files_that_shrink_or_grow_while_read_never_crash() {
    let dir = TempDir::new("shrink");
    let path = dir.0.join("big.tex");
    // About 16 MB: long enough to be still read or lexed when it changes.
    let text =
        b"\\section{Intro} Text, $x^2$ and ~ more. {\\bf bold} % a comment\n".repeat(250_000);
    let mut outcomes = Vec::new();
    for shrink in [true, false] {
        for command in ["stats", "check"] {
            for delay_ms in [0, 1, 3, 10, 30] {
                let delay = Duration::from_millis(delay_ms);
                let output = run_while_changing(&path, &text, &[command], delay, shrink);
                let what = format!(
                    "{command} while the file {} after {delay_ms} ms",
                    if shrink { "shrinks" } else { "grows" }
                );
                assert_eq!(
                    output.status.signal(),
                    None,
                    "{what}: killed by a signal; stderr: {}",
                    stderr(&output)
                );
                // stats: 0 (or 2 on a read error); check: 0 or 1 (the cut
                // may leave an unclosed group or math), or 2.
                let code = output.status.code().unwrap();
                assert!(
                    [0, 1, 2].contains(&code) && (command == "check" || code != 1),
                    "{what}: exit {code}; stderr: {}",
                    stderr(&output)
                );
                outcomes.push(format!("{what}: exit {code}"));
            }
        }
    }
    eprintln!("{}", outcomes.join("\n"));
}
