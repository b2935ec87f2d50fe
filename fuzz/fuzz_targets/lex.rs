//! Any bytes, in any regime, input model and lexing mode: no panic, and the
//! records tile the input in order (the bad-input policy: never a panic,
//! never a dropped byte); the renderers do not panic either, and a positions
//! cursor agrees with one position at a time.
#![no_main]

use libfuzzer_sys::fuzz_target;
use texlex::{Lexer, Record, Regime, TexEngine};
use texlex_cli::render;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, source)) = data.split_first() else {
        return;
    };
    let regime = Regime::ALL[usize::from(selector) % Regime::ALL.len()];
    let engine = if selector & 0x10 != 0 {
        TexEngine::Pdftex
    } else {
        TexEngine::Luatex
    };
    let lexer = Lexer::new(regime).engine(engine);
    let lexer = match (selector >> 5) % 3 {
        0 => lexer.track_catcodes(false),
        1 => lexer.verbatim(false),
        _ => lexer,
    };
    let lexed = lexer.lex(source).expect("fuzz inputs are below 4 GiB");
    let mut at = 0;
    for record in lexed.records() {
        let span = match record {
            Record::Token(t) => t.span,
            Record::Trivia(t) => t.span,
        };
        assert_eq!(span.start, at, "records tile the input");
        at = span.end;
    }
    assert_eq!(at as usize, source.len(), "records cover the input");
    let mut positions = lexed.positions();
    for d in lexed.diagnostics() {
        assert!(d.span.start <= d.span.end && d.span.end as usize <= source.len());
        assert_eq!(positions.position(d.span.start), lexed.position(d.span.start));
    }
    let mut out = Vec::new();
    render::write_tex(&lexed, &mut out).expect("writing to a Vec");
    out.clear();
    render::write_jsonl(&lexed, render::Base::default(), true, &mut out).expect("writing to a Vec");
});
