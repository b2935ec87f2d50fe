"""The Python package against the CLI of the same checkout, and on its own."""

import json
import pathlib
import subprocess
import threading

import pyarrow as pa
import pytest

import texlex
from conftest import REPO

CASES = REPO / "tests" / "oracle" / "cases"
FIELDS = ["kind", "name", "cat", "cp", "start", "end", "line", "col", "what"]


def mode_options(mode):
    """`texlex lex` arguments and `texlex.lex` keywords of an oracle mode
    (as crates/texlex-cli/tests/oracle_cases.rs maps them)."""
    if mode == "track" or mode.endswith("-track"):
        regime = "latex" if mode == "track" else mode[: -len("-track")]
        return (["--engine", "luatex", "--regime", regime, "--no-verbatim"],
                dict(engine="luatex", regime=regime, verbatim=False))
    if mode.startswith("pdftex-"):
        regime = mode[len("pdftex-"):]
        return (["--static", "--engine", "pdftex", "--regime", regime],
                dict(engine="pdftex", regime=regime, static=True))
    return (["--static", "--engine", "luatex", "--regime", mode],
            dict(engine="luatex", regime=mode, static=True))


def oracle_cases():
    cases = []
    for tokens in sorted(CASES.glob("*.tokens")):
        name, mode, _ = tokens.name.split(".", 2)
        cases.append(pytest.param(name, mode, id=f"{name}.{mode}"))
    # Plus every case with the defaults (tracking with verbatim).
    for tex in sorted(CASES.glob("*.tex")):
        cases.append(pytest.param(tex.stem, "default", id=f"{tex.stem}.default"))
    return cases


def cli_records(texlex_bin, path, args):
    out = subprocess.run(
        [texlex_bin, "lex", "--format", "jsonl", "--trivia", *args, str(path)],
        check=True, capture_output=True,
    ).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def rows(records):
    return [{f: r.get(f) for f in FIELDS} for r in records
            if r["kind"] not in ("diagnostic", "input")]


@pytest.mark.parametrize("name,mode", oracle_cases())
def test_oracle_case_rows_equal_cli_jsonl(texlex_bin, name, mode):
    path = CASES / f"{name}.tex"
    if mode == "default":
        args, kwargs = ["--engine", "luatex", "--regime", "latex"], {}
    else:
        args, kwargs = mode_options(mode)
    records = cli_records(texlex_bin, path, args)
    toks = texlex.lex(path.read_bytes(), **kwargs)
    batch = toks.to_arrow(trivia=True)
    assert batch.to_pylist() == rows(records)
    # Without trivia: the token rows alone, and the same as iterating.
    plain = toks.to_arrow().to_pylist()
    expected = [{f: r[f] for f in FIELDS if f != "what"}
                for r in rows(records) if r["kind"] != "trivia"]
    assert plain == expected
    assert len(toks) == len(expected)
    assert [{f: getattr(t, f) for f in FIELDS if f != "what"} for t in toks] == expected
    # Diagnostics: the same as the CLI's, as a multiset.
    cli_diags = sorted((d["code"], d["severity"], d["message"], d["start"], d["end"],
                        d["line"], d["col"]) for d in records if d["kind"] == "diagnostic")
    ours = sorted((d.kind, d.severity, d.message, d.start, d.end, d.line, d.col)
                  for d in toks.diagnostics)
    assert ours == cli_diags


def test_schema():
    batch = texlex.lex("\\a{b}% c\n").to_arrow(trivia=True)
    assert isinstance(batch, pa.RecordBatch)
    d8 = pa.dictionary(pa.int8(), pa.utf8())
    expected = pa.schema([
        pa.field("kind", d8, nullable=False),
        pa.field("name", pa.dictionary(pa.int32(), pa.utf8())),
        pa.field("cat", pa.uint8()),
        pa.field("cp", pa.uint32()),
        pa.field("start", pa.uint64(), nullable=False),
        pa.field("end", pa.uint64(), nullable=False),
        pa.field("line", pa.uint32(), nullable=False),
        pa.field("col", pa.uint32(), nullable=False),
        pa.field("what", d8),
    ])
    assert batch.schema == expected
    assert texlex.lex("x").to_arrow().schema == pa.schema(list(expected)[:-1])
    assert batch.column("kind").dictionary.to_pylist() == [
        "char", "cs", "active", "invalid", "verb", "verbatim", "trivia"]


def test_rows_tile_the_input_and_names_in_first_use_order():
    src = "\\b\\a\\b x%c\n\n\\verb|q| \\begin{verbatim}\nv\n\\end{verbatim}\n"
    toks = texlex.lex(src)
    batch = toks.to_arrow(trivia=True)
    starts, ends = batch.column("start").to_pylist(), batch.column("end").to_pylist()
    assert starts[0] == 0 and ends[-1] == len(src.encode())
    assert starts[1:] == ends[:-1]
    assert toks.names[:2] == ["b", "a"]
    assert batch.column("name").dictionary.to_pylist() == toks.names
    kinds = [t.kind for t in toks]
    assert "verb" in kinds and "verbatim" in kinds
    assert toks[-1].kind == toks[len(toks) - 1].kind
    with pytest.raises(IndexError):
        toks[len(toks)]


def test_str_and_bytes_offsets_and_char_index():
    src = "é\\x 😀{a}\n"
    by_str, by_bytes = texlex.lex(src), texlex.lex(src.encode())
    assert by_str.to_arrow(trivia=True) == by_bytes.to_arrow(trivia=True)
    assert by_str.source == src.encode()
    toks = list(by_str)
    cs = next(t for t in toks if t.kind == "cs")
    assert (cs.start, cs.end, cs.col) == (2, 4, 2)  # byte offsets; 1-based char column
    for t in toks:
        i = by_str.char_index(t.start)
        assert src[i:].encode().startswith(src.encode()[t.start:t.end])
    emoji = next(t for t in toks if t.cp == 0x1F600)
    assert src[by_str.char_index(emoji.start)] == "😀"
    assert by_str.char_index(len(src.encode())) == len(src)
    with pytest.raises(ValueError):
        by_str.char_index(1)  # inside é
    with pytest.raises(ValueError):
        by_str.char_index(100)


def test_options():
    assert texlex.lex("\\a@b").names == ["a"]
    assert texlex.lex("\\a@b", regime="latex-at").names == ["a@b"]
    assert [t.kind for t in texlex.lex("|", catcodes={"|": 13})][0] == "active"
    assert [t.kind for t in texlex.lex("|", catcodes={ord("|"): 13})][0] == "active"
    assert texlex.lex("é", engine="pdftex").model == "bytes"
    assert texlex.lex("é").model == "unicode"
    assert [t.kind for t in texlex.lex("\\verb|x|")][1] == "verb"
    assert [t.kind for t in texlex.lex("\\verb|x|", verbatim=False)][1] == "char"
    # static: \makeatletter is not followed
    assert "a@b" in texlex.lex("\\makeatletter\\a@b").names
    assert "a@b" not in texlex.lex("\\makeatletter\\a@b", static=True).names


@pytest.mark.parametrize("kwargs", [
    dict(regime="latex3"), dict(engine="tex"), dict(catcodes={"ab": 1}),
    dict(catcodes={"a": 16}), dict(catcodes={"a": -1}), dict(catcodes={1.5: 1}),
])
def test_bad_arguments_raise_value_error(kwargs):
    with pytest.raises(ValueError):
        texlex.lex("x", **kwargs)


def test_bad_source_and_error_classes():
    with pytest.raises(ValueError):
        texlex.lex(42)
    for cls in (texlex.LexError, texlex.EditError, texlex.FileError):
        assert issubclass(cls, texlex.TexlexError)
    assert issubclass(texlex.TexlexError, Exception)


def test_diagnostics():
    toks = texlex.lex("a}\x7f{\n")
    kinds = [(d.kind, d.severity, d.line, d.col) for d in toks.diagnostics]
    assert kinds == [("unmatched-close-brace", "error", 1, 2),
                     ("invalid-character", "error", 1, 3),
                     ("unclosed-open-brace", "error", 1, 4)]


def test_gil_released_while_lexing():
    big = (REPO / "examples").glob("*.tex")
    unit = b"".join(p.read_bytes() for p in big) or b"\\x{y} z %c\n" * 1000
    src = unit * max(1, 40_000_000 // len(unit))
    counter = [0]
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            counter[0] += 1

    thread = threading.Thread(target=spin)
    thread.start()
    try:
        while counter[0] == 0:
            pass
        before = counter[0]
        texlex.lex(src)
        after = counter[0]
    finally:
        stop.set()
        thread.join()
    assert after - before > 1000


def fresh(text, **kw):
    return texlex.lex(text, **kw).to_arrow(trivia=True).to_pylist()


@pytest.mark.parametrize("static", [False, True])
def test_document_edits_equal_a_fresh_lex(static):
    import random
    rng = random.Random(7)
    text = (REPO / "tests" / "oracle" / "cases" / "blank-line-par.tex").read_bytes()
    text += b"\\makeatletter\\a@b {x}\n\\verb|y| % c\n\\begin{verbatim}\nz\n\\end{verbatim}\n"
    doc = texlex.Document(text, static=static)
    pieces = [b"", b"\\", b"{", b"}", b"\n", b"\n\n", b"x", b"%", b"\\verb|", b"\xc3\xa9", b" "]
    for _ in range(200):
        cur = doc.text
        a = rng.randrange(len(cur) + 1)
        b = min(len(cur), a + rng.randrange(4))
        while a > 0 and (a < len(cur) and cur[a] & 0xC0 == 0x80):
            a -= 1
        while b < len(cur) and cur[b] & 0xC0 == 0x80:
            b += 1
        b = max(a, b)
        new = rng.choice(pieces)
        doc.edit(a, b, new)
        text = cur[:a] + new + cur[b:]
        assert doc.text == text
    assert doc.tokens().to_arrow(trivia=True).to_pylist() == fresh(text, static=static)
    ours = sorted((d.kind, d.start, d.end, d.line, d.col) for d in doc.diagnostics)
    lexed = sorted((d.kind, d.start, d.end, d.line, d.col)
                   for d in texlex.lex(text, static=static).diagnostics)
    assert ours == lexed


def test_document_queries_and_errors():
    doc = texlex.Document("a\n😀b\n")
    assert doc.position(2) == (2, 1)
    assert doc.position(6) == (2, 2)
    assert doc.lsp_position(6) == (1, 2)
    assert doc.offset_of_lsp(1, 2) == 6
    t = doc.token_at(6)
    assert (t.kind, t.cp, t.start, t.line, t.col) == ("char", ord("b"), 6, 2, 2)
    doc.edit_lsp(((1, 2), (1, 3)), "\\cs ")
    assert doc.text == "a\n😀\\cs \n".encode()
    assert doc.token_at(6).name == "cs"
    doc.edit_lsp(None, "x")
    assert doc.text == b"x"
    with pytest.raises(texlex.EditError, match="9"):
        doc.edit(0, 9, "y")
    with pytest.raises(texlex.EditError):
        doc.edit(1, 0, "y")
    with pytest.raises(texlex.EditError):
        doc.edit_lsp(((7, 0), (7, 0)), "y")
    with pytest.raises(texlex.EditError):
        doc.position(99)
    doc2 = texlex.Document("é")
    with pytest.raises(texlex.EditError, match="1"):
        doc2.edit(1, 1, "x")
    assert doc.text == b"x"


def cli_json(texlex_bin, *args):
    out = subprocess.run([texlex_bin, *args], capture_output=True).stdout.decode()
    return out


EXAMPLES = sorted((REPO / "examples").glob("*.*"))


def test_stats_match_cli(texlex_bin, tmp_path):
    files = [p for p in EXAMPLES if p.suffix in (".tex", ".sty", ".cls", ".dtx")]
    assert files
    got = texlex.stats([str(p) for p in files], threads=2)
    assert [g["path"] for g in got] == [str(p) for p in files]
    for path, g in zip(files, got):
        cli = json.loads(cli_json(texlex_bin, "stats", "--json", str(path)))
        assert g["error"] is None
        assert g["bytes"] == cli["bytes"] == path.stat().st_size
        assert g["lines"] == cli["lines"]
        assert g["tokens"] == cli["tokens"]["total"]
        for kind in ("cs", "par", "active", "invalid"):
            assert g["tokens_by_kind"][kind] == cli["tokens"][kind]
        assert g["tokens_by_kind"]["char"] == cli["tokens"]["char"]["total"]
        assert g["chars_by_catcode"] == cli["tokens"]["char"]["by_catcode"]
        assert g["diagnostics_by_kind"] == cli["diagnostics"]["by_kind"]
        assert g["model"] in ("unicode", "bytes")
    missing = texlex.stats([str(tmp_path / "nope.tex")])
    assert missing[0]["error"] and missing[0]["tokens"] is None
    # A directory is walked like the command walks it.
    assert len(texlex.stats([str(REPO / "examples")])) >= len(files)


def test_lex_file_reads_a_file_as_the_command_does(texlex_bin, tmp_path):
    for path in EXAMPLES:
        got = texlex.lex_file(path).to_arrow(trivia=True).to_pylist()
        cli = [json.loads(l) for l in cli_json(texlex_bin, "lex", "--format", "jsonl", "--trivia", str(path)).splitlines()]
        cli = [r for r in cli if r["kind"] != "input"]
        assert [(r["kind"], r["start"], r["end"]) for r in got] == [
            (r["kind"], r["start"], r["end"]) for r in cli
        ]
    latin1 = tmp_path / "old.tex"
    latin1.write_bytes(b"\\usepackage[latin1]{inputenc}\nCaf\xe9\n")
    assert texlex.lex_file(latin1).model == "bytes"
    assert texlex.lex_file(latin1, engine="luatex").model == "unicode"
    sty = tmp_path / "p.sty"
    sty.write_bytes(b"\\a@b\n")
    assert texlex.lex_file(sty).names == ["a@b"]
    assert texlex.lex_file(sty, regime="latex").names == ["a"]
    missing = tmp_path / "missing.tex"
    with pytest.raises(texlex.FileError) as caught:
        texlex.lex_file(missing)
    assert caught.value.path == str(missing) and str(missing) in str(caught.value)


def test_stats_bytes_equal_stats_of_the_files():
    files = [p for p in EXAMPLES if p.suffix in (".tex", ".sty", ".cls", ".dtx")]
    on_disk = texlex.stats([str(p) for p in files])
    in_memory = texlex.stats_bytes([(str(p), p.read_bytes()) for p in files], threads=2)
    assert on_disk == in_memory
    # The name gives the regime: `@` is a letter in a package.
    (sty,) = texlex.stats_bytes([("x.sty", b"\\a@b\n")])
    (tex,) = texlex.stats_bytes([("x.tex", b"\\a@b\n")])
    assert (sty["regime"], tex["regime"]) == ("latex-at", "latex")
    assert sty["tokens_by_kind"]["cs"] == 1 and tex["tokens_by_kind"]["cs"] == 1
    assert sty["tokens"] < tex["tokens"]


def test_stats_count_what_a_lex_gives(tmp_path):
    # Counted in a pass that keeps no tokens: the totals a lex gives, on
    # the examples and on a file with catcode changes, braces left open,
    # verbatim, an invalid character and ill-formed UTF-8.
    odd = tmp_path / "odd.tex"
    odd.write_bytes(
        b"% !TeX texlex-engine = luatex\n\\makeatletter\\a@b {x}\n}}\n\n"
        b"\\verb|x| $y_1$ ^^41 \xc3\xa9 ~ \x7f \xff\n"
        b"\\begin{verbatim}\n{\n\\end{verbatim}\n{{\n"
    )
    files = [p for p in EXAMPLES if p.suffix in (".tex", ".sty", ".cls", ".dtx")]
    for path, got in zip(files + [odd], texlex.stats([str(p) for p in files + [odd]])):
        lexed = texlex.lex_file(path)
        assert got["tokens"] == len(lexed) == len(list(lexed)), path
        assert got["tokens_by_kind"]["cs"] == sum(t.kind == "cs" for t in lexed)
        assert got["lines"] == path.read_bytes().count(b"\n") + 1
        kinds = {}
        for d in lexed.diagnostics:
            kinds[d.kind] = kinds.get(d.kind, 0) + 1
        assert got["diagnostics_by_kind"] == kinds, path
    (got,) = texlex.stats([str(odd)])
    assert got["diagnostics_by_kind"]["unclosed-open-brace"] == 2
    assert got["diagnostics_by_kind"]["ill-formed-utf8"] == 1


def test_check_matches_cli(texlex_bin, tmp_path):
    bad = tmp_path / "bad.tex"
    bad.write_bytes(b"a}\x7f{\n")
    sty = tmp_path / "p.sty"
    sty.write_bytes(b"\\a@b}\n")
    paths = [str(bad), str(sty), str(tmp_path / "missing.tex")]
    got = texlex.check(paths, threads=1)
    out = subprocess.run([texlex_bin, "check", "--format", "json", *paths[:2]],
                         capture_output=True).stdout.decode()
    cli = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(cli) == 1 and isinstance(cli[0], list):
        cli = cli[0]
    cli = [c for c in cli if c.get("severity") != "note"]
    keys = ["path", "kind", "severity", "message", "start", "end", "line", "col"]
    assert [{k: g[k] for k in keys} for g in got[:-1]] == [{k: c[k] for k in keys} for c in cli]
    assert got[-1]["path"] == paths[2] and got[-1]["kind"] == "file" and got[-1]["error"]
