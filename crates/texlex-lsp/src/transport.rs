//! The stdio transport: `lsp-server`'s framing and message types, with a
//! reader that survives bad input. `lsp_server::Connection::stdio` ends
//! its reader at the first malformed message (and with it the server);
//! this one answers such a message with the protocol's error (a parse
//! error with a `null` id, or an invalid request with the id it had) and
//! reads on.

use std::io::{self, BufRead, Write};
use std::thread;

use crossbeam_channel::{Receiver, Sender, bounded, select};
use lsp_server::{Connection, ErrorCode, Message};

/// Messages larger than this are refused (and skipped).
const MAX_MESSAGE: usize = 1 << 30;

/// The threads behind [`stdio`]: join the writer to flush the last
/// answers. The reader stops after `exit` or at the end of input.
#[derive(Debug)]
pub struct Threads {
    writer: thread::JoinHandle<io::Result<()>>,
}

impl Threads {
    /// Waits until every message the server sent is written.
    pub fn join(self) -> io::Result<()> {
        self.writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

/// A connection over stdin and stdout.
pub fn stdio() -> (Connection, Threads) {
    let (to_client, from_server) = bounded::<Message>(0);
    let (raw_sender, raw_receiver) = bounded::<String>(16);
    let (to_server, from_client) = bounded::<Message>(0);
    let writer = thread::Builder::new()
        .name("texlex-lsp-writer".into())
        .spawn(move || write_loop(from_server, raw_receiver, io::stdout().lock()))
        .expect("a thread can be spawned");
    thread::Builder::new()
        .name("texlex-lsp-reader".into())
        .spawn(move || read_loop(&mut io::stdin().lock(), &to_server, &raw_sender))
        .expect("a thread can be spawned");
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        Threads { writer },
    )
}

/// Writes the server's messages and the reader's error answers until the
/// server hangs up.
fn write_loop(
    messages: Receiver<Message>,
    raw: Receiver<String>,
    mut out: impl Write,
) -> io::Result<()> {
    loop {
        select! {
            recv(messages) -> msg => match msg {
                Ok(msg) => msg.write(&mut out)?,
                Err(_) => break,
            },
            recv(raw) -> text => {
                if let Ok(text) = text {
                    write_raw(&mut out, &text)?;
                }
            }
        }
    }
    // Error answers still queued.
    while let Ok(text) = raw.try_recv() {
        write_raw(&mut out, &text)?;
    }
    out.flush()
}

fn write_raw(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    out.flush()
}

/// Reads messages until `exit` or the end of input, answering malformed
/// ones. Pub for the tests.
pub fn read_loop(input: &mut impl BufRead, to_server: &Sender<Message>, errors: &Sender<String>) {
    loop {
        let text = match read_frame(input) {
            Ok(Some(text)) => text,
            Ok(None) => return,
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let _ = errors.send(error_answer(None, ErrorCode::ParseError, &e.to_string()));
                continue;
            }
            Err(_) => return,
        };
        match serde_json::from_str::<Message>(&text) {
            Ok(msg) => {
                let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
                if to_server.send(msg).is_err() || exit {
                    return;
                }
            }
            Err(e) => {
                // Valid JSON but not a message: an invalid request, with
                // its id if it has one; otherwise a parse error.
                let answer = match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(value) => {
                        let id = value.get("id").cloned();
                        if id.is_none() && value.get("method").is_some() {
                            // A malformed notification gets no answer.
                            continue;
                        }
                        error_answer(id, ErrorCode::InvalidRequest, &e.to_string())
                    }
                    Err(_) => error_answer(None, ErrorCode::ParseError, &e.to_string()),
                };
                let _ = errors.send(answer);
            }
        }
    }
}

fn error_answer(id: Option<serde_json::Value>, code: ErrorCode, message: &str) -> String {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": id.unwrap_or(serde_json::Value::Null),
        "error": { "code": code as i32, "message": message },
    })
    .to_string()
}

/// One framed message: headers, a blank line, `Content-Length` bytes.
/// `Ok(None)` at the end of input; `InvalidData` for a frame that is
/// wrong but skipped (the next frame can be read).
fn read_frame(input: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut length = None;
    let mut line = String::new();
    let mut any = false;
    loop {
        line.clear();
        let mut raw = Vec::new();
        if input.read_until(b'\n', &mut raw)? == 0 {
            return if any {
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "truncated header",
                ))
            } else {
                Ok(None)
            };
        }
        line.push_str(&String::from_utf8_lossy(&raw));
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if any {
                break;
            }
            continue;
        }
        any = true;
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let Some(length) = length else {
        return Err(invalid("a message without a valid Content-Length"));
    };
    if length > MAX_MESSAGE {
        io::copy(
            &mut io::Read::take(&mut *input, length as u64),
            &mut io::sink(),
        )?;
        return Err(invalid("a message over 1 GiB"));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    String::from_utf8(body)
        .map(Some)
        .map_err(|_| invalid("a message that is not UTF-8"))
}

fn invalid(message: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_messages_are_answered_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            "Content-Type: x\r\n\r\n".to_string(),
            frame(r#"{"jsonrpc":"2.0","id":7,"params":3}"#),
            frame(r#"{"jsonrpc":"2.0","method":"x","params":3}"#),
            frame(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
            frame(r#"{"jsonrpc":"2.0","id":2,"method":"never read"}"#),
        ]
        .concat();
        let (to_server, from_client) = crossbeam_channel::unbounded();
        let (errors, answers) = crossbeam_channel::unbounded();
        read_loop(&mut input.as_bytes(), &to_server, &errors);
        let got: Vec<Message> = from_client.try_iter().collect();
        assert_eq!(got.len(), 3, "{got:?}"); // x, shutdown, exit
        let answers: Vec<serde_json::Value> = answers
            .try_iter()
            .map(|a| serde_json::from_str(&a).unwrap())
            .collect();
        assert_eq!(answers.len(), 3, "{answers:?}");
        assert_eq!(answers[0]["error"]["code"], -32700);
        assert_eq!(answers[0]["id"], serde_json::Value::Null);
        assert_eq!(answers[1]["error"]["code"], -32700);
        assert_eq!(answers[2]["error"]["code"], -32600);
        assert_eq!(answers[2]["id"], 7);
    }

    #[test]
    fn truncated_input_ends_quietly() {
        let (to_server, _) = crossbeam_channel::unbounded();
        let (errors, answers) = crossbeam_channel::unbounded();
        read_loop(
            &mut "Content-Length: 99\r\n\r\n{".as_bytes(),
            &to_server,
            &errors,
        );
        read_loop(&mut "Content-Length: 9".as_bytes(), &to_server, &errors);
        assert_eq!(answers.try_iter().count(), 0);
    }
}
