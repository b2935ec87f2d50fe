//! Properties that hold for every input: lexing never panics, records tile
//! the source, the views agree with each other.

use proptest::prelude::*;
use texlex::{Profile, Record, Regime};

#[path = "support/common.rs"]
mod common;
use common::{lex_static as lex, lines_match};

/// Bytes biased towards what makes TeX interesting: escapes, carets,
/// braces, comments, spaces, line ends, ill-formed and multi-byte UTF-8.
fn texish_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\\".to_vec()),
        Just(b"^^".to_vec()),
        Just(b"^".to_vec()),
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"%".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"ab".to_vec()),
        Just(b"@".to_vec()),
        Just(b"5c".to_vec()),
        Just(b"^^^^00e9".to_vec()),
        Just(b"^^^^^^01f600".to_vec()),
        Just("é".as_bytes().to_vec()),
        Just("😀".as_bytes().to_vec()),
        Just(vec![0xFF]),
        Just(vec![0xC3]),
        Just(vec![0xE2, 0x82]),
        Just(vec![0x7F]),
        Just(vec![0x00]),
        Just("\u{FEFF}".as_bytes().to_vec()),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        texish_bytes()
    ]
}

fn regime() -> impl Strategy<Value = Regime> {
    proptest::sample::select(Regime::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Tokens and trivia tile the input, so their bytes give it back.
    #[test]
    fn records_tile_the_input(src in any_input(), regime in regime()) {
        let doc = lex(&src, &Profile::new(regime));
        let mut rebuilt = Vec::with_capacity(src.len());
        let mut end = 0;
        for record in doc.records() {
            let span = record.span();
            prop_assert_eq!(span.start, end, "gap or overlap before {:?}", record);
            prop_assert!(span.start <= span.end);
            rebuilt.extend_from_slice(&src[span.range()]);
            end = span.end;
        }
        prop_assert_eq!(end as usize, src.len());
        prop_assert_eq!(rebuilt, src);
    }

    /// `tokens()` is `records()` without trivia; `records_from` is a suffix.
    #[test]
    fn views_agree(src in texish_bytes(), regime in regime(), at in any::<u16>()) {
        let doc = lex(&src, &Profile::new(regime));
        let records: Vec<Record> = doc.records().collect();
        let tokens: Vec<_> = records.iter().filter_map(|r| match r {
            Record::Token(t) => Some(*t),
            Record::Trivia(_) => None,
        }).collect();
        prop_assert_eq!(doc.tokens().collect::<Vec<_>>(), tokens);
        let offset = if src.is_empty() { 0 } else { u32::from(at) % (src.len() as u32 + 1) };
        let suffix: Vec<Record> = doc.records_from(offset).collect();
        prop_assert!(suffix.len() <= records.len());
        prop_assert_eq!(&records[records.len() - suffix.len()..], &suffix[..]);
        if let Some(first) = suffix.first() {
            let span = first.span();
            prop_assert!(span.end > offset || (span.start >= offset), "{:?} at {}", first, offset);
        }
    }

    /// The line index built while lexing is the one built from scratch.
    #[test]
    fn line_index_matches_a_fresh_scan(src in any_input()) {
        let doc = lex(&src, &Profile::new(Regime::Latex));
        prop_assert!(lines_match(&doc));
    }

    /// Diagnostics point into the input, in order.
    #[test]
    fn diagnostics_are_in_bounds_and_sorted(src in any_input(), regime in regime()) {
        let doc = lex(&src, &Profile::new(regime));
        let mut last = 0;
        for d in doc.diagnostics() {
            prop_assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len());
            prop_assert!(d.span.start >= last);
            last = d.span.start;
        }
    }

}

proptest! {
    /// `token_stats` counts exactly what iterating the tokens counts.
    #[test]
    fn token_stats_match_the_tokens(src in any_input(), regime in regime()) {
        let doc = lex(&src, &Profile::new(regime));
        let mut expected = texlex::TokenStats::default();
        let mut by_id = std::collections::BTreeMap::new();
        for token in doc.tokens() {
            match token.kind {
                texlex::TokenKind::Char { cat, .. } => expected.chars[usize::from(cat.number())] += 1,
                texlex::TokenKind::Cs(id) => *by_id.entry(id).or_insert(0u64) += 1,
                texlex::TokenKind::Active(_) => expected.active += 1,
                texlex::TokenKind::Invalid(_) => expected.invalid += 1,
                texlex::TokenKind::Verb { .. } | texlex::TokenKind::Verbatim { .. } => expected.verbatim += 1,
            }
        }
        expected.control_sequences = by_id.into_iter().collect();
        prop_assert_eq!(doc.token_stats(), expected);
    }
}

/// Inputs rich in what tracking and verbatim react to.
fn tracking_input() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\\makeatletter".to_vec()),
        Just(b"\\makeatother".to_vec()),
        Just(b"\\ExplSyntaxOn".to_vec()),
        Just(b"\\ExplSyntaxOff".to_vec()),
        Just(b"\\catcode`\\@=11".to_vec()),
        Just(b"\\catcode 64 = 12 ".to_vec()),
        Just(b"\\catcode\"7C=13".to_vec()),
        // Catcodes of the end-of-line character and of spaces.
        Just(b"\\catcode`\\^^M=0 ".to_vec()),
        Just(b"\\catcode13=13 ".to_vec()),
        Just(b"\\catcode13=10 ".to_vec()),
        Just(b"\\catcode`\\ =0 ".to_vec()),
        Just(b"\\catcode32=12 ".to_vec()),
        Just(b"\\global".to_vec()),
        Just(b"\\def\\x#1{".to_vec()),
        Just(b"\\verb".to_vec()),
        Just(b"\\verb*".to_vec()),
        Just(b"|".to_vec()),
        Just(b"\\begin{verbatim}".to_vec()),
        Just(b"\\end{verbatim}".to_vec()),
        Just(b"\\begin{minted}[x]{py}".to_vec()),
        Just(b"\\end{minted}".to_vec()),
        Just(b"\\begingroup".to_vec()),
        Just(b"\\endgroup".to_vec()),
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"\\a@b:c_d".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"%".to_vec()),
        Just(b"^^5c".to_vec()),
        Just(vec![0xFF]),
        Just("é".as_bytes().to_vec()),
        // What the LaTeX layer follows (declarations, short verbs, bodies).
        Just(b"\\DefineVerbatimEnvironment{V}{Verbatim}{}\\begin{V}[x]".to_vec()),
        Just(b"\\end{V}".to_vec()),
        Just(b"\\MakeShortVerb{\\|}".to_vec()),
        Just(b"\\DeleteShortVerb\\|".to_vec()),
        Just(b"\\NewDocumentCommand\\code{s o v}{x}\\code*[a]".to_vec()),
        Just(b"\\newcommand\\foo[1][x]{\\verb".to_vec()),
        Just(b"\\let\\verb\\relax ".to_vec()),
        Just(b"\\excludecomment{hide}\\begin{hide}".to_vec()),
        Just(b"\\lstinline[".to_vec()),
    ];
    proptest::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// With tracking and verbatim: no panic, records tile the input, the
    /// line index is right, diagnostics are in bounds.
    #[test]
    fn tracking_tiles_the_input(src in prop_oneof![tracking_input(), any_input()],
                                regime in regime(), verbatim in any::<bool>(),
                                pdftex in any::<bool>()) {
        let engine = if pdftex { texlex::TexEngine::Pdftex } else { texlex::TexEngine::Luatex };
        let doc = common::lex_tracking(&src, &Profile::for_engine(regime, engine), verbatim);
        let mut end = 0;
        for record in doc.records() {
            prop_assert_eq!(record.span().start, end, "{:?}", record);
            end = record.span().end;
        }
        prop_assert_eq!(end as usize, src.len());
        prop_assert!(lines_match(&doc));
        for d in doc.diagnostics() {
            prop_assert!(d.span.end as usize <= src.len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// pdfTeX's byte model, static and tracked: no panic, records tile the
    /// input, every character code is a byte.
    #[test]
    fn byte_model_tiles_the_input(src in any_input(), regime in regime(), track in any::<bool>()) {
        let profile = Profile::for_engine(regime, texlex::TexEngine::Pdftex);
        let doc = if track { common::lex_tracking(&src, &profile, true) } else { lex(&src, &profile) };
        let mut end = 0;
        for record in doc.records() {
            prop_assert_eq!(record.span().start, end, "{:?}", record);
            end = record.span().end;
            if let Record::Token(t) = record
                && let texlex::TokenKind::Char { code, .. } | texlex::TokenKind::Active(code) | texlex::TokenKind::Invalid(code) = t.kind {
                    prop_assert!(code <= 0xFF);
                }
        }
        prop_assert_eq!(end as usize, src.len());
        prop_assert!(lines_match(&doc));
    }
}

/// Found by fuzzing: the end-of-line character made an escape character
/// (`\catcode`\^^M=0`) after a line with trailing spaces. It starts a
/// control sequence with an empty name at the line's end; the trailing
/// spaces before it are trivia (LuaTeX: `cs <>`, checked with tex-oracle).
#[test]
fn end_of_line_escape_after_trailing_spaces() {
    let source = b"\\catcode`\\^^M0^ ";
    for engine in [texlex::TexEngine::Luatex, texlex::TexEngine::Pdftex] {
        for verbatim in [false, true] {
            let profile = Profile::for_engine(Regime::Latex, engine);
            let doc = common::lex_tracking(source, &profile, verbatim);
            let records: Vec<Record> = doc.records().collect();
            let n = records.len();
            assert_eq!(records[n - 2].span(), texlex::Span::new(15, 16));
            assert!(matches!(
                records[n - 2],
                Record::Trivia(texlex::Trivia {
                    kind: texlex::TriviaKind::Space,
                    ..
                })
            ));
            let last = records[n - 1];
            assert_eq!(last.span(), texlex::Span::new(16, 16));
            let Record::Token(texlex::Token {
                kind: texlex::TokenKind::Cs(id),
                ..
            }) = last
            else {
                panic!("{last:?}");
            };
            assert_eq!(doc.name(id), b"");
        }
    }
    // The same with the static table changed up front.
    let mut profile = Profile::new(Regime::Latex);
    profile.set_catcode(13, texlex::Catcode::Escape);
    let doc = lex(b"a^ ", &profile);
    let spans: Vec<_> = doc.records().map(|r| r.span()).collect();
    assert_eq!(
        spans,
        [
            texlex::Span::new(0, 1),
            texlex::Span::new(1, 2),
            texlex::Span::new(2, 3),
            texlex::Span::new(3, 3)
        ]
    );
}
