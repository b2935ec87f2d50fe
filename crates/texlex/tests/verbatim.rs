//! `\verb` and verbatim environments (catcode tracking with verbatim on),
//! hand-checked against LaTeX's behaviour.

use texlex::{DiagnosticKind, Lexed, Lexer, Record, Regime, TokenKind};

#[path = "support/common.rs"]
mod common;

fn lex(src: &str) -> Lexed<'_> {
    Lexer::new(Regime::Latex).lex(src.as_bytes()).unwrap()
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
    assert!(
        doc.diagnostics().next().is_none(),
        "{:?}",
        doc.diagnostics().collect::<Vec<_>>()
    );
}

#[test]
fn starred_and_unicode_delimiters() {
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
    let kinds: Vec<_> = doc.diagnostics().map(|d| d.kind).collect();
    assert_eq!(kinds, [DiagnosticKind::UnterminatedVerb]);
    let verb = doc.tokens().nth(1).unwrap();
    // Up to the end of the line's content: trailing spaces are not in it.
    assert_eq!(verb.span.range(), 5..9);
    // `\verb` at the very end of a line, or with `}` as its delimiter, is
    // a macro's argument, not run (LaTeX would stop there with an error):
    // an ordinary control sequence, no error.
    for src in ["\\verb\nx\n", "\\xpretocmd{\\verb}{a}{}{}\n", "\\verb*\n"] {
        let doc = lex(src);
        assert_tiles(&doc);
        assert_eq!(doc.diagnostics().count(), 0, "{src}");
        assert!(
            !doc.tokens()
                .any(|t| matches!(t.kind, TokenKind::Verb { .. })),
            "{src}"
        );
    }
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
    assert!(
        doc.diagnostics().next().is_none(),
        "{:?}",
        doc.diagnostics().collect::<Vec<_>>()
    );
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
    let d = doc.diagnostics().next().unwrap();
    assert_eq!(d.kind, DiagnosticKind::UnterminatedVerbatim);
    assert_eq!(&src[d.span.range()], "\\begin");
    let last = doc.records().last().unwrap();
    assert!(matches!(last, Record::Token(t) if matches!(t.kind, TokenKind::Verbatim { .. })));
    assert!(common::lines_match(&doc));
}

#[test]
fn user_environments_and_no_verbatim() {
    let src = "\\begin{myverb}\\x{\\end{myverb}";
    let doc = Lexer::new(Regime::Latex)
        .verbatim_environment("myverb")
        .lex(src.as_bytes())
        .unwrap();
    assert!(
        doc.tokens()
            .any(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
    );
    let plain = Lexer::new(Regime::Latex)
        .verbatim(false)
        .lex(src.as_bytes())
        .unwrap();
    assert!(
        !plain
            .tokens()
            .any(|t| matches!(t.kind, TokenKind::Verbatim { .. } | TokenKind::Verb { .. }))
    );
    assert!(
        plain
            .diagnostics()
            .any(|d| d.kind == DiagnosticKind::UnclosedOpenBrace)
    );
}

/// Since LaTeX 2020-10-01, `\verb` drops spaces before its delimiter; the
/// spaces are trivia, the token starts at the delimiter. A letter as the
/// delimiter means `\verb` is named in prose, not run.
#[test]
fn verb_drops_spaces_before_its_delimiter() {
    let src = "\\verb  |a b| {\\verb delimiter}\n";
    let doc = lex(src);
    assert_tiles(&doc);
    let verbs: Vec<_> = doc
        .tokens()
        .filter(|t| matches!(t.kind, TokenKind::Verb { .. }))
        .collect();
    assert_eq!(verbs.len(), 1);
    assert_eq!(&src[verbs[0].span.range()], "|a b|");
    assert_eq!(
        &src[verbs[0].kind.verb_body(verbs[0].span).unwrap().range()],
        "a b"
    );
    assert_eq!(doc.diagnostics().count(), 0);
}
