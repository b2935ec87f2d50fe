"""texlex: the tokens TeX itself sees, from Rust.

``lex(source)`` returns ``Tokens`` (iterate light ``Token`` records, or get
Arrow columns with ``Tokens.to_arrow()``); ``Document`` keeps tokens up to
date under edits; ``stats`` and ``check`` lex many files in parallel (``stats_bytes`` files
already in memory).

Offsets are UTF-8 byte offsets everywhere (a ``str`` is encoded to UTF-8);
``Tokens.char_index(offset)`` converts one to a ``str`` index. Lines and
columns are 1-based (columns in characters), as in ``texlex lex --format
jsonl``. The Arrow schema is in ``SCHEMA.md``.
"""

from ._texlex import (
    Diagnostic,
    Document,
    EditError,
    FileError,
    LexError,
    TexlexError,
    Token,
    Tokens,
    __version__,
    check,
    lex,
    lex_file,
    stats,
    stats_bytes,
)


__all__ = [
    "Diagnostic",
    "Document",
    "EditError",
    "FileError",
    "LexError",
    "TexlexError",
    "Token",
    "Tokens",
    "__version__",
    "check",
    "lex",
    "lex_file",
    "stats",
    "stats_bytes",
]
