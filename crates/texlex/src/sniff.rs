//! Sniffing: how a file asks to be read, from its first bytes.
//!
//! A lexer cannot know everything a TeX run knows: which engine compiles a
//! file, and so whether its bytes are UTF-8 code points or characters of
//! their own; or that a `.code.tex` file loaded by an expl3 package starts
//! in expl3 syntax. [`sniff`] reads what a file's head says about it:
//!
//! 1. texlex's own magic comments, in the file's leading comment lines:
//!    `% !TeX texlex-engine = pdftex` (any [`TexEngine::name`]) and
//!    `% !TeX texlex-regime = expl3` (any [`Regime::name`]);
//! 2. the encoding it declares: a `% !TeX encoding = …` magic comment (as
//!    TeXShop, TeXstudio and TeXworks write it), else the first
//!    `\usepackage[…]{inputenc}`, `\RequirePackage[…]{inputenc}` (or
//!    `inputenx`, `luainputenc`) or `\inputencoding{…}` outside a comment.
//!    A legacy 8-bit (or CJK) encoding means pdfTeX's byte model; `utf8`
//!    (`utf8x`, `UTF-8`) means the UTF-8 model and stops the search;
//! 3. failing a declaration, bytes that are not UTF-8: the byte model,
//!    which is how pdfTeX (the engine such files are written for) reads
//!    them, instead of one U+FFFD per accented letter.
//!
//! A caller applies what it did not fix itself: command-line flags win
//! over magic comments, which win over detection and the defaults (the
//! `texlex` command does exactly that). Sniffing only reads bytes; it
//! never decodes or changes them, and never panics.

use crate::pos::LineIndex;
use crate::{Position, Regime, Span, TexEngine};

/// How much of a file's head [`sniff`] looks at: 64 KiB. A caller reading a
/// stream passes its first `SNIFF_LEN` bytes (or all of a shorter input).
pub const SNIFF_LEN: usize = 64 << 10;

/// Leading comment lines read for magic comments (TeXShop reads 20).
const MAGIC_LINES: usize = 50;

/// What a file's head says about how to read it: see [`sniff`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Sniff {
    /// The engine (and so the input model) to read with, and why; `None`
    /// when the head says nothing for one, or declares UTF-8 (the
    /// caller's default holds: LuaTeX's UTF-8 model for the `texlex`
    /// command).
    pub engine: Option<Sniffed<TexEngine>>,
    /// The regime a `% !TeX texlex-regime = …` magic comment asks for.
    pub regime: Option<Sniffed<Regime>>,
}

/// A finding of [`sniff`]: the value, why, and where in the head.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sniffed<T> {
    /// What the head asks for.
    pub value: T,
    /// Why.
    pub reason: SniffReason,
    /// The bytes of the head that say so: a magic comment's line (without
    /// its line end), a declaration from `\usepackage` to its `}`, or the
    /// first ill-formed UTF-8 sequence.
    pub span: Span,
    /// Where the span starts (1-based line and column; columns count
    /// characters as [`Lexed::position`](crate::Lexed::position) does).
    pub at: Position,
}

/// Why [`sniff`] chose an engine or a regime.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SniffReason {
    /// A texlex magic comment: `% !TeX texlex-engine = …` or
    /// `% !TeX texlex-regime = …`.
    MagicComment,
    /// A `% !TeX encoding = …` magic comment naming a legacy encoding (its
    /// canonical name, e.g. `latin1`, `cp1251`, `gbk`).
    MagicEncoding {
        /// The encoding, by the name inputenc (or, without one, iconv)
        /// gives it.
        encoding: &'static str,
    },
    /// An inputenc declaration of a legacy encoding.
    Inputenc {
        /// The encoding, as inputenc names it (`ansinew` as `cp1252`).
        encoding: &'static str,
    },
    /// Bytes that are not UTF-8, with no declaration.
    NotUtf8,
}

impl SniffReason {
    /// A stable kebab-case name: `magic-comment`, `magic-encoding`,
    /// `inputenc` or `not-utf8` (JSON output uses it).
    pub const fn name(self) -> &'static str {
        match self {
            SniffReason::MagicComment => "magic-comment",
            SniffReason::MagicEncoding { .. } => "magic-encoding",
            SniffReason::Inputenc { .. } => "inputenc",
            SniffReason::NotUtf8 => "not-utf8",
        }
    }

    /// The legacy encoding declared, if the reason is a declaration.
    pub const fn encoding(self) -> Option<&'static str> {
        match self {
            SniffReason::MagicEncoding { encoding } | SniffReason::Inputenc { encoding } => {
                Some(encoding)
            }
            SniffReason::MagicComment | SniffReason::NotUtf8 => None,
        }
    }
}

/// Reads how `head` (a file's first [`SNIFF_LEN`] bytes, or all of it)
/// asks to be read: see the module notes above for what counts, in order.
/// Only the first [`SNIFF_LEN`] bytes are read, whatever the length of
/// `head`, so that a whole file and a stream's head give one answer.
/// Never panics, whatever the bytes. A UTF-8 sequence cut by the end of
/// `head` is not taken for an ill-formed one.
///
/// ```
/// use texlex::{Regime, SniffReason, TexEngine, sniff};
///
/// let s = sniff(b"\\documentclass{article}\n\\usepackage[latin1]{inputenc}\nCaf\xe9\n");
/// let engine = s.engine.unwrap();
/// assert_eq!(engine.value, TexEngine::Pdftex);
/// assert_eq!(engine.reason, SniffReason::Inputenc { encoding: "latin1" });
/// assert_eq!((engine.at.line, engine.at.col), (2, 1));
///
/// // Undeclared bytes that are not UTF-8.
/// let s = sniff(b"Caf\xe9\n");
/// assert_eq!(s.engine.unwrap().reason, SniffReason::NotUtf8);
/// assert_eq!(s.engine.unwrap().span.start, 3);
///
/// // Declared UTF-8, or nothing to go by: the caller's default.
/// assert_eq!(sniff(b"\\usepackage[utf8]{inputenc}\nCaf\xe9\n").engine, None);
/// assert_eq!(sniff("Café\n".as_bytes()).engine, None);
///
/// // texlex's own magic comments, in the leading comment lines.
/// let s = sniff(b"% !TeX texlex-regime = expl3\n\\cs_new:Npn \\foo: {}\n");
/// assert_eq!(s.regime.unwrap().value, Regime::Expl3);
/// assert_eq!(s.regime.unwrap().reason, SniffReason::MagicComment);
/// ```
pub fn sniff(head: &[u8]) -> Sniff {
    let head = &head[..head.len().min(SNIFF_LEN)];
    let mut engine: Option<(TexEngine, SniffReason, Span)> = None;
    let mut regime: Option<(Regime, SniffReason, Span)> = None;
    // Declared UTF-8: no detection from the bytes.
    let mut utf8_declared = false;
    let mut encoding_magic: Option<(Encoding, Span)> = None;

    for (line, span) in leading_comment_lines(head) {
        let Some((key, value)) = magic_comment(line) else {
            continue;
        };
        if key.eq_ignore_ascii_case(b"texlex-engine") {
            if let Some(e) = name_of(value).and_then(TexEngine::from_name)
                && engine.is_none()
            {
                engine = Some((e, SniffReason::MagicComment, span));
            }
        } else if key.eq_ignore_ascii_case(b"texlex-regime") {
            if let Some(r) = name_of(value).and_then(Regime::from_name)
                && regime.is_none()
            {
                regime = Some((r, SniffReason::MagicComment, span));
            }
        } else if key.eq_ignore_ascii_case(b"encoding")
            && encoding_magic.is_none()
            && let Some(encoding) = encoding_named(value)
        {
            encoding_magic = Some((encoding, span));
        }
    }

    let declared = encoding_magic
        .map(|(e, span)| (e, span, true))
        .or_else(|| inputenc_declaration(head).map(|(e, span)| (e, span, false)));
    match declared {
        Some((Encoding::Utf8, _, _)) => utf8_declared = true,
        Some((Encoding::Legacy(encoding), span, magic)) if engine.is_none() => {
            let reason = if magic {
                SniffReason::MagicEncoding { encoding }
            } else {
                SniffReason::Inputenc { encoding }
            };
            engine = Some((TexEngine::Pdftex, reason, span));
        }
        _ => {}
    }
    if engine.is_none()
        && !utf8_declared
        && let Some(span) = first_ill_formed(head)
    {
        engine = Some((TexEngine::Pdftex, SniffReason::NotUtf8, span));
    }

    let lines = (engine.is_some() || regime.is_some()).then(|| line_index(head));
    Sniff {
        engine: engine.map(|found| placed(found, head, lines.as_ref())),
        regime: regime.map(|found| placed(found, head, lines.as_ref())),
    }
}

/// The line index of `head` (at most [`SNIFF_LEN`] bytes).
fn line_index(head: &[u8]) -> LineIndex {
    let mut starts = vec![0];
    starts.extend(crate::line_end::LineStarts::new(head, 0, head.len()).map(|s| s as u32));
    LineIndex::from_starts(starts, head.len() as u32)
}

/// A finding with its position in `head`.
fn placed<T>(
    (value, reason, span): (T, SniffReason, Span),
    head: &[u8],
    lines: Option<&LineIndex>,
) -> Sniffed<T> {
    let at = match lines {
        Some(lines) => lines.position(head, span.start),
        None => line_index(head).position(head, span.start),
    };
    Sniffed {
        value,
        reason,
        span,
        at,
    }
}

/// An encoding a declaration names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Legacy(&'static str),
}

/// Encoding names, compared lower-case without `-`, `_`, `.` and spaces,
/// and the canonical name of each (inputenc's where it has one). The
/// names are inputenc's and inputenx's options, the Cyrillic, Greek and
/// other encodings of their companions, and the names editors write in
/// `% !TeX encoding` (TeXShop's, TeXstudio's and iconv's).
const ENCODINGS: &[(&str, &str)] = &[
    ("utf8", "utf8"),
    ("utf8x", "utf8"),
    ("lutf8", "utf8"),
    ("unicode", "utf8"),
    ("latin1", "latin1"),
    ("l1", "latin1"),
    ("iso88591", "latin1"),
    ("isolatin1", "latin1"),
    ("isolatin", "latin1"),
    ("latin2", "latin2"),
    ("iso88592", "latin2"),
    ("isolatin2", "latin2"),
    ("latin3", "latin3"),
    ("iso88593", "latin3"),
    ("latin4", "latin4"),
    ("iso88594", "latin4"),
    ("latin5", "latin5"),
    ("iso88599", "latin5"),
    ("latin6", "latin6"),
    ("iso885910", "latin6"),
    ("latin7", "latin7"),
    ("iso885913", "latin7"),
    ("latin8", "latin8"),
    ("iso885914", "latin8"),
    ("latin9", "latin9"),
    ("iso885915", "latin9"),
    ("latin10", "latin10"),
    ("iso885916", "latin10"),
    ("iso88595", "iso88595"),
    ("iso88597", "iso-8859-7"),
    ("iso88598", "iso-8859-8"),
    ("iso88596", "iso-8859-6"),
    ("iso885911", "iso-8859-11"),
    ("tis620", "tis-620"),
    ("ansinew", "cp1252"),
    ("cp1250", "cp1250"),
    ("cp1251", "cp1251"),
    ("cp1252", "cp1252"),
    ("cp1253", "cp1253"),
    ("cp1254", "cp1254"),
    ("cp1255", "cp1255"),
    ("cp1256", "cp1256"),
    ("cp1257", "cp1257"),
    ("cp1258", "cp1258"),
    ("windows1250", "cp1250"),
    ("windows1251", "cp1251"),
    ("windows1252", "cp1252"),
    ("windows1253", "cp1253"),
    ("windows1254", "cp1254"),
    ("windows1255", "cp1255"),
    ("windows1256", "cp1256"),
    ("windows1257", "cp1257"),
    ("windows1258", "cp1258"),
    ("winlatin1", "cp1252"),
    ("wincyrillic", "cp1251"),
    ("cp437", "cp437"),
    ("cp437de", "cp437de"),
    ("cp850", "cp850"),
    ("cp852", "cp852"),
    ("cp855", "cp855"),
    ("cp858", "cp858"),
    ("cp865", "cp865"),
    ("cp866", "cp866"),
    ("cp866av", "cp866av"),
    ("cp866mav", "cp866mav"),
    ("cp866nav", "cp866nav"),
    ("cp866tat", "cp866tat"),
    ("koi8r", "koi8-r"),
    ("koi8u", "koi8-u"),
    ("koi8ru", "koi8-ru"),
    ("decmulti", "decmulti"),
    ("applemac", "applemac"),
    ("macroman", "applemac"),
    ("macosroman", "applemac"),
    ("xmacroman", "applemac"),
    ("macce", "macce"),
    ("maccentraleurope", "macce"),
    ("xmacce", "macce"),
    ("xmaccentraleurope", "macce"),
    ("maccyr", "maccyr"),
    ("maccyrillic", "maccyr"),
    ("xmaccyrillic", "maccyr"),
    ("macukr", "macukr"),
    ("macukrainian", "macukr"),
    ("xmacukrainian", "macukr"),
    ("xmacgreek", "x-mac-greek"),
    ("xmacturkish", "x-mac-turkish"),
    ("xmaciceland", "x-mac-iceland"),
    ("xmaccroatian", "x-mac-croatian"),
    ("xmacromanian", "x-mac-romanian"),
    ("next", "next"),
    ("nextstep", "next"),
    ("isiri", "isiri"),
    ("pt154", "pt154"),
    ("pt254", "pt254"),
    ("mik", "mik"),
    ("ctt", "ctt"),
    ("dbk", "dbk"),
    ("mnk", "mnk"),
    ("mls", "mls"),
    ("mos", "mos"),
    ("gbk", "gbk"),
    ("gb2312", "gb2312"),
    ("gb18030", "gb18030"),
    ("euccn", "gb2312"),
    ("cp936", "gbk"),
    ("big5", "big5"),
    ("big5hkscs", "big5-hkscs"),
    ("cp950", "big5"),
    ("shiftjis", "shift_jis"),
    ("sjis", "shift_jis"),
    ("cp932", "shift_jis"),
    ("eucjp", "euc-jp"),
    ("euckr", "euc-kr"),
    ("cp949", "euc-kr"),
];

/// The encoding a name means, if texlex knows it.
fn encoding_named(name: &[u8]) -> Option<Encoding> {
    let mut key = [0u8; 24];
    let mut len = 0;
    for &b in name {
        if matches!(b, b'-' | b'_' | b'.' | b' ' | b'\t') {
            continue;
        }
        if len == key.len() {
            return None;
        }
        key[len] = b.to_ascii_lowercase();
        len += 1;
    }
    let key = &key[..len];
    let &(_, canonical) = ENCODINGS.iter().find(|(k, _)| k.as_bytes() == key)?;
    Some(if canonical == "utf8" {
        Encoding::Utf8
    } else {
        Encoding::Legacy(canonical)
    })
}

/// `value` as a name (ASCII, no spaces), if it is one.
fn name_of(value: &[u8]) -> Option<&str> {
    std::str::from_utf8(value).ok()
}

/// The file's leading lines that are comments (blank lines skipped), at
/// most [`MAGIC_LINES`] of them: each without its line end, with its span.
fn leading_comment_lines(head: &[u8]) -> impl Iterator<Item = (&[u8], Span)> {
    let mut at = 0usize;
    let mut seen = 0;
    std::iter::from_fn(move || {
        loop {
            if at >= head.len() || seen >= MAGIC_LINES {
                return None;
            }
            let rest = &head[at..];
            let len = rest
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .unwrap_or(rest.len());
            let line = &rest[..len];
            let start = at;
            at += len;
            // The line end: CR LF, CR or LF.
            match head.get(at) {
                Some(b'\r') if head.get(at + 1) == Some(&b'\n') => at += 2,
                Some(_) => at += 1,
                None => {}
            }
            seen += 1;
            let text = trim_start(line);
            // A byte-order mark may open the file.
            let text = if start == 0 {
                text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text)
            } else {
                text
            };
            match text.first() {
                None => continue,
                Some(b'%') => {
                    let span = Span::new(start as u32, (start + len) as u32);
                    return Some((line, span));
                }
                Some(_) => return None,
            }
        }
    })
}

/// `% !TeX key = value` (any number of `%`, spaces around each part, `TeX`
/// in any case): the key and the value (trimmed).
fn magic_comment(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let text = trim_start(line);
    let percents = text.iter().take_while(|&&b| b == b'%').count();
    if percents == 0 {
        return None;
    }
    let text = trim_start(&text[percents..]);
    let text = text.strip_prefix(b"!")?;
    let (tex, text) = text.split_at_checked(3)?;
    if !tex.eq_ignore_ascii_case(b"tex") {
        return None;
    }
    let text = trim_start(text);
    let eq = text.iter().position(|&b| b == b'=')?;
    let key = trim(&text[..eq]);
    let value = trim(&text[eq + 1..]);
    (!key.is_empty() && !value.is_empty()).then_some((key, value))
}

/// The first inputenc declaration outside a comment: the encoding and the
/// span from the command to its closing `}`.
fn inputenc_declaration(head: &[u8]) -> Option<(Encoding, Span)> {
    // Every declaration names `inputenc`, `inputenx` or `\inputencoding`:
    // only the lines holding "inputen" are read (most heads hold none, and
    // one SIMD search passes over them).
    let is_line_end = |b: &u8| *b == b'\n' || *b == b'\r';
    for hit in memchr::memmem::find_iter(head, b"inputen") {
        let line_start = head[..hit]
            .iter()
            .rposition(is_line_end)
            .map_or(0, |p| p + 1);
        let line_end = hit
            + head[hit..]
                .iter()
                .position(is_line_end)
                .unwrap_or(head.len() - hit);
        let line = without_comment(&head[line_start..line_end]);
        let mut from = 0;
        while let Some(found) = memchr::memchr(b'\\', &line[from..]) {
            let at = from + found;
            if let Some((encoding, end)) = declaration_at(line, at) {
                let span = Span::new((line_start + at) as u32, (line_start + end) as u32);
                return Some((encoding, span));
            }
            from = at + 1;
        }
    }
    None
}

/// A declaration starting at the `\` at `at` in `line`: its encoding and
/// where it ends.
fn declaration_at(line: &[u8], at: usize) -> Option<(Encoding, usize)> {
    let text = &line[at + 1..];
    if let Some(rest) = text.strip_prefix(b"inputencoding") {
        let (arg, end) = group(rest, b'{', b'}')?;
        let encoding = encoding_named(trim(arg))?;
        return Some((encoding, line.len() - rest.len() + end));
    }
    let rest = text
        .strip_prefix(b"usepackage")
        .or_else(|| text.strip_prefix(b"RequirePackage"))?;
    let (options, after) = group(rest, b'[', b']')?;
    let rest = &rest[after..];
    let (packages, end) = group(rest, b'{', b'}')?;
    let inputenc = packages
        .split(|&b| b == b',')
        .map(trim)
        .any(|p| p == b"inputenc" || p == b"inputenx" || p == b"luainputenc");
    if !inputenc {
        return None;
    }
    // LaTeX processes the options in order: the last encoding wins.
    let encoding = options
        .split(|&b| b == b',')
        .filter_map(|o| encoding_named(trim(o)))
        .next_back()?;
    Some((encoding, line.len() - rest.len() + end))
}

/// After optional spaces, `open`…`close` (no nesting): the contents and
/// the offset just past `close`.
fn group(text: &[u8], open: u8, close: u8) -> Option<(&[u8], usize)> {
    let skipped = text.len() - trim_start(text).len();
    if text.get(skipped) != Some(&open) {
        return None;
    }
    let inner = &text[skipped + 1..];
    let len = inner.iter().position(|&b| b == close)?;
    Some((&inner[..len], skipped + 1 + len + 1))
}

/// `line` up to its first `%` not escaped by a `\`.
fn without_comment(line: &[u8]) -> &[u8] {
    let mut backslashes = 0;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'%' if backslashes % 2 == 0 => return &line[..i],
            b'\\' => {
                backslashes += 1;
                continue;
            }
            _ => {}
        }
        backslashes = 0;
    }
    line
}

/// The first ill-formed UTF-8 sequence (a maximal ill-formed subpart) of
/// `head`; a sequence cut by its end does not count.
fn first_ill_formed(head: &[u8]) -> Option<Span> {
    let error = std::str::from_utf8(head).err()?;
    let len = error.error_len()?;
    let start = error.valid_up_to();
    Some(Span::new(start as u32, (start + len) as u32))
}

fn trim_start(text: &[u8]) -> &[u8] {
    let n = text
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(text.len());
    &text[n..]
}

fn trim(text: &[u8]) -> &[u8] {
    let text = trim_start(text);
    let n = text
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(0, |i| i + 1);
    &text[..n]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn engine(head: &[u8]) -> Option<(TexEngine, SniffReason, u32, u32)> {
        sniff(head)
            .engine
            .map(|s| (s.value, s.reason, s.at.line, s.at.col))
    }

    #[test]
    fn inputenc_declarations_of_legacy_encodings() {
        let cases: &[(&[u8], &str)] = &[
            (b"\\usepackage[latin1]{inputenc}", "latin1"),
            (b"\\usepackage[cp1251]{inputenc}", "cp1251"),
            (b"\\RequirePackage[koi8-r]{inputenc}", "koi8-r"),
            (b"\\usepackage [ utf8 , cp1250 ] { inputenc }", "cp1250"),
            (b"\\usepackage[latin2]{inputenx}", "latin2"),
            (b"\\inputencoding{ansinew}", "cp1252"),
            (b"\\usepackage[applemac]{inputenc}", "applemac"),
            (b"\\usepackage[x-mac-cyrillic]{inputenc}", "maccyr"),
            (b"\\usepackage[latin10]{inputenc}", "latin10"),
            (b"\\usepackage[cp437de]{inputenc}", "cp437de"),
        ];
        for &(decl, encoding) in cases {
            let head = [b"\\documentclass{article}\n  ", decl, b"\n"].concat();
            assert_eq!(
                engine(&head),
                Some((TexEngine::Pdftex, SniffReason::Inputenc { encoding }, 2, 3)),
                "{}",
                String::from_utf8_lossy(decl)
            );
            let span = sniff(&head).engine.unwrap().span;
            assert_eq!(&head[span.start as usize..span.end as usize], decl);
        }
        let head = b"\\usepackage[T1]{fontenc}\\usepackage[cp1251]{inputenc}";
        assert_eq!(
            engine(head),
            Some((
                TexEngine::Pdftex,
                SniffReason::Inputenc { encoding: "cp1251" },
                1,
                25
            ))
        );
    }

    #[test]
    fn utf8_declarations_and_unknown_ones() {
        assert_eq!(engine(b"\\usepackage[utf8]{inputenc}\n\xe9\n"), None);
        assert_eq!(engine(b"\\usepackage[utf8x]{inputenc}\n\xe9\n"), None);
        assert_eq!(engine(b"% !TeX encoding = UTF-8\n\xe9\n"), None);
        // Not inputenc, an unknown encoding, commented out: not declarations.
        assert_eq!(engine(b"\\usepackage[latin1]{fontenc}\n"), None);
        assert_eq!(engine(b"\\usepackage[klingon]{inputenc}\n"), None);
        assert_eq!(engine(b"% \\usepackage[latin1]{inputenc}\n"), None);
        assert_eq!(engine(b"a % \\usepackage[latin1]{inputenc}\n"), None);
        // An escaped `%` is no comment.
        assert!(engine(b"50\\% \\usepackage[latin1]{inputenc}\n").is_some());
        // The first declaration counts.
        assert_eq!(
            engine(b"\\usepackage[utf8]{inputenc}\n\\inputencoding{latin1}\n"),
            None
        );
    }

    #[test]
    fn magic_comments() {
        let head = b"%!TEX encoding = ISO-8859-1\n\\usepackage[utf8]{inputenc}\n";
        assert_eq!(
            engine(head),
            Some((
                TexEngine::Pdftex,
                SniffReason::MagicEncoding { encoding: "latin1" },
                1,
                1
            ))
        );
        let head = b"\xEF\xBB\xBF% !TeX program = lualatex\n\n%% !tex TeXlex-Engine = xetex \r\n% !TeX texlex-regime = latex-at\n\\relax\n% !TeX texlex-regime = expl3\n";
        let s = sniff(head);
        let e = s.engine.unwrap();
        assert_eq!(
            (e.value, e.reason, e.at.line),
            (TexEngine::Xetex, SniffReason::MagicComment, 3)
        );
        assert_eq!(
            &head[e.span.start as usize..e.span.end as usize],
            b"%% !tex TeXlex-Engine = xetex "
        );
        let r = s.regime.unwrap();
        assert_eq!((r.value, r.at.line), (Regime::LatexAt, 4));
        // Only in the leading comment lines; unknown values are ignored.
        assert_eq!(
            sniff(b"\\relax\n% !TeX texlex-regime = expl3\n").regime,
            None
        );
        assert_eq!(sniff(b"% !TeX texlex-regime = klingon\n").regime, None);
        // The engine magic comment wins over a declaration and the bytes.
        let head = b"% !TeX texlex-engine = luatex\n\\usepackage[latin1]{inputenc}\n\xe9\n";
        assert_eq!(engine(head).map(|e| e.0), Some(TexEngine::Luatex));
    }

    #[test]
    fn bytes_that_are_not_utf8() {
        assert_eq!(
            engine(b"ok\n\\section{Caf\xe9}\n"),
            Some((TexEngine::Pdftex, SniffReason::NotUtf8, 2, 13))
        );
        // A sequence cut by the end of the head is no evidence.
        assert_eq!(engine("é".as_bytes().split_last().unwrap().1), None);
        assert_eq!(engine(b"\xc3"), None);
        assert_eq!(engine(b"\xc3x").map(|e| e.1), Some(SniffReason::NotUtf8));
        assert_eq!(engine(b""), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// No panic on any bytes, and every span lies in the head.
        #[test]
        fn any_bytes(head in proptest::collection::vec(any::<u8>(), 0..400)) {
            let s = sniff(&head);
            for span in s.engine.map(|e| e.span).into_iter().chain(s.regime.map(|r| r.span)) {
                prop_assert!(span.start <= span.end && span.end as usize <= head.len());
            }
        }

        /// Declarations and magic comments among arbitrary text.
        #[test]
        fn any_text_around_pieces(
            parts in proptest::collection::vec(prop_oneof![
                Just(&b"\\usepackage["[..]), Just(&b"]{inputenc}"[..]), Just(&b"latin1"[..]),
                Just(&b"% !TeX "[..]), Just(&b"texlex-regime"[..]), Just(&b" = "[..]),
                Just(&b"\n"[..]), Just(&b"\r"[..]), Just(&b"%"[..]), Just(&b"\\"[..]),
                Just(&b"\xe9"[..]), Just(&b"\xEF\xBB\xBF"[..]), Just(&b"{"[..]), Just(&b","[..]),
            ], 0..40)
        ) {
            let head = parts.concat();
            let s = sniff(&head);
            if let Some(e) = s.engine {
                prop_assert!(e.span.end as usize <= head.len());
                prop_assert_eq!(e.value, TexEngine::Pdftex);
            }
        }
    }
}
