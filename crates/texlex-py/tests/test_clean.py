"""Corpus cleaning from Python: texlex.strip keeps TeX's tokens; dependencies, outline,
main_files and flatten on a small project."""

from __future__ import annotations

import random

import pytest

import texlex


def tokens(source, **settings):
    """The tokens of `source`, positions aside: what strip must keep."""
    lexed = texlex.lex(source, **settings)
    data = lexed.source
    out = []
    for t in lexed:
        body = data[t.start : t.end] if t.kind in ("verb", "verbatim") else None
        out.append((t.kind, t.name, t.cat, t.cp, body))
    return out


def assert_same_tokens(source, stripped, **settings):
    assert tokens(stripped, **settings) == tokens(source, **settings)


# ---------------------------------------------------------------- strip keeps the tokens

# (source, a marker of comment text that must go, text that must stay)
TRAPS = [
    # A comment before a blank line: the regex cleaner's `[^\\]%.+$` eats the `a`.
    (b"a%NOTE\n\nb\n", b"NOTE", b"a"),
    # After a control word the next line's letters must not join its name.
    (b"\\foo%NOTE\nbar\n", b"NOTE", b"bar"),
    # `%` inside \verb is no comment.
    (b"x \\verb|%| y%NOTE\nz\n", b"NOTE", b"\\verb|%|"),
    (b"\\verb+a%b+ %NOTE\n", b"NOTE", b"\\verb+a%b+"),
    # ... nor inside a verbatim environment.
    (b"\\begin{verbatim}\n%KEEP\n  % KEEP2\n\\end{verbatim}\n%NOTE\nx\n", b"NOTE", b"%KEEP\n  % KEEP2\n"),
    # `%` made an ordinary character.
    (b"\\catcode`\\%=12 50%KEEP\n", None, b"50%KEEP"),
    (b"{\\catcode`\\%=12 50%KEEP}%NOTE\nx\n", b"NOTE", b"50%KEEP"),
    # CRLF line ends.
    (b"a%NOTE\r\n\r\nb\r\n\\foo %NOTE2\r\nbar\r\n", b"NOTE", b"bar"),
    # An indented comment line is no blank line.
    (b"a\n  % NOTE\nb\n", b"NOTE", b"b"),
    (b"a\n\t%NOTE\n\nb\n", b"NOTE", b"b"),
    # Escaped percent signs and a line break before a comment.
    (b"50\\%%NOTE\nx\\\\%NOTE2\ny\n", b"NOTE", b"50\\%"),
    # A comment ending a definition line, and one after a superscript.
    (b"\\def\\x{%NOTE\n  y}\n$a^%NOTE\n^M$\n", b"NOTE", b"\\def\\x{"),
    # A file that ends inside a comment, without a line end.
    (b"a %NOTE", b"NOTE", b"a"),
    # Comments only.
    (b"%NOTE\n%NOTE2\n", b"NOTE", b""),
]


@pytest.mark.parametrize("source, gone, kept", TRAPS)
def test_strip_keeps_tokens(source, gone, kept):
    stripped = texlex.strip(source)
    assert isinstance(stripped, bytes)
    assert_same_tokens(source, stripped)
    if gone is not None:
        assert gone not in stripped
    assert kept in stripped


def test_strip_examples_exact():
    assert texlex.strip(b"a% note\n  b\n") == b"ab\n"
    assert texlex.strip(b"a% note\n\nb\n") == b"a%\n\nb\n"
    assert texlex.strip(b"x\n  % a whole line\ny \\verb|%| z\n") == b"x\ny \\verb|%| z\n"
    assert texlex.strip(b"no comment\n") == b"no comment\n"


def test_strip_latin1_bytes_untouched_outside_comments():
    source = b"\\usepackage[latin1]{inputenc}\n\xe9t\xe9 % caf\xe9 NOTE\n\\'e\xe0%\xff NOTE2\nfin\n"
    stripped = texlex.strip(source)
    assert isinstance(stripped, bytes)
    assert b"NOTE" not in stripped
    assert b"\xe9t\xe9" in stripped and b"\\'e\xe0" in stripped
    # Read as the head says (pdfTeX's byte model): the same tokens.
    assert_same_tokens(source, stripped, engine="pdftex")
    # Only bytes were deleted: the output is a subsequence of the input.
    it = iter(source)
    assert all(b in it for b in stripped)


def test_strip_not_utf8_without_declaration():
    source = b"caf\xe9 %comment \xe9\n\nsuite\n"
    stripped = texlex.strip(source)
    assert b"comment" not in stripped
    assert b"caf\xe9" in stripped
    assert_same_tokens(source, stripped, engine="pdftex")


def test_strip_keeps_the_bytes_that_chose_the_engine_only_when_needed():
    # UTF-8 text, one latin-1 byte in a comment: the head says pdfTeX. Without that comment
    # the output would read as UTF-8 (`é` one character, not two bytes): it stays.
    source = b"caf\xc3\xa9 % \xe9\n"
    stripped = texlex.strip(source)
    assert stripped == source
    forced = texlex.strip(source, engine="pdftex")
    assert forced.startswith(b"caf\xc3\xa9") and b"%" not in forced and b"\xe9\n" not in forced
    assert_same_tokens(source, forced, engine="pdftex")
    # ASCII text reads the same either way: the comment goes.
    ascii_only = texlex.strip(b"abc % \xe9\n")
    assert ascii_only.startswith(b"abc") and b"%" not in ascii_only
    assert_same_tokens(b"abc % \xe9\n", ascii_only, engine="pdftex")


def test_strip_str_in_str_out():
    source = "Café %commentaire\n\n\\section{Été}% x\nfin\n"
    stripped = texlex.strip(source)
    assert isinstance(stripped, str)
    assert "commentaire" not in stripped and "Café" in stripped and "Été" in stripped
    assert_same_tokens(source, stripped)
    assert texlex.strip(source.encode()) == stripped.encode()


def test_strip_settings_are_lex_settings():
    # Under latex-at `@` is a letter: `\a@b%` then `c` must not join.
    source = b"\\a@b%NOTE\nc\n"
    stripped = texlex.strip(source, regime="latex-at")
    assert_same_tokens(source, stripped, regime="latex-at")
    # With `|` a comment character, its comment goes too.
    source = b"a | NOTE\nb % NOTE2\n"
    stripped = texlex.strip(source, catcodes={"|": 14})
    assert b"NOTE" not in stripped
    assert_same_tokens(source, stripped, catcodes={"|": 14})
    # Without tracking, `\catcode` changes nothing: the `%` is a comment.
    source = b"\\catcode`\\%=12 a%NOTE\nb\n"
    assert b"NOTE" in texlex.strip(source)
    assert b"NOTE" not in texlex.strip(source, static=True)
    # Without verbatim, `%` in a verbatim environment is a comment.
    source = b"\\begin{verbatim}\n%x\n\\end{verbatim}\n"
    assert b"%x" in texlex.strip(source)
    assert b"%x" not in texlex.strip(source, verbatim=False)


def test_strip_keeps_the_magic_comment_it_read():
    source = b"% !TeX texlex-regime = latex-at\n% licence\n\\def\\a@b{}\n"
    stripped = texlex.strip(source)
    assert stripped == b"% !TeX texlex-regime = latex-at\n\\def\\a@b{}\n"
    # Given explicitly, nothing was read from the head: every comment goes.
    assert texlex.strip(source, regime="latex-at", engine="luatex") == b"\\def\\a@b{}\n"


def test_strip_comment_environments():
    source = b"a\n\\begin{comment}\nnot read\n\\end{comment}\nb % note\n"
    removed = texlex.strip(source, comment_env=True)
    assert b"not read" not in removed and b"comment" not in removed and b"note" not in removed
    # The tokens of the input without the environment (and the line end after it).
    assert_same_tokens(b"a\nb % note\n", removed)
    kept = texlex.strip(source)
    assert b"not read" in kept
    assert_same_tokens(source, kept)


def test_strip_random_inputs_keep_tokens():
    pieces = ["a", "b", " ", "  ", "\n", "\n\n", "%", "% c", "\\foo", "\\", "{", "}", "^", "^^M",
              "\\verb|%|", "\\catcode`\\%=12 ", "\r\n", "\t", "\\begin{verbatim}", "\\end{verbatim}", "é"]
    rng = random.Random(15)
    for _ in range(400):
        source = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        for engine in ("luatex", "pdftex"):
            stripped = texlex.strip(source, engine=engine)
            assert tokens(stripped, engine=engine) == tokens(source, engine=engine), source


# ---------------------------------------------------------------- errors


def test_strip_errors():
    with pytest.raises(ValueError, match="unknown regime"):
        texlex.strip("a", regime="latex3")
    with pytest.raises(ValueError, match="unknown engine"):
        texlex.strip("a", engine="tex")
    with pytest.raises(ValueError, match="source must be str or bytes"):
        texlex.strip(42)
    with pytest.raises(ValueError, match="0..=15"):
        texlex.strip("a", catcodes={"a": 16})


# ---------------------------------------------------------------- a small project

MAIN = (
    b"%\\documentclass{report} (commented out)\n"
    b"\\documentclass[11pt]{article}\n"
    b"\\usepackage[T1]{fontenc, lmodern}\n"
    b"\\begin{document}\n"
    b"\\section{Intro}\n"
    b"\\input{sections/intro}\n"
    b"\\verb|\\input{not-a-dependency}|\n"
    b"\\include{chap}\n"
    b"\\input{missing}\n"
    b"\\appendix\n"
    b"\\section*[Short]{A \\emph{long} title}\n"
    b"\\bibliography{refs,more}\n"
    b"\\end{document}\n"
)
INTRO = b"\\subsection{Motivation}\nWe start here.\n\\includegraphics[width=3cm]{fig/plot}\n\\endinput\nNotes nobody reads.\n"
CHAP = b"\\chapter{Chapter}\nText of the chapter.\n"
# A document too, but \input by main.tex's sibling: ranks below.
PART = b"\\documentclass{subfiles}\n\\begin{document}\nPart.\n\\end{document}\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "sections").mkdir()
    (tmp_path / "main.tex").write_bytes(MAIN)
    (tmp_path / "sections" / "intro.tex").write_bytes(INTRO)
    (tmp_path / "chap.tex").write_bytes(CHAP)
    (tmp_path / "sections" / "part.tex").write_bytes(PART)
    (tmp_path / "notes.txt").write_bytes(b"\\documentclass{x}\\begin{document}")
    return tmp_path


def test_dependencies():
    lexed = texlex.lex(MAIN)
    deps = lexed.dependencies()
    assert [(d.kind, d.name) for d in deps] == [
        ("class", "article"),
        ("package", "fontenc"),
        ("package", "lmodern"),
        ("input", "sections/intro"),
        ("include", "chap"),
        ("input", "missing"),
        ("bibliography", "refs"),
        ("bibliography", "more"),
    ]
    for d in deps:
        assert MAIN[d.start : d.end].decode() == d.name
        assert d.literal
        line = MAIN.split(b"\n")[d.line - 1]
        assert line[d.col - 1 :].startswith(d.name.encode())
        assert MAIN[d.call_start : d.call_end].startswith(b"\\")
    intro = deps[3]
    assert MAIN[intro.call_start : intro.call_end] == b"\\input{sections/intro}"
    assert [d.name for d in texlex.lex(b"\\input{\\jobname.bbl}").dependencies()] == ["\\jobname.bbl"]
    assert not texlex.lex(b"\\input{\\jobname.bbl}").dependencies()[0].literal
    assert texlex.lex(b"% \\usepackage{x}\n").dependencies() == []


def test_outline():
    landmarks = texlex.lex(MAIN).outline()
    assert [l.kind for l in landmarks] == [
        "documentclass",
        "begin-document",
        "section",
        "appendix",
        "section",
        "bibliography",
        "end-document",
    ]
    first, starred = landmarks[2], landmarks[4]
    assert (first.title, first.level, first.starred, first.line) == ("Intro", 1, False, 5)
    assert (starred.title, starred.starred) == ("A \\emph{long} title", True)
    assert MAIN[starred.title_start : starred.title_end] == b"A \\emph{long} title"
    assert MAIN[starred.start : starred.end] == b"\\section*[Short]{A \\emph{long} title}"
    assert landmarks[5].command == "bibliography"
    assert landmarks[0].title is None and landmarks[0].level is None and landmarks[0].command is None
    assert texlex.lex(INTRO).outline()[0].level == 2


def test_main_files(project):
    found = texlex.main_files(project)
    assert [(f["rank"], f["path"]) for f in found] == [
        (1, str(project / "main.tex")),
        (2, str(project / "sections" / "part.tex")),
    ]
    assert [r["reason"] for r in found[0]["reasons"]] == [
        "has-documentclass",
        "has-begin-document",
        "not-included",
        "top-level",
        "conventional-name",
    ]
    assert found[0]["reasons"][4]["text"] == "conventional name"
    assert "subfiles-class" in [r["reason"] for r in found[1]["reasons"]]
    # On its own in its directory, the subfile is the only main file.
    [alone] = texlex.main_files(project / "sections")
    assert alone["path"] == str(project / "sections" / "part.tex")
    with pytest.raises(texlex.FileError) as e:
        texlex.main_files(project / "nope")
    assert "nope" in str(e.value) and e.value.path == str(project / "nope")


def test_flatten(project):
    flat = texlex.flatten(project / "main.tex")
    assert isinstance(flat.text, bytes)
    text = flat.text
    assert b"\\subsection{Motivation}\nWe start here.\n" in text
    assert b"Notes nobody reads" not in text  # after \endinput
    assert b"\\verb|\\input{not-a-dependency}|\n\\clearpage\n\\chapter{Chapter}\nText of the chapter.\n\\clearpage\n" in text
    assert b"\\input{sections/intro}" not in text and b"\\include{chap}" not in text
    assert b"\\verb|\\input{not-a-dependency}|" in text
    assert b"\\input{missing}" in text  # kept, with a diagnostic
    assert flat.files == [str(project / "main.tex"), str(project / "sections" / "intro.tex"), str(project / "chap.tex")]
    [missing] = flat.diagnostics
    assert (missing.kind, missing.name, missing.problem, missing.line, missing.col) == ("input", "missing", "missing", 9, 1)
    assert missing.path == str(project / "main.tex")
    assert MAIN[missing.start : missing.end] == b"\\input{missing}"
    assert "no such file" in missing.message
    # Flattening then stripping: one text, every comment gone, tokens kept.
    stripped = texlex.strip(text)
    assert b"commented out" not in stripped
    assert_same_tokens(text, stripped)
    with pytest.raises(texlex.FileError) as e:
        texlex.flatten(project / "absent.tex")
    assert e.value.path == str(project / "absent.tex")


def test_flatten_cycle(tmp_path):
    (tmp_path / "a.tex").write_bytes(b"A\\input{b}\n")
    (tmp_path / "b.tex").write_bytes(b"B\\input{a}\n")
    flat = texlex.flatten(tmp_path / "a.tex")
    assert [d.problem for d in flat.diagnostics] == ["cycle"]
    assert flat.text.startswith(b"AB\\input{a}")
