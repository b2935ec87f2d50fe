//! `\verb` and verbatim environments (catcode tracking with verbatim on),
//! hand-checked against LaTeX's behaviour.

use texlex::{DiagnosticKind, LexOptions, Lexed, Profile, Record, Regime, TokenKind, lex_with};

fn lex(src: &str) -> Lexed<'_> {
    lex_with(
        src.as_bytes(),
        &Profile::new(Regime::Latex),
        &LexOptions::tracking_with_verbatim(),
    )
}

fn tex(src: &str) -> String {
    let doc = lex(src);
    let mut out = Vec::new();
    texlex::render::write_tex(&doc, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn assert_tiles(doc: &Lexed) {
    let mut end = 0;
    for record in doc.records() {
        assert_eq!(record.span().start, end, "{record:?}");
        end = record.span().end;
    }
    assert_eq!(end as usize, doc.source().len());
}

#[test]
fn verb_takes_its_delimited_argument_raw() {
    let doc = lex("\\verb|a %b{| c\n");
    assert_tiles(&doc);
    let tokens: Vec<_> = doc.tokens().collect();
    assert!(matches!(
        tokens[1].kind,
        TokenKind::Verb {
            delimiter: 0x7C,
            starred: false,
            terminated: true
        }
    ));
    assert_eq!(tokens[1].span.range(), 5..12);
    assert_eq!(
        tokens[1].kind.verb_body(tokens[1].span).unwrap().range(),
        6..11
    );
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    assert_eq!(
        tex("\\verb|a b|\n"),
        "cs verb\nverb |a<U+0020>b|\nchr 10 U+0020\n"
    );
}

#[test]
fn starred_and_unicode_delimiters() {
    assert_eq!(
        tex("\\verb*+x y+\n"),
        "cs verb\nverb* +x<U+0020>y+\nchr 10 U+0020\n"
    );
    // `é` is a letter (it would continue the name); `§` is not.
    let doc = lex("\\verb\u{a7}x\u{a7}!\n");
    let tokens: Vec<_> = doc.tokens().collect();
    assert!(matches!(
        tokens[1].kind,
        TokenKind::Verb {
            delimiter: 0xA7,
            terminated: true,
            ..
        }
    ));
    assert_eq!(
        tokens[2].kind,
        TokenKind::Char {
            cat: texlex::Catcode::Other,
            code: '!' as u32
        }
    );
}

#[test]
fn unterminated_verb_is_an_error_and_stops_at_the_line_end() {
    let doc = lex("\\verb|abc  \nnext\n");
    assert_tiles(&doc);
    let kinds: Vec<_> = doc.diagnostics().iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DiagnosticKind::UnterminatedVerb]);
    let verb = doc.tokens().nth(1).unwrap();
    // Up to the end of the line's content: trailing spaces are not in it.
    assert_eq!(verb.span.range(), 5..9);
    assert!(!tex("\\verb|abc  \nnext\n").contains("cs next"));
    assert!(tex("\\verb|abc  \nnext\n").contains("chr 11 U+006E"));
    // `\verb` at the very end of a line has no delimiter at all.
    let doc = lex("\\verb\nx\n");
    assert_tiles(&doc);
    assert_eq!(doc.diagnostics()[0].kind, DiagnosticKind::UnterminatedVerb);
}

#[test]
fn verbatim_environment_body_is_one_token() {
    let src = "a\\begin{verbatim}\n\\foo{ %x\n\\end{verbatim}b\n";
    let doc = lex(src);
    assert_tiles(&doc);
    let body = doc
        .tokens()
        .find(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
        .expect("a verbatim token");
    assert_eq!(&src[body.span.range()], "\n\\foo{ %x\n");
    let TokenKind::Verbatim { env } = body.kind else {
        unreachable!()
    };
    assert_eq!(doc.name(env), b"verbatim");
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    let out = tex(src);
    assert!(
        out.contains("verbatim verbatim <U+000A>\\foo{<U+0020>%x<U+000A>\n"),
        "{out}"
    );
    assert!(out.ends_with("cs end\nchr 1 U+007B\nchr 11 U+0076\nchr 11 U+0065\nchr 11 U+0072\nchr 11 U+0062\nchr 11 U+0061\nchr 11 U+0074\nchr 11 U+0069\nchr 11 U+006D\nchr 2 U+007D\nchr 11 U+0062\nchr 10 U+0020\n"), "{out}");
}

#[test]
fn options_and_arguments_stay_normal_tokens() {
    let src = "\\begin{minted}[linenos]{python}\nx = {1}\n\\end{minted}\n";
    let doc = lex(src);
    assert_tiles(&doc);
    let body = doc
        .tokens()
        .find(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
        .unwrap();
    assert_eq!(&src[body.span.range()], "\nx = {1}\n");
    let src = "\\begin{lstlisting}[language=C]int x;\n\\end{lstlisting}";
    let doc = lex(src);
    let body = doc
        .tokens()
        .find(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
        .unwrap();
    assert_eq!(&src[body.span.range()], "int x;\n");
    // Environments that take no options: a `[` is body text.
    let src = "\\begin{verbatim}[x]\\end{verbatim}";
    let doc = lex(src);
    let body = doc
        .tokens()
        .find(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
        .unwrap();
    assert_eq!(&src[body.span.range()], "[x]");
}

#[test]
fn missing_end_runs_to_the_end_with_an_error_at_the_begin() {
    let src = "x\n\\begin{comment}\nnever \\end{verbatim} closed\n";
    let doc = lex(src);
    assert_tiles(&doc);
    let d = &doc.diagnostics()[0];
    assert_eq!(d.kind, DiagnosticKind::UnterminatedVerbatim);
    assert_eq!(&src[d.span.range()], "\\begin");
    let last = doc.records().last().unwrap();
    assert!(matches!(last, Record::Token(t) if matches!(t.kind, TokenKind::Verbatim { .. })));
    assert_eq!(doc.line_index(), &texlex::LineIndex::new(src.as_bytes()));
}

#[test]
fn user_environments_and_no_verbatim() {
    let src = "\\begin{myverb}\\x{\\end{myverb}";
    let mut options = LexOptions::tracking_with_verbatim();
    options.extra_verbatim_envs.push("myverb".into());
    let doc = lex_with(src.as_bytes(), &Profile::new(Regime::Latex), &options);
    assert!(
        doc.tokens()
            .any(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
    );
    let plain = lex_with(
        src.as_bytes(),
        &Profile::new(Regime::Latex),
        &LexOptions::tracking(),
    );
    assert!(
        !plain
            .tokens()
            .any(|t| matches!(t.kind, TokenKind::Verbatim { .. } | TokenKind::Verb { .. }))
    );
    assert!(
        plain
            .diagnostics()
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnclosedOpenBrace)
    );
}

#[test]
fn jsonl_records_for_verb_and_verbatim() {
    let doc = lex("\\verb|x|\\begin{verbatim}y\\end{verbatim}");
    let mut out = Vec::new();
    texlex::render::write_jsonl(&doc, false, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains(r#""kind":"verb","start":5,"end":8,"line":1,"col":6,"delim":"|","starred":false,"terminated":true,"body_start":6,"body_end":7"#), "{text}");
    assert!(text.contains(r#""kind":"verbatim","start":24,"end":25,"line":1,"col":25,"env":"verbatim","body_start":24,"body_end":25"#), "{text}");
}
