//! The same requests as the `lsp` bench, end to end over the pipe: a
//! `texlex lsp` process is spawned, the 1.1 MB perf file
//! (`../shared/corpus/perf/perf_smoke_big.tex`) opened, and each sample
//! is the time from writing a one-character `didChange` to having read
//! the whole response to the request after it (semantic tokens of a
//! 100-line viewport, the full delta, then the full tokens without an
//! edit). Responses are read as bytes, not parsed, except the delta's,
//! whose result id the next request needs. The
//! binary is `$TEXLEX_BIN`, else `target/release/texlex` (build it first:
//! `cargo build --release -p texlex-cli`); the bench is skipped with a
//! message when it or the file is absent.

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::{Value, json};

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpus/perf/perf_smoke_big.tex"
);

/// A `texlex lsp` process and the client's ends of its pipes.
struct Server {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
    next_id: i32,
}

impl Server {
    fn spawn(binary: &PathBuf) -> Server {
        let mut child = Command::new(binary)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("texlex lsp starts");
        let input = BufWriter::new(child.stdin.take().expect("piped"));
        let output = BufReader::new(child.stdout.take().expect("piped"));
        Server {
            child,
            input,
            output,
            next_id: 0,
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        let message = Message::Notification(Notification::new(method.into(), params));
        message.write(&mut self.input).expect("the server reads");
        self.input.flush().expect("the server reads");
    }

    /// Sends a request and returns its response's bytes once they have all
    /// arrived, skipping the notifications (diagnostics) the server sends
    /// meanwhile. The response is not parsed: that is the client's work,
    /// not the server's (`result` parses it where the bench needs a value).
    fn request(&mut self, method: &str, params: Value) -> Vec<u8> {
        self.next_id += 1;
        let id = self.next_id;
        let message = Message::Request(Request::new(RequestId::from(id), method.into(), params));
        message.write(&mut self.input).expect("the server reads");
        self.input.flush().expect("the server reads");
        let marker = format!("\"id\":{id}");
        loop {
            let body = self.read_frame();
            let head = &body[..body.len().min(64)];
            if head.windows(marker.len()).any(|w| w == marker.as_bytes()) {
                return body;
            }
        }
    }

    /// The result of a request, parsed.
    fn result(&mut self, method: &str, params: Value) -> Value {
        let body = self.request(method, params);
        let response: Value = serde_json::from_slice(&body).expect("JSON");
        response["result"].clone()
    }

    /// One message's body: `Content-Length` header, blank line, body.
    fn read_frame(&mut self) -> Vec<u8> {
        let mut length = None;
        loop {
            let mut line = String::new();
            self.output
                .read_line(&mut line)
                .expect("the server answers");
            assert!(!line.is_empty(), "the server closed its output");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = Some(value.parse::<usize>().expect("a length"));
            }
        }
        let mut body = vec![0; length.expect("a Content-Length header")];
        self.output.read_exact(&mut body).expect("the whole body");
        body
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let _ = self.child.wait();
    }
}

fn binary() -> PathBuf {
    std::env::var_os("TEXLEX_BIN").map_or_else(
        || {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../target/release/texlex"
            ))
        },
        PathBuf::from,
    )
}

fn bench(c: &mut Criterion) {
    let Ok(text) = std::fs::read_to_string(FILE) else {
        eprintln!("pipe bench skipped: {FILE} is absent");
        return;
    };
    let binary = binary();
    if !binary.exists() {
        eprintln!(
            "pipe bench skipped: {} is absent (cargo build --release -p texlex-cli)",
            binary.display()
        );
        return;
    }
    let mut server = Server::spawn(&binary);
    server.request(
        "initialize",
        json!({"capabilities": {"general": {"positionEncodings": ["utf-16"]}}}),
    );
    server.notify("initialized", json!({}));
    let uri = "file:///bench/perf_smoke_big.tex";
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "latex", "version": 1, "text": text}}),
    );
    let middle = text.lines().count() / 2;
    let mut version = 1;
    let mut flip = false;
    // Insert an `x` at the start of the middle line, then take it out.
    let mut edit = |server: &mut Server| {
        flip = !flip;
        version += 1;
        let start = json!({"line": middle, "character": 0});
        let (end, inserted) = if flip {
            (start.clone(), "x")
        } else {
            (json!({"line": middle, "character": 1}), "")
        };
        server.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": start, "end": end}, "text": inserted}],
            }),
        );
    };
    let document = json!({"uri": uri});
    c.bench_function("pipe: edit + semanticTokens/range (100 lines)", |b| {
        b.iter(|| {
            edit(&mut server);
            server.request(
                "textDocument/semanticTokens/range",
                json!({
                    "textDocument": document,
                    "range": {"start": {"line": middle, "character": 0},
                              "end": {"line": middle + 100, "character": 0}},
                }),
            )
        })
    });
    let full = server.result(
        "textDocument/semanticTokens/full",
        json!({"textDocument": document}),
    );
    let mut result_id = full["resultId"].clone();
    c.bench_function("pipe: edit + semanticTokens/full/delta", |b| {
        b.iter(|| {
            edit(&mut server);
            let delta = server.result(
                "textDocument/semanticTokens/full/delta",
                json!({"textDocument": document, "previousResultId": result_id}),
            );
            result_id = delta["resultId"].clone();
            delta
        })
    });
    c.bench_function("pipe: semanticTokens/full", |b| {
        b.iter(|| {
            server.request(
                "textDocument/semanticTokens/full",
                json!({"textDocument": document}),
            )
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
