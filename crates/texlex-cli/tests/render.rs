//! The output formats of `texlex lex`, hand-checked: the oracle grammar
//! of `\verb` and verbatim tokens, and the JSON Lines of their bodies; and
//! properties of both renderers over random inputs.

use proptest::prelude::*;
use texlex::{Lexed, Lexer, Profile, Regime};
use texlex_cli::render::{self, Base};

fn lex(src: &str) -> Lexed<'_> {
    Lexer::new(Regime::Latex).lex(src.as_bytes()).unwrap()
}

fn tex(src: &str) -> String {
    let mut out = Vec::new();
    render::write_tex(&lex(src), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn verb_arguments_print_with_their_delimiters() {
    assert_eq!(
        tex("\\verb|a b|\n"),
        "cs verb\nverb |a<U+0020>b|\nchr 10 U+0020\n"
    );
    assert_eq!(
        tex("\\verb*+x y+\n"),
        "cs verb\nverb* +x<U+0020>y+\nchr 10 U+0020\n"
    );
    // An unterminated `\verb` stops at the line's end: the next line is
    // ordinary text.
    assert!(!tex("\\verb|abc  \nnext\n").contains("cs next"));
    assert!(tex("\\verb|abc  \nnext\n").contains("chr 11 U+006E"));
}

#[test]
fn verbatim_bodies_print_as_one_token() {
    let out = tex("a\\begin{verbatim}\n\\foo{ %x\n\\end{verbatim}b\n");
    assert!(
        out.contains("verbatim verbatim <U+000A>\\foo{<U+0020>%x<U+000A>\n"),
        "{out}"
    );
    assert!(out.ends_with("cs end\nchr 1 U+007B\nchr 11 U+0076\nchr 11 U+0065\nchr 11 U+0072\nchr 11 U+0062\nchr 11 U+0061\nchr 11 U+0074\nchr 11 U+0069\nchr 11 U+006D\nchr 2 U+007D\nchr 11 U+0062\nchr 10 U+0020\n"), "{out}");
}

#[test]
fn jsonl_records_for_verb_and_verbatim() {
    let doc = lex("\\verb|x|\\begin{verbatim}y\\end{verbatim}");
    let mut out = Vec::new();
    render::write_jsonl(&doc, Base::default(), false, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains(r#""kind":"verb","start":5,"end":8,"line":1,"col":6,"delim":"|","starred":false,"terminated":true,"body_start":6,"body_end":7"#), "{text}");
    assert!(text.contains(r#""kind":"verbatim","start":24,"end":25,"line":1,"col":25,"env":"verbatim","body_start":24,"body_end":25"#), "{text}");
}

#[test]
fn jsonl_offsets_and_lines_shift_by_the_base() {
    let doc = lex("}");
    let mut out = Vec::new();
    let base = Base {
        offset: 5_000_000_000,
        line: 7,
    };
    render::write_jsonl(&doc, base, false, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with(
            r#"{"kind":"char","start":5000000000,"end":5000000001,"line":8,"col":1,"cat":2"#
        ),
        "{text}"
    );
    assert!(text.contains(r#""code":"unmatched-close-brace","message":"unmatched `}`","start":5000000000,"end":5000000001,"line":8,"col":1}"#), "{text}");
}

/// Bytes that exercise every catcode, `^^` forms, line ends and bad UTF-8.
fn texish_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(&b"\\"[..]),
        Just(&b"\\foo"[..]),
        Just(&b"{"[..]),
        Just(&b"}"[..]),
        Just(&b"%c"[..]),
        Just(&b" "[..]),
        Just(&b"\n"[..]),
        Just(&b"\r\n"[..]),
        Just(&b"\r"[..]),
        Just(&b"^^41"[..]),
        Just(&b"^^^^00e9"[..]),
        Just(&b"\x7f"[..]),
        Just(&b"\0"[..]),
        Just(&b"\xff"[..]),
        Just("é".as_bytes()),
        Just(&b"\\verb|x|"[..]),
        Just(&b"\\begin{verbatim}"[..]),
        Just(&b"\\end{verbatim}"[..]),
        Just(&b"\\catcode`\\^^?=12 "[..]),
        Just(&b"$x_1^2$ & # ~"[..]),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn regime() -> impl Strategy<Value = Regime> {
    proptest::sample::select(Regime::ALL.to_vec())
}

proptest! {
    /// The oracle grammar never fails and gives one ASCII line per token,
    /// static or tracking, in either input model.
    #[test]
    fn tex_rendering_has_one_line_per_token(src in texish_bytes(), regime in regime(),
                                            track in any::<bool>(), pdftex in any::<bool>()) {
        let engine = if pdftex { texlex::TexEngine::Pdftex } else { texlex::TexEngine::Luatex };
        let lexer = Lexer::with_profile(Profile::for_engine(regime, engine)).track_catcodes(track);
        let doc = lexer.lex(&src).unwrap();
        let mut out = Vec::new();
        render::write_tex(&doc, &mut out).unwrap();
        prop_assert!(out.is_ascii());
        prop_assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), doc.tokens().count());
    }

    /// JSON Lines: every line parses, records tile the input with trivia,
    /// and there is one diagnostic record per diagnostic.
    #[test]
    fn jsonl_lines_parse_and_tile(src in texish_bytes(), regime in regime()) {
        let doc = Lexer::new(regime).lex(&src).unwrap();
        let mut out = Vec::new();
        render::write_jsonl(&doc, Base::default(), true, &mut out).unwrap();
        let mut end = 0;
        let mut diagnostics = 0;
        for line in String::from_utf8(out).unwrap().lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            if value["kind"] == "diagnostic" {
                diagnostics += 1;
                continue;
            }
            prop_assert_eq!(value["start"].as_u64(), Some(end));
            end = value["end"].as_u64().unwrap();
        }
        prop_assert_eq!(end, src.len() as u64);
        prop_assert_eq!(diagnostics, doc.diagnostics().count());
    }
}
