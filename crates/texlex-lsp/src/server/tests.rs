//! In-process server tests over `Connection::memory()`, and the property
//! that semantic tokens after edits equal a fresh document's.

use std::thread;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use proptest::prelude::*;
use serde_json::{Value, json};
use texlex::{Lexer, Regime};

use super::*;

/// A response, split.
struct Reply {
    result: Option<Value>,
    error: Option<lsp_server::ResponseError>,
}

impl Reply {
    fn of(r: Response) -> Reply {
        match r.response_result {
            Ok(v) => Reply {
                result: Some(v),
                error: None,
            },
            Err(e) => Reply {
                result: None,
                error: Some(e),
            },
        }
    }
}

struct Client {
    conn: Connection,
    server: Option<thread::JoinHandle<Result<bool, lsp_server::ProtocolError>>>,
    next: i32,
}

impl Client {
    fn start(capabilities: Value, options: Value) -> (Client, Value) {
        let (server, client) = Connection::memory();
        let handle = thread::spawn(move || serve(&server));
        let mut c = Client {
            conn: client,
            server: Some(handle),
            next: 0,
        };
        let init = c.request(
            "initialize",
            json!({"capabilities": capabilities, "initializationOptions": options}),
        );
        c.notify("initialized", json!({}));
        (c, init.result.expect("initialize succeeds"))
    }

    fn request(&mut self, method: &str, params: Value) -> Reply {
        self.next += 1;
        let id = RequestId::from(self.next);
        self.conn
            .sender
            .send(Request::new(id.clone(), method.into(), params).into())
            .unwrap();
        loop {
            match self
                .conn
                .receiver
                .recv_timeout(Duration::from_secs(10))
                .unwrap()
            {
                Message::Response(r) if r.id == id => return Reply::of(r),
                _ => {}
            }
        }
    }

    fn notify(&self, method: &str, params: Value) {
        self.conn
            .sender
            .send(Notification::new(method.into(), params).into())
            .unwrap();
    }

    /// Notifications received within `wait`.
    fn notifications(&self, wait: Duration) -> Vec<Notification> {
        let mut out = Vec::new();
        while let Ok(msg) = self.conn.receiver.recv_timeout(wait) {
            if let Message::Notification(n) = msg {
                out.push(n);
            }
        }
        out
    }

    fn stop(mut self) -> bool {
        let r = self.request("shutdown", Value::Null);
        assert!(r.error.is_none());
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap().unwrap()
    }
}

const URI: &str = "file:///tmp/a.tex";

fn open(c: &Client, text: &str) {
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": URI, "languageId": "latex", "version": 1, "text": text}}),
    );
}

#[test]
fn lifecycle_and_protocol_errors() {
    let (mut c, init) = Client::start(json!({}), Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        init["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"][0],
        "macro"
    );
    let unknown = c.request("texlex/nothing", json!({}));
    assert_eq!(
        unknown.error.unwrap().code,
        ErrorCode::MethodNotFound as i32
    );
    let bad = c.request("textDocument/hover", json!({"nonsense": 1}));
    assert_eq!(bad.error.unwrap().code, ErrorCode::InvalidParams as i32);
    let closed = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": "file:///nowhere.tex"}}),
    );
    assert_eq!(closed.error.unwrap().code, ErrorCode::InvalidParams as i32);
    // Malformed notifications are ignored.
    c.notify("textDocument/didChange", json!([1, 2]));
    c.notify("textDocument/didOpen", json!("x"));
    let again = c.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again.error.unwrap().code, ErrorCode::InvalidRequest as i32);
    assert!(c.stop(), "shutdown then exit is clean");
}

#[test]
fn exit_without_shutdown_is_not_clean() {
    let (mut c, _) = Client::start(json!({}), Value::Null);
    c.notify("exit", Value::Null);
    assert!(!c.server.take().unwrap().join().unwrap().unwrap());
}

#[test]
fn utf8_is_chosen_when_offered_and_columns_count_bytes() {
    let caps = json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}});
    let (mut c, init) = Client::start(caps, Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    open(&c, "é\\x\n");
    let full = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": URI}}),
    );
    let data = full.result.unwrap()["data"].clone();
    assert_eq!(data, json!([0, 2, 2, 0, 0])); // `\x` after two bytes
    // An edit at byte column 4 (after `\x`).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 4}, "end": {"line": 0, "character": 4}}, "text": "y"}]}),
    );
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 3}}),
    );
    let value = hover.result.unwrap()["contents"]["value"].clone();
    assert!(
        value.as_str().unwrap().contains("control word `\\xy`"),
        "{value}"
    );
    assert!(c.stop());
}

#[test]
fn a_burst_of_edits_publishes_diagnostics_once() {
    let (c, _) = Client::start(json!({}), json!({"diagnosticsDelayMs": 150}));
    open(&c, "x\n");
    let first = c.notifications(Duration::from_millis(400));
    assert_eq!(first.len(), 1, "{first:?}");
    for (i, ch) in "}}}}}".chars().enumerate() {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2 + i}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": ch.to_string()}]}),
        );
        thread::sleep(Duration::from_millis(20));
    }
    let published = c.notifications(Duration::from_millis(500));
    assert_eq!(published.len(), 1, "{published:?}");
    let params = &published[0].params;
    assert_eq!(params["version"], 6);
    let diagnostics = params["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 5);
    assert_eq!(diagnostics[0]["code"], "unmatched-close-brace");
    assert_eq!(diagnostics[0]["severity"], 1);
    assert!(c.stop());
}

#[test]
fn delta_applied_to_the_previous_result_gives_the_full_result() {
    let (mut c, _) = Client::start(json!({}), Value::Null);
    open(&c, "\\a $x$\n% c\n\\b\n");
    let full = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": URI}}),
    );
    let full = full.result.unwrap();
    let mut data: Vec<Value> = full["data"].as_array().unwrap().clone();
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "\\new "}]}),
    );
    let delta = c.request(
        "textDocument/semanticTokens/full/delta",
        json!({"textDocument": {"uri": URI}, "previousResultId": full["resultId"]}),
    );
    let delta = delta.result.unwrap();
    for edit in delta["edits"].as_array().unwrap() {
        let start = edit["start"].as_u64().unwrap() as usize;
        let count = edit["deleteCount"].as_u64().unwrap() as usize;
        let new = edit["data"].as_array().cloned().unwrap_or_default();
        data.splice(start..start + count, new);
    }
    let fresh = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(Value::Array(data), fresh.result.unwrap()["data"]);
    // An unknown previous id gets full tokens.
    let unknown = c.request(
        "textDocument/semanticTokens/full/delta",
        json!({"textDocument": {"uri": URI}, "previousResultId": "nope"}),
    );
    assert!(unknown.result.unwrap().get("data").is_some());
    assert!(c.stop());
}

#[test]
fn configuration_changes_relex_open_documents() {
    let (mut c, _) = Client::start(json!({}), Value::Null);
    open(&c, "\\begin{code}\n% x\n\\end{code}\n");
    let tokens = |c: &mut Client| {
        c.request(
            "textDocument/semanticTokens/full",
            json!({"textDocument": {"uri": URI}}),
        )
        .result
        .unwrap()["data"]
            .clone()
    };
    let before = tokens(&mut c);
    // The comment is a comment (type 6) before `code` is declared verbatim.
    assert!(before.as_array().unwrap().chunks(5).any(|t| t[3] == 6));
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"texlex": {"verbatimEnvironments": ["code"]}}}),
    );
    let after = tokens(&mut c);
    assert!(
        !after.as_array().unwrap().chunks(5).any(|t| t[3] == 6),
        "{after}"
    );
    assert!(
        after.as_array().unwrap().chunks(5).any(|t| t[3] == 7),
        "{after}"
    );
    assert!(c.stop());
}

#[test]
fn range_tokens_are_the_full_tokens_of_the_range() {
    let text = "\\a\n\\b $x$\n% c\n\\d\n";
    let doc = Lexer::new(Regime::Latex).document(text.as_bytes()).unwrap();
    let full = semantic_tokens(&doc, 0..doc.len(), Encoding::Utf16);
    let ranged = semantic_tokens(&doc, 3..14, Encoding::Utf16);
    // Lines 1 and 2: `\b`, `$`, `$`, the comment.
    assert_eq!(ranged.len(), 4 * 5);
    assert_eq!(ranged[0], 1); // first token's line, relative to line 0
    assert_eq!(&full[5 + 5..5 + 4 * 5], &ranged[5..]);
}

#[test]
fn verbatim_bodies_are_cut_at_line_ends() {
    let text = "\\begin{verbatim}\r\nab\r\n\r\ncd\n\\end{verbatim}\n";
    let doc = Lexer::new(Regime::Latex).document(text.as_bytes()).unwrap();
    let data = semantic_tokens(&doc, 0..doc.len(), Encoding::Utf16);
    let strings: Vec<&[u32]> = data.chunks(5).filter(|t| t[3] == 7).collect();
    assert_eq!(strings, [[1, 0, 2, 7, 256].as_slice(), &[2, 0, 2, 7, 256]]);
}

#[test]
fn delta_of_equal_data_is_empty() {
    let a = [0, 1, 2, 3, 0, 1, 0, 2, 3, 0];
    assert!(delta(&a, &a).is_empty());
    let b = [0, 1, 2, 3, 0, 0, 5, 1, 1, 0, 1, 0, 2, 3, 0];
    let edits = delta(&a, &b);
    assert_eq!((edits[0].start, edits[0].delete_count), (5, 0));
}

/// A small text edit: byte range (as fractions of the length) and text.
fn edit() -> impl Strategy<Value = (f64, f64, String)> {
    (
        0.0..=1.0f64,
        0.0..=0.2f64,
        proptest::sample::select(vec![
            "\\makeatletter",
            "\\makeatother",
            "\\ExplSyntaxOn",
            "\\ExplSyntaxOff",
            "@",
            "_",
            ":",
            "\\a@b",
            "\\cs_new:Npn",
            "{",
            "}",
            "%",
            "\n",
            "\r\n",
            "$",
            "#1",
            "é",
            "\\verb|x|",
            "\\begin{verbatim}\n",
            "\\end{verbatim}\n",
            "\\catcode`\\|=13 ",
            "|",
            "~",
            "\u{7f}",
            "x",
            " ",
        ])
        .prop_map(str::to_string),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn tokens_after_edits_equal_a_fresh_documents(
        start in "[a-z@_ \\\\{}%$\\n]{0,60}",
        edits in proptest::collection::vec(edit(), 1..12),
    ) {
        let lexer = Lexer::new(Regime::Latex);
        let mut doc = lexer.document(start.as_bytes()).unwrap();
        let mut text = start;
        let boundary = |text: &str, mut i: usize| {
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        for (at, len, insert) in edits {
            let a = boundary(&text, (at * text.len() as f64) as usize);
            let b = boundary(&text, (a + (len * text.len() as f64) as usize).min(text.len()));
            doc.edit(a as u32..b as u32, insert.as_bytes()).unwrap();
            text.replace_range(a..b, &insert);
        }
        let fresh = lexer.document(text.as_bytes()).unwrap();
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            prop_assert_eq!(
                semantic_tokens(&doc, 0..doc.len(), encoding),
                semantic_tokens(&fresh, 0..fresh.len(), encoding)
            );
        }
    }
}
