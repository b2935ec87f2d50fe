"""texlex.ray: the pure parts always; the Ray pipeline (marker ``ray``) in local mode on a
small generated corpus, its Parquet read back and checked against ``texlex stats --json``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import texlex
from texlex import ray as tr

REPO = Path(__file__).resolve().parents[3]


# ---------------------------------------------------------------- pure parts


@pytest.mark.parametrize(
    "path, regime",
    [
        ("a/b.tex", "latex"),
        ("x.sty", "latex-at"),
        ("x.STY", "latex-at"),
        ("dir.sty/x.cls", "latex-at"),
        ("x.dtx", "latex-at"),
        ("x.ins", "latex-at"),
        ("x.ltx", "latex-at"),
        ("x.def", "latex-at"),
        ("x.bbl", "latex"),
        ("sty", "latex"),
        (".sty", "latex"),
        ("s3://bucket/a.b/c.cls", "latex-at"),
    ],
)
def test_regime_from_extension(path, regime):
    assert tr.regime_for(path) == regime


def test_tex_extensions():
    assert tr.has_tex_extension("a/b.tex")
    assert tr.has_tex_extension("b.Bbl")
    assert not tr.has_tex_extension("b.txt")
    assert not tr.has_tex_extension("tex")


def test_stats_table_schema_and_maps():
    rows = [
        tr.error_row("big.sty", "too large", 10),
        {
            "path": "a.tex",
            "bytes": 3,
            "lines": 1,
            "tokens": 2,
            "tokens_by_kind": {"char": 1, "cs": 1},
            "diagnostics": 0,
            "errors": 0,
            "warnings": 0,
            "diagnostics_by_kind": {},
            "regime": "latex",
            "engine": "luatex",
            "model": "unicode",
            "error": None,
        },
    ]
    table = tr.stats_table(rows)
    assert table.schema == tr.STATS_SCHEMA
    assert table.column("regime").to_pylist() == ["latex-at", "latex"]
    assert table.column("error").to_pylist() == ["too large", None]
    assert table.column("tokens_by_kind").to_pylist()[1] == [("char", 1), ("cs", 1)]
    assert table.column("tokens_by_kind").to_pylist()[0] is None


def test_file_stats_counts_and_never_raises(monkeypatch):
    row = tr.file_stats("a.sty", b"\\def\\a@b{x}\n")
    assert row["error"] is None
    assert row["regime"] == "latex-at"
    assert row["bytes"] == 12
    assert row["tokens"] == sum(row["tokens_by_kind"].values()) > 0

    # The regime as Rust's Path::extension sees the name: ".sty" alone has no extension.
    assert tr.file_stats("/x/.sty", b"\\makeatletter")["regime"] == "latex"
    assert tr.file_stats("/x/y.STY", b"\\makeatletter")["regime"] == "latex-at"

    too_big = tr.file_stats("a.tex", b"x" * 11, max_bytes=10)
    assert too_big["error"].startswith("larger than --max-bytes")
    assert too_big["bytes"] == 11 and too_big["tokens"] is None

    def boom(*args, **kwargs):
        raise ValueError("corrupt")

    monkeypatch.setattr(tr, "_count", boom)
    bad = tr.file_stats("c.tex", b"\\x")
    assert bad["error"] == "ValueError: corrupt"
    assert tr.stats_table([bad]).num_rows == 1


def test_batches_from_read_binary_files_rows():
    batch = pa.table(
        {
            "bytes": pa.array([b"\\relax a\n", b"\\makeatletter \\a@b\n", b"y" * 100], pa.binary()),
            "path": ["/c/a.tex", "/c/b.sty", "/c/huge.tex"],
        }
    )
    stats = tr.stats_batch(batch, max_bytes=50)
    assert stats.schema == tr.STATS_SCHEMA
    assert stats.column("path").to_pylist() == ["/c/a.tex", "/c/b.sty", "/c/huge.tex"]
    assert [e is None for e in stats.column("error").to_pylist()] == [True, True, False]

    toks = tr.tokens_batch(batch, max_bytes=50)
    assert toks.column_names[0] == "path"
    assert set(toks.column("path").to_pylist()) == {"/c/a.tex", "/c/b.sty"}
    per_file = Counter(toks.column("path").to_pylist())
    assert per_file["/c/a.tex"] == stats.column("tokens").to_pylist()[0]
    assert per_file["/c/b.sty"] == stats.column("tokens").to_pylist()[1]
    assert stats.column("regime").to_pylist() == ["latex", "latex-at", "latex"]


def same_tokens(a: bytes, b: bytes, path: str) -> bool:
    """Whether `a` and `b` read as the same tokens (positions aside) with the settings of file `path`."""
    row = tr.file_stats(path, a)

    def toks(data):
        lexed = tr._lex(path, data, row)
        src = lexed.source
        return [
            (t.kind, t.name, t.cat, t.cp, src[t.start : t.end] if t.kind in ("verb", "verbatim") else None)
            for t in lexed
        ]

    return toks(a) == toks(b)


def test_strip_batch_rows():
    batch = pa.table(
        {
            "bytes": pa.array(
                [
                    b"a% note\n\nb %x\n",
                    b"\\a@b% note\nc\n",
                    b"% !TeX texlex-regime = latex-at\n% licence\n\\a@b%x\nc\n",
                    b"caf\xe9 % \xe9\n",
                    b"\\begin{comment}\nx\n\\end{comment}\nz\n",
                    b"y" * 100,
                ],
                pa.binary(),
            ),
            "path": ["/c/a.tex", "/c/b.sty", "/c/m.tex", "/c/l1.tex", "/c/env.tex", "/c/huge.tex"],
        }
    )
    out = tr.strip_batch(batch, max_bytes=80)
    assert out.schema == tr.STRIPPED_SCHEMA
    rows = out.to_pylist()
    assert [r["path"] for r in rows] == batch.column("path").to_pylist()
    assert [r["bytes"] for r in rows] == [len(b) for b in batch.column("bytes").to_pylist()]
    assert rows[0]["text"].startswith(b"a%\n\nb") and b"x" not in rows[0]["text"]
    # The name gives the regime: `@` is a letter in a .sty.
    assert rows[1]["text"] == b"\\a@b\nc\n"
    assert texlex.strip(b"\\a@b% note\nc\n") == b"\\a@bc\n"  # under latex: `\a`, `@`, `b`, `c`
    # The magic comment that chose the regime stays; the other comment goes.
    assert rows[2]["text"].startswith(b"% !TeX texlex-regime = latex-at\n")
    assert b"licence" not in rows[2]["text"]
    assert rows[3]["text"].startswith(b"caf\xe9") and b"%" not in rows[3]["text"]
    assert b"\\begin{comment}" in rows[4]["text"]
    assert rows[5]["text"] is None and rows[5]["error"].startswith("larger than --max-bytes")
    for r, data in zip(rows[:5], batch.column("bytes").to_pylist()):
        assert r["error"] is None
        assert same_tokens(data, r["text"], r["path"]), r["path"]
    env = tr.strip_batch(batch.slice(4, 1), comment_env=True).to_pylist()[0]
    assert env["text"] == b"z\n"


def test_main_passes_strip_options(monkeypatch):
    seen = {}

    class FakeRay:
        @staticmethod
        def init(**kwargs):
            seen["init"] = kwargs

        @staticmethod
        def shutdown():
            seen["shutdown"] = True

    def fake_run(input_dir, output_dir, **kwargs):
        seen["run"] = (input_dir, output_dir, kwargs)
        return {"files": 0, "too_large": 0, "seconds": 0.0, "stats": output_dir + "/stats"}

    monkeypatch.setitem(__import__("sys").modules, "ray", FakeRay)
    monkeypatch.setattr(tr, "run", fake_run)
    assert tr.main(["in", "out", "--strip", "--comment-env"]) == 0
    assert seen["run"][:2] == ("in", "out")
    assert seen["run"][2]["strip"] is True and seen["run"][2]["comment_env"] is True
    assert seen["shutdown"]
    tr.main(["in", "out"])
    assert seen["run"][2]["strip"] is False
    assert seen["run"][2]["flatten"] is False and seen["run"][2]["mains"] is None
    tr.main(["in", "out", "--flatten", "--main", "a.tex", "--main", "b/c.tex"])
    assert seen["run"][2]["flatten"] is True and seen["run"][2]["mains"] == ["a.tex", "b/c.tex"]


PROJECT = {
    "main.tex": b"\\documentclass{article}\n\\begin{document}\n\\input{sec/a}% the first part\n\\input{gone}\n\\end{document}\n",
    "sec/a.tex": b"% licence of a\nText of a.%\n\n\\verb|%| stays.\n",
    "other.tex": b"\\documentclass{book}\n\\begin{document}\nOther.\n\\end{document}\n",
}


def write_project(root: Path) -> Path:
    for name, data in PROJECT.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_flatten_rows(tmp_path):
    root = write_project(tmp_path)
    main = str(root / "main.tex")
    [plain, missing] = tr.flatten_rows([main, str(root / "absent.tex")])
    assert plain["error"] is None
    assert plain["text"] == texlex.flatten(main).text
    assert b"Text of a." in plain["text"] and b"licence" in plain["text"]
    assert plain["files"] == [main, str(root / "sec" / "a.tex")]
    assert len(plain["diagnostics"]) == 1 and plain["diagnostics"][0].startswith(f"{main}:4:1: ")
    assert "gone" in plain["diagnostics"][0]
    assert missing["text"] is None and missing["error"].startswith("FileError: ")
    [stripped] = tr.flatten_rows([main], strip=True)
    assert stripped["text"] == texlex.strip(plain["text"], path=main)
    assert b"licence" not in stripped["text"] and b"first part" not in stripped["text"]
    assert b"\\verb|%| stays." in stripped["text"]
    assert same_tokens(plain["text"], stripped["text"], main)
    table = tr.flatten_batch(pa.table({"main": [main]}), strip=True)
    assert table.schema == tr.FLATTENED_SCHEMA and table.column("text").to_pylist() == [stripped["text"]]


# ---------------------------------------------------------------- Ray pipeline


def texlex_cli() -> str | None:
    """The `texlex` binary: $TEXLEX_BIN, else target/{release,debug}/texlex, else PATH."""
    found = os.environ.get("TEXLEX_BIN")
    if found:
        return found
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "texlex"
        if candidate.exists():
            return str(candidate)
    return shutil.which("texlex")


CORPUS = {
    "doc.tex": b"\\documentclass{article}\n\\begin{document}\nHello, $x^2$ world.\n\n% comment\n\\end{document}\n",
    "pkg.sty": b"\\NeedsTeXFormat{LaTeX2e}\n\\def\\pkg@x#1{\\relax#1}\n\\newcommand\\foo{\\pkg@x{bar}}\n",
    "sub/cls.cls": b"\\ProvidesClass{cls}\n\\LoadClass{article}\n\\def\\@tmp{}\n",
    "sub/unclosed.tex": b"\\begin{document}{{ open\n",
    "sub/latin1.tex": b"\\usepackage[latin1]{inputenc}\ncaf\xe9 na\xefve\n",
    "sub/broken.tex": b"\xff\xfe\x00\x01 \\x\x80\x81 }}\r\n\t^^Z^^?\n",
    "sub/deep/crlf.bbl": b"\\begin{thebibliography}{1}\r\n\\bibitem{a} A.\r\n\\end{thebibliography}\r\n",
    "magic.tex": b"% !TeX texlex-regime = latex-at\n\\def\\a@b{\\verb|\\x{|}\n",
    "verb.tex": b"\\verb|\\a{b| and \\begin{verbatim}\n\\x{\n\\end{verbatim}\n",
    "empty.tex": b"",
    "sub/.sty": b"\\def\\a@b{}\n",  # no extension for Rust's Path: latex, not latex-at
    "notes.txt": b"not selected\n",
}


@pytest.fixture(scope="module")
def ray_local():
    if os.environ.get("TEXLEX_PY_REQUIRE"):
        import ray  # CI: a missing ray is a failure, not a skip
    else:
        ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.ray
def test_ray_pipeline_matches_texlex_stats(tmp_path, ray_local):
    corpus = tmp_path / "corpus"
    for name, data in CORPUS.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
    # A file over --max-bytes is reported, not read.
    (corpus / "huge.tex").write_bytes(b"x" * 5000)
    out = tmp_path / "out"

    result = tr.run(str(corpus), str(out), tokens=True, max_bytes=4096, batch_size=3)
    assert result["files"] == 11 and result["too_large"] == 1

    stats = pq.read_table(out / "stats").sort_by("path")
    rows = {Path(r["path"]).relative_to(corpus).as_posix(): r for r in stats.to_pylist()}
    assert sorted(rows) == sorted([n for n in CORPUS if tr.has_tex_extension(n)] + ["huge.tex"])
    huge = rows.pop("huge.tex")
    assert huge["error"].startswith("larger than --max-bytes") and huge["bytes"] == 5000
    assert all(r["error"] is None for r in rows.values())
    assert rows["pkg.sty"]["regime"] == "latex-at"
    assert rows["sub/cls.cls"]["regime"] == "latex-at"
    assert rows["doc.tex"]["regime"] == "latex"
    assert "sub/.sty" not in rows  # as `texlex stats DIR`, which does not pick it
    assert rows["magic.tex"]["regime"] == "latex-at"  # its magic comment, as the CLI reads it

    # The tokens dataset: one row per token, as many as the stats count.
    tokens = pq.read_table(out / "tokens")
    per_file = Counter(tokens.column("path").to_pylist())
    for name, row in rows.items():
        assert per_file.get(str(corpus / name), 0) == row["tokens"], name

    cli = texlex_cli()
    if cli is None:
        if os.environ.get("TEXLEX_PY_REQUIRE"):
            pytest.fail("no texlex binary (set TEXLEX_BIN or cargo build -p texlex-cli)")
        pytest.skip("no texlex binary to compare with")

    def cli_stats(*paths):
        done = subprocess.run([cli, "stats", "--json", *map(str, paths)], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    # Per file against `texlex stats --json FILE`.
    for name, row in rows.items():
        want = cli_stats(corpus / name)
        assert row["bytes"] == want["bytes"], name
        assert row["lines"] == want["lines"], name
        assert row["tokens"] == want["tokens"]["total"], name
        assert row["diagnostics"] == want["diagnostics"]["total"], name
        assert dict(row["diagnostics_by_kind"]) == want["diagnostics"]["by_kind"], name

    # Totals against `texlex stats --json DIR` (huge.tex left out: it was not read).
    (corpus / "huge.tex").unlink()
    want = cli_stats(corpus)
    assert want["files"] == len(rows)
    assert sum(r["bytes"] for r in rows.values()) == want["bytes"]
    assert sum(r["lines"] for r in rows.values()) == want["lines"]
    assert sum(r["tokens"] for r in rows.values()) == want["tokens"]["total"]
    diags = Counter()
    for r in rows.values():
        diags.update(dict(r["diagnostics_by_kind"]))
    assert dict(diags) == want["diagnostics"]["by_kind"]
    assert sum(r["model"] == "bytes" for r in rows.values()) == want["input"]["bytes_model"]


@pytest.mark.ray
def test_ray_strip_pipeline(tmp_path, ray_local):
    corpus = tmp_path / "corpus"
    for name, data in CORPUS.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
    (corpus / "huge.tex").write_bytes(b"%" * 5000)
    out = tmp_path / "out"

    result = tr.run(str(corpus), str(out), strip=True, max_bytes=4096, batch_size=3)
    assert result["stripped"] == str(out / "stripped")
    stripped = pq.read_table(out / "stripped")
    assert stripped.schema == tr.STRIPPED_SCHEMA
    rows = {Path(r["path"]).relative_to(corpus).as_posix(): r for r in stripped.to_pylist()}
    assert sorted(rows) == sorted([n for n in CORPUS if tr.has_tex_extension(n)] + ["huge.tex"])
    huge = rows.pop("huge.tex")
    assert huge["text"] is None and huge["error"].startswith("larger than --max-bytes")
    for name, row in rows.items():
        data = CORPUS[name]
        assert row["error"] is None, name
        assert row["bytes"] == len(data)
        assert row["text"] == texlex.strip(data, path=str(corpus / name)), name
        assert same_tokens(data, row["text"], str(corpus / name)), name
    assert b"% comment" not in rows["doc.tex"]["text"]
    assert rows["sub/latin1.tex"]["text"] == CORPUS["sub/latin1.tex"]


@pytest.mark.ray
def test_ray_flatten_pipeline(tmp_path, ray_local):
    root = write_project(tmp_path / "project")
    out = tmp_path / "out"
    result = tr.run(str(root), str(out), strip=True, flatten=True, batch_size=2)
    assert result["mains"] == 2 and result["flattened"] == str(out / "flattened")
    rows = sorted(pq.read_table(out / "flattened").to_pylist(), key=lambda r: r["path"])
    assert [r["path"] for r in rows] == [str(root / "main.tex"), str(root / "other.tex")]
    for row in rows:
        assert row["error"] is None
        assert row["text"] == texlex.strip(texlex.flatten(row["path"]).text, path=row["path"])
    assert b"Text of a." in rows[0]["text"] and b"licence" not in rows[0]["text"]
    assert rows[0]["files"] == [str(root / "main.tex"), str(root / "sec" / "a.tex")]
    assert len(rows[0]["diagnostics"]) == 1
    # The stripped files too, one row per .tex file.
    assert pq.read_table(out / "stripped").num_rows == 3
