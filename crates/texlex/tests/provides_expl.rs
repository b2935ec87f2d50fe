//! `\ProvidesExplPackage`, `\ProvidesExplClass` and `\ProvidesExplFile`
//! with catcode tracking: as expl3 defines them, they read four undelimited
//! arguments (spaces before each skipped; a token, or a balanced `{…}`
//! whose braces open no group) under the catcodes in force, then perform
//! `\ExplSyntaxOn`, so the token after the fourth argument is read with
//! expl3 catcodes (and lines read after it end with `\endlinechar` 32).
//!
//! The expectations are hand-checked (TeXbook chapter 8 and the oracle's
//! README); each input was also compared with `tex-oracle --track` (LuaTeX;
//! `texlex lex --no-verbatim` printed the same token stream, under `latex`,
//! `latex-at`, `plain-ini` and pdfTeX's byte model). Streams and edited
//! documents must equal a whole, fresh lex on such inputs too.

use proptest::prelude::*;
use texlex::{Catcode, DiagnosticKind, Lexed, Lexer, Record, Regime, TokenKind};

fn lexer() -> Lexer {
    Lexer::new(Regime::Latex).verbatim(false)
}

/// The tokens in short: `\name,` for a control sequence, the character for
/// letters and others, `{` `}` for braces, `␣` for a space token, and
/// `⟨cat:c⟩` for any other character token, `⟨~⟩` for an active `~`.
fn render(doc: &Lexed) -> String {
    let mut out = String::new();
    for token in doc.tokens() {
        match token.kind {
            TokenKind::Cs(id) => {
                out.push('\\');
                out.push_str(&String::from_utf8_lossy(doc.name(id)));
                out.push(',');
            }
            TokenKind::Char { cat, code } => {
                let c = char::from_u32(code).unwrap_or('\u{FFFD}');
                match cat {
                    Catcode::Letter | Catcode::Other | Catcode::BeginGroup | Catcode::EndGroup => {
                        out.push(c)
                    }
                    Catcode::Space => out.push('␣'),
                    _ => out.push_str(&format!("⟨{}:{c}⟩", cat.number())),
                }
            }
            TokenKind::Active(code) => {
                out.push_str(&format!("⟨{}⟩", char::from_u32(code).unwrap_or('?')))
            }
            other => out.push_str(&format!("⟨{other:?}⟩")),
        }
    }
    out
}

fn lex_rendered(src: &str) -> (String, Vec<DiagnosticKind>) {
    let doc = lexer().lex(src.as_bytes()).unwrap();
    let diagnostics = doc.diagnostics().map(|d| d.kind).collect();
    (render(&doc), diagnostics)
}

#[track_caller]
fn check(src: &str, expected: &str) {
    let (got, diagnostics) = lex_rendered(src);
    assert_eq!(got, expected, "{src:?}");
    assert_eq!(diagnostics, [], "{src:?}");
}

/// Arguments on lines of their own, a comment line between them: spaces
/// and line ends before an argument are skipped. The rest of the line
/// after the fourth is read with expl3 catcodes (space ignored, `~` a
/// space, `_` a letter) but ends as it was read (`\endlinechar` 13: a
/// space); the next line ends with an ignored space.
#[test]
fn arguments_across_lines_and_comments() {
    check(
        "\\ProvidesExplPackage\n  {demo}%\n  % a comment line\n  {2026-01-01}\n  {1.0}\n  {desc} \\a_b:n ~ x\nnext line_here\n\\ExplSyntaxOff a_b\n",
        "\\ProvidesExplPackage,{demo}{2026-01-01}␣{1.0}␣{desc}\\a_b:n,x␣nextline_here\\ExplSyntaxOff,a⟨8:_⟩b␣",
    );
}

/// An argument may be one token: a control sequence, a letter. `\bar`
/// (`_` is a subscript character before) is the fourth; `_baz:n` after it
/// is made of letters already.
#[test]
fn single_token_arguments() {
    check(
        "\\ProvidesExplFile\\foo x y\\bar_baz:n ~\n\\ExplSyntaxOff\n\\ProvidesExplClass a{b} \\x z\\y_z:n\n",
        "\\ProvidesExplFile,\\foo,x␣y\\bar,_baz:n␣\\ExplSyntaxOff,\\ProvidesExplClass,a{b}␣\\x,z\\y_z:n,",
    );
}

/// Nested braces belong to the argument and open no group; what is inside
/// is not executed (`\makeatletter`, `\catcode`); a paragraph end from a
/// blank line is an argument too (the macro is `\long`).
#[test]
fn braced_arguments_and_par() {
    check(
        "\\ProvidesExplPackage{a{b}c}{{x}}{ } {\\makeatletter\\catcode`\\@=11 } \\i_j:n @\n",
        "\\ProvidesExplPackage,{a{b}c}{{x}}{␣}␣{\\makeatletter,\\catcode,`\\@,=11␣}\\i_j:n,@␣",
    );
    check(
        "\\ProvidesExplFile{a}\n\n{b}{c}\\n_o:n\n",
        "\\ProvidesExplFile,{a}␣\\par,{b}{c}\\n_o:n,",
    );
}

/// `\endlinechar` 32 applies from the line after the fourth argument.
#[test]
fn end_line_char_from_the_next_line() {
    check(
        "\\ProvidesExplFile{a}{b}{c}{d}\nx y\n",
        "\\ProvidesExplFile,{a}{b}{c}{d}␣xy",
    );
}

/// Lines are read when TeX needs them: after an active end of line as the
/// fourth argument, the next line is read with `\endlinechar` 32 (so
/// `c_d e` ends in an ignored space); the group's end restores catcodes
/// and `\endlinechar` 13, but its own line was read with 32, now a space.
#[test]
fn active_line_ends_as_arguments() {
    let (got, diagnostics) =
        lex_rendered("{\\catcode`\\^^M=13 \\ProvidesExplPackage{a}\n{b}\nc_d e\n}\\x_y\n");
    assert_eq!(
        got,
        "{\\catcode,`\\\r,=13␣\\ProvidesExplPackage,{a}⟨\r⟩{b}⟨\r⟩c_de}\\x,⟨8:_⟩y␣"
    );
    assert_eq!(diagnostics, [DiagnosticKind::GroupEndsRegime]);
}

/// Arguments written with `^^`: an empty group `^^7b^^7d`, a letter, a
/// control word `\^^41`; an argument that spans a blank line (`\par`
/// inside), after which the next blank line, read with `\endlinechar` 32,
/// gives nothing.
#[test]
fn caret_notation_and_blank_lines() {
    check(
        "\\ProvidesExplFile^^7b^^7d{b}^^41 \\^^41 \\q_r\n",
        "\\ProvidesExplFile,{}{b}A␣\\A,\\q_r,",
    );
    check(
        "\\ProvidesExplFile{a}{b}{c}{\n\n}\n\n\\s_t\n",
        "\\ProvidesExplFile,{a}{b}{c}{␣\\par,}␣\\s_t,",
    );
}

/// Fewer than four arguments at the end of the input: nothing happens.
#[test]
fn too_few_arguments_at_the_end() {
    check(
        "\\ProvidesExplPackage{a}{b}\n{c}",
        "\\ProvidesExplPackage,{a}{b}␣{c}␣",
    );
    let (got, diagnostics) = lex_rendered("\\ProvidesExplPackage{a}{b}{c}{d");
    assert_eq!(got, "\\ProvidesExplPackage,{a}{b}{c}{d␣");
    assert_eq!(diagnostics, [DiagnosticKind::UnclosedOpenBrace]);
}

/// Inside a group the expl3 catcodes last to its end (which undoes them,
/// with the diagnostic `\ExplSyntaxOn` in a group gets).
#[test]
fn inside_groups() {
    let (got, diagnostics) = lex_rendered(concat!(
        "\\begingroup \\ProvidesExplPackage{a}{b}{c}{d}\\in_side:n ~ \\endgroup \\out_side:n ~\n",
        "{ \\ProvidesExplFile{a}{b}{c}{d} \\x_y:n } \\z_w:n\n",
        "\\begin{foo}\\ProvidesExplClass{a}{b}{c}{d}\\q_r:n\\end{foo}\\s_t:n\n",
    ));
    assert_eq!(
        got,
        concat!(
            "\\begingroup,\\ProvidesExplPackage,{a}{b}{c}{d}\\in_side:n,\\endgroup,\\out,⟨8:_⟩side:n␣⟨~⟩␣",
            "{␣\\ProvidesExplFile,{a}{b}{c}{d}\\x_y:n,}␣\\z,⟨8:_⟩w:n␣",
            "\\begin,{foo}\\ProvidesExplClass,{a}{b}{c}{d}\\q_r:n,\\end,{foo}\\s,⟨8:_⟩t:n␣",
        )
    );
    assert_eq!(diagnostics, [DiagnosticKind::GroupEndsRegime; 3]);
}

/// In a `\def` body nothing is performed; as the name being defined it is
/// not either.
#[test]
fn in_definitions() {
    check(
        concat!(
            "\\def\\x{\\ProvidesExplPackage{a}{b}{c}{d}}\\a_b:n\n",
            "\\def\\ProvidesExplPackage#1#2#3#4{}\\c_d:n\n",
            "\\gdef\\z{\\ProvidesExplClass}{a}{b}{c}{d}\\g_h:n\n",
        ),
        concat!(
            "\\def,\\x,{\\ProvidesExplPackage,{a}{b}{c}{d}}\\a,⟨8:_⟩b:n␣",
            "\\def,\\ProvidesExplPackage,⟨6:#⟩1⟨6:#⟩2⟨6:#⟩3⟨6:#⟩4{}\\c,⟨8:_⟩d:n␣",
            "\\gdef,\\z,{\\ProvidesExplClass,}{a}{b}{c}{d}\\g,⟨8:_⟩h:n␣",
        ),
    );
}

/// Already on: nothing more (one `\ExplSyntaxOff` ends it). After a
/// `\catcode` whose number does not come, it acts; a stray `}` counts as
/// an argument, as the oracle has it.
#[test]
fn on_twice_after_catcode_and_stray_brace() {
    check(
        "\\ProvidesExplFile{a}{b}{c}{d}\\ProvidesExplClass{a}{b}{c}{d}\\ExplSyntaxOff\\k_l:n\n",
        "\\ProvidesExplFile,{a}{b}{c}{d}\\ProvidesExplClass,{a}{b}{c}{d}\\ExplSyntaxOff,\\k,⟨8:_⟩l:n␣",
    );
    check(
        "\\catcode\\ProvidesExplFile{a}{b}{c}{d}\\v_w:n\n",
        "\\catcode,\\ProvidesExplFile,{a}{b}{c}{d}\\v_w:n,",
    );
    let (got, diagnostics) = lex_rendered("\\ProvidesExplFile{a}{b}{c}}\\m_n:n\n");
    assert_eq!(got, "\\ProvidesExplFile,{a}{b}{c}}\\m_n:n,");
    assert_eq!(diagnostics, [DiagnosticKind::UnmatchedCloseBrace]);
}

/// Under `latex-at` (a package) and in pdfTeX's byte model alike.
#[test]
fn in_a_package_and_in_the_byte_model() {
    let src = b"\\ProvidesExplPackage{p}{2026}{1}{d}\\p@_x:n\n";
    let cases = [
        (
            Lexer::new(Regime::LatexAt).verbatim(false),
            "\\ProvidesExplPackage,{p}{2026}{1}{d}\\p@_x:n,",
        ),
        (
            Lexer::new(Regime::Latex).engine(texlex::TexEngine::Pdftex),
            "\\ProvidesExplPackage,{p}{2026}{1}{d}\\p,@_x:n␣",
        ),
    ];
    for (lexer, expected) in cases {
        assert_eq!(render(&lexer.lex(src).unwrap()), expected);
    }
}

fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => Just(b"\\ProvidesExplPackage".to_vec()),
        1 => Just(b"\\ProvidesExplFile ".to_vec()),
        1 => Just(b"\\ProvidesExplClass\n".to_vec()),
        3 => Just(b"{a}".to_vec()),
        1 => Just(b"{x{y}".to_vec()),
        2 => Just(b"}".to_vec()),
        1 => Just(b" ".to_vec()),
        2 => Just(b"\n".to_vec()),
        1 => Just(b"%c\n".to_vec()),
        1 => Just(b"\\a_b:n ~".to_vec()),
        1 => Just(b"x_y".to_vec()),
        1 => Just(b"\\ExplSyntaxOff".to_vec()),
        1 => Just(b"\\begingroup ".to_vec()),
        1 => Just(b"\\endgroup ".to_vec()),
        1 => Just(b"\\def\\x{".to_vec()),
        1 => Just(b"\\catcode`\\_=12 ".to_vec()),
        1 => Just(b"\\verb|".to_vec()),
        1 => Just(b"\\begin{verbatim}".to_vec()),
        1 => Just(b"\\end{verbatim}".to_vec()),
    ]
}

fn text() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

/// A token's kind, or for a control sequence or verbatim environment its
/// name (`true` for a verbatim body), and its start.
type Seen = (Result<TokenKind, (bool, Vec<u8>)>, u64);

fn tokens_of(doc: &Lexed, offset: u64) -> Vec<Seen> {
    doc.tokens()
        .map(|t| {
            // Ids may differ between interners; names may not.
            let kind = match t.kind {
                TokenKind::Cs(id) => Err((false, doc.name(id).to_vec())),
                TokenKind::Verbatim { env } => Err((true, doc.name(env).to_vec())),
                kind => Ok(kind),
            };
            (kind, offset + u64::from(t.span.start))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A stream (pieces of whole lines, the first one small) gives the
    /// tokens of a whole lex, also when the arguments straddle pieces.
    #[test]
    fn streamed_equals_whole(text in text(), verbatim in any::<bool>()) {
        let lexer = Lexer::new(Regime::Latex).verbatim(verbatim);
        let whole = lexer.lex(&text).unwrap();
        let expected = tokens_of(&whole, 0);
        let mut got = Vec::new();
        let mut stream = lexer.stream(&text[..]);
        while let Some(piece) = stream.next_piece().unwrap() {
            got.extend(tokens_of(&piece, piece.offset()));
        }
        prop_assert_eq!(got, expected);
    }

    /// Edits that add, remove or split `\ProvidesExpl…` and its arguments
    /// leave a document equal to a fresh lex of its text.
    #[test]
    fn edited_document_equals_fresh_lex(
        text in text(),
        edits in proptest::collection::vec((any::<u16>(), 0u16..24, piece()), 1..10),
        verbatim in any::<bool>(),
    ) {
        let lexer = Lexer::new(Regime::Latex).verbatim(verbatim);
        let mut doc = lexer.document(&text).unwrap();
        for (at, len, insert) in edits {
            let size = doc.len();
            let start = u32::from(at) % (size + 1);
            let end = (start + u32::from(len)).min(size);
            let _ = doc.edit(start..end, &insert);
            let now = doc.text();
            let fresh = lexer.lex(&now).unwrap();
            let records: Vec<Record> = fresh.records().collect();
            let edited: Vec<Record> = doc.records().collect();
            prop_assert_eq!(edited.len(), records.len());
            for (a, b) in edited.iter().zip(&records) {
                match (a, b) {
                    (Record::Token(x), Record::Token(y)) => {
                        prop_assert_eq!(x.span, y.span);
                        match (x.kind, y.kind) {
                            (TokenKind::Cs(i), TokenKind::Cs(j))
                            | (TokenKind::Verbatim { env: i }, TokenKind::Verbatim { env: j }) => {
                                prop_assert_eq!(doc.name(i), fresh.name(j))
                            }
                            (p, q) => prop_assert_eq!(p, q),
                        }
                    }
                    _ => prop_assert_eq!(a, b),
                }
            }
            let diagnostics: Vec<_> = fresh.diagnostics().collect();
            prop_assert_eq!(doc.diagnostics().collect::<Vec<_>>(), diagnostics);
        }
    }
}
