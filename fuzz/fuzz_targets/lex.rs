//! Any bytes, in any regime, input model and lexing mode: no panic, and the
//! records tile the input in order (DESIGN: bad input never panics and
//! never drops data); the renderers do not panic either, and a positions
//! cursor agrees with one position at a time.
#![no_main]

use libfuzzer_sys::fuzz_target;
use texlex::{LexOptions, Profile, Record, Regime, TexEngine};

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
    let profile = Profile::for_engine(regime, engine);
    let options = match (selector >> 5) % 3 {
        0 => LexOptions::static_catcodes(),
        1 => LexOptions::tracking(),
        _ => LexOptions::tracking_with_verbatim(),
    };
    let lexed = texlex::lex_with(source, &profile, &options);
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
    texlex::render::write_tex(&lexed, &mut out).expect("writing to a Vec");
    out.clear();
    texlex::render::write_jsonl(&lexed, true, &mut out).expect("writing to a Vec");
});
