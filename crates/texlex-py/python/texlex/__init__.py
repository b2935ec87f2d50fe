"""texlex: the tokens TeX itself sees, from Rust.

``lex(source)`` returns ``Tokens`` (iterate light ``Token`` records, or get
Arrow columns with ``Tokens.to_arrow()``); ``Document`` keeps tokens up to
date under edits; ``stats`` and ``check`` lex many files in parallel (``stats_bytes`` files
already in memory); ``strip`` removes comments keeping every token TeX reads;
``Tokens.dependencies()`` and ``Tokens.outline()`` read a file's structure,
``main_files(dir)`` finds a project's main documents and ``flatten(main)``
inlines its inputs.

Offsets are UTF-8 byte offsets everywhere (a ``str`` is encoded to UTF-8);
``Tokens.char_index(offset)`` converts one to a ``str`` index. Lines and
columns are 1-based (columns in characters), as in ``texlex lex --format
jsonl``. The Arrow schema is in ``SCHEMA.md``.
"""

from ._texlex import (
    Dependency,
    Diagnostic,
    Document,
    EditError,
    FileError,
    FlattenDiagnostic,
    Flattened,
    Landmark,
    LexError,
    TexlexError,
    Token,
    Tokens,
    __version__,
    check,
    flatten,
    lex,
    lex_file,
    main_files,
    stats,
    stats_bytes,
    strip,
)


__all__ = [
    "Dependency",
    "Diagnostic",
    "Document",
    "EditError",
    "FileError",
    "FlattenDiagnostic",
    "Flattened",
    "Landmark",
    "LexError",
    "TexlexError",
    "Token",
    "Tokens",
    "__version__",
    "check",
    "flatten",
    "lex",
    "lex_file",
    "main_files",
    "stats",
    "stats_bytes",
    "strip",
]
