"""`texlex lsp` driven by a real LSP client (pytest-lsp) over stdio.

The binary comes from TEXLEX_BIN (else target/release/texlex, else
target/debug/texlex). With TEXLEX_LSP_REQUIRE=1 (CI) a missing binary fails
instead of skipping.
"""

import asyncio
import json
import os
import pathlib
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[3]


def binary():
    env = os.environ.get("TEXLEX_BIN")
    candidates = [env] if env else [ROOT / "target/release/texlex", ROOT / "target/debug/texlex"]
    for c in candidates:
        if c and pathlib.Path(c).exists():
            return str(c)
    if os.environ.get("TEXLEX_LSP_REQUIRE") == "1":
        pytest.fail(f"no texlex binary among {candidates}")
    pytest.skip(f"no texlex binary among {candidates}")


BIN = binary()
URI = "file:///tmp/texlex-lsp-test/paper.tex"
STY = "file:///tmp/texlex-lsp-test/pkg.sty"
TEXT = "\\documentclass{article}\n\\makeatletter\n\\def\\a@b#1{#1}\n\\makeatother\n\\begin{document}\n% é comment\n$x^2$ \\verb|%|\n\\begin{lstlisting}\n% not a comment }\n\\end{lstlisting}\n\\end{document}\n"

LEGEND_TYPES = ["macro", "function", "variable", "typeParameter", "parameter", "operator", "comment", "string", "regexp"]


def capabilities(encodings):
    # No `workspace/semanticTokens/refresh` support: the test client has
    # no handler for it (the server sends it only to clients that say so).
    return types.ClientCapabilities(general=types.GeneralClientCapabilities(position_encodings=encodings))


async def start(client, encodings, options=None):
    result = await client.initialize_session(
        types.InitializeParams(capabilities=capabilities(encodings), initialization_options=options)
    )
    return result


def open_doc(client, uri=URI, text=TEXT, version=1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="latex", version=version, text=text)
        )
    )


def change(client, version, line, character, end_character, text, uri=URI):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=line, character=character),
                        end=types.Position(line=line, character=end_character),
                    ),
                    text=text,
                )
            ],
        )
    )


def decode(data):
    """Absolute (line, col, length, type name) from semantic-token data."""
    out, line, col = [], 0, 0
    for i in range(0, len(data), 5):
        dl, dc, length, ty, _mods = data[i : i + 5]
        line += dl
        col = col + dc if dl == 0 else dc
        out.append((line, col, length, LEGEND_TYPES[ty]))
    return out


async def full(client, uri=URI):
    return await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BIN, "lsp", "--stdio"]))
async def client(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


async def test_utf16_tokens_delta_range_hover_folding(client: LanguageClient):
    result = await start(client, [types.PositionEncodingKind.Utf16])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert list(result.capabilities.semantic_tokens_provider.legend.token_types) == LEGEND_TYPES
    open_doc(client)
    tokens = await full(client)
    seen = decode(tokens.data)
    assert (2, 4, 4, "macro") in seen  # \a@b, one internal name
    assert (2, 8, 2, "parameter") in seen  # #1
    assert (5, 0, 11, "comment") in seen  # "% é comment": 11 UTF-16 units
    assert (8, 0, 17, "string") in seen  # the listing's body: no comment
    assert sum(1 for t in seen if t[3] == "comment") == 1

    # Edit after the é (UTF-16 column 3), then a delta.
    change(client, 2, 5, 3, 3, "X")
    delta = await client.text_document_semantic_tokens_full_delta_async(
        types.SemanticTokensDeltaParams(
            text_document=types.TextDocumentIdentifier(uri=URI), previous_result_id=tokens.result_id
        )
    )
    data = list(tokens.data)
    for edit in delta.edits:
        data[edit.start : edit.start + edit.delete_count] = edit.data or []
    fresh = await full(client)
    assert data == list(fresh.data)
    assert (5, 0, 12, "comment") in decode(fresh.data)

    ranged = await client.text_document_semantic_tokens_range_async(
        types.SemanticTokensRangeParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=types.Position(line=6, character=0), end=types.Position(line=7, character=0)),
        )
    )
    assert [t[3] for t in decode(ranged.data)] == ["operator", "operator", "operator", "macro", "string"]

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=2, character=6))
    )
    assert "`@` is a letter (11) here: `\\makeatletter` on line 2" in hover.contents.value

    folds = await client.text_document_folding_range_async(
        types.FoldingRangeParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert (4, 9) in [(f.start_line, f.end_line) for f in folds]

    highlights = await client.text_document_document_highlight_async(
        types.DocumentHighlightParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=4, character=8))
    )
    assert [(h.range.start.line, h.range.start.character) for h in highlights] == [(4, 7), (10, 5)]


async def test_utf8_columns(client: LanguageClient):
    result = await start(client, [types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    open_doc(client)
    assert (5, 0, 12, "comment") in decode((await full(client)).data)  # 12 bytes
    change(client, 2, 5, 4, 4, "X")  # byte column 4: after the é
    assert (5, 0, 13, "comment") in decode((await full(client)).data)


async def test_diagnostics_after_a_burst(client: LanguageClient):
    await start(client, [types.PositionEncodingKind.Utf16], {"texlex": {"diagnosticsDelayMs": 150}})
    open_doc(client, text="x\n")
    await client.wait_for_notification("textDocument/publishDiagnostics")
    for version in range(2, 7):
        change(client, version, 0, 0, 0, "}")
        await asyncio.sleep(0.02)
    await client.wait_for_notification("textDocument/publishDiagnostics")
    diagnostics = client.diagnostics[URI]
    assert len(diagnostics) == 5
    assert diagnostics[0].code == "unmatched-close-brace"
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    # Nothing more comes: one publish for the burst.
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"), 0.5)


async def test_configuration_changes(client: LanguageClient):
    await start(client, [types.PositionEncodingKind.Utf16])
    text = "\\begin{code}\n% x\n\\end{code}\n"
    open_doc(client, text=text)
    assert "comment" in [t[3] for t in decode((await full(client)).data)]
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"texlex": {"verbatimEnvironments": ["code"]}})
    )
    kinds = [t[3] for t in decode((await full(client)).data)]
    assert "comment" not in kinds and "string" in kinds
    # A .sty file: `@` is a letter from the start.
    open_doc(client, uri=STY, text="\\a@b\n")
    assert decode((await full(client, STY)).data) == [(0, 0, 4, "macro")]


async def test_unknown_and_bad_requests(client: LanguageClient):
    await start(client, [types.PositionEncodingKind.Utf16])
    with pytest.raises(Exception, match="not open"):
        await full(client, "file:///never/opened.tex")
    with pytest.raises(Exception):
        await client.protocol.send_request_async("texlex/unknown", {})


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_frames(data: bytes):
    out = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int(head.split(b":")[1])
        out.append(json.loads(rest[:length]))
        data = rest[length:]
    return out


def test_malformed_messages_get_protocol_errors():
    messages = [
        frame(b"{not json"),
        frame(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).encode()),
        frame(json.dumps({"jsonrpc": "2.0", "method": "initialized", "params": {}}).encode()),
        frame(b'{"jsonrpc":"2.0","id":9,"params":[]}'),
        frame(json.dumps({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"x": 1}}).encode()),
        frame(json.dumps({"jsonrpc": "2.0", "id": 3, "method": "no/such/method"}).encode()),
        frame(json.dumps({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}).encode()),
        frame(json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode()),
    ]
    run = subprocess.run([BIN, "lsp"], input=b"".join(messages), capture_output=True, timeout=30)
    assert run.returncode == 0, run.stderr
    answers = read_frames(run.stdout)
    errors = {json.dumps(a.get("id")): a["error"]["code"] for a in answers if "error" in a}
    assert errors == {"null": -32700, "9": -32600, "2": -32602, "3": -32601}
    assert any(a.get("id") == 4 and a.get("result") is None for a in answers)


def test_exit_without_shutdown_exits_1():
    body = frame(json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode())
    init = frame(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).encode())
    run = subprocess.run([BIN, "lsp"], input=init + body, capture_output=True, timeout=30)
    assert run.returncode == 1
