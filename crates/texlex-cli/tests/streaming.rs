//! `texlex lex` streams: tokens come out while the input is still being
//! written, memory stays bounded on a long pipe, and streamed output is the
//! same whatever the input arrives in.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_texlex");

fn spawn(args: &[&str]) -> Child {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("texlex runs")
}

/// The first line of output arrives while stdin is still open: `lex` did
/// not wait for the end of its input.
#[test]
fn tokens_come_out_before_the_input_ends() {
    for format in ["tex", "jsonl"] {
        let mut child = spawn(&["lex", "--format", format, "-"]);
        let mut stdin = child.stdin.take().unwrap();
        // More than the first piece (a few hundred bytes) of whole lines.
        stdin
            .write_all("\\section{Streaming} text\n".repeat(100).as_bytes())
            .unwrap();
        stdin.flush().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, first_line) = mpsc::channel();
        let reader = thread::spawn(move || {
            let mut lines = BufReader::new(stdout);
            let mut first = String::new();
            lines.read_line(&mut first).unwrap();
            sender.send(first).unwrap();
            let mut rest = String::new();
            lines.read_to_string(&mut rest).unwrap();
            rest.lines().count()
        });
        let first = first_line
            .recv_timeout(Duration::from_secs(20))
            .expect("a token before the input was closed");
        assert!(first.contains("section"), "{format}: {first}");
        // Now end the input: the run finishes with every token.
        drop(stdin);
        let rest = reader.join().unwrap();
        let status = child.wait().unwrap();
        assert!(status.success());
        // Each line gives the tokens one line alone gives.
        assert_eq!(
            rest + 1,
            100 * lines_of_one("\\section{Streaming} text\n", format),
            "{format}"
        );
    }
}

/// A long input through a pipe: the output is exactly what `lex` of the
/// same bytes as a file gives, and the resident memory stays far below the
/// input's size.
#[test]
fn a_long_pipe_is_lexed_in_bounded_memory() {
    let line = "\\begin{x} Some text $a^2$ {b} \\verb|c| % comment\n";
    let copies = 1_000_000; // about 50 MB
    let dir = std::env::temp_dir().join(format!("texlex-streaming-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut child = spawn(&["lex", "--format", "jsonl", "-"]);
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let writer = thread::spawn(move || {
        let block = line.repeat(1000);
        for _ in 0..copies / 1000 {
            if stdin.write_all(block.as_bytes()).is_err() {
                break;
            }
        }
    });
    // Count the output instead of keeping it, and note the peak resident
    // memory the kernel reports while the child still runs.
    let mut stdout = child.stdout.take().unwrap();
    let mut buffer = vec![0u8; 1 << 16];
    let mut lines = 0usize;
    let mut peak_kb = 0u64;
    loop {
        let n = stdout.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        lines += buffer[..n].iter().filter(|&&b| b == b'\n').count();
        if let Some(kb) = vm_hwm_kb(pid) {
            peak_kb = peak_kb.max(kb);
        }
    }
    writer.join().unwrap();
    assert!(child.wait().unwrap().success());
    // Each line gives the records one line alone gives (28 tokens).
    assert_eq!(lines, copies * lines_of_one(line, "jsonl"));
    assert!(peak_kb > 0, "no memory figure read from /proc");
    eprintln!("peak resident memory of lex over a 50 MB pipe: {peak_kb} kB");
    // The input is 50 MB; a stream holds a piece of about 1 MiB and its
    // store. 40 MB leaves room for the allocator and a debug build.
    assert!(peak_kb < 40_000, "peak resident memory {peak_kb} kB");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Lines of output `lex` prints for `text` alone.
fn lines_of_one(text: &str, format: &str) -> usize {
    let mut child = spawn(&["lex", "--format", format, "-"]);
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    output.stdout.iter().filter(|&&b| b == b'\n').count()
}

/// The peak resident memory of process `pid`, in kB (Linux).
fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Bytes that arrive one at a time give the output a whole file gives.
#[test]
fn a_trickling_pipe_lexes_as_the_file_does() {
    let text = "\\makeatletter\\a@b\r\n\\begin{verbatim}\n\\x{\n\\end{verbatim}\n}\n{\n\\verb|y|\r";
    let dir = std::env::temp_dir().join(format!("texlex-trickle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.tex");
    std::fs::write(&path, text).unwrap();
    for format in ["tex", "jsonl"] {
        let from_file = Command::new(BIN)
            .args(["lex", "--format", format])
            .arg(&path)
            .output()
            .unwrap();
        let mut child = spawn(&["lex", "--format", format, "--regime", "latex-at", "-"]);
        let mut stdin = child.stdin.take().unwrap();
        let writer = thread::spawn(move || {
            for byte in text.bytes() {
                stdin.write_all(&[byte]).unwrap();
                stdin.flush().unwrap();
                thread::sleep(Duration::from_millis(1));
            }
        });
        let piped = child.wait_with_output().unwrap();
        writer.join().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&piped.stdout),
            String::from_utf8_lossy(&from_file.stdout),
            "{format}"
        );
        assert_eq!(
            String::from_utf8_lossy(&piped.stderr).replace("<stdin>", "FILE"),
            String::from_utf8_lossy(&from_file.stderr).replace(&*path.to_string_lossy(), "FILE"),
            "{format}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
