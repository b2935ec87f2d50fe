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

    # The tokens dataset: one row per token, as many as the stats count
    # (which leave out verbatim tokens, as `texlex stats` does).
    tokens = pq.read_table(out / "tokens")
    per_file = Counter(tokens.column("path").to_pylist())
    for name, row in rows.items():
        verbatim = dict(row["tokens_by_kind"]).get("verbatim", 0)
        assert per_file.get(str(corpus / name), 0) == row["tokens"] + verbatim, name

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
