//! The server: lifecycle, one [`texlex::Document`] per open file kept in
//! step with incremental edits, and the requests, answered from the
//! classification ([`crate::classify`]), the hover ([`crate::hover`]) and
//! the pairs ([`crate::structure`]).
//!
//! One thread reads messages from a channel ([`serve`]); diagnostics are
//! published once a document has had no edit for the settle delay
//! (`recv_timeout` on the channel is the timer).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lsp;
use serde::Deserialize;
use serde_json::Value;
use texlex::{Document, Lexer, LspPosition, Regime, Span, TexEngine};

use crate::classify::{LEGEND, classify};

/// How long a document must go without edits before its diagnostics are
/// published, unless the settings say otherwise.
pub const SETTLE: Duration = Duration::from_millis(200);

/// How positions count columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units, the protocol's default.
    Utf16,
}

/// The settings a client can give, in `initializationOptions` or
/// `workspace/didChangeConfiguration` (flat, or under a `texlex` key).
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// `latex`, `latex-at`, `expl3` or `plain-ini`; default: from the
    /// file's extension, as the `texlex` command chooses.
    pub regime: Option<String>,
    /// `luatex`, `xetex` or `pdftex`; default: `luatex`.
    pub engine: Option<String>,
    /// Follow literal catcode changes (default `true`).
    pub track_catcodes: Option<bool>,
    /// Environments whose body is verbatim, beyond the built-in ones.
    pub verbatim_environments: Vec<String>,
    /// Milliseconds without edits before diagnostics are published.
    pub diagnostics_delay_ms: Option<u64>,
}

impl Settings {
    /// Reads settings from a client's JSON: `{"texlex": {...}}` or `{...}`;
    /// `None` if they do not parse.
    fn from_json(value: &Value) -> Option<Settings> {
        let inner = value.get("texlex").unwrap_or(value);
        if inner.is_null() {
            return Some(Settings::default());
        }
        serde_json::from_value(inner.clone()).ok()
    }

    /// The lexer for a file at `uri`, and what was wrong with the settings.
    fn lexer(&self, uri: &str) -> (Lexer, Vec<String>) {
        let mut problems = Vec::new();
        let path = uri.rsplit('/').next().unwrap_or(uri);
        let regime = match self.regime.as_deref().map(|r| (r, Regime::from_name(r))) {
            Some((_, Some(regime))) => regime,
            Some((name, None)) => {
                problems.push(format!("unknown regime `{name}`"));
                Regime::for_path(std::path::Path::new(path))
            }
            None => Regime::for_path(std::path::Path::new(path)),
        };
        let mut lexer = Lexer::new(regime);
        match self.engine.as_deref().map(|e| (e, TexEngine::from_name(e))) {
            Some((_, Some(engine))) => lexer = lexer.engine(engine),
            Some((name, None)) => problems.push(format!("unknown engine `{name}`")),
            None => {}
        }
        lexer = lexer.track_catcodes(self.track_catcodes.unwrap_or(true));
        for env in &self.verbatim_environments {
            lexer = lexer.verbatim_environment(env.clone());
        }
        (lexer, problems)
    }

    fn delay(&self) -> Duration {
        self.diagnostics_delay_ms
            .map_or(SETTLE, Duration::from_millis)
    }
}

/// An open file.
struct Open {
    doc: Document,
    version: i32,
    /// The last semantic tokens sent in full or as a delta: result id and
    /// data.
    tokens: Option<(String, Vec<u32>)>,
    /// When to publish diagnostics, if due.
    publish_at: Option<Instant>,
}

/// The server's state.
pub struct Server {
    sender: crossbeam_channel::Sender<Message>,
    encoding: Encoding,
    settings: Settings,
    open: HashMap<String, Open>,
    next_result: u64,
    shut_down: bool,
    /// The client takes `workspace/semanticTokens/refresh`.
    refresh: bool,
}

/// Runs the protocol on `connection` until `exit` (or the client hangs
/// up). Returns whether the exit was clean (`shutdown` came first).
///
/// # Errors
/// A protocol error during initialization (the client hung up, or sent
/// `exit` first).
pub fn serve(connection: &Connection) -> Result<bool, lsp_server::ProtocolError> {
    let (id, params) = connection.initialize_start()?;
    let params: lsp::InitializeParams = match serde_json::from_value(params) {
        Ok(p) => p,
        Err(e) => {
            // Answer, then go on with defaults: a client that sent odd
            // initialize params still gets a server.
            let _ = connection.sender.send(Message::Response(Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                format!("initialize: {e}"),
            )));
            return serve_loop(
                Server::new(connection, Encoding::Utf16, Settings::default()),
                connection,
            );
        }
    };
    let encoding = negotiate(&params);
    let mut problems = Vec::new();
    let settings = match params
        .initialization_options
        .as_ref()
        .map(Settings::from_json)
    {
        Some(Some(s)) => s,
        Some(None) => {
            problems.push("texlex: initializationOptions are not texlex settings".to_string());
            Settings::default()
        }
        None => Settings::default(),
    };
    let result = lsp::InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(lsp::ServerInfo {
            name: "texlex".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    connection.initialize_finish(id, serde_json::to_value(result).unwrap_or(Value::Null))?;
    let mut server = Server::new(connection, encoding, settings);
    server.refresh = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.semantic_tokens.as_ref())
        .and_then(|s| s.refresh_support)
        .unwrap_or(false);
    for problem in problems {
        server.show(lsp::MessageType::WARNING, problem);
    }
    serve_loop(server, connection)
}

fn serve_loop(
    mut server: Server,
    connection: &Connection,
) -> Result<bool, lsp_server::ProtocolError> {
    loop {
        let timeout = server
            .next_deadline()
            .map(|d| d.saturating_duration_since(Instant::now()));
        let msg = match timeout {
            Some(t) => match connection.receiver.recv_timeout(t) {
                Ok(msg) => Some(msg),
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => None,
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => return Ok(false),
            },
            None => match connection.receiver.recv() {
                Ok(msg) => Some(msg),
                Err(_) => return Ok(false),
            },
        };
        match msg {
            Some(Message::Request(req)) => server.request(req),
            Some(Message::Notification(n)) if n.method == "exit" => return Ok(server.shut_down),
            Some(Message::Notification(n)) => server.notification(n),
            Some(Message::Response(_)) | None => {}
        }
        server.publish_due(Instant::now());
    }
}

/// UTF-8 if the client offers it, else UTF-16.
fn negotiate(params: &lsp::InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&lsp::PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

/// What the server can do.
pub fn capabilities(encoding: Encoding) -> lsp::ServerCapabilities {
    let legend = lsp::SemanticTokensLegend {
        token_types: LEGEND
            .types
            .iter()
            .map(|t| lsp::SemanticTokenType::new(t))
            .collect(),
        token_modifiers: LEGEND
            .modifiers
            .iter()
            .map(|m| lsp::SemanticTokenModifier::new(m))
            .collect(),
    };
    lsp::ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Kind(
            lsp::TextDocumentSyncKind::INCREMENTAL,
        )),
        semantic_tokens_provider: Some(
            lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
                lsp::SemanticTokensOptions {
                    legend,
                    range: Some(true),
                    full: Some(lsp::SemanticTokensFullOptions::Delta { delta: Some(true) }),
                    ..Default::default()
                },
            ),
        ),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        folding_range_provider: Some(lsp::FoldingRangeProviderCapability::Simple(true)),
        document_highlight_provider: Some(lsp::OneOf::Left(true)),
        ..Default::default()
    }
}

/// A request's failure: the protocol error to answer.
struct Failure(ErrorCode, String);

fn invalid_params(e: impl std::fmt::Display) -> Failure {
    Failure(ErrorCode::InvalidParams, e.to_string())
}

fn params<P: serde::de::DeserializeOwned>(value: Value) -> Result<P, Failure> {
    serde_json::from_value(value).map_err(invalid_params)
}

impl Server {
    fn new(connection: &Connection, encoding: Encoding, settings: Settings) -> Server {
        Server {
            sender: connection.sender.clone(),
            encoding,
            settings,
            open: HashMap::new(),
            next_result: 0,
            shut_down: false,
            refresh: false,
        }
    }

    fn send(&self, msg: impl Into<Message>) {
        let _ = self.sender.send(msg.into());
    }

    fn show(&self, typ: lsp::MessageType, message: String) {
        self.send(Notification::new(
            "window/showMessage".into(),
            lsp::ShowMessageParams { typ, message },
        ));
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let result = if self.shut_down {
            Err(Failure(
                ErrorCode::InvalidRequest,
                "the server is shut down".into(),
            ))
        } else {
            self.answer(req)
        };
        self.send(match result {
            Ok(value) => Response::new_ok(id, value),
            Err(Failure(code, message)) => Response::new_err(id, code as i32, message),
        });
    }

    fn answer(&mut self, req: Request) -> Result<Value, Failure> {
        let json = |v: Result<Value, serde_json::Error>| {
            v.map_err(|e| Failure(ErrorCode::InternalError, e.to_string()))
        };
        match req.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            "initialize" => Err(Failure(
                ErrorCode::InvalidRequest,
                "initialize was already received".into(),
            )),
            "textDocument/semanticTokens/full" => {
                let p: lsp::SemanticTokensParams = params(req.params)?;
                let tokens = self.full_tokens(&p.text_document.uri)?;
                json(serde_json::to_value(tokens))
            }
            "textDocument/semanticTokens/full/delta" => {
                let p: lsp::SemanticTokensDeltaParams = params(req.params)?;
                let result = self.delta_tokens(&p.text_document.uri, &p.previous_result_id)?;
                json(serde_json::to_value(result))
            }
            "textDocument/semanticTokens/range" => {
                let p: lsp::SemanticTokensRangeParams = params(req.params)?;
                let open = self.get(&p.text_document.uri)?;
                let start = offset(&open.doc, p.range.start, self.encoding);
                let end = offset(&open.doc, p.range.end, self.encoding);
                let data = semantic_tokens(&open.doc, start..end.max(start), self.encoding);
                json(serde_json::to_value(lsp::SemanticTokens {
                    result_id: None,
                    data: unflatten(&data),
                }))
            }
            "textDocument/hover" => {
                let p: lsp::HoverParams = params(req.params)?;
                let open = self.get(&p.text_document_position_params.text_document.uri)?;
                let at = offset(
                    &open.doc,
                    p.text_document_position_params.position,
                    self.encoding,
                );
                let hover = crate::hover::hover(&open.doc, at).map(|h| lsp::Hover {
                    contents: lsp::HoverContents::Markup(lsp::MarkupContent {
                        kind: lsp::MarkupKind::Markdown,
                        value: h.markdown,
                    }),
                    range: Some(range(&open.doc, h.span, self.encoding)),
                });
                json(serde_json::to_value(hover))
            }
            "textDocument/foldingRange" => {
                let p: lsp::FoldingRangeParams = params(req.params)?;
                let open = self.get(&p.text_document.uri)?;
                let folds: Vec<lsp::FoldingRange> = crate::structure::folds(&open.doc)
                    .into_iter()
                    .map(|f| lsp::FoldingRange {
                        start_line: f.start_line,
                        end_line: f.end_line,
                        ..Default::default()
                    })
                    .collect();
                json(serde_json::to_value(folds))
            }
            "textDocument/documentHighlight" => {
                let p: lsp::DocumentHighlightParams = params(req.params)?;
                let open = self.get(&p.text_document_position_params.text_document.uri)?;
                let at = offset(
                    &open.doc,
                    p.text_document_position_params.position,
                    self.encoding,
                );
                let spans = crate::structure::highlights(&open.doc, at);
                let highlights: Vec<lsp::DocumentHighlight> = spans
                    .into_iter()
                    .map(|s| lsp::DocumentHighlight {
                        range: range(&open.doc, s, self.encoding),
                        kind: Some(lsp::DocumentHighlightKind::TEXT),
                    })
                    .collect();
                json(serde_json::to_value(highlights))
            }
            method => Err(Failure(
                ErrorCode::MethodNotFound,
                format!("unknown method {method}"),
            )),
        }
    }

    fn get(&self, uri: &lsp::Uri) -> Result<&Open, Failure> {
        self.open
            .get(uri.as_str())
            .ok_or_else(|| invalid_params(format!("{} is not open", uri.as_str())))
    }

    fn full_tokens(&mut self, uri: &lsp::Uri) -> Result<lsp::SemanticTokens, Failure> {
        let encoding = self.encoding;
        self.next_result += 1;
        let result_id = self.next_result.to_string();
        let open = self
            .open
            .get_mut(uri.as_str())
            .ok_or_else(|| invalid_params(format!("{} is not open", uri.as_str())))?;
        let data = semantic_tokens(&open.doc, 0..open.doc.len(), encoding);
        let tokens = lsp::SemanticTokens {
            result_id: Some(result_id.clone()),
            data: unflatten(&data),
        };
        open.tokens = Some((result_id, data));
        Ok(tokens)
    }

    fn delta_tokens(
        &mut self,
        uri: &lsp::Uri,
        previous: &str,
    ) -> Result<lsp::SemanticTokensFullDeltaResult, Failure> {
        let encoding = self.encoding;
        let known = self
            .open
            .get(uri.as_str())
            .and_then(|o| o.tokens.as_ref())
            .is_some_and(|(id, _)| id == previous);
        if !known {
            return self
                .full_tokens(uri)
                .map(lsp::SemanticTokensFullDeltaResult::Tokens);
        }
        self.next_result += 1;
        let result_id = self.next_result.to_string();
        let open = self
            .open
            .get_mut(uri.as_str())
            .ok_or_else(|| invalid_params("not open"))?;
        let data = semantic_tokens(&open.doc, 0..open.doc.len(), encoding);
        let old = open.tokens.take().map(|(_, d)| d).unwrap_or_default();
        let edits = delta(&old, &data);
        open.tokens = Some((result_id.clone(), data));
        Ok(lsp::SemanticTokensFullDeltaResult::TokensDelta(
            lsp::SemanticTokensDelta {
                result_id: Some(result_id),
                edits,
            },
        ))
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidOpenTextDocumentParams>(n.params) {
                    let item = p.text_document;
                    self.open_document(item.uri.as_str(), item.text.as_bytes(), item.version);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidChangeTextDocumentParams>(n.params)
                {
                    self.change(p);
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if self.open.remove(uri.as_str()).is_some() {
                        self.publish(&uri, Vec::new(), None);
                    }
                }
            }
            "workspace/didChangeConfiguration" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidChangeConfigurationParams>(n.params)
                {
                    match Settings::from_json(&p.settings) {
                        Some(settings) => self.configure(settings),
                        None => self.show(
                            lsp::MessageType::WARNING,
                            "texlex: the configuration is not texlex settings".into(),
                        ),
                    }
                }
            }
            _ => {}
        }
    }

    fn open_document(&mut self, uri: &str, text: &[u8], version: i32) {
        let (lexer, problems) = self.settings.lexer(uri);
        for problem in problems {
            self.show(lsp::MessageType::WARNING, format!("texlex: {problem}"));
        }
        match lexer.document(text) {
            Ok(doc) => {
                self.open.insert(
                    uri.to_string(),
                    Open {
                        doc,
                        version,
                        tokens: None,
                        publish_at: Some(Instant::now()),
                    },
                );
            }
            Err(e) => self.show(lsp::MessageType::ERROR, format!("texlex: {uri}: {e}")),
        }
    }

    fn change(&mut self, p: lsp::DidChangeTextDocumentParams) {
        let encoding = self.encoding;
        let delay = self.settings.delay();
        let uri = p.text_document.uri;
        let Some(open) = self.open.get_mut(uri.as_str()) else {
            return;
        };
        let mut failed = None;
        for change in p.content_changes {
            let range = match change.range {
                Some(r) => {
                    let start = offset(&open.doc, r.start, encoding);
                    let end = offset(&open.doc, r.end, encoding);
                    start..end.max(start)
                }
                None => 0..open.doc.len(),
            };
            if let Err(e) = open.doc.edit(range, change.text.as_bytes()) {
                failed = Some(e);
                break;
            }
        }
        open.version = p.text_document.version;
        open.publish_at = Some(Instant::now() + delay);
        if let Some(e) = failed {
            self.show(
                lsp::MessageType::ERROR,
                format!("texlex: an edit of {} failed: {e}", uri.as_str()),
            );
        }
    }

    /// New settings: documents are lexed again with the new lexer.
    fn configure(&mut self, settings: Settings) {
        self.settings = settings;
        let uris: Vec<String> = self.open.keys().cloned().collect();
        for uri in uris {
            if let Some(old) = self.open.remove(&uri) {
                let text = old.doc.text();
                self.open_document(&uri, &text, old.version);
            }
        }
        if self.refresh && !self.open.is_empty() {
            self.send(Request::new(
                RequestId::from(format!("refresh-{}", self.next_result)),
                "workspace/semanticTokens/refresh".into(),
                Value::Null,
            ));
        }
    }

    fn next_deadline(&self) -> Option<Instant> {
        self.open.values().filter_map(|o| o.publish_at).min()
    }

    fn publish_due(&mut self, now: Instant) {
        let due: Vec<String> = self
            .open
            .iter()
            .filter(|(_, o)| o.publish_at.is_some_and(|t| t <= now))
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in due {
            let Some(open) = self.open.get_mut(&uri) else {
                continue;
            };
            open.publish_at = None;
            let diagnostics = diagnostics(&open.doc, self.encoding);
            let version = open.version;
            if let Ok(uri) = uri.parse::<lsp::Uri>() {
                self.publish(&uri, diagnostics, Some(version));
            }
        }
    }

    fn publish(&self, uri: &lsp::Uri, diagnostics: Vec<lsp::Diagnostic>, version: Option<i32>) {
        self.send(Notification::new(
            "textDocument/publishDiagnostics".into(),
            lsp::PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics,
                version,
            },
        ));
    }
}

/// The byte offset of a client position (clamped to the text; a line
/// past the end means the end).
pub fn offset(doc: &Document, pos: lsp::Position, encoding: Encoding) -> u32 {
    match encoding {
        Encoding::Utf16 => doc
            .offset_of_lsp(LspPosition {
                line: pos.line,
                character: pos.character,
            })
            .unwrap_or(doc.len()),
        Encoding::Utf8 => {
            let at = |character| {
                doc.offset_of_lsp(LspPosition {
                    line: pos.line,
                    character,
                })
            };
            match (at(0), at(u32::MAX)) {
                (Ok(start), Ok(end)) => {
                    // Inside a character: its start (an edit there would fail).
                    let o = start.saturating_add(pos.character).min(end);
                    doc.position(o).map_or(o, |p| start + p.byte_col)
                }
                _ => doc.len(),
            }
        }
    }
}

fn column(p: &texlex::Position, encoding: Encoding) -> u32 {
    match encoding {
        Encoding::Utf8 => p.byte_col,
        Encoding::Utf16 => p.utf16_col,
    }
}

fn position(doc: &Document, offset: u32, encoding: Encoding) -> lsp::Position {
    match doc.position(offset.min(doc.len())) {
        Ok(p) => lsp::Position::new(p.line - 1, column(&p, encoding)),
        Err(_) => lsp::Position::new(0, 0),
    }
}

fn range(doc: &Document, span: Span, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(
        position(doc, span.start, encoding),
        position(doc, span.end, encoding),
    )
}

/// Length of `bytes` in the encoding's units.
fn units(bytes: &[u8], encoding: Encoding) -> u32 {
    match encoding {
        Encoding::Utf8 => bytes.len() as u32,
        Encoding::Utf16 => String::from_utf8_lossy(bytes).encode_utf16().count() as u32,
    }
}

/// The semantic tokens of the spans that start in `bytes`, encoded as the
/// protocol wants them (five numbers each, positions relative to the
/// token before), a multi-line span cut at its line ends.
pub fn semantic_tokens(
    doc: &Document,
    bytes: std::ops::Range<u32>,
    encoding: Encoding,
) -> Vec<u32> {
    let mut out = Vec::new();
    let mut positions = doc.positions();
    let (mut last_line, mut last_col) = (0u32, 0u32);
    let mut push = |line: u32, col: u32, len: u32, ty: u32, mods: u32| {
        if len == 0 {
            return;
        }
        let delta_line = line - last_line;
        let delta_col = if delta_line == 0 { col - last_col } else { col };
        out.extend_from_slice(&[delta_line, delta_col, len, ty, mods]);
        (last_line, last_col) = (line, col);
    };
    for c in classify(doc, bytes.start) {
        if c.span.start >= bytes.end && !(bytes.is_empty() && c.span.start == bytes.start) {
            break;
        }
        if c.span.end <= bytes.start && !c.span.is_empty() {
            continue;
        }
        let Some((ty, mods)) = c.category.semantic() else {
            continue;
        };
        let (Ok(start), Ok(end)) = (
            positions.position(c.span.start),
            positions.position(c.span.end),
        ) else {
            break;
        };
        if start.line == end.line {
            push(
                start.line - 1,
                column(&start, encoding),
                column(&end, encoding) - column(&start, encoding),
                ty,
                mods,
            );
            continue;
        }
        // Cut at line ends (LF, CR or CRLF).
        let text = doc.text_in(c.span.start..c.span.end);
        let mut line = start.line - 1;
        let mut col = column(&start, encoding);
        let mut piece_start = 0;
        let mut i = 0;
        while i < text.len() {
            let eol = match text[i] {
                b'\n' => 1,
                b'\r' if text.get(i + 1) == Some(&b'\n') => 2,
                b'\r' => 1,
                _ => {
                    i += 1;
                    continue;
                }
            };
            push(line, col, units(&text[piece_start..i], encoding), ty, mods);
            i += eol;
            piece_start = i;
            line += 1;
            col = 0;
        }
        push(line, col, units(&text[piece_start..], encoding), ty, mods);
    }
    out
}

fn unflatten(data: &[u32]) -> Vec<lsp::SemanticToken> {
    data.chunks_exact(5)
        .map(|t| lsp::SemanticToken {
            delta_line: t[0],
            delta_start: t[1],
            length: t[2],
            token_type: t[3],
            token_modifiers_bitset: t[4],
        })
        .collect()
}

/// One edit turning `old` into `new` (both flat token data): what lies
/// between their common prefix and suffix, in whole tokens.
pub fn delta(old: &[u32], new: &[u32]) -> Vec<lsp::SemanticTokensEdit> {
    let prefix = old
        .chunks_exact(5)
        .zip(new.chunks_exact(5))
        .take_while(|(a, b)| a == b)
        .count()
        * 5;
    let suffix = old[prefix..]
        .rchunks_exact(5)
        .zip(new[prefix..].rchunks_exact(5))
        .take_while(|(a, b)| a == b)
        .count()
        * 5;
    let (old_mid, new_mid) = (prefix..old.len() - suffix, prefix..new.len() - suffix);
    if old_mid.is_empty() && new_mid.is_empty() {
        return Vec::new();
    }
    vec![lsp::SemanticTokensEdit {
        start: prefix as u32,
        delete_count: old_mid.len() as u32,
        data: Some(unflatten(&new[new_mid])),
    }]
}

/// Every diagnostic, as the `texlex check` command reports it.
pub fn diagnostics(doc: &Document, encoding: Encoding) -> Vec<lsp::Diagnostic> {
    let mut positions = doc.positions();
    let mut at = |offset: u32| match positions.position(offset) {
        Ok(p) => lsp::Position::new(p.line - 1, column(&p, encoding)),
        Err(_) => lsp::Position::new(0, 0),
    };
    let mut out = Vec::new();
    for d in doc.diagnostics() {
        let start = at(d.span.start);
        // Spans of diagnostics are in order of their starts; their ends
        // may go back, so they are found apart.
        let end = position(doc, d.span.end, encoding);
        out.push(lsp::Diagnostic {
            range: lsp::Range::new(start, end),
            severity: Some(match d.severity() {
                texlex::Severity::Error => lsp::DiagnosticSeverity::ERROR,
                texlex::Severity::Warning => lsp::DiagnosticSeverity::WARNING,
            }),
            code: Some(lsp::NumberOrString::String(d.kind.name().into())),
            source: Some("texlex".into()),
            message: d.message(),
            ..Default::default()
        });
    }
    out
}

#[cfg(test)]
mod tests;
